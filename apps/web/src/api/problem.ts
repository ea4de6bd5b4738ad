// Turns a failed HTTP response body (problem+json or anything else) into one ApiError the UI can show.

import type { SheetRowError } from '@govmedia/contracts';

export type RowError = SheetRowError;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** Stable snake_case reason from the server, e.g. `totp_required`. */
    readonly reason: string,
    /** Human-readable Chinese detail. */
    readonly detail: string,
    /** Extra items of the problem, e.g. every row error of an import. */
    readonly errors: unknown[] = [],
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Builds the ApiError for a non-2xx response from its status and raw body text. */
export function parseProblem(status: number, bodyText: string): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  if (isRecord(body)) {
    const reason = typeof body.reason === 'string' ? body.reason : `http_${status}`;
    const detail = typeof body.detail === 'string' ? body.detail : fallbackDetail(status);
    const errors = Array.isArray(body.errors) ? body.errors : [];
    return new ApiError(status, reason, detail, errors);
  }
  return new ApiError(status, `http_${status}`, fallbackDetail(status));
}

/** The row errors of an import rejection, keeping only well-formed entries. */
export function rowErrorsOf(error: ApiError): RowError[] {
  return error.errors.filter(
    (e): e is RowError => isRecord(e) && typeof e.row === 'number' && typeof e.message === 'string',
  );
}

/** Field errors of a rejected request body, in antd's `form.setFields` shape (top-level fields only). */
export function fieldErrorsOf(error: ApiError): { name: string; errors: string[] }[] {
  const byField = new Map<string, string[]>();
  for (const e of error.errors) {
    if (!isRecord(e) || typeof e.path !== 'string' || typeof e.message !== 'string') continue;
    const field = e.path.split('/')[1];
    if (field) byField.set(field, [...(byField.get(field) ?? []), e.message]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

function fallbackDetail(status: number): string {
  if (status === 0) return '无法连接服务器，请检查网络';
  if (status === 401) return '请先登录';
  if (status === 403) return '没有权限';
  if (status === 404) return '未找到';
  if (status === 429) return '请求过于频繁，请稍后再试';
  if (status >= 500) return '服务器内部错误，请稍后再试';
  return `请求失败（${status}）`;
}
