// A plan of the new planning period still called by a kind of plan the 2019 reform folded away:
// 正在编制新一轮《青山市城市总体规划（2021—2035年）》, 《某县土地利用总体规划（2021-2035年）》, 县城总体
// 规划（2020—2035）. Since 中共中央 国务院关于建立国土空间规划体系并监督实施的若干意见 (2019-05-23) the
// 城市总体规划, 土地利用总体规划 and 城乡总体规划 of a place are one 国土空间总体规划, and no new plan of the
// old kinds is drawn up or approved. Only a plan whose period begins in 2020 or later is of the new
// round: 北京城市总体规划（2016年—2035年） and 土地利用总体规划（2006—2020年） are the plans of their day
// and named rightly. A plan of the new period is today's in any tense, so the tense rules are not
// asked; a post that tells the old plans folded into the new one (纳入, 不再编制) says nothing stale.
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, supersededAsCurrent } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** The old kinds of plan, then a period: （2021—2035年）, (2020-2035), 2021年—2035年. */
const OLD_PLAN = guard(
  /(?:城市|城乡|县城|县域|镇|乡镇|土地利用)总体规划\s*[（(]?\s*((?:19|20)[0-9]{2})\s*年?\s*(?:[—–\-－~～至到]|——)\s*(?:19|20)[0-9]{2}\s*年?\s*[）)]?|((?:19|20)[0-9]{2})\s*年?\s*(?:[—–\-－~～至到]|——)\s*(?:19|20)[0-9]{2}\s*年?(?:的)?(?:城市|城乡|县城|县域|镇|乡镇|土地利用)总体规划/g,
);
/** The reform told: the old plan folded into the new one, or the new one named as what replaced it. */
const REFORM_TOLD = /(?:纳入|融入|并入|整合(?:为|进|到|入)|取代|替代|不再(?:编制|审批))/;

export function staleSpatialPlans(text: string): GateFinding[] {
  if (!text.includes('总体规划')) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(OLD_PLAN, text)) {
    // Only a period that begins in the new round: such a plan is today's, whatever the sentence's
    // tense (规划成果已通过论证), so the tense rules are not asked.
    if (Number(m[1] ?? m[2] ?? 0) < 2020) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    if (quotedInRefutation(text, start, end)) continue;
    if (REFORM_TOLD.test(text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40))))
      continue;
    out.push(
      supersededAsCurrent(
        start,
        end,
        '2019年建立国土空间规划体系后，城市总体规划、土地利用总体规划等已统一为国土空间总体规划，新一轮规划不应再沿用旧称',
        '国土空间总体规划',
      ),
    );
  }
  return out;
}
