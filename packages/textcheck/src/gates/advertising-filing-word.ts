// 公安 is an enforcement word (公安机关提醒), but a seal, a website or a shop filed with the police
// (刻制完成后同步完成公安备案, 已在公安机关备案) names a registration, not a warning (after final193:
// 可添加微信…下单，包邮到家，刻制完成后同步完成公安备案). When every enforcement word near the span in its
// sentence is such a 公安, the offer is not mentioned in a warning.
import type { Span } from '../rules/lexicon-scan.ts';
import { contextGroup, type GateContext } from './gate-context.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

const FILING_REACH = 40;
/** 公安 of a filing: 公安备案, 公安机关备案, 公安部门联网备案, 公安局备案登记. */
const FILING = /^公安(?:机关|部门|局|分局)?(?:联网)?备案/;

export function enforcementOnlyFilings(ctx: GateContext, span: Span): boolean {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  const near = (ctx.scan.groups.get(contextGroup('enforcement')) ?? []).filter(
    (s) =>
      s.end > span.start - FILING_REACH &&
      s.start < span.end + FILING_REACH &&
      s.start >= from &&
      s.end <= to,
  );
  return near.length > 0 && near.every((s) => FILING.test(text.slice(s.start, s.start + 10)));
}
