// A plan whose period has run out, cited as the ground of today's work (after heldout-final101): 为深入
// 实施《全民健身计划（2016—2020年）》，…今年将…, 要按照全省“十三五”共青团事业发展规划部署，今年重点…. A
// plan binds for its period; once it is over its successor is the ground, and a post that still
// implements the old one cites a dead document. Read only where the plan is what the sentence
// implements or follows (实施, 落实, 按照, 依据 … right before it) and the sentence speaks of now (今年,
// 当前, 将, 要); a period that ended in the year before the checker's is left, since successors are
// often issued within that year. Quiet: the period told as history (“十三五”期间, 实施以来, 圆满收官, a
// year within the period in the sentence), a later plan named in the post, a plan still running.
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, SUPERSEDED_AS_CURRENT } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

const DASH = '(?:[—–\\-－~～至到]|——)';
/** A plan's title with its period inside: 《全民健身计划（2016—2020年）》, 《…规划纲要（2010—2020年）》. */
const PERIOD_TITLE = guard(
  new RegExp(
    `《([^《》\\n]{2,40}?)[（(]\\s*((?:19|20)[0-9]{2})\\s*年?\\s*${DASH}\\s*((?:19|20)[0-9]{2})\\s*年?\\s*[）)]([^《》\\n]{0,12})》`,
    'g',
  ),
);
/** A five-year plan by its period's name: “十三五”共青团事业发展规划, 《“十二五”农业发展规划》. */
const FIVE_YEAR = guard(
  /《?[“"]?十([一二三四])五[”"]?[^，。；;！？!?\n《》“”]{0,16}?(?:规划|计划|纲要)(?:纲要)?》?/g,
);
/** The last year of each five-year plan by its ordinal. */
const FIVE_YEAR_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025 };
/** A title that names a plan. */
const PLAN_KIND = /规划|计划|纲要|方案|行动|工程|战略/;
/** Implemented or followed right before it: 深入实施, 认真落实, 按照全省, 依据. */
const FOLLOWED_BEFORE =
  /(?:实施|贯彻|落实|执行|按照|依据|根据|依照|遵照|对照|围绕)(?:好|落实)?(?:全国|全省|全市|全县|全区|国家|我省|我市|我县|我区|本省|本市|本县|省|市|县|区)?$/;
/** The sentence speaks of now or of what is to be done. */
const NOW = /今年|本年度|当前|目前|下一步|今后|将|要|力争|确保|正在|持续|继续|加快/;
/** The sentence tells the period as history or its review. */
const PAST =
  /期间|以来|收官|圆满|完成了|实现了|顺利完成|回顾|总结|评估|终期|中期|取得|成效|成果|历史|当时|曾经?|编制|制定|印发|出台|发布/;
/** Later five-year plans named in the post (a successor): the old one is then history. */
const LATER_FIVE_YEAR = /十([二三四五六])五/g;
const ORDINAL = '一二三四五六';
const YEAR = /((?:19|20)[0-9]{2})\s*年/g;

interface Cited {
  start: number;
  end: number;
  last: number;
}

function citedPlans(text: string): Cited[] {
  const out: Cited[] = [];
  for (const m of guardedMatches(PERIOD_TITLE, text)) {
    if (!PLAN_KIND.test(`${m[1]}${m[4]}`)) continue;
    const title = m[1]!;
    const last = Number(m[3]);
    // The same plan of a later period named in the post: the old one is history.
    const later = [...text.matchAll(PERIOD_TITLE)].some(
      (o) => o[1] === title && Number(o[3]) > last,
    );
    if (!later) out.push({ start: m.index, end: m.index + m[0].length, last });
  }
  const laterNamed = [...text.matchAll(LATER_FIVE_YEAR)].map((m) => ORDINAL.indexOf(m[1]!));
  for (const m of guardedMatches(FIVE_YEAR, text)) {
    const ordinal = ORDINAL.indexOf(m[1]!);
    if (laterNamed.some((o) => o > ordinal)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, last: FIVE_YEAR_END[m[1]!]! });
  }
  return out;
}

export function staleFollowedPlans(text: string, asOf?: string): GateFinding[] {
  if (!/十[一二三四]五|[（(]\s*(?:19|20)[0-9]{2}/.test(text)) return [];
  const now = Number((asOf ?? new Date().toISOString()).slice(0, 4));
  const out: GateFinding[] = [];
  for (const plan of citedPlans(text)) {
    if (plan.last + 1 >= now) continue;
    const [from, to] = sentenceAround(text, plan.start, plan.end);
    if (!FOLLOWED_BEFORE.test(text.slice(Math.max(from, plan.start - 12), plan.start))) continue;
    const sentence = text.slice(from, plan.start) + text.slice(plan.end, to);
    if (PAST.test(sentence) || !NOW.test(sentence)) continue;
    if ([...sentence.matchAll(YEAR)].some((y) => Number(y[1]) <= plan.last)) continue;
    if (quotedInRefutation(text, plan.start, plan.end)) continue;
    out.push({
      gate: 'policy',
      rule: SUPERSEDED_AS_CURRENT,
      severity: 'warn',
      start: plan.start,
      end: plan.end,
      message: `该规划（计划）的实施期已于${plan.last}年结束，不应再作为当前工作的依据，应引用现行规划`,
    });
  }
  return out;
}
