// Laws and regulations cited by a replaced revision, the revision after the title or before it, are
// reported as today's ground; the revision in force, a past case and an implementing regulation are not.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker({ asOf: '2026-11-30', classifier: false });
const stale = (text: string) =>
  checker
    .check({ text }, { gates: ['policy'] })
    .findings.filter((f) => f.rule === 'policy.superseded-as-current')
    .map((f) => f.excerpt);

describe('laws by a replaced revision', () => {
  it.each([
    [
      '依据2018年修正的《中华人民共和国野生动物保护法》，禁止食用国家重点保护野生动物。',
      '2018年修正的《中华人民共和国野生动物保护法》',
    ],
    [
      '根据《军人抚恤优待条例》（2011年修订）第十条规定，发放定期抚恤金。',
      '《军人抚恤优待条例》（2011年修订）',
    ],
    [
      '按照《中华人民共和国公司法》（2018年修正）的规定办理变更登记。',
      '《中华人民共和国公司法》（2018年修正）',
    ],
  ])('reports %s', (text, excerpt) => {
    expect(stale(text)).toEqual([excerpt]);
  });

  it.each([
    '根据《中华人民共和国野生动物保护法》（2022年修订），禁止食用国家重点保护野生动物。',
    '2018年，执法人员依据《野生动物保护法》（2018年修正）查处了该案。',
    '《中华人民共和国森林法实施条例》（2018年修订）第十五条规定。',
    '《军人抚恤优待条例》（2011年修订）已被2024年修订的条例取代。',
  ])('leaves %s', (text) => {
    expect(stale(text)).toEqual([]);
  });
});
