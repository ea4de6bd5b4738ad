// A famous town, scenic area or site written straight after a prefecture or county it is not in:
// 四川省成都市九寨沟 (九寨沟 is in 阿坝州), 浙江省金华市乌镇 (乌镇 is in 嘉兴市桐乡市), 江苏省南京市周庄.
// The division data stop at the county, so these places, which posts write as if they were one, are
// listed with the prefecture and county that hold them. The right owner (嘉兴市乌镇, 桐乡市乌镇, 阿坝州
// 九寨沟县), a place after no division name (成都至九寨沟, 赴乌镇学习) or after a province only are not
// reported.
import type { DivisionIndex } from '../rules/divisions.ts';
import type { GateFinding } from './gate-context.ts';

/** Place → the prefecture-level and county-level names it lies in (full and common short names). */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  乌镇: ['嘉兴市', '桐乡市'],
  西塘: ['嘉兴市', '嘉善县'],
  周庄: ['苏州市', '昆山市'],
  甪直: ['苏州市', '吴中区'],
  千岛湖: ['杭州市', '淳安县'],
  莫干山: ['湖州市', '德清县'],
  雁荡山: ['温州市', '乐清市'],
  普陀山: ['舟山市', '普陀区'],
  九寨沟: ['阿坝藏族羌族自治州', '阿坝州', '九寨沟县'],
  稻城亚丁: ['甘孜藏族自治州', '甘孜州', '稻城县'],
  凤凰古城: ['湘西土家族苗族自治州', '湘西州', '凤凰县'],
  平遥古城: ['晋中市', '平遥县'],
  鼓浪屿: ['厦门市', '思明区'],
  丽江古城: ['丽江市', '古城区'],
  黄果树瀑布: ['安顺市', '镇宁布依族苗族自治县', '镇宁县'],
  青城山: ['成都市', '都江堰市'],
  三星堆: ['德阳市', '广汉市'],
  兵马俑: ['西安市', '临潼区'],
  龙门石窟: ['洛阳市', '洛龙区'],
  云冈石窟: ['大同市', '云冈区'],
  莫高窟: ['酒泉市', '敦煌市'],
  少林寺: ['郑州市', '登封市'],
  西柏坡: ['石家庄市', '平山县'],
  乐山大佛: ['乐山市', '市中区'],
};
const PLACE = new RegExp(Object.keys(PLACES).join('|'), 'g');
const MAX_NAME = 12;

/** Whether `name` is a prefecture's (full or short: 阿坝州) or a county's name in the data. */
const isDivision = (index: DivisionIndex, name: string): boolean =>
  index.counties.has(name) || index.allCounties.has(name);

export function findScenicPlaceErrors(text: string, index: DivisionIndex): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of text.matchAll(PLACE)) {
    const place = m[0];
    const owners = PLACES[place]!;
    for (let len = Math.min(MAX_NAME, m.index); len >= 3; len--) {
      const name = text.slice(m.index - len, m.index);
      if (!isDivision(index, name)) continue;
      if (!/[市州县区]$/.test(name) || index.provinces.has(name) || owners.includes(name)) break;
      out.push({
        gate: 'political',
        rule: 'political.division-hierarchy',
        severity: 'warn',
        start: m.index - len,
        end: m.index + place.length,
        message: `行政区划层级错误：${place}位于${owners[0]}，不属于${name}`,
        suggestion: `${owners[0]}${place}`,
      });
      break;
    }
  }
  return out;
}
