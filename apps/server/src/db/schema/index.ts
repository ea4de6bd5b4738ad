// Every Drizzle table, for the typed database handle.
export * from './registry.ts';
export * from './auth.ts';
export * from './audit.ts';
