import type { AccountStatus } from '@govmedia/contracts';
import { describe, expect, it } from 'vitest';
import { canEditDirectly, describeChanges, FILINGS_BY_STATUS } from './filing-rules.ts';

describe('FILINGS_BY_STATUS', () => {
  it('offers only the opening filing for a pending account', () => {
    expect(FILINGS_BY_STATUS.pending).toEqual(['opening']);
  });

  it('offers nothing for a cancelled account', () => {
    expect(FILINGS_BY_STATUS.cancelled).toEqual([]);
  });
});

describe('canEditDirectly', () => {
  it('allows editing only a pending account', () => {
    const filed: AccountStatus[] = ['active', 'suspended', 'cancelled'];
    expect(canEditDirectly('pending')).toBe(true);
    expect(filed.filter(canEditDirectly)).toEqual([]);
  });
});

describe('describeChanges', () => {
  it('names the new host unit instead of its id', () => {
    const names = new Map([['u-2', '清源县文化和旅游局']]);
    expect(describeChanges({ unitId: 'u-2' }, (id) => names.get(id))).toEqual([
      '主办单位：清源县文化和旅游局',
    ]);
  });

  it('reads each changed field as a Chinese label with its new value', () => {
    expect(
      describeChanges(
        { name: '清源文旅', operatorKind: 'contracted', resume: true, url: null },
        () => undefined,
      ),
    ).toEqual([
      '账号名称：清源文旅',
      '运维方式：委托服务商运维',
      '恢复运营：是',
      '主页链接：（清空）',
    ]);
  });
});
