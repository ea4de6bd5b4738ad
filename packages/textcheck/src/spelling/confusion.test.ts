// Confusion sets: candidates in two tiers, and the tier of a slip in either direction.
import { describe, expect, it } from 'vitest';
import { parseConfusionSet } from './confusion.ts';

const set = parseConfusionSet('# provenance\n厉\t励历\t力\n');

describe('a confusion set', () => {
  it('lists near and far candidates of a character', () => {
    expect(set.candidates('厉')).toEqual({ near: '励历', far: '力' });
  });

  it('finds the tier of a slip whichever side the source listed it from', () => {
    expect([set.tier('励', '厉'), set.tier('厉', '力'), set.tier('厉', '国')]).toEqual([
      'near',
      'far',
      undefined,
    ]);
  });

  it('adds look-alikes it lacks to the near tier, and keeps a pair it lists in its tier', () => {
    const merged = parseConfusionSet('厉\t励\t力\n', [
      ['厉', '历'],
      ['厉', '力'],
      ['木', '术'],
    ]);
    expect([merged.candidates('厉'), merged.candidates('木')]).toEqual([
      { near: '励历', far: '力' },
      { near: '术', far: '' },
    ]);
  });
});
