// Host names built like porn or gambling sites, against ordinary and government hosts.
import { describe, expect, it } from 'vitest';
import { isSuspiciousHost } from './suspicious-host.ts';

describe('isSuspiciousHost', () => {
  it.each([
    'www.av98kk.xyz',
    'sex88vip.top',
    'bet9988.vip',
    'av1234.com',
    'hotgirls.xxx',
    'kk99.xyz',
  ])('flags %s', (host) => expect(isSuspiciousHost(host)).toBe(true));
  it.each([
    'www.travel.com',
    'java.xyz',
    'www.gov.cn',
    'av.example.gov.cn',
    'vip.taobao.com',
    'www.club.top',
    'aa.xyz',
    'hunan2024.top',
    'www.essex.ac.uk',
    'bet.hunan.gov.cn',
  ])('leaves %s alone', (host) => expect(isSuspiciousHost(host)).toBe(false));
});
