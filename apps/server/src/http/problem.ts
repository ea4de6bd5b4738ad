// The one table from error codes to HTTP statuses, and the problem+json body (RFC 9457).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../kernel/errors.ts';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  reason: string;
  errors?: unknown;
}

/** Turns anything thrown into an AppError, keeping framework errors' meaning. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // A body a service parsed itself (e.g. a registry PATCH) fails the same way as a route schema.
  if (error instanceof ZodError) {
    return invalidRequest(
      error.issues.map((i) => ({
        path: i.path.map((p) => `/${String(p)}`).join(''),
        message: i.message,
      })),
    );
  }
  const fe = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    return invalidRequest(fe.validation.map((v) => ({ path: v.instancePath, message: v.message })));
  }
  if (
    fe.code === 'FST_REQ_FILE_TOO_LARGE' ||
    fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    fe.statusCode === 413
  ) {
    return new AppError('payload_too_large', 'upload_too_large', '上传内容超过大小限制');
  }
  if (fe.statusCode === 429)
    return new AppError('rate_limited', 'rate_limited', '请求过于频繁，请稍后再试');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError('bad_request', (fe.code ?? 'bad_request').toLowerCase(), fe.message);
  }
  return new AppError('internal', 'internal_error', '服务器内部错误', { cause: error });
}

function invalidRequest(errors: { path: string; message: string | undefined }[]): AppError {
  return new AppError(
    'bad_request',
    'invalid_request',
    `请求参数不合法：${errors.map((e) => `${e.path || '/'} ${e.message}`).join('；')}`,
    { details: errors },
  );
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
): FastifyReply {
  const appError = toAppError(error);
  const status = STATUS_BY_CODE[appError.code];
  if (status >= 500) request.log.error({ err: error }, 'unhandled error');
  const body: Problem = {
    type: `https://govmedia.dev/problems/${appError.reason}`,
    title: appError.code,
    status,
    detail: appError.message,
    reason: appError.reason,
    ...(appError.details === undefined ? {} : { errors: appError.details }),
  };
  return reply.status(status).type('application/problem+json').send(body);
}
