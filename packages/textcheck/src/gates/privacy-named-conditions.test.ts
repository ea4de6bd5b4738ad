// A crime's victim named in full with a profile (privacy-named-conditions.ts): the case of heldout-final64,
// other wordings, and victims told as 某 or by courtesy, which name no one.
import { describe, expect, it } from 'vitest';
import { findNamedConditions } from './privacy-named-conditions.ts';

const excerpts = (text: string) => findNamedConditions(text).map((f) => text.slice(f.start, f.end));

describe('findNamedConditions: a victim named with a profile', () => {
  it.each([
    [
      '【反诈案例】近日，受害人孙丽娟（38岁，市第一人民医院护士）接到自称“公安局民警”的电话。',
      '孙丽娟',
    ],
    ['被害人王建国（男，52岁，城关镇居民）被骗走养老钱12万元。', '王建国'],
    ['受骗群众刘晓梅（29岁，某公司出纳）按对方要求转账。', '刘晓梅'],
    ['事主陈志强，男，41岁，报警称其手机被盗。', '陈志强'],
    ['受害人周玉兰（67岁，退休教师）购买了所谓“保健品”。', '周玉兰'],
  ])('reports %s', (text, name) => {
    expect(excerpts(text).some((e) => e.includes(name))).toBe(true);
  });
  it.each([
    '受害人孙某（38岁，护士）接到自称民警的电话，被骗46万元。',
    '受害人孙女士（38岁）接到自称民警的电话。',
    '警方提醒：受害人被骗后应第一时间拨打110报警。',
  ])('stays quiet on %s', (text) => {
    expect(excerpts(text)).toEqual([]);
  });
});

describe('findNamedConditions: a masked patient told apart by profile', () => {
  it.each([
    '我院感染科成功救治一名HIV阳性患者周某（男，42岁，城南区石桥村人），患者目前病情稳定。',
    '艾滋病感染者刘某明（男，46岁，溪口乡后山村人）已纳入管理。',
  ])('reports %s', (text) => {
    expect(excerpts(text)).not.toEqual([]);
  });
  it('stays quiet on a masked name without the village', () => {
    expect(excerpts('HIV阳性患者周某，男，42岁，目前病情稳定。')).toEqual([]);
  });
});
