// Plans and period documents whose period has ended, cited as today's (after heldout-final99 to
// final102). A plan binds for its period; once it is over the next round's plan or the new edition
// governs, and a post that still steers by the old one cites a void target. One scan finds every
// plan cited with its last year — a title with a period (《全民健身计划（2016—2020年）》, 《2018—2020年
// 农机购置补贴实施指导意见》), a title or a bare name of a five-year plan (《“十三五”脱贫攻坚规划》, 全省
// “十三五”共青团事业发展规划), a plan named without 《》 before its period right after a verb that follows
// it (对照全县农村公路建设规划（2016—2020年）) — and two readings judge it:
// - **today's ground**: the sentence follows, applies or implements it (按照, 依据, 深入实施, 以…为指导,
//   …的要求, …执行) and speaks of now (今年, 目前, 继续, 将, 要). Quiet: a period that ended last year
//   (its successor may still be in the making), the plan reviewed or told as history (实施以来, 期间,
//   圆满收官, 总结评估), its next round drawn up (编制新一轮, 接续), a year of the period in the sentence,
//   a later edition or a later five-year plan named in the post, a rumour's words refuted;
// - **a year past the period called its key year** (2024年是实现“十三五”规划目标任务的关键一年, 2023年是
//   全面落实第十三个五年规划的攻坚之年): a year within the period, one before it (2020年是“十四五”规划编制
//   之年) and a year told after the plan was closed (2021年是“十三五”圆满收官后的第一年) are right.
// Both read the one table of five-year periods below.
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, supersededAsCurrent } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** The five-year plans by the digit of their ordinal (十一五 … 十五五), and the last year of each. */
const FIVE_YEAR_ORDINALS = '一二三四五';
const fiveYearLast = (digit: string): number => 2010 + 5 * FIVE_YEAR_ORDINALS.indexOf(digit);

const DASH = '(?:[—–\\-－~～至到]|——)';
/** A span of years: 2016—2020年, （2019-2021年）, 2016年至2020年. */
const PERIOD = new RegExp(`((?:19|20)[0-9]{2})\\s*年?\\s*${DASH}\\s*((?:19|20)[0-9]{2})\\s*年?`);
/** A title: 《…》. */
const TITLE = guard(/《[^《》\n]{2,60}?》/g);
/** A five-year plan's name inside a title, before the kind of plan: 《市“十二五”城市绿地系统规划》. */
const TITLE_FIVE_YEAR = /十([一二三四五])五[”"’]?(?=[\u4e00-\u9fff“"]*?(?:规划|计划|纲要|方案))/;
/** A five-year plan named without 《》: “十三五”共青团事业发展规划, “十二五”农业发展规划. */
const BARE_FIVE_YEAR = guard(
  /[“"]?十([一二三四])五[”"]?[^，。；;！？!?\n《》“”]{0,16}?(?:规划|计划|纲要)(?:纲要)?/g,
);
/** A plan named without 《》 right before its period, after a verb that follows it. */
const BARE_PERIOD_PLAN = guard(
  new RegExp(
    `(?<=以|按照|依照|遵照|遵循|对照|对标|围绕|落实|实施|执行|依据|根据)[\\u4e00-\\u9fff]{2,30}?(?:规划|纲要|行动计划|实施方案)\\s*[（(]\\s*(?:19|20)[0-9]{2}\\s*年?\\s*${DASH}\\s*(?:19|20)[0-9]{2}\\s*年?\\s*[）)]`,
    'g',
  ),
);
/** Five-year plans named anywhere in the post, to find a later one. */
const ANY_FIVE_YEAR = /十([一二三四五六])五/g;

interface CitedPlan {
  start: number;
  end: number;
  /** The last year of its period. */
  last: number;
  /** The title without its period, to find a later edition. */
  name: string;
  /** Cited by its title in 《》, which a verb after it may apply (…执行, …的要求). */
  titled: boolean;
  /** A five-year plan (“十四五”…规划): its successor is out by spring of the year after its end. */
  fiveYear: boolean;
}

/** The last year of a title's period, or of the five-year plan it names; undefined for neither. */
function titleLast(title: string): number | undefined {
  const period = PERIOD.exec(title);
  if (period) return Number(period[2]) > Number(period[1]) ? Number(period[2]) : undefined;
  const five = TITLE_FIVE_YEAR.exec(title);
  return five ? fiveYearLast(five[1]!) : undefined;
}

const within = (at: number, spans: readonly CitedPlan[]): boolean =>
  spans.some((s) => s.start <= at && at < s.end);

/** Every plan the text cites with its last year, but those whose later edition it names too. */
function citedPlans(text: string): CitedPlan[] {
  const titles: CitedPlan[] = [];
  for (const m of guardedMatches(TITLE, text)) {
    const last = titleLast(m[0]);
    const name = m[0].replace(PERIOD, '').replace(/[（()）\s]/g, '');
    const fiveYear = !PERIOD.test(m[0]);
    if (last !== undefined)
      titles.push({
        start: m.index,
        end: m.index + m[0].length,
        last,
        name,
        titled: true,
        fiveYear,
      });
  }
  const bare: CitedPlan[] = [];
  for (const m of guardedMatches(BARE_PERIOD_PLAN, text)) {
    if (within(m.index, titles)) continue;
    const last = titleLast(m[0]);
    const name = m[0].replace(PERIOD, '').replace(/[（()）\s]/g, '');
    if (last !== undefined)
      bare.push({
        start: m.index,
        end: m.index + m[0].length,
        last,
        name,
        titled: false,
        fiveYear: false,
      });
  }
  const ordinals = [...text.matchAll(ANY_FIVE_YEAR)].map((m) => '一二三四五六'.indexOf(m[1]!));
  for (const m of guardedMatches(BARE_FIVE_YEAR, text)) {
    if (within(m.index, titles)) continue;
    // A later five-year plan named in the post: the old one is history.
    if (ordinals.some((o) => o > FIVE_YEAR_ORDINALS.indexOf(m[1]!))) continue;
    bare.push({
      start: m.index,
      end: m.index + m[0].length,
      last: fiveYearLast(m[1]!),
      name: '',
      titled: false,
      fiveYear: true,
    });
  }
  const cited = [...titles, ...bare];
  return cited.filter(
    (c) => !c.name || !cited.some((o) => o !== c && o.name === c.name && o.last > c.last),
  );
}

/** Followed or applied right before it: 以, 按照, 深入实施, 依据全省, 继续按照, 紧扣. */
const GROUND_BEFORE = new RegExp(
  '(?:以(?:好)?[^，,。；;！!？?\\n《]{0,2}|' +
    '(?:按照|依照|遵照|遵循|参照|对照|对标|围绕|落实|贯彻|实施|执行|依据|根据|适用|沿用|紧扣|聚焦|锚定|瞄准|紧盯|按)(?:好|落实)?[^，,。；;！!？?\\n《]{0,6})$',
);
/** …or after its title: 为指导, 为依据, 的要求, 确定的目标, 执行, 的规定. */
const GROUND_AFTER =
  /^(?:(?:为|作为)(?:指导|依据|引领|遵循|根本遵循|指引|蓝图|行动指南|总纲|抓手)|(?:的|中)?(?:要求|部署|目标任务|目标|任务|确定的|提出的|明确的)|[^。；！？\n]{0,4}?(?:执行|实施|开展|办理|落实|的规定|规定|标准))/;
/** The sentence speaks of now or of what is to be done. */
const NOW =
  /本年度|今年|本年|当前|目前|现阶段|现行|继续|仍|依然|依旧|照常|沿用|即日起|近期|下一步|今后|将|要|力争|确保|正在|持续|加快/;
/**
 * The plan reviewed, told done or history, or followed by its next round. 以来 counts after the
 * plan's own start (实施以来), not after another's (开班以来, 今年以来).
 */
const OVER =
  /总结|评估|回顾|收官|到期|期满|届满|完成情况|实施情况|实施效果|终期|中期|(?:已|如期|超额|全面|基本|顺利|圆满)完成|完成了|实现了|新一轮|下一轮|新版|接续|衔接|取代|代替|替代|修编|修订|编制|制定|印发|出台|废止|失效|不再执行|停止执行|期间|(?:实施|执行|印发|出台|启动|编制|规划)以来|历史|当年|当时|此前|过去|曾/;
const YEAR = /((?:19|20)[0-9]{2})\s*年/g;
/** The cited plan's own issue, right before its title: 印发的, 出台的, 制定的. */
const OWN_ISSUE = /(?:印发|出台|制定|编制|修订)(?:的)?$/;

/**
 * Whether the plan's successor is surely out by `asOf` (YYYY-MM-DD) or by a later year the sentence
 * names (2027年，…继续以《…“十四五”发展规划》为依据): a year after the period's end, since a new
 * edition may lag by months; for a five-year plan from April of the year after, when the next one
 * has been adopted.
 */
function successorOut(plan: CitedPlan, asOf: string, around: string): boolean {
  const named = [...around.matchAll(YEAR)].map((y) => Number(y[1]));
  const year = Math.max(Number(asOf.slice(0, 4)), ...named);
  if (plan.last < year - 1) return true;
  return plan.fiveYear && plan.last === year - 1 && (named.includes(year) || asOf.slice(5) >= '04');
}

/** A plan cited as the ground of today's work, its successor out. */
function citedAsGround(text: string, plan: CitedPlan, asOf: string): boolean {
  const [from, to] = sentenceAround(text, plan.start, plan.end);
  const before = text.slice(from, plan.start);
  const after = text.slice(plan.end, to);
  // A bare name may run on into a longer one (“十二五”发展规划实施方案): only a title's end is sure.
  if (!GROUND_BEFORE.test(before) && !(plan.titled && GROUND_AFTER.test(after))) return false;
  const around = before + after;
  if (!successorOut(plan, asOf, around)) return false;
  // A year after the period named in the sentence (2024年秋季学期…紧扣“十三五”规划) speaks of now too.
  const years = [...around.matchAll(YEAR)].map((y) => Number(y[1]));
  const laterYear = years.some((y) => y > plan.last + 1);
  // The plan's own issue right before its title (根据市政府印发的《…》, after final170) tells what it is,
  // not that a new one came out.
  const told = before.replace(OWN_ISSUE, '') + after;
  if ((!NOW.test(around) && !laterYear) || OVER.test(told)) return false;
  // A year of the period, or before its end, dates the sentence to the plan's day.
  if (years.some((y) => y <= plan.last)) return false;
  return !quotedInRefutation(text, plan.start, plan.end) && !/[？?]/.test(text[to] ?? '');
}

/**
 * A year said to be a year of a five-year plan: 2024年是实现“十三五”规划目标任务的关键一年, 2023年（是）
 * 全面落实第十三个五年规划的攻坚之年.
 */
const PLAN_YEAR = guard(
  /((?:19|20)[0-9]{2})\s*年度?[）)]?[，,]?\s*(?:是|为|将是|作为|乃是)[^。；！？\n]{0,24}?[“"]?(?:十([一二三四五])五|第十([一二三四五])个五年)[”"]?(?:规划|计划|时期)?[^。；！？\n]{0,20}?(?:之年|一年|关键年|攻坚年|开局年|收官年)/g,
);
/** The plan told as closed before the year: 收官后, 完成之后, 接续, 下一个五年. */
const PLAN_CLOSED = /收官后|完成后|结束后|之后|以后|后的第|接续|衔接|下一个|新的五年|回顾|总结/;

function keyYearsPastPlans(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(PLAN_YEAR, text)) {
    const year = Number(m[1]);
    const digit = m[2] ?? m[3]!;
    const last = fiveYearLast(digit);
    if (year <= last) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    if (PLAN_CLOSED.test(m[0]) || quotedInRefutation(text, start, end)) continue;
    const own = FIVE_YEAR_ORDINALS[Math.floor((year - 2006) / 5)];
    out.push(
      supersededAsCurrent(
        start,
        end,
        `第十${digit}个五年规划（“十${digit}五”）的期限为${last - 4}—${last}年，${year}年已不在其期内，不应称为该规划的关键之年等`,
        own ? `“十${own}五”` : undefined,
      ),
    );
  }
  return out;
}

/** Both readings; `asOf` (YYYY-MM-DD) dates the check, today by default. */
export function staleExpiredPlans(text: string, asOf?: string): GateFinding[] {
  if (!/十[一二三四五]五|第十[一二三四五]个五年|(?:19|20)[0-9]{2}/.test(text)) return [];
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  const out = keyYearsPastPlans(text);
  for (const plan of citedPlans(text)) {
    if (!citedAsGround(text, plan, date)) continue;
    out.push(
      supersededAsCurrent(
        plan.start,
        plan.end,
        `该规划（文件）的期限已于${plan.last}年届满，不宜再作为当前工作的依据，请改引现行的新一轮规划或文件`,
      ),
    );
  }
  return out;
}
