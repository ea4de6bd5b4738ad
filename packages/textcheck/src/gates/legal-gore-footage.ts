// Gore offered to watch: a violent act told with an invitation to its footage (持刀连砍受害人十余刀、
// 现场血流满地的全过程，点击下方原视频观看; 行凶画面触目惊心，完整视频戳下方), and a stabbing counted
// with the victim between (连砍受害人十余刀, 连捅对方数刀). The account's own invitation is never a
// mere mention, whatever safety advice the post ends with; only a sentence that tells readers not to
// watch or spread it (请勿点击观看、转发) or a quotation informs, and a prevention or legal-education
// film (点击观看普法视频) is no gore.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

const VIOLENCE =
  '(?:持刀|行凶|砍人|捅人|砍杀|连砍|连捅|砍伤|捅伤|刺伤|砍死|捅死|暴打|围殴|群殴|杀人|杀害|血流满地|血流一地|鲜血直流|满地是血|倒在血泊|血泊中)';
const INVITE = '(?:点击|点此|点这里|点开|戳|猛戳|请看|观看|查看|收看|围观)';
const FOOTAGE = '(?:视频|原视频|完整视频|完整版|画面|原片|录像)';

export const GORE_FOOTAGE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(
      `${VIOLENCE}[^。！？!?\\n]{0,40}?(?:${INVITE}[^。！？!?\\n]{0,8}?${FOOTAGE}|${FOOTAGE}[^。！？!?\\n]{0,6}?(?:见下方|在下方|附后|${INVITE}))`,
      'g',
    ),
    message: '引导观看暴力血腥视频，政务新媒体不得传播',
  },
  {
    rule: 'legal.violence',
    severity: 'warn',
    pattern: /连(?:砍|捅|刺|扎)[^。，,；！？\n]{1,6}?[0-9０-９一二三四五六七八九十数]+余?刀/g,
    message: '血腥暴力细节描写，政务新媒体不宜发布',
  },
]);

/** Readers told not to watch or spread it. */
const WARNED_OFF =
  /(?:请勿|切勿|不要|勿|别|不得|严禁|禁止|拒绝|不信|不传)(?:随意|轻易|再)?(?:点击|点开|观看|传播|转发|扩散|围观)/;
/** A film that teaches: 普法视频, 宣传片, 安全教育. */
const TEACHING = /普法|宣传片|宣传视频|科普|教学|公益|微课|专题片|警示教育片/;

export const regradeGoreFootage: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to);
  return insideQuotes(text, span) || WARNED_OFF.test(sentence) || TEACHING.test(sentence)
    ? 'info'
    : severity;
};
