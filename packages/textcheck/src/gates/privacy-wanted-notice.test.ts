// A wanted suspect's ID number in a police notice is published by law; other ID numbers are not.
import { describe, expect, it } from 'vitest';
import { isWantedSuspectId } from './privacy-wanted-notice.ts';

const at = (text: string) => isWantedSuspectId(text, text.indexOf('4307'));

describe('isWantedSuspectId', () => {
  it.each([
    '【悬赏通告】犯罪嫌疑人周某林，男，1986年3月出生，公民身份号码430726198603152311，涉嫌故意伤害罪。',
    '通缉令：在逃人员李建军，身份证号：430726198603152311，身高170厘米。',
    '协查通报 嫌疑人王某，男，身份证号码为430726198603152311，请群众提供线索。',
  ])('reads a suspect in %s', (text) => {
    expect(at(text)).toBe(true);
  });
  it.each([
    '低保公示：户主周某林，公民身份号码430726198603152311，拟保障金额560元。',
    '【悬赏通告】举报人张某，身份证号430726198603152311，已领取奖金。',
    '犯罪嫌疑人周某林，公民身份号码430726198603152311，已被刑事拘留。',
  ])('does not in %s', (text) => {
    expect(at(text)).toBe(false);
  });
});
