import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../api/types.ts';
import { groupByRule } from './group-findings.ts';

const finding = (
  rule: string,
  severity: Severity,
  key = `${rule}-${severity}-${Math.random()}`,
): Finding => ({
  key,
  rule,
  severity,
  message: '',
  unitIds: [],
  accountIds: [],
  unitNames: [],
  accountNames: [],
  detail: {},
});

describe('groupByRule', () => {
  it('puts the group with the most severe finding first', () => {
    const groups = groupByRule([
      finding('name-duty', 'low'),
      finding('coverage', 'high'),
      finding('name-duty', 'low'),
    ]);
    expect(groups.map((g) => [g.rule, g.worst, g.findings.length])).toEqual([
      ['coverage', 'high', 1],
      ['name-duty', 'low', 2],
    ]);
  });

  it('orders groups of equal severity by size', () => {
    const groups = groupByRule([
      finding('a', 'medium'),
      finding('b', 'medium'),
      finding('b', 'medium'),
    ]);
    expect(groups.map((g) => g.rule)).toEqual(['b', 'a']);
  });

  it('lists the most severe findings first inside a group', () => {
    const [group] = groupByRule([
      finding('x', 'low', 'l'),
      finding('x', 'high', 'h'),
      finding('x', 'medium', 'm'),
    ]);
    expect(group!.findings.map((f) => f.key)).toEqual(['h', 'm', 'l']);
  });
});
