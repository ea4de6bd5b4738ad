// The time an injured worker has to apply for work-injury recognition, misstated (after
// heldout-final147): 职工本人或其近亲属须在事故发生之日起30日内自行申请，超过时限将无法认定工伤. The 30 days
// bind the employer; where it does not apply, the worker, the next of kin or the trade union may
// apply within one year (工伤保险条例 第十七条). Quiet: the employer's 30 days, the worker's one year,
// and a post that is not about work injuries.
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { regradeLegal } from './legal-regrade.ts';

/** Who the one year belongs to: the worker, the next of kin, the union. */
const WORKER =
  '(?:职工本人|职工个人|受伤职工|工伤职工|劳动者本人|劳动者个人|伤者本人|员工本人|近亲属|直系亲属|工会组织)';
/** A term shorter than a year: days, weeks or months. */
const SHORT =
  '(?:(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?:个)?(?:日|天|工作日|周|星期)|(?:[1-9１-９]|1[01]|[一二三四五六七八九十]|十[一二]|半)个月|半年)内';

export const WORK_INJURY_DEADLINE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.work-injury-deadline-misstated',
    severity: 'warn',
    pattern: new RegExp(
      `${WORKER}${IN}{0,30}?${SHORT}${IN}{0,12}?(?:申请|提出|提交|申报|报送)`,
      'g',
    ),
    message:
      '用人单位未在30日内申请工伤认定的，工伤职工或其近亲属、工会组织可在事故伤害发生之日起1年内直接申请（《工伤保险条例》第十七条），不是30日',
  },
]);

/** Work-injury recognition is what the sentence or the one before it is about. */
const ABOUT_INJURY = /工伤/;

export const regradeWorkInjuryDeadline: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const before = text.slice(Math.max(0, from - 120), to);
  return ABOUT_INJURY.test(before) ? regradeLegal(span, severity, ctx) : 'info';
};
