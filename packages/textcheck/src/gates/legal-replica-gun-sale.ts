// Pattern family of the legal gate for replica guns and other controlled weapons sold by the post's own
// activity: 现场还可购买同款仿真枪, 活动室有仿真枪出售, 可在服务台选购气枪. Making and selling replica
// guns is banned (枪支管理法 第二十二条; 公安部《仿真枪认定标准》), whatever hobby the post promotes. A
// ban, a seizure or a warning (严禁购买仿真枪, 查获仿真枪120支, 家长不要给孩子购买仿真枪) only informs
// (regradeReplicaGunSale).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Within one clause. */
const IN = '[^。；！？\\n，,]';
const WEAPON = '(?:仿真枪|仿真手枪|气枪|钢珠枪|彩弹枪|水弹枪|发令枪|弩|管制刀具)';

export const REPLICA_GUN_SALE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.violence',
    severity: 'warn',
    pattern: new RegExp(
      `(?:可|可以|还可|还可以|均可|欢迎|即可)(?:现场|在${IN}{1,8}?)?(?:购买|选购|订购|买到|领购)${IN}{0,6}?${WEAPON}|${WEAPON}${IN}{0,4}?(?:现场|当场)?(?:出售|售卖|有售|销售|可售|对外销售)`,
      'g',
    ),
    message: '组织销售仿真枪等管制物品，违反枪支管理规定',
  },
]);

/** A ban, a seizure or a warning in the sentence. */
const ENFORCED =
  /严禁|禁止|不得|不要|切勿|非法|违法|违规|查获|查处|收缴|没收|打击|整治|举报|涉嫌|犯罪|警惕|提醒|危害|危险/;

export const regradeReplicaGunSale: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return ENFORCED.test(text.slice(from, to)) ? 'info' : severity;
};
