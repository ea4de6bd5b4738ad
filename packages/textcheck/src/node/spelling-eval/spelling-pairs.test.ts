// Every evaluation format reads into (source, target) pairs.
import { describe, expect, it } from 'vitest';
import { parseSpellingPairs } from './spelling-pairs.ts';

describe('reading evaluation files', () => {
  it('reads tsv source<TAB>target', () => {
    expect(parseSpellingPairs('正档\t正当\n')).toEqual([{ source: '正档', target: '正当' }]);
  });

  it('reads ECSpell lines whose first column counts the errors', () => {
    expect(parseSpellingPairs('2\t大数局\t大数据\n0\t公开\t公开\n')).toEqual([
      { source: '大数局', target: '大数据' },
      { source: '公开', target: '公开' },
    ]);
  });

  it('reads JSON lines with source and target fields', () => {
    expect(parseSpellingPairs('{"source":"再接再励","target":"再接再厉","label":1}\n')).toEqual([
      { source: '再接再励', target: '再接再厉' },
    ]);
  });

  it('joins LEMON’s space-separated characters', () => {
    expect(parseSpellingPairs('镀 格 L E D\t镀 铬 L E D\n')).toEqual([
      { source: '镀格LED', target: '镀铬LED' },
    ]);
  });

  it('names the line of a JSON row without the fields', () => {
    expect(() => parseSpellingPairs('{"text":"x"}\n', 'f.jsonl')).toThrow(/f\.jsonl:1/);
  });
});
