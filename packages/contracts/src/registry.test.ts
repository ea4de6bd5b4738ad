import { describe, expect, it } from 'vitest';
import { filingInputSchema } from './registry.ts';

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
