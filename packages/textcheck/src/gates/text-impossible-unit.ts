// A quantity in a unit it cannot have (after final184 and final185): a water level in a unit of flow
// (实测最高水位30.42立方米每秒), a flow in metres (相应流量2150米), and a hall's, a room's or a
// building's area in square kilometres (大厅面积约3200平方公里). The reader cannot tell the figure:
// the unit or the word before it is a slip. Left alone: a level in metres, a flow in 立方米每秒, a
// park's or a district's area in square kilometres (产业园规划面积3.2平方公里), a hall in 平方米.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';

const NUMBER = '[0-9０-９][0-9０-９.,．]*(?:万|余|多)?';
const LINK = '(?:约|为|达|达到|已达|涨至|升至|降至|回落至|超过|共|近|约为|仅)*';

const UNITS: ReadonlyArray<{ pattern: RegExp; message: string }> = [
  {
    // A level (水位, 警戒水位) measured in a unit of flow.
    pattern: guard(
      new RegExp(
        `水位${LINK}${NUMBER}(?:立方米每秒|立方米/秒|立方米/s|m³/s|m3/s|方每秒|方/秒|个流量)`,
        'g',
      ),
    ),
    message: '水位的单位应为“米”，“立方米每秒”是流量的单位，请核实',
  },
  {
    // A flow measured in metres (not 立方米, 米³ or 米/秒, which 流速 would take). Only 米 written out:
    // a phone plan's 流量500m is megabytes.
    pattern: guard(new RegExp(`流量${LINK}${NUMBER}米(?![³3/每])`, 'g')),
    message: '流量的单位应为“立方米每秒”，“米”是水位的单位，请核实',
  },
  {
    // A hall's, a room's or a building's area in square kilometres.
    pattern: guard(
      new RegExp(
        `(?:大厅|服务厅|展厅|候车厅|候机厅|会议室|教室|办公室|阅览室|病房|门店|商铺|住宅|套房|公寓|食堂|场馆|体育馆|图书馆|大楼|办公楼|教学楼|宿舍楼|宿舍|厂房|车间|仓库)(?:的)?(?:总)?(?:建筑|使用|营业|展陈|展览|室内)?面积${LINK}${NUMBER}(?:平方公里|平方千米|km²|km2)`,
        'g',
      ),
    ),
    message: '房屋、场馆的面积应以“平方米”计，“平方公里”是土地、区域面积的单位，请核实',
  },
];

export function findImpossibleUnits(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const { pattern, message } of UNITS)
    for (const m of text.matchAll(pattern))
      out.push({
        gate: 'text',
        rule: 'text.impossible-unit',
        severity: 'warn',
        start: m.index,
        end: m.index + m[0].length,
        message,
      });
  return out;
}
