// A county called a city straight after its own province: 四川省九寨沟市 (九寨沟县), 江西省婺源市
// (婺源县); and a prefecture-level city called a 州: 西藏自治区拉萨州 (拉萨市). The post means the right
// place but gives it another level's suffix. The
// other way round is not read: a county made a city (陕西省子长县, now 子长市) keeps its old name in
// posts written before the change. Read only after a province's full name (省, 自治区) found by the division scan,
// so it starts from a literal; the name as written must be no county's or prefecture's anywhere
// (吉林省吉林市, 浙江省海宁市 stay right), and the other suffix must name a county of that very
// province. A post telling the change itself (撤县设市, 县改市, 更名) may use the old name, and
// is not read.
import type { DivisionIndex } from '../rules/divisions.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import type { GateFinding } from './gate-context.ts';

const FULL_PROVINCE = /(?:省|自治区)$/;
const MAX_STEM = 6;
const RENAMED = /撤县|撤市|县改市|改市|更名|改名|原[\u4e00-\u9fa5]{1,6}县/;
const OTHER: Readonly<Record<string, string>> = { 市: '县', 州: '市' };

export function findCountySuffixErrors(
  index: DivisionIndex,
  text: string,
  provinces: readonly Span[],
): GateFinding[] {
  const out: GateFinding[] = [];
  if (provinces.length === 0 || RENAMED.test(text)) return out;
  for (const span of provinces) {
    const written = text.slice(span.start, span.end);
    const province = index.provinces.get(written);
    if (!province || !FULL_PROVINCE.test(written)) continue;
    for (let len = 2; len <= MAX_STEM; len++) {
      const stem = text.slice(span.end, span.end + len);
      if (stem.length < len || !/^[\u4e00-\u9fa5]+$/.test(stem)) break;
      const suffix = text.charAt(span.end + len);
      const other = OTHER[suffix];
      if (!other) continue;
      const name = stem + suffix;
      if (index.countyProvinces.has(name) || index.counties.has(name)) break;
      const right = stem + other;
      // A prefecture-level city given 州 (西藏自治区拉萨州): the province's prefecture of that stem is
      // the city, so no autonomous prefecture's short name (恩施州) is meant.
      const rightPlace =
        suffix === '州'
          ? index.counties.has(right) && index.prefectureStems.get(stem)?.has(province)
          : index.countyProvinces.get(right)?.has(province);
      if (!rightPlace) continue;
      out.push({
        gate: 'political',
        rule: 'political.division-hierarchy',
        severity: 'warn',
        start: span.start,
        end: span.end + name.length,
        message: `行政区划名称错误：${province}只有“${right}”，没有“${name}”`,
        suggestion: `${written}${right}`,
      });
      break;
    }
  }
  return out;
}
