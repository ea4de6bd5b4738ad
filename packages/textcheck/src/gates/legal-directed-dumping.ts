// Pattern family of the legal gate for waste an office directs into water or a ditch: a notice that
// tells households where to take their rubbish and names a river, a ditch or a pond (请各户不要将建筑
// 垃圾堆放在路边，可自行运至村西老河沟里倾倒; 装修垃圾统一倒到老砖厂后面的废水塘，正好把塘填平). 固体废物
// 污染环境防治法 and 水法 forbid dumping waste into water bodies and river beds; an office that points
// there sets the offence as its rule. Quiet: the clause that bans it (严禁向河沟倾倒垃圾, 不得倒入河道),
// a sentence that punishes or reports it, and a place of lawful disposal (运至建筑垃圾消纳场).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Within one clause. */
const CLAUSE = '[^，,。；！？!?\\n]';
/** Water, a river bed or a ditch. */
const WATER =
  '(?:河沟|河道|河滩|河床|河里|河边|河中|沟里|沟渠|水沟|山沟|水塘|废水塘|池塘|鱼塘|塘里|湖里|湖边|水库|江边|江里)';

export const DIRECTED_DUMPING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=垃圾[^。；！？!?\\n]{0,24})(?:可|可以|请|统一|自行|一律|直接)+${CLAUSE}{0,2}?(?:运至|运到|拉到|拉至|倒到|倒在|倒入|倒进|倾倒(?:在|至|到|于|进)|填到|填入)${CLAUSE}{0,12}?${WATER}(?:${CLAUSE}{0,6}?(?:倾倒|倒掉|填平|堆放))?`,
      'g',
    ),
    message: '引导将垃圾倾倒至河道、沟渠、水塘，违反固体废物污染环境防治法、水法',
  },
]);

/**
 * A ban in the clause of the direction (or 乱倒, a complaint's word), or a penalty or a report in its
 * sentence.
 */
const BANNED = /不要|严禁|禁止|不得|切勿|不准|不许|杜绝|乱/;
const PUNISHED = /违法|违规|处罚|罚款|查处|责令|举报|曝光|整改/;

export const regradeDirectedDumping: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const clauseStart = Math.max(
    from,
    text.lastIndexOf('，', span.start),
    text.lastIndexOf(',', span.start),
  );
  return BANNED.test(text.slice(clauseStart, span.end)) || PUNISHED.test(text.slice(from, to))
    ? 'info'
    : severity;
};
