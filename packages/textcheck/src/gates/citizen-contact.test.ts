// A mobile number in a bracket right after the citizen a reply answers is theirs, not the office's.
import { describe, expect, it } from 'vitest';
import { afterAddressedCitizen } from './citizen-contact.ts';

const at = (text: string) => {
  const start = text.search(/1[3-9][0-9]{9}/);
  return afterAddressedCitizen(text, { start, end: start + 11 });
};

describe('afterAddressedCitizen', () => {
  it.each([
    '您（电话13974125836）反映的问题已转交街道办理。',
    '关于网民“刘女士”（联系电话15873120946）反映的小区停车难问题，现答复如下。',
    '网友“城南老张”（手机13974125836）您好。',
    '来信人（联系方式：13974125836）所述情况属实。',
  ])('reads the citizen in %s', (text) => {
    expect(at(text)).toBe(true);
  });
  it.each([
    '如有疑问请联系街道办（电话13974125836）。',
    '网民反映的问题已办结，咨询电话13974125836。',
  ])('does not in %s', (text) => {
    expect(at(text)).toBe(false);
  });
});
