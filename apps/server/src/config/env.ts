// The one environment schema: every setting, its default and its meaning, parsed once at start.
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Each entry documents one variable; the README's settings table is generated from the same text. */
export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .describe('PostgreSQL connection URL. Unset: embedded PGlite under GOVMEDIA_DATA_DIR.'),
  GOVMEDIA_DATA_DIR: z.string().default('./data').describe('Where PGlite keeps its files.'),
  GOVMEDIA_HOST: z.string().default('127.0.0.1').describe('Address the HTTP server binds to.'),
  GOVMEDIA_PORT: z.coerce.number().int().min(0).max(65535).default(8080).describe('HTTP port.'),
  GOVMEDIA_ADMIN_PASSWORD: z
    .string()
    .min(12)
    .optional()
    .describe('Password of the first admin; unset: a one-time password is printed at first start.'),
  GOVMEDIA_TOTP_REQUIRED: z
    .enum(['admins', 'all', 'off'])
    .default('admins')
    .describe('Who must use a TOTP second factor.'),
  GOVMEDIA_LOCKOUT_THRESHOLD: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('Failed sign-ins before lockout.'),
  GOVMEDIA_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(15)
    .describe('Lockout duration.'),
  GOVMEDIA_SESSION_HOURS: z.coerce.number().int().min(1).default(12).describe('Session lifetime.'),
  GOVMEDIA_SECURE_COOKIES: bool
    .default(false)
    .describe('Mark cookies Secure (set true behind TLS).'),
  GOVMEDIA_UPLOAD_LIMIT_MB: z.coerce
    .number()
    .positive()
    .default(5)
    .describe('Largest accepted upload.'),
  GOVMEDIA_PUBLIC_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .default(60)
    .describe('Public API requests per minute per client address.'),
  GOVMEDIA_WEB_DIR: z
    .string()
    .optional()
    .describe('Built console to serve; default apps/web/dist.'),
  GOVMEDIA_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Server log level.'),
});

export type Env = z.infer<typeof envSchema>;

/** The subset that may be shown publicly (e.g. in the console's about page). */
export const PUBLIC_ENV_KEYS = ['GOVMEDIA_TOTP_REQUIRED', 'GOVMEDIA_UPLOAD_LIMIT_MB'] as const;
