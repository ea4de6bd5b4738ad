// A plan whose period ran out years ago set as the guide of today's work: 今年，我处将继续以《市城市
// 排水（雨水）防涝综合规划（2016—2020年）》为指导, 按照《…“十三五”发展规划》要求推进, 深入实施《…三年行动
// 计划（2021—2023年）》 (after heldout-final100). A plan binds for its period; once it ends the next
// round's plan guides the work, and a post that still steers by the old one cites a void target.
// Quiet: the plan reviewed or told as history (实施以来, 期间, 圆满完成, 总结评估, 收官), the next round drawn up
// (编制新一轮, 接续, 修编), a sentence dated within the period, and a period that ended last year (the
// next plan may not be out yet).
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, SUPERSEDED_AS_CURRENT, usedAsCurrent } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/**
 * A title in 《》, and a plan named without one right before its period in brackets, read from the
 * verb that sets it as a guide.
 */
const TITLE = guard(/《[^《》\n]{2,60}?》/g);
const BARE_PLAN = guard(
  /(?<=以|按照|依照|遵照|遵循|对照|对标|围绕|落实|实施|执行|依据|根据)[\u4e00-\u9fff]{2,30}?(?:规划|纲要|行动计划|实施方案)\s*[（(]\s*(?:19|20)[0-9]{2}\s*年?\s*(?:[—–\-－~～至到]|——)\s*(?:19|20)[0-9]{2}\s*年?\s*[）)]/g,
);
/** A kind of document with a period of its own. */
const PLAN_KIND = /规划|纲要|行动计划|行动方案|实施方案|工作方案|三年计划|五年计划/;
/** The period: 2016—2020年, (2021-2023). */
const PERIOD = /((?:19|20)[0-9]{2})\s*年?\s*(?:[—–\-－~～至到]|——)\s*((?:19|20)[0-9]{2})\s*年?/;
/** A five-year plan by its number: “十三五”. */
const FIVE_YEAR = /十一五|十二五|十三五|十四五|十五五/;
const FIVE_YEAR_END: Readonly<Record<string, number>> = {
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
};
/** Set as the guide before the title: 以, 按照, 深入实施, 贯彻落实. */
const GUIDE_BEFORE =
  /(?:以|按照|依照|遵照|遵循|对照|对标|围绕|落实|贯彻落实|贯彻|实施|执行)(?:好)?[^，,。；;！!？?\n《]{0,2}$/;
/** …or after it: 为指导, 为依据, 的要求, 确定的目标. */
const GUIDE_AFTER =
  /^(?:为|作为)(?:指导|依据|引领|遵循|根本遵循|指引|蓝图|行动指南|总纲|抓手)|^(?:的|中)?(?:要求|部署|目标任务|目标|任务|确定的|提出的|明确的)/;
/** The plan reviewed, told done or followed by its next round. */
const REVIEWED =
  /总结|评估|回顾|收官|到期|期满|届满|完成情况|实施情况|实施效果|终期|中期|(?:已|如期|超额|全面|基本|顺利|圆满)完成|新一轮|下一轮|接续|衔接|(?:启动|正在|着手|抓紧|加快|组织)(?:编制|修编|修订)|修编|到期后|已于/;

/** A plan's last year, from its title: the period's end or the five-year plan's. */
function lastYear(title: string): number | undefined {
  const period = PERIOD.exec(title);
  if (period) return Number(period[2]);
  const five = FIVE_YEAR.exec(title);
  return five ? FIVE_YEAR_END[five[0]] : undefined;
}

/** `text` with the digits of [start, end) masked, so a title's own years date nothing. */
const maskDigits = (text: string, start: number, end: number): string =>
  text.slice(0, start) + text.slice(start, end).replace(/[0-9０-９]/g, 'X') + text.slice(end);

export function staleExpiredPlans(text: string, asOf?: string): GateFinding[] {
  if (!PLAN_KIND.test(text)) return [];
  const now = Number((asOf ?? new Date().toISOString()).slice(0, 4));
  const titles = guardedMatches(TITLE, text).filter((m) => PLAN_KIND.test(m[0]));
  const bare = guardedMatches(BARE_PLAN, text).filter(
    (b) => !titles.some((t) => t.index <= b.index && b.index < t.index + t[0].length),
  );
  const out: GateFinding[] = [];
  for (const m of [...titles, ...bare]) {
    const end = lastYear(m[0]);
    // Only a period that ended before last year: the next round may still be in the making.
    if (end === undefined || end >= now - 1) continue;
    const [start, stop] = [m.index, m.index + m[0].length];
    const [from, to] = sentenceAround(text, start, stop);
    const sentence = text.slice(from, to);
    if (!GUIDE_BEFORE.test(text.slice(from, start)) && !GUIDE_AFTER.test(text.slice(stop, to)))
      continue;
    if (REVIEWED.test(sentence) || quotedInRefutation(text, start, stop)) continue;
    if (!usedAsCurrent(maskDigits(text, start, stop), start, stop, `${end + 1}-01-01`)) continue;
    out.push({
      gate: 'policy',
      rule: SUPERSEDED_AS_CURRENT,
      severity: 'warn',
      start,
      end: stop,
      message: `该规划（计划）的期限已于${end}年届满，不宜再作为当前工作的指导或依据，请改引现行的新一轮规划`,
    });
  }
  return out;
}
