import { describe, expect, it } from 'vitest';
import { tokenizeName } from '../name-tokenizer.ts';
import {
  computeFindings,
  DEFAULT_REGISTRY_SETTINGS,
  type AccountFacts,
  type RegistrySnapshot,
  type UnitFacts,
} from './index.ts';

const unit = (id: string, name: string, extra: Partial<UnitFacts> = {}): UnitFacts => ({
  id,
  name,
  shortName: null,
  level: 'county',
  kind: 'organ',
  parentId: null,
  duties: null,
  ...extra,
});
const account = (id: string, unitId: string, extra: Partial<AccountFacts> = {}): AccountFacts => ({
  id,
  unitId,
  platform: 'wechat',
  name: '清河发布',
  certification: '清河县人民政府',
  licence: null,
  services: [],
  status: 'active',
  openedOn: null,
  duplicateReason: null,
  ...extra,
});

const base = (
  accounts: AccountFacts[],
  units: UnitFacts[] = [unit('g', '清河县人民政府', { shortName: '清河县政府' })],
): RegistrySnapshot => ({
  units,
  accounts,
  filings: [],
  settings: { ...DEFAULT_REGISTRY_SETTINGS, majorPlatforms: ['wechat'] },
  now: new Date('2026-11-28T00:00:00Z'),
});
const rules = (s: RegistrySnapshot) => computeFindings(s, tokenizeName).map((f) => f.rule);

describe('registry findings', () => {
  it('reports nothing for a well-kept county government account', () => {
    expect(rules(base([account('a', 'g')]))).toEqual([]);
  });
  it('flags two WeChat accounts of one unit, naming both', () => {
    const f = computeFindings(base([account('a', 'g'), account('b', 'g')]), tokenizeName);
    expect(f.find((x) => x.rule === 'one-account-per-platform')?.accountIds).toEqual(['a', 'b']);
  });
  it('accepts a second account with an approved exception reason', () => {
    expect(
      rules(base([account('a', 'g'), account('b', 'g', { duplicateReason: '应急专用' })])),
    ).not.toContain('one-account-per-platform');
  });
  it('flags different names across a unit’s platforms', () => {
    expect(
      rules(base([account('a', 'g'), account('b', 'g', { platform: 'weibo', name: '清河政务' })])),
    ).toContain('name-consistency');
  });
  it('flags certification text that omits the host unit, and accepts the short name', () => {
    expect(rules(base([account('a', 'g', { certification: '清河宣传' })]))).toContain(
      'certification-host',
    );
    expect(rules(base([account('a', 'g', { certification: '清河县政府官方账号' })]))).not.toContain(
      'certification-host',
    );
  });
  it('explains a name unrelated to the unit’s name and duties', () => {
    const f = computeFindings(base([account('a', 'g', { name: '娱乐八卦站' })]), tokenizeName).find(
      (x) => x.rule === 'name-duty',
    );
    expect(f?.message).toContain('娱乐');
  });
  it('accepts a name that shares a word with the duties', () => {
    const units = [unit('p', '清河县公安局', { kind: 'organ', duties: '维护社会治安，平安建设' })];
    const s = base([account('a', 'p', { name: '平安清河', certification: '清河县公安局' })], units);
    expect(rules(s)).not.toContain('name-duty');
  });
  it('flags a news service without a licence', () => {
    expect(rules(base([account('a', 'g', { services: ['news'] })]))).toContain('licence-required');
  });
  it('flags a county government with no active account', () => {
    expect(rules(base([account('a', 'g', { status: 'suspended' })]))).toContain('coverage');
  });
  it('does not require accounts of a bureau', () => {
    expect(rules(base([], [unit('b', '清河县统计局')]))).toEqual([]);
  });
  it('flags an opening not filed within the deadline and ignores a fresh one', () => {
    expect(
      rules(
        base([
          account('a', 'g'),
          account('b', 'g', { platform: 'weibo', status: 'pending', openedOn: '2026-11-02' }),
        ]),
      ),
    ).toContain('filing-overdue');
    expect(
      rules(
        base([
          account('a', 'g'),
          account('b', 'g', { platform: 'weibo', status: 'pending', openedOn: '2026-11-27' }),
        ]),
      ),
    ).not.toContain('filing-overdue');
  });
});
