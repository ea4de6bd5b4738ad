// The homophone index finds the known words that read like a stretch of text, whatever its tones
// and whichever reading of a polyphonic character applies.
import { describe, expect, it } from 'vitest';
import { buildHomophoneIndex, MAX_KEYS, MAX_WORD_LENGTH } from './homophone-index.ts';
import { parseLexicon } from './lexicon.ts';

const lexicon = parseLexicon(
  '决定\t30000\n绝顶\t400\n银行\t9000\n健身\t600\n建设\t50000\n恒星\t700\n罕见\t5\n',
);
const index = buildHomophoneIndex(lexicon, 10);

/** The words read like text[start, end), found the way the rule looks them up. */
const soundAlikes = (text: string, start: number, end: number): string[] => {
  let keys = new Float64Array(MAX_KEYS);
  let count = 1;
  for (let i = start; i < end; i++) {
    const next = new Float64Array(MAX_KEYS);
    count = index.extend(keys, count, text.charCodeAt(i), next);
    keys = next;
  }
  return Array.from(keys.subarray(0, count)).flatMap((k) => {
    const e = index.lookup(k);
    return e < 0 ? [] : index.words.slice(index.starts[e], index.starts[e + 1]);
  });
};

describe('the homophone index', () => {
  it('groups words read alike, most frequent first', () => {
    expect(soundAlikes('作出绝顶', 2, 4)).toEqual(['决定', '绝顶']);
  });

  it('keeps the count and codes of each word in flat arrays', () => {
    const i = index.words.indexOf('绝顶');
    expect(index.freqs[i]).toBe(400);
    expect(
      String.fromCharCode(...index.codes.subarray(i * MAX_WORD_LENGTH, i * MAX_WORD_LENGTH + 2)),
    ).toBe('绝顶');
  });

  it('ignores tones: 建身 (jiàn shēn) reads like 健身 (jiàn shēn) and not like 建设', () => {
    expect(soundAlikes('全民建身', 2, 4)).toEqual(['健身']);
  });

  it('reads a word as it is read in context (银行: yín háng)', () => {
    expect(soundAlikes('人民银杭', 2, 4)).toEqual(['银行']);
    expect(soundAlikes('人民银星', 2, 4)).toEqual([]);
  });

  it('tries every reading of a polyphonic character in the text (行: xíng, háng, héng)', () => {
    expect(soundAlikes('衡行', 0, 2)).toEqual(['恒星']);
  });

  it('leaves out words rarer than its threshold', () => {
    expect(soundAlikes('韩剑', 0, 2)).toEqual([]);
  });
});
