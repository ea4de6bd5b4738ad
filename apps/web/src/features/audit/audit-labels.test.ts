import { describe, expect, it } from 'vitest';
import { actionName } from './audit-labels.ts';

describe('actionName', () => {
  it('names a filing submission by its kind', () => {
    expect(actionName('filing.submit.cancellation')).toBe('提交注销备案');
  });

  it('names a known action in Chinese', () => {
    expect(actionName('auth.login')).toBe('登录');
  });

  it('shows an unknown action code as it is', () => {
    expect(actionName('inbox.assign')).toBe('inbox.assign');
  });
});
