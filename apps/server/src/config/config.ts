// Parses the environment once into the typed configuration the composition root passes around.
import path from 'node:path';
import { AppError } from '../kernel/errors.ts';
import { envSchema, type Env } from './env.ts';

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  adminPassword: string | undefined;
  totpRequired: Env['GOVMEDIA_TOTP_REQUIRED'];
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionHours: number;
  secureCookies: boolean;
  uploadLimitBytes: number;
  publicRateLimit: number;
  webDir: string;
  logLevel: Env['GOVMEDIA_LOG_LEVEL'];
}

const defaultWebDir = path.resolve(import.meta.dirname, '../../../web/dist');

export function loadConfig(
  source: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('bad_request', 'invalid_environment', `Invalid environment: ${problems}`);
  }
  const env = parsed.data;
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.GOVMEDIA_DATA_DIR),
    host: env.GOVMEDIA_HOST,
    port: env.GOVMEDIA_PORT,
    adminPassword: env.GOVMEDIA_ADMIN_PASSWORD,
    totpRequired: env.GOVMEDIA_TOTP_REQUIRED,
    lockoutThreshold: env.GOVMEDIA_LOCKOUT_THRESHOLD,
    lockoutMinutes: env.GOVMEDIA_LOCKOUT_MINUTES,
    sessionHours: env.GOVMEDIA_SESSION_HOURS,
    secureCookies: env.GOVMEDIA_SECURE_COOKIES,
    uploadLimitBytes: Math.round(env.GOVMEDIA_UPLOAD_LIMIT_MB * 1024 * 1024),
    publicRateLimit: env.GOVMEDIA_PUBLIC_RATE_LIMIT,
    webDir: env.GOVMEDIA_WEB_DIR ? path.resolve(env.GOVMEDIA_WEB_DIR) : defaultWebDir,
    logLevel: env.GOVMEDIA_LOG_LEVEL,
    ...overrides,
  };
}
