/**
 * @module @govmedia/contracts
 * zod schemas, enums and labels shared by the server and the console.
 */
export * from './registry.ts';
export * from './roles.ts';
export * from './registry-sheet.ts';
export * from './public.ts';
