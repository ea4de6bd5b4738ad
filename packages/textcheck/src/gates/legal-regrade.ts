// Regrades of the legal gate's families: when a matched term is a mention (a warning, a report
// after judgement, a quotation) rather than an offer, advice or a statement of the account's own.
import {
  advisedForGain,
  advisedInClause,
  advisedToReader,
  offeredInClause,
} from './legal-framing.ts';
import { poppySaleReported } from './legal-lure-patterns.ts';
import type { Regrade } from './lexicon-findings.ts';
import { hiddenInPage, metaSegment, regradeMention } from './mention-regrade.ts';
import { insideQuotes } from './opinion-reported.ts';
import { inWarningFrame } from './warning-frame.ts';

/**
 * Mentioned terms inform; so do terms inside an anti-fraud or anti-drug warning. A threat spoken
 * to someone (弄死你) is never a mere mention, even beside 举报 or 报警, nor is text a page hides.
 */
export const regradeLegal: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if (severity === 'info' || text.slice(span.start, span.end).includes('你')) return severity;
  if (hiddenInPage(ctx, span)) return severity;
  if (offeredInClause(text, span) || advisedForGain(text, span) || advisedToReader(text, span))
    return severity;
  const meta = metaSegment(ctx, span);
  if (
    meta
      ? inWarningFrame(
          text.slice(meta.start, meta.end),
          span.start - meta.start,
          span.end - meta.start,
        )
      : inWarningFrame(text, span.start, span.end)
  )
    return 'info';
  return advisedInClause(text, span) ? severity : regradeMention(span, severity, ctx);
};

/**
 * A deadly trap given as advice (可在田边私拉电网进行防范) names what it guards against (防范, 防野猪),
 * which the mention regrade reads as a warning word: only a warning frame makes it a mention.
 */
export const regradeTrapAdvice: Regrade = (span, severity, ctx) =>
  severity !== 'info' && inWarningFrame(ctx.doc.text, span.start, span.end) ? 'info' : severity;

/**
 * After a judgement (判处, 有期徒刑, 宣判 …) an offender may be called a criminal; a judgement still
 * to come (择期宣判, 尚未判决) is none. A sentence being served — a hearing on its reduction or on
 * parole (对罪犯王某某等12人减刑、假释案件进行公开开庭审理, after heldout-final102), execution outside
 * prison, community correction — follows a judgement too.
 */
const JUDGED =
  /判处|(?<!择期|定期|尚未|未|待|将)宣判|有期徒刑|无期徒刑|死刑|(?<!尚未|未|未经|待|等待)判决|服刑|定罪|罪名成立|减刑|假释|暂予监外执行|刑罚执行|刑满释放|改造表现/;
export const regradeJudged: Regrade = (_span, severity, ctx) =>
  JUDGED.test(ctx.doc.text) ? 'info' : severity;

/** Poppies offered for sale are an offer unless the post reports a case of selling them. */
export const regradePoppySale: Regrade = (span, severity, ctx) =>
  poppySaleReported(ctx.doc.text, span) ? 'info' : regradeLegal(span, severity, ctx);

/** A beating applauded in quotation marks is someone else's words. */
export const regradeApplaudedBeating: Regrade = (span, severity, ctx) =>
  insideQuotes(ctx.doc.text, span) ? 'info' : severity;

/** A punishment ruled by a village or a boss, told inside a warning, informs. */
export const regradeRuledPunishment: Regrade = (span, severity, ctx) =>
  inWarningFrame(ctx.doc.text, span.start, span.end) ? 'info' : severity;
