// Division names without and with their level suffix.
import { describe, expect, it } from 'vitest';
import { divisionStem, divisionSuffix } from './division-table.ts';

const CASES: Array<[string, string, string]> = [
  ['齐齐哈尔市', '齐齐哈尔', '市'],
  ['湖北省', '湖北', '省'],
  ['广西壮族自治区', '广西', '壮族自治区'],
  ['朝阳区', '朝阳', '区'],
  ['北京', '北京', ''],
];

describe('division names', () => {
  it.each(CASES)('splits %s into %s and %s', (name, stem, suffix) => {
    expect([divisionStem(name), divisionSuffix(name)]).toEqual([stem, suffix]);
  });
});
