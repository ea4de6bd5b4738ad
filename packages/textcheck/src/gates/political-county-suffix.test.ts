// A county called a city, or a prefecture-level city called a 州, straight after its own province.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker({ asOf: '2026-11-30', classifier: false });
const hierarchy = (text: string) =>
  checker
    .check({ text }, { gates: ['political'] })
    .findings.filter((f) => f.rule === 'political.division-hierarchy')
    .map((f) => [f.excerpt, f.suggestion]);

describe('division suffixes after a province', () => {
  it.each([
    ['秋季赏彩林，首选四川省九寨沟市！', '四川省九寨沟市', '四川省九寨沟县'],
    ['游客在西藏自治区拉萨州城关区参观。', '西藏自治区拉萨州', '西藏自治区拉萨市'],
    ['四川省成都州的代表团到访。', '四川省成都州', '四川省成都市'],
  ])('reports %s', (text, excerpt, suggestion) => {
    expect(hierarchy(text)).toEqual([[excerpt, suggestion]]);
  });

  it.each([
    '湖北省恩施州巴东县',
    '湖北省恩施市六角亭街道',
    '浙江省台州市椒江区',
    '四川省甘孜州康定市',
    '吉林省吉林市',
  ])('leaves %s', (text) => {
    expect(hierarchy(text)).toEqual([]);
  });
});
