import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, parseProblem, rowErrorsOf } from './problem.ts';

describe('parseProblem', () => {
  it('reads status, reason and detail from a problem+json body', () => {
    const error = parseProblem(
      401,
      JSON.stringify({ status: 401, reason: 'totp_required', detail: '请输入动态验证码' }),
    );
    expect(error.status).toBe(401);
    expect(error.reason).toBe('totp_required');
    expect(error.message).toBe('请输入动态验证码');
  });

  it('keeps the row errors of a rejected import', () => {
    const errors = [
      { row: 2, column: 'platform', reason: 'unknown_platform', message: '未知平台' },
      { row: 3, column: 'unit', reason: 'unknown_unit', message: '单位不存在' },
    ];
    const error = parseProblem(
      422,
      JSON.stringify({ status: 422, reason: 'import_rejected', detail: '导入失败', errors }),
    );
    expect(rowErrorsOf(error)).toEqual(errors);
  });

  it('drops malformed row errors', () => {
    const error = parseProblem(
      422,
      JSON.stringify({ reason: 'x', detail: 'y', errors: [{ path: '/a' }, null] }),
    );
    expect(rowErrorsOf(error)).toEqual([]);
  });

  it('groups the field errors of an invalid request by top-level field', () => {
    const errors = [
      { path: '/name', message: '不能为空' },
      { path: '/services/0', message: '未知服务类型' },
      { path: '/name', message: '过长' },
      { path: '', message: '整体错误' },
      { row: 2, message: '行错误' },
    ];
    const error = parseProblem(
      400,
      JSON.stringify({ reason: 'invalid_request', detail: '请求参数不合法', errors }),
    );
    expect(fieldErrorsOf(error)).toEqual([
      { name: 'name', errors: ['不能为空', '过长'] },
      { name: 'services', errors: ['未知服务类型'] },
    ]);
  });

  it('falls back to a Chinese message when the body is not JSON', () => {
    const error = parseProblem(502, '<html>Bad Gateway</html>');
    expect(error.reason).toBe('http_502');
    expect(error.detail).toBe('服务器内部错误，请稍后再试');
  });
});
