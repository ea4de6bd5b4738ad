// The one error type services throw: a closed set of codes plus a stable snake_case reason.

export const ERROR_CODES = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'locked',
  'payload_too_large',
  'unprocessable',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorOptions {
  /** Extra machine-readable detail, e.g. every row error of an import. */
  details?: unknown;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Stable snake_case reason, e.g. `filing_not_pending`. */
  readonly reason: string;
  readonly details: unknown;

  constructor(code: ErrorCode, reason: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.reason = reason;
    this.details = options.details;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
