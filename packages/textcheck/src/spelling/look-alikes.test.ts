// Look-alike groups: every character a slip for every other, or only in the direction written.
import { describe, expect, it } from 'vitest';
import { parseLookAlikes } from './look-alikes.ts';

describe('look-alike groups', () => {
  it('pairs every character of a group with every other', () => {
    expect(parseLookAlikes('# provenance\n己已巳\n')).toEqual([
      ['己', '已'],
      ['己', '巳'],
      ['已', '己'],
      ['已', '巳'],
      ['巳', '己'],
      ['巳', '已'],
    ]);
  });

  it('pairs only as written with a>b', () => {
    expect(parseLookAlikes('亚>业\n')).toEqual([['亚', '业']]);
  });
});
