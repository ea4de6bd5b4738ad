// A document whose title sets a period that ended long ago, cited as today's ground of work (after
// heldout-final99): 本年度补贴工作继续按照《2018—2020年农机购置补贴实施指导意见》执行; 目前仍依据《“十三五”
// 脱贫攻坚规划》开展工作; 今年依照《…三年行动方案（2019—2021年）》实施. A period document binds its own
// years; once they are over a new edition or a new document governs, and a post that still applies the
// old one tells the reader a void rule. Only a period ended at least a full year before the checker's
// date counts (a new edition may lag its predecessor's end by some months), and only with a word of
// today's application in the sentence (今年, 目前, 继续, 仍, 现行). Quiet: the period's own years named in
// the sentence (2019年补贴按照《2018—2020年…》执行), the document told finished or replaced (收官, 到期,
// 已废止, 新一轮, 取代), a review of what it achieved (实施以来, 期间), and a rumour's words refuted.
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, SUPERSEDED_AS_CURRENT } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** A title: 《…》. */
const TITLE = guard(/《[^《》\n]{2,60}》/g);
/** A span of years in a title: 2018—2020年, （2019-2021年）, 2016年至2020年. */
const PERIOD = /((?:19|20)[0-9]{2})\s*年?\s*(?:[—–\-－~～至到]|——)\s*((?:19|20)[0-9]{2})\s*年?/;
/** The five-year plans by their ordinal, and the year each ended. */
const FIVE_YEAR: Readonly<Record<string, number>> = {
  十五: 2005,
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
};
const FIVE_YEAR_NAME =
  /[“"‘]?(十[一二三四]?五)[”"’]?(?=[\u4e00-\u9fff“"]*?(?:规划|计划|纲要|方案))/;

/** Applied as the ground of work: a verb of following it before the title, or of carrying it out after. */
const APPLIED_BEFORE =
  /(?:按照|依照|依据|根据|遵照|参照|对照|适用|沿用|执行|落实|贯彻|按)[^。；！？\n]{0,6}$/;
const APPLIED_AFTER = /^[^。；！？\n]{0,4}?(?:执行|实施|开展|办理|落实|的规定|规定|要求|标准)/;
/** Today: the sentence says the document governs now. */
const NOW =
  /本年度|今年|本年|当前|目前|现阶段|现行|继续|仍然|仍按|仍旧|仍|依然|依旧|照常|沿用|即日起|近期/;
/** Told finished, replaced or looked back on. */
const OVER =
  /收官|到期|届满|已(?:经)?(?:废止|失效|结束|完成|到期)|废止|失效|新一轮|新版|取代|代替|替代|不再执行|停止执行|实施以来|期间|以来|回顾|总结|当年|此前|过去|曾经?/;
const YEAR = /((?:19|20)[0-9]{2})\s*年/g;

export function expiredPeriodDocuments(text: string, asOf: string | undefined): GateFinding[] {
  const thisYear = Number((asOf ?? '').slice(0, 4));
  if (!thisYear || !text.includes('《')) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(TITLE, text)) {
    const title = m[0];
    const period = PERIOD.exec(title);
    const plan = FIVE_YEAR_NAME.exec(title);
    const ended = period ? Number(period[2]) : plan ? FIVE_YEAR[plan[1]!] : undefined;
    if (!ended || (period && Number(period[2]) <= Number(period[1]))) continue;
    if (ended > thisYear - 2) continue;
    const [start, end] = [m.index, m.index + title.length];
    const [from, to] = sentenceAround(text, start, end);
    const around = text.slice(from, start) + text.slice(end, to);
    if (!APPLIED_BEFORE.test(text.slice(from, start)) && !APPLIED_AFTER.test(text.slice(end, to)))
      continue;
    if (!NOW.test(around) || OVER.test(around)) continue;
    // A year of the period itself, or before its end, dates the sentence to the document's day.
    if ([...around.matchAll(YEAR)].some((y) => Number(y[1]) <= ended)) continue;
    if (quotedInRefutation(text, start, end) || /[？?]/.test(text[to] ?? '')) continue;
    out.push({
      gate: 'policy',
      rule: SUPERSEDED_AS_CURRENT,
      severity: 'warn',
      start,
      end,
      message: `该文件实施期限已于${ended}年届满，仍作为当前工作依据，请核实并引用现行文件`,
    });
  }
  return out;
}
