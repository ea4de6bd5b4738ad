// The word table finds exactly the words it holds, at any offset of a text, through the rolling hash.
import { describe, expect, it } from 'vitest';
import { buildIntTable, buildWordTable, EMPTY_HASH, extendHash } from './word-table.ts';

const hashOf = (text: string, start: number, len: number) => {
  let h = EMPTY_HASH;
  for (let k = 0; k < len; k++) h = extendHash(h, text.charCodeAt(start + k));
  return h;
};

describe('the word table', () => {
  const words = ['人民', '政府', '人民政府', '正', '府', '政'];
  const table = buildWordTable(words);

  it('finds every word it holds, wherever it sits in the text', () => {
    const text = '县人民政府正在';
    expect(table.find(text, 1, 2, hashOf(text, 1, 2))).toBe(0);
    expect(table.find(text, 3, 2, hashOf(text, 3, 2))).toBe(1);
    expect(table.find(text, 1, 4, hashOf(text, 1, 4))).toBe(2);
    expect(table.find(text, 5, 1, hashOf(text, 5, 1))).toBe(3);
  });

  it('misses what it does not hold, including prefixes and longer stretches', () => {
    const text = '人民正府在';
    expect(table.find(text, 0, 1, hashOf(text, 0, 1))).toBe(-1);
    expect(table.find(text, 1, 3, hashOf(text, 1, 3))).toBe(-1);
    expect(table.find(text, 4, 1, hashOf(text, 4, 1))).toBe(-1);
  });

  it('holds many words without losing any to collisions', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      String.fromCharCode(0x4e00 + (i % 90), 0x4e00 + Math.floor(i / 90)),
    );
    const big = buildWordTable(many);
    many.forEach((w, i) => expect(big.find(w, 0, 2, hashOf(w, 0, 2))).toBe(i));
  });
});

describe('the int table', () => {
  it('finds each key’s position, negative and large keys included, and -1 for any other key', () => {
    const keys = [0, 7, -5, 0x4e2d << 16, (0x9fff << 16) | 0x9fff, 2 ** 31 - 1, -(2 ** 31)];
    const table = buildIntTable(keys);
    keys.forEach((k, i) => expect(table.find(k)).toBe(i));
    for (const other of [1, -1, 8, 2 ** 31, 0.5, NaN]) expect(table.find(other)).toBe(-1);
  });

  it('holds many keys without losing any to collisions', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => (0x4e00 + (i % 150)) * 0x10000 + i);
    const table = buildIntTable(keys.map((k) => k | 0));
    keys.forEach((k, i) => expect(table.find(k | 0)).toBe(i));
  });

  it('rejects a key that is not an int32', () => {
    expect(() => buildIntTable([2 ** 31])).toThrow(/int32/);
  });
});
