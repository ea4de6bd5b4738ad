// When a plan whose period has ended counts as cited for today: its successor must be out — a year
// after the period for any plan, from April of the year after for a five-year plan, or by a later
// year the sentence itself names.
import { describe, expect, it } from 'vitest';
import { staleExpiredPlans } from './policy-expired-plans.ts';

const excerpts = (text: string, asOf: string) =>
  staleExpiredPlans(text, asOf).map((f) => text.slice(f.start, f.end));

describe('expired plans cited as today’s ground', () => {
  const fiveYear = '按照《“十四五”电子商务发展规划》要求，今年我市将新培育跨境电商龙头企业5家。';
  it('reads a five-year plan as expired from April of the year after its period', () => {
    expect(excerpts(fiveYear, '2026-11-30')).toEqual(['《“十四五”电子商务发展规划》']);
    expect(excerpts(fiveYear, '2026-01-15')).toEqual([]);
  });

  it('leaves another plan a year after its period, since its successor may lag', () => {
    const threeYear = '今年将按照《城乡环境整治三年行动方案（2023—2025年）》推进改厕。';
    expect(excerpts(threeYear, '2026-11-30')).toEqual([]);
    expect(excerpts(threeYear, '2027-11-30')).toEqual([
      '《城乡环境整治三年行动方案（2023—2025年）》',
    ]);
  });

  it('dates the sentence by a later year it names', () => {
    const text =
      '2027年，省属企业将继续以《省属国有企业“十四五”发展规划》为依据，加快推进产业结构调整。';
    expect(excerpts(text, '2026-01-01')).toEqual(['《省属国有企业“十四五”发展规划》']);
  });

  it('leaves a plan told as history or still running', () => {
    expect(excerpts('“十四五”期间，全市新建学校12所。', '2026-11-30')).toEqual([]);
    expect(excerpts('今年将按照《“十五五”规划纲要》要求推进各项工作。', '2026-11-30')).toEqual([]);
  });
});
