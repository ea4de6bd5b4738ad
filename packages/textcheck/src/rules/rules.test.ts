// Rule building blocks: one scan with suppression and context exceptions, proximity AND/NOT,
// the division hierarchy and the table parsers.
import { describe, expect, it } from 'vitest';
import { buildDivisionIndex, findDivisionErrors } from './divisions.ts';
import { buildLexiconIndex } from './lexicon-index.ts';
import { scanText } from './lexicon-scan.ts';
import { parseEntryTable } from './parse-tables.ts';
import { evaluateProximity, proximityGroupName } from './proximity.ts';
import type { LexiconEntry, ProximityRule } from './types.ts';

const entry = (term: string, exceptions?: string[]): LexiconEntry => ({
  term,
  gate: 'policy',
  rule: 'policy.t',
  severity: 'warn',
  message: 'm',
  ...(exceptions ? { exceptions } : {}),
});

function scan(
  text: string,
  entries: LexiconEntry[],
  suppressors: string[] = [],
  groups = new Map<string, string[]>(),
) {
  return scanText(buildLexiconIndex({ entries, suppressors, groups, normalizeOptions: {} }), text);
}

describe('lexicon scan', () => {
  it('reports a term through noise inside the word, with the original span', () => {
    const text = '关于卫-计-委的通知';
    const [hit] = scan(text, [entry('卫计委')]).hits;
    expect(hit && text.slice(hit.start, hit.end)).toBe('卫-计-委');
  });

  it('does not report a term inside an allow-listed phrase', () => {
    expect(scan('各地文化部门', [entry('文化部')], ['文化部门']).hits).toEqual([]);
  });

  it('applies a covering exception only to its own entry', () => {
    const hits = scan('卫生计生委和卫计委', [
      entry('计生委', ['卫生计生委', '卫计委']),
      entry('卫计委'),
    ]).hits;
    expect(hits.map((h) => h.entry.term)).toEqual(['卫计委']);
  });

  it('honours a preceding-word exception', () => {
    expect(scan('原国土资源部印发', [entry('国土资源部', ['<原'])]).hits).toEqual([]);
  });

  it('does not take 目前 for 前 or 原则 for 原 in a preceding-word exception', () => {
    const entries = [entry('工商局', ['<原', '<前'])];
    expect(scan('前工商局旧址', entries).hits).toEqual([]);
    expect(scan('目前县工商局受理登记', entries).hits).toHaveLength(1);
    expect(scan('原则上工商局负责审批', entries).hits).toHaveLength(1);
  });

  it('does not report a Latin or digit term inside a longer word', () => {
    expect(scan('热线88886666', [entry('666')]).hits).toEqual([]);
  });

  it('does not read a number term inside a longer number or its fractional part', () => {
    expect(scan('利率为3.1%', [entry('3.1%')]).hits).toHaveLength(1);
    expect(scan('利率为13.1%', [entry('3.1%')]).hits).toEqual([]);
    expect(scan('利率为3.325%', [entry('3.25%')]).hits).toEqual([]);
    const groups = new Map([['rate', ['3.1%']]]);
    expect(scan('利率为3.1%', [], [], groups).groups.get('rate')).toHaveLength(1);
    expect(scan('利率为13.1%', [], [], groups).groups.get('rate')).toBeUndefined();
  });

  it('records the positions of named groups', () => {
    const groups = new Map([['ctx:x', ['警方']]]);
    expect(scan('警方提醒', [], [], groups).groups.get('ctx:x')).toEqual([{ start: 0, end: 2 }]);
  });
});

describe('proximity rules', () => {
  const rule: ProximityRule = {
    id: 'r',
    gate: 'political',
    severity: 'warn',
    window: 10,
    sameSentence: true,
    all: [['香港'], ['国家']],
    none: ['地区'],
    span: 'anchor',
    message: 'm',
    suggestion: '',
  };
  const run = (text: string) => {
    const groups = new Map([
      [proximityGroupName(0, 0), ['香港']],
      [proximityGroupName(0, 1), ['国家']],
      [proximityGroupName(0, 'none'), ['地区']],
    ]);
    return evaluateProximity(rule, 0, scan(text, [], [], groups).groups, text);
  };

  it('fires when every group occurs within the window', () => {
    expect(run('日本、香港等国家').map((h) => [h.start, h.end])).toEqual([[3, 5]]);
  });

  it('does not fire when an excluding term is near', () => {
    expect(run('日本、香港等国家和地区')).toEqual([]);
  });

  it('does not fire across a sentence end when the rule asks for one sentence', () => {
    expect(run('香港回归。国家')).toEqual([]);
  });

  it('lets a none term inside a noneVoid term rule nothing out', () => {
    const voided: ProximityRule = { ...rule, none: ['判处'], noneVoid: ['必将被判处'] };
    const groups = new Map([
      [proximityGroupName(0, 0), ['香港']],
      [proximityGroupName(0, 1), ['国家']],
      [proximityGroupName(0, 'none'), ['判处']],
      [proximityGroupName(0, 'noneVoid'), ['必将被判处']],
    ]);
    const hits = (text: string) =>
      evaluateProximity(voided, 0, scan(text, [], [], groups).groups, text).length;
    expect(hits('香港等国家必将被判处')).toBe(1);
    expect(hits('香港等国家已被判处')).toBe(0);
  });
});

describe('division hierarchy', () => {
  const index = buildDivisionIndex({
    湖南省: { 张家界市: ['永定区'] },
    湖北省: { 武汉市: ['洪山区'] },
    重庆市: { 重庆市: ['渝中区'] },
    四川省: { 成都市: ['武侯区'] },
  });
  const errors = (text: string, provinces: string[], prefectures: string[] = []) => {
    const spans = (names: string[]) =>
      names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
    return findDivisionErrors(index, text, spans(provinces), spans(prefectures));
  };

  it('suggests the right province for a misplaced prefecture', () => {
    expect(errors('湖北省张家界市', ['湖北省'])).toEqual([
      {
        start: 0,
        end: 6,
        message: '行政区划层级错误：张家界不属于湖北省',
        suggestion: '湖南省张家界',
      },
    ]);
  });

  it('flags a municipality written under a province', () => {
    expect(errors('四川省重庆市', ['四川省'])[0]?.suggestion).toBe('重庆');
  });

  it('flags a county under the wrong prefecture', () => {
    expect(errors('武汉市永定区', [], ['武汉市'])).toHaveLength(1);
  });

  it('flags a prefecture written under another', () => {
    expect(errors('成都市张家界市永定区', [], ['成都市'])[0]?.message).toBe(
      '行政区划层级错误：张家界市不属于成都市',
    );
  });

  it('accepts the right hierarchy', () => {
    expect(errors('湖南省张家界市永定区', ['湖南省'], ['张家界市'])).toEqual([]);
    expect(errors('重庆市成都市', [], ['重庆市'])).toEqual([]);
  });
});

describe('entry tables', () => {
  it('parse exceptions and leave out an empty suggestion', () => {
    const tsv =
      '# provenance\nterm\trule\tseverity\tsuggestion\tmessage\texceptions\n文化部\tpolicy.x\twarn\t\t说明\t<原|文化部门\n';
    expect(parseEntryTable(tsv, 'policy')).toEqual([
      {
        term: '文化部',
        gate: 'policy',
        rule: 'policy.x',
        severity: 'warn',
        message: '说明',
        exceptions: ['<原', '文化部门'],
      },
    ]);
  });
});
