import { describe, expect, it } from 'vitest';
import { accountPatchSchema, filingInputSchema } from './registry.ts';

describe('filing input', () => {
  it('keeps a change filing to the fields it names', () => {
    const parsed = filingInputSchema.parse({
      kind: 'change',
      changes: { unitId: '00000000-0000-4000-8000-000000000001' },
    });
    expect(parsed.changes).toEqual({ unitId: '00000000-0000-4000-8000-000000000001' });
  });
  it('rejects an unknown filing kind', () => {
    expect(filingInputSchema.safeParse({ kind: 'rename' }).success).toBe(false);
  });
});

describe('account patch', () => {
  it('keeps an edit to the fields it names, adding no defaults', () => {
    expect(accountPatchSchema.parse({ name: '江临发布' })).toEqual({ name: '江临发布' });
  });
  it('lets an edit clear an optional field but not the name', () => {
    expect(accountPatchSchema.parse({ handle: null, openedOn: null })).toEqual({
      handle: null,
      openedOn: null,
    });
    expect(accountPatchSchema.safeParse({ name: '' }).success).toBe(false);
  });
});
