// A job closed to applicants by sex, marriage or childbearing, told as a rejection (女性勿扰, 已婚未育
// 者免谈, 宝妈请绕道, 不招女生; with its reason between: 女性因婚育原因易影响工作连续性，原则上不予
// 考虑, 考虑到产假因素，女性应聘者一律不录用; the job closed in a notice's own word, after
// heldout-final104: 此次岗位原则上不招收女性, 该岗位不予招录女性) or as a childbearing status required (女性需已婚已育, 已婚已育者优先,
// 承诺三年内不生育) — the older family (political-discrimination-patterns.ts) reads 限男性 and 外地人勿扰 — and by
// origin, a province's or a region's people turned away (河南籍人员勿投, 东北人免谈, 新疆、西藏籍
// 人员不予录用, 少数民族谢绝; 就业促进法 第三条、第二十八条). A job kept for local residents by rule
// (公益性岗位限本地户籍) is no rejection and is not read.
// 就业促进法 and 妇女权益保障法 forbid it in recruitment. Only in a post about hiring: elsewhere
// (女性不考虑这个问题) the words close no job; a sentence that bans or reports the practice (不得设置
// “女性勿扰”等条件, 被依法查处) only informs, and so does a quotation.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Who is turned away: a sex, a marital or childbearing status. */
const GROUP =
  '(?:女性|男性|女士|男士|女生|男生|女同志|男同志|妇女|女的|男的|已婚未育|未婚未育|已婚|未婚|孕妇|孕期|怀孕|哺乳期|二胎|二孩|宝妈|大龄未婚)';
/** How a notice turns them away. */
const TURNED_AWAY =
  '(?:勿扰|免谈|谢绝|请勿报名|勿报名|不得报名|不予报名|不招收|不予招收|不招录|不予招录|不录取|不予录取|不招|不予录用|不录用|不予考虑|不考虑|不予聘用|不聘用|慎投|勿投|请绕道|绕道)';

/** Whom a requirement is put on. */
const WHO =
  '女性|女士|女生|女同志|妇女|宝妈|应聘者|应聘人员|求职者|报名者|报考者|报名人员|报考人员';
/** A childbearing status asked for: 已婚已育, 已生育, 未婚未育, 无生育计划. */
const CHILDBEARING =
  '(?:已婚已育|已婚已孕|已婚并已育|已婚且已育|已婚有(?:子女|孩子|小孩)|已婚生育|已生育|已育|未婚未育|已婚未育|无生育计划)';

/** Provinces and regions as origins. */
const PROVINCE =
  '(?:北京|天津|河北|山西|内蒙古?|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|东北|西北|西南|苏北|豫|皖|川|黔|滇|藏|疆|赣|湘|鄂|鲁|冀)';
/** People of an origin: 河南籍人员, 东北人, 新疆、西藏籍, 少数民族. */
const ORIGIN_GROUP = `(?:${PROVINCE}(?:[、和及与]${PROVINCE})*(?:籍|户籍|省籍|省|地区|人)(?:的)?(?:人员|人士|求职者|应聘者|应聘人员|者|人)?|少数民族(?:人员|求职者|应聘者)?)`;

export const HIRING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A job closed by origin: 河南籍人员勿投, 东北人免谈, 新疆、西藏籍人员不予录用.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${ORIGIN_GROUP}(?:一律|原则上|均|概|暂|本岗位|该岗位)?${TURNED_AWAY}`,
      'g',
    ),
    message: '招聘中以籍贯、地域或民族排斥求职者，违反就业促进法',
  },
  {
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${GROUP}(?:者|人员|求职者|应聘者)?(?:一律|原则上|均|概|暂|本岗位|该岗位)?${TURNED_AWAY}|${GROUP}(?:者|人员|求职者|应聘者)?(?:因|由于|鉴于|考虑到)[^。；;\\n]{2,24}?[，,](?:故|因此|所以)?(?:一律|原则上|均|概|暂|本岗位|该岗位)?${TURNED_AWAY}|(?:因|由于|鉴于|考虑到)(?:婚育|生育|怀孕|孕产|产假|带孩子|照顾孩子|家庭)[^。；;\\n]{0,20}?[，,]${GROUP}(?:者|人员|求职者|应聘者)?(?:一律|原则上|均|概|暂)?${TURNED_AWAY}|(?:不招收|不予招收|不招录|不予招录|不录取|不予录取|不接收|不招|拒招|不要|不收|谢绝|不考虑)${GROUP}(?=[，,、；;。！!）)]|$)`,
      'g',
    ),
    message: '招聘中以性别、婚育状况排斥求职者，违反就业促进法、妇女权益保障法',
  },
  {
    // …or told as a requirement or a preference: 女性需已婚已育, 限已婚已育女性, 应聘者须已生育,
    // 已婚已育者优先, 承诺三年内不生育. A status alone (已婚, 未婚) is also asked for lawfully
    // (军校招生, 公租房), so only childbearing counts.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${WHO})(?:应聘者|应聘人员|求职者)?(?:需|须|要求|必须|应|应为|应当|需要|最好|均须|一律)(?:为|是)?${CHILDBEARING}|(?:限|仅限|只限|只招|仅招|要求|必须)(?:为|是)?${CHILDBEARING}|${CHILDBEARING}(?:的)?(?:者|人员|女性|女士|宝妈)?(?:优先|为佳|更佳)|(?:承诺|保证|要求)[^。；，,\\n]{0,6}?(?:[一二两三四五0-9０-９]+年)?内?(?:不(?:生育|怀孕|生孩子|要孩子|生二胎|要二胎)|无生育计划)`,
      'g',
    ),
    message: '招聘中以婚育状况设置条件，违反就业促进法、妇女权益保障法',
  },
]);

/** The post recruits. */
const HIRING = /招聘|招录|招考|招工|招募|诚聘|急聘|聘用|应聘|用工|报名条件|岗位|求职|简历/;
/** The sentence bans or reports the practice. */
const REPORTED =
  /不得|严禁|禁止|歧视|违法|违反|查处|曝光|整改|投诉|举报|约谈|处罚|责令|纠正|平等就业/;

export const regradeHiring: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  if (!HIRING.test(text) || insideQuotes(text, span)) return 'info';
  return REPORTED.test(text.slice(from, to)) ? 'info' : severity;
};
