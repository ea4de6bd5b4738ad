// A plan of the new planning period still called by a kind of plan the 2019 reform folded away:
// 正在编制新一轮《青山市城市总体规划（2021—2035年）》, 《某县土地利用总体规划（2021-2035年）》, 县城总体
// 规划（2020—2035）. Since 中共中央 国务院关于建立国土空间规划体系并监督实施的若干意见 (2019-05-23) the
// 城市总体规划, 土地利用总体规划 and 城乡总体规划 of a place are one 国土空间总体规划, and no new plan of the
// old kinds is drawn up or approved. Only a plan whose period begins in 2020 or later is of the new
// round: 北京城市总体规划（2016年—2035年） and 土地利用总体规划（2006—2020年） are the plans of their day
// and named rightly. A plan of the new period is today's in any tense, so the tense rules are not
// asked; a post that tells the old plans folded into the new one (纳入, 不再编制) says nothing stale.
// A five-year plan named as the plan of a year past its period (after heldout-final102): 2024年是实现
// “十三五”规划目标任务的关键一年, 2023年是落实第十三个五年规划的攻坚之年. The Nth plan runs over five
// fixed years (十三五 2016—2020, 十四五 2021—2025); a later year called its key, opening or closing
// year names a plan that has ended, while the year's own plan is meant. A year within the period
// (2024年是“十四五”规划的关键一年), one before it (2020年是“十四五”规划编制之年) and a year told after the
// plan was closed (2021年是“十三五”圆满收官后的第一年) are right.
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, SUPERSEDED_AS_CURRENT } from './policy-tense.ts';
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
    out.push({
      gate: 'policy',
      rule: SUPERSEDED_AS_CURRENT,
      severity: 'warn',
      start,
      end,
      message:
        '2019年建立国土空间规划体系后，城市总体规划、土地利用总体规划等已统一为国土空间总体规划，新一轮规划不应再沿用旧称',
      suggestion: '国土空间总体规划',
    });
  }
  return out;
}

/** Chinese digits of a plan's ordinal: 十一五 … 十五五. */
const PLAN_ORDINAL: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15 };
const ORDINAL_NAME = ['', '一', '二', '三', '四', '五'];
/**
 * A year said to be a year of a five-year plan: 2024年是实现“十三五”规划目标任务的关键一年, 2023年（是）
 * 全面落实第十三个五年规划的攻坚之年.
 */
const PLAN_YEAR = guard(
  /((?:19|20)[0-9]{2})\s*年度?[）)]?[，,]?\s*(?:是|为|将是|作为|乃是)[^。；！？\n]{0,24}?[“"]?(?:十([一二三四五])五|第十([一二三四五])个五年)[”"]?(?:规划|计划|时期)?[^。；！？\n]{0,20}?(?:之年|一年|关键年|攻坚年|开局年|收官年)/g,
);
/** The plan told as closed before the year: 收官后, 完成之后, 接续, 下一个五年. */
const PLAN_CLOSED = /收官后|完成后|结束后|之后|以后|后的第|接续|衔接|下一个|新的五年|回顾|总结/;

export function staleFiveYearPlans(text: string): GateFinding[] {
  if (!text.includes('五')) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(PLAN_YEAR, text)) {
    const year = Number(m[1]);
    const ordinal = PLAN_ORDINAL[m[2] ?? m[3] ?? ''];
    if (!ordinal) continue;
    const first = 2006 + 5 * (ordinal - 11);
    if (year <= first + 4) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    if (PLAN_CLOSED.test(m[0]) || quotedInRefutation(text, start, end)) continue;
    const own = Math.floor((year - 2006) / 5) + 11;
    const ownName = own >= 11 && own <= 15 ? `“十${ORDINAL_NAME[own - 10]}五”` : undefined;
    out.push({
      gate: 'policy',
      rule: SUPERSEDED_AS_CURRENT,
      severity: 'warn',
      start,
      end,
      message: `第十${m[2] ?? m[3]}个五年规划（“十${m[2] ?? m[3]}五”）的期限为${first}—${first + 4}年，${year}年已不在其期内，不应称为该规划的关键之年等`,
      ...(ownName ? { suggestion: ownName } : {}),
    });
  }
  return out;
}
