// An old town put under a city it is not in: 丽江市大理古城 (大理古城 is in 大理白族自治州), 张家界市
// 凤凰古城 (凤凰县 is in 湘西州), 太原市平遥古城 (平遥县 is in 晋中市). The town is named after its own
// prefecture or county, so a city written straight before another division's name and 古城 or 古镇 is
// the hierarchy error the division rules catch for full names (成都市绵阳市). The city's own
// divisions (大理州大理古城, 晋中市平遥古城, 丽江市古城区) and a town named after no division (丽江市
// 束河古镇) are right; only a prefecture named in full with its suffix (市, 州, 地区, 盟) is read.
import type { Span } from '../rules/lexicon-scan.ts';
import type { DivisionIndex } from '../rules/divisions.ts';
import type { GateFinding } from './gate-context.ts';

/** The prefecture's suffix, as the full name in the text ends. */
const PREFECTURE_SUFFIX = /(?:市|州|地区|盟)$/;
/** What makes the stem a town's name. */
const TOWN = /^(?:古城|古镇)(?!区)/;
/** Longest division stem tried. */
const MAX_STEM = 4;

/** Whether the prefecture has a division of that stem (大理州: 大理市; 晋中市: 平遥县). */
function ownStem(index: DivisionIndex, prefecture: string, stem: string): boolean {
  if (prefecture.startsWith(stem)) return true;
  for (const county of index.counties.get(prefecture) ?? []) {
    if (county.startsWith(stem)) return true;
  }
  return false;
}

export function findMisplacedOldTowns(
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
      if (!TOWN.test(text.slice(span.end + len, span.end + len + 3))) continue;
      if (!index.prefectureStems.has(stem) && !index.countyStems.has(stem)) continue;
      if (ownStem(index, prefecture, stem)) break;
      out.push({
        gate: 'political',
        rule: 'political.division-hierarchy',
        severity: 'warn',
        start: span.start,
        end: span.end + len + 2,
        message: `行政区划层级错误：${stem}${text.slice(span.end + len, span.end + len + 2)}不在${prefecture}`,
      });
      break;
    }
  }
  return out;
}
