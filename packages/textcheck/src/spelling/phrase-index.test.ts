// The phrase index finds every occurrence, overlapping, with its value.
import { describe, expect, it } from 'vitest';
import { buildPhraseIndex } from './phrase-index.ts';

describe('a phrase index', () => {
  const index = buildPhraseIndex([
    ['人民正府', 'a'],
    ['民正', 'b'],
    ['正府', 'c'],
  ]);

  it('reports overlapping occurrences in text order with their values', () => {
    expect(index.findAll('县人民正府')).toEqual([
      { start: 1, end: 5, value: 'a' },
      { start: 2, end: 4, value: 'b' },
      { start: 3, end: 5, value: 'c' },
    ]);
  });

  it('finds nothing in text without the phrases', () => {
    expect(index.findAll('县人民政府')).toEqual([]);
  });

  it('tells phrases sharing a first character apart by the second', () => {
    const shared = buildPhraseIndex([
      ['人民', 1],
      ['人大', 2],
      ['人民政府', 3],
    ]);
    expect(shared.findAll('人大与人民政府和人们').map((h) => h.value)).toEqual([2, 1, 3]);
  });
});
