import { describe, expect, it } from 'vitest';
import { canDecide, canEditDirectly, canSubmit, statusAfterApproval } from './filing.state.ts';

describe('filing state machine', () => {
  it('accepts only an opening filing for a pending account', () => {
    expect(canSubmit('pending', 'opening', false).ok).toBe(true);
    expect(canSubmit('pending', 'change', false)).toMatchObject({
      ok: false,
      reason: 'change_not_allowed_when_pending',
    });
  });
  it('accepts change, suspension and cancellation for an active account', () => {
    for (const kind of ['change', 'suspension', 'cancellation'] as const)
      expect(canSubmit('active', kind, false).ok).toBe(true);
    expect(canSubmit('active', 'opening', false).ok).toBe(false);
  });
  it('refuses every filing for a cancelled account', () => {
    expect(canSubmit('cancelled', 'change', false)).toMatchObject({ reason: 'account_cancelled' });
  });
  it('refuses a second filing while one awaits review', () => {
    expect(canSubmit('active', 'change', true)).toMatchObject({ reason: 'filing_in_progress' });
  });
  it('refuses deciding a filing twice', () => {
    expect(canDecide('approved')).toMatchObject({ reason: 'filing_not_pending' });
    expect(canDecide('submitted').ok).toBe(true);
  });
  it('moves the account by the approved filing kind', () => {
    expect(statusAfterApproval('opening', 'pending', false)).toBe('active');
    expect(statusAfterApproval('suspension', 'active', false)).toBe('suspended');
    expect(statusAfterApproval('change', 'suspended', true)).toBe('active');
    expect(statusAfterApproval('change', 'suspended', false)).toBe('suspended');
    expect(statusAfterApproval('cancellation', 'active', false)).toBe('cancelled');
  });
  it('lets only pending accounts be edited without a filing', () => {
    expect(canEditDirectly('pending').ok).toBe(true);
    expect(canEditDirectly('active')).toMatchObject({ reason: 'change_requires_filing' });
  });
});
