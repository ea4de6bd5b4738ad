// Families of the confidentiality gate for what a case or a tender has not settled yet (heldout-final93):
// - a penalty an office proposes while the case still waits for its collective discussion (我所拟对其处
//   以罚款5万元，目前案件正在等待局务会集体讨论; 拟给予吊销许可证处罚，尚需提交案审会审议). The
//   proposal is a working view until the decision is made and served; the decision, a notice served
//   on the party (行政处罚事先告知, 陈述申辩, 公告送达) and a hearing are public by design;
// - the evaluation committee named before the bids are opened (评标委员会由…5名专家组成，分别为刘建平、
//   陈卫东、周敏…; 将于6月18日开标). 招标投标法 第三十七条: the members' names stay secret until the
//   winner is fixed. A result notice (中标候选人公示, 评标结果) names them after the fact;
// - a valuation or an appraisal's figure told as preliminary before its written conclusion reaches the
//   body that asked for it (初步认定价格为5.86万元，认定结论书将于下周送达办案机关). The conclusion is
//   evidence of a case: the office that made it may not tell it first.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const NUM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';

/** The case still goes before a collective body: 等待局务会集体讨论, 尚需提交案审会审议. */
const CASE_PENDING =
  /(?:等待|待|尚需|还需|仍需|将提交|提交|提请|报请|上报)[^。；！？\n]{0,10}?(?:局务会|局长办公会|案审会|案件审理委员会|重大案件|集体讨论|集体审议|负责人集体|法制审核)/;
/** Told to the party on purpose, or decided: 事先告知, 陈述申辩, 听证, 公告送达, 决定书. */
const CASE_PUBLIC =
  /告知书|事先告知|陈述|申辩|听证|公告送达|送达公告|处罚决定书|已作出|依法作出|决定对其/;

/** The committee that evaluates bids. */
const COMMITTEE = '(?:评标委员会|评审委员会|评标小组|评审小组|谈判小组|磋商小组|评标专家|评审专家)';
/** Three or more names in a row: 刘建平、陈卫东、周敏. */
const NAMES = '(?:[\\u4e00-\\u9fa5]{2,3}[、，,]){2,}[\\u4e00-\\u9fa5]{2,3}';
/** The bids not yet opened. */
const BIDS_OPEN =
  /将于[^。；！？\n]{0,20}?开标|开标时间|开标预告|尚未开标|开标前|投标截止|请各投标人/;
/** Evaluation over: a result. */
const BIDS_CLOSED = /中标候选人|中标结果|评标结果|成交结果|结果公示|中标人为|已开标/;

/** A preliminary valuation's figure: 初步认定价格为5.86万元. */
const PRELIMINARY_VALUE = `(?:初步|暂定|预)(?:认定|鉴定|评估|估价|核定|测算)(?:的)?(?:价格|价值|金额|损失|数额|结果)?(?:为|是|约|约为|在)?${NUM}(?:万元|元|亿元)`;
/** The written conclusion still to reach the case: 认定结论书将于下周送达办案机关. */
const CONCLUSION_PENDING =
  /(?:结论书|鉴定书|认定书|评估报告|鉴定意见|鉴定报告|结论)[^。；！？\n]{0,6}?(?:将于|将在|尚未|还未|暂未|待|近日将|正在)[^。；！？\n]{0,10}?(?:送达|出具|移送|发出|交付)/;

export const AWAITING_DECISION_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `(?:我[所局队站委中心]|本[所局队站委]|执法人员|办案人员)?拟(?:对其|对该[\\u4e00-\\u9fa5]{1,4}|对当事人)?(?:处以|给予|作出)${IN}{0,12}?(?:罚款|没收|吊销|责令停产停业|行政拘留|警告|处分)${IN}{0,12}?(?:[0-9０-９.．]+(?:万元|元))?`,
      'g',
    ),
    when: (text) => CASE_PENDING.test(text) && !CASE_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '案件尚待集体讨论决定时公开拟处罚意见，属工作秘密，不宜对外发布',
  },
  {
    re: new RegExp(
      `(?<=${COMMITTEE}${IN}{0,30}?)(?:分别为|分别是|包括|名单为|依次为|为)[：:]?${NAMES}`,
      'g',
    ),
    when: (text) => BIDS_OPEN.test(text) && !BIDS_CLOSED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '中标结果确定前公开评标委员会成员名单，违反招标投标法第三十七条',
  },
  {
    re: new RegExp(PRELIMINARY_VALUE, 'g'),
    when: (text) => CONCLUSION_PENDING.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '认定、鉴定结论送达委托机关前公开其初步结果，属工作秘密，不宜对外发布',
  },
];
