// An absolute term in a sentence that calls the reader to buy, book, enrol or come is reported; a
// rank without the call, and an ordinal, are not.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker({ asOf: '2026-11-30', classifier: false });
const absolute = (text: string) =>
  checker
    .check({ text }, { gates: ['advertising'] })
    .findings.filter((f) => f.rule === 'advertising.absolute-term' && f.severity !== 'info')
    .map((f) => f.excerpt);

describe('superlatives in a call to buy or come', () => {
  it.each([
    ['本所培育的“丰禾1号”是全省最好的小麦品种，欢迎种植户来电咨询。', '全省最好'],
    ['中心提供顶级康养服务，床位有限，欢迎预约参观。', '顶级'],
    ['这批茶叶品质第一，欢迎来电订购。', '品质第一'],
  ])('reports %s', (text, excerpt) => {
    expect(absolute(text).join('|')).toContain(excerpt);
  });

  it.each([
    '我市空气质量优良天数全省第一。',
    '我市建成全国第一座海底隧道，欢迎广大市民参观。',
    '全省最好的时节到了，欢迎广大市民前来赏花。',
  ])('leaves %s', (text) => {
    expect(absolute(text)).toEqual([]);
  });
});
