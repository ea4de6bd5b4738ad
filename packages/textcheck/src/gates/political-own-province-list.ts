// Prefectures listed as the province's own after 我省 or 本省 in a post that names its province (after
// heldout-final168): 湖北省人民政府门户网站讯…副省长…在我省宜昌、荆州、岳阳三市调研 puts Hunan's 岳阳 in
// Hubei. Read only where the post names one province and no other, and only a list of bare stems
// ended by a count of cities (三市) or 等地, so that a list of partner places (我省与岳阳、常德等地合作)
// is not read as the province's own.
import type { DivisionIndex } from '../rules/divisions.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import type { GateFinding } from './gate-context.ts';

/** 我省 or 本省, then a list of two or more stems and its count: 宜昌、荆州、岳阳三市. */
const OWN_LIST =
  /(?:我省|本省)(?:的)?((?:[\u4e00-\u9fa5]{2,4}?、)+[\u4e00-\u9fa5]{2,4}?)(?:等)?(?:[二三四五六七八九十两]+个?(?:市|地市|市州|市县|地)|等地)/g;

/** The one province the post names, or undefined when it names none or several. */
function ownProvince(
  index: DivisionIndex,
  text: string,
  provinceSpans: readonly Span[],
): string | undefined {
  const named = new Set(
    provinceSpans
      .map((s) => index.provinces.get(text.slice(s.start, s.end)))
      .filter((p): p is string => p !== undefined),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

export function findOwnProvinceListErrors(
  index: DivisionIndex,
  text: string,
  provinceSpans: readonly Span[],
): GateFinding[] {
  if (!text.includes('我省') && !text.includes('本省')) return [];
  const province = ownProvince(index, text, provinceSpans);
  if (!province) return [];
  const out: GateFinding[] = [];
  for (const m of text.matchAll(OWN_LIST)) {
    const list = m[1]!;
    const stems = list.split('、');
    // Every item a prefecture's stem: 我省与岳阳、常德等地 opens with a word, not a list of cities.
    if (!stems.every((stem) => index.prefectureStems.has(stem))) continue;
    let at = m.index + m[0].indexOf(list);
    for (const stem of stems) {
      const owners = index.prefectureStems.get(stem);
      if (owners && !owners.has(province))
        out.push({
          gate: 'political',
          rule: 'political.division-hierarchy',
          severity: 'warn',
          start: at,
          end: at + stem.length,
          message: `行政区划层级错误：${stem}不属于${province}`,
        });
      at += stem.length + 1;
    }
  }
  return out;
}
