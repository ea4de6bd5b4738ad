// The opinion gate's promises beyond a body's power (opinion.over-promise, after final182 to final185):
// an outcome that others decide or nature does, guaranteed to the public — a bank's loan approved in
// full (保证其银行贷款申请百分之百获批), an 编制 post for every graduate (学校保证全部安排进入事业单位在编
// 岗位), full pay within a month for every worker who applies (一律保证一个月内全额拿到工资), a flood
// season without floods (今年汛期全市绝不会发生任何洪涝灾害). Such a pledge cannot be kept and misleads.
// Quiet: a body's own service or target (承诺3个工作日内办结, 确保农民工工资按时足额发放, 确保不发生因灾
// 死亡), a guarantee denied (不能保证每位考生都考上), a deposit (保证金) and staff already in post
// (保证在编人员工资按时发放).
import type { PatternRule } from './pattern-findings.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** Within one clause (IN: within one sentence). */
const CLAUSE = '[^。；;！!？?\\n，,]';
/** A pledge made, not denied (不能保证) and not a deposit, a bond or a guarantor (保证金, 保证人). */
const PROMISE =
  '(?<!不能|无法|不可能|难以|不敢|没法|不|未)(?:保证|打包票|承诺)(?!金|书|人|期|函|责任|保险|合同)';
/** Every case or in full: 百分之百, 全部, 一律, 都能. */
const WHOLLY = '(?:百分之百|百分百|100%|一定|肯定|必定|全部|全都|都能|都会|均能|均可|统统|一律)';
/**
 * What a bank, a school, a court or a buyer decides: 获批, 录取, 胜诉, 中标 — not an office's own 批准 or an
 * employer's 录用 (考核合格者一律当场批准).
 */
const DECIDED_BY_OTHERS =
  '(?:能|可以|会)?(?:获批|批下来|审批通过|通过审批|放款|放贷|贷到款|录取|胜诉|中标|获赔)';
/** A post on the payroll of the state: 事业单位, 在编岗位, 入编. */
const STATE_POST = '(?:事业单位|机关单位|行政机关|公务员|在编|编制|入编|进编)';
/** A deadline: 一个月内, 7天内, 当月. */
const DEADLINE = '(?:[0-9一二三四五六七八九十两]+(?:个)?(?:天|日|周|月|工作日)内|当天|当月)';
/** Money owed by a third party: wages, damages, a debt. */
const OWED = '(?:工资|欠薪|薪水|工钱|劳动报酬|赔偿款?|补偿款?|欠款|货款)';
/** What nature does: floods, droughts, earthquakes. */
const NATURAL =
  '(?:洪涝灾害|洪涝|洪水|内涝|水灾|旱灾|旱情|干旱|台风|地震|暴雨|冰雹|山洪|泥石流|滑坡|地质灾害|自然灾害|灾害|灾情)';
/** Ruled out for good: 绝不会, 绝对不会, 保证不会 — not denied (谁也不能保证绝不会…). */
const NEVER =
  '(?<!不能保证|无法保证|不敢保证|难以保证|没法保证|不能|无法)(?:绝不会|绝对不会|决不会|永远不会|保证不会|肯定不会|一定不会)';
/** Of any kind or a single one: 任何, 一起, 一例, 丝毫. */
const ANY = '(?:任何|一起|一例|一次|一件|一点|丝毫|半点)';
/** An incident or a risk: 食品安全问题, 风险, 事故, 安全问题, 隐患, 人员伤亡. */
const INCIDENT =
  '(?:问题|风险|事故|事件|隐患|意外|险情|差错|闪失|危险|伤亡|死亡|伤害|疫情|疫病|病例|错漏|纰漏|疏漏|遗漏|错[\\u4e00-\\u9fa5]漏[\\u4e00-\\u9fa5]|漏[\\u4e00-\\u9fa5]错[\\u4e00-\\u9fa5]|影响|危害|损害)';
/** Befalling, or brought on others (after final198: 绝不会对周边居民产生任何影响). */
const BEFALL = `(?:发生|出现|遇到|遇上|碰到|存在|有|(?:对${CLAUSE}{1,10}?)?(?:产生|造成|带来))`;
/**
 * The pledge made without 保证 or 承诺 (after final194 to final197): the public told to rest easy
 * (请家长们放心，…), an official's word (负责人表示，…) or 万无一失 claimed.
 */
const REASSURED =
  '(?:(?:放心|放一百个心)(?=[，,：:！!])|万无一失|负责人表示|负责人称|负责同志表示|局长表示|主任表示)';
/** The same reassurance told right after the pledge: …绝不会发生任何安全事故，请家长们放一百个心. */
const REASSURED_AFTER = `(?=${CLAUSE}{0,12}?[，,；;]${CLAUSE}{0,8}?(?:放心|放一百个心))`;
/**
 * A single one of those served, the subject the incident befalls (after final191): 有任何一户出现…,
 * 有一名学生遇到….
 */
const ANY_ONE_BEFALLEN = `(?:有(?:任何)?(?:一|哪)(?:户|家|人|名|位|个|所|艘|辆)${CLAUSE}{0,6}?(?:发生|出现|遇到|遇上|碰到|遭遇|遭受|存在))`;
/** Every single member of the public: 每一位市民, 每位留学生, 每名患者. */
const EVERY_ONE =
  '(?:每一位|每一个|每一名|每位|每个|每名)(?:[\\u4e00-\\u9fa5]{1,4}?)(?:都|均|全都)';
const MESSAGE =
  '超出职权和能力范围的绝对化承诺（贷款审批、编制安置、仲裁结果、自然灾害等非本单位所能决定），表态不当，应实事求是';

/**
 * An outcome others decide, promised in full: 保证其银行贷款申请百分之百获批, 承诺所有考生一定能录取;
 * a state post promised (保证全部安排进入事业单位在编岗位, 保证入编); money owed by others promised by a
 * deadline (一律保证一个月内全额拿到工资).
 */
export const OUTCOME_PROMISED: PatternRule = {
  rule: 'opinion.over-promise',
  severity: 'warn',
  pattern: new RegExp(
    `${PROMISE}${CLAUSE}{0,14}?${WHOLLY}${CLAUSE}{0,2}?${DECIDED_BY_OTHERS}|${PROMISE}${CLAUSE}{0,10}?(?:安排|分配|推荐|进入|进|入)${CLAUSE}{0,6}?${STATE_POST}|${PROMISE}(?:能|可以)?(?:入编|进编)|${PROMISE}${CLAUSE}{0,10}?${DEADLINE}${CLAUSE}{0,4}?(?:全额|足额|全部|如数)?(?:拿到|领到|追回|要回|讨回)(?:全部)?${OWED}`,
    'g',
  ),
  message: MESSAGE,
};

/**
 * Nature promised to behave: 今年汛期全市绝不会发生任何洪涝灾害, 我们保证今年不会再出现内涝. A target
 * (确保不发生因灾死亡) is the body's work, not the weather.
 */
export const NATURE_PROMISED: PatternRule = {
  rule: 'opinion.over-promise',
  severity: 'warn',
  pattern: new RegExp(
    `(?:绝不会|绝对不会|决不会|肯定不会|保证不会|一定不会)(?:再)?(?:发生|出现|遭受|有)(?:任何)?(?:一起|一次|一场|一点)?${CLAUSE}{0,4}?${NATURAL}|${PROMISE}${IN}{0,16}?(?:不会|不再)(?:再)?(?:发生|出现|遭受)(?:任何)?${CLAUSE}{0,4}?${NATURAL}`,
    'g',
  ),
  message: MESSAGE,
};

/**
 * Any incident or risk ruled out for good (after final186 to final189): 今年全市校园绝不会发生一起食品安全
 * 问题, 我市政府债务今后绝不会出现任何风险, 保证每一位留学生在海外都不会遇到任何安全问题; a single
 * household or a single casualty ruled out (after final191 and final192: 保证今冬绝不会有任何一户出现
 * 暖气不热的问题, 保证…绝不会发生任何人员伤亡). No body can
 * promise that nothing will ever go wrong; a target (确保不发生…, 力争零事故) is its work. The pledge is
 * read only where the account pledges it (保证, 承诺 before it): a citizen's demand (政府用什么来保证…？
 * 杜绝不会出现任何安全隐患了) and a question (能保证绝不会出现任何问题吗？) pledge nothing. The pledge
 * may also be a reassurance (after final194 to final197: 请家长们放心，…绝不会发生任何食品安全问题;
 * 负责人表示，…绝不会发生任何安全事故，请家长们放一百个心; 确保万无一失，绝不会发生任何脱管漏管问题)
 * and the incident an outbreak (绝不会发生任何一起动物疫情). After final198: an error in the office's
 * own count (绝不会出现任何一户错评漏评) and a harm a project brings on others (保证…绝不会对沿线村民造成
 * 任何危害).
 */
export const NO_INCIDENT_PROMISED: PatternRule = {
  rule: 'opinion.over-promise',
  severity: 'warn',
  pattern: new RegExp(
    `(?:(?:${PROMISE}|${REASSURED})${IN}{0,30}?${NEVER}|${PROMISE}${CLAUSE}{0,16}?(?:都|均|全都)?(?:不会|不再))(?:再)?(?:${ANY_ONE_BEFALLEN}|${BEFALL}${ANY})${CLAUSE}{0,8}?${INCIDENT}(?!${IN}{0,10}?[？?])|${NEVER}(?:再)?${BEFALL}${ANY}${CLAUSE}{0,8}?${INCIDENT}${REASSURED_AFTER}`,
    'g',
  ),
  message: MESSAGE,
};

/**
 * Every single member of the public promised an outcome by a deadline or without fail (after final187):
 * 我们保证每一位市民都能在5分钟内进入人防工程掩蔽, 承诺每位考生都一定能顺利入学. A body's own service
 * to those it serves (保证每一个符合条件的适龄儿童有一个公办学位) names no outcome beyond its power.
 */
export const EVERYONE_PROMISED: PatternRule = {
  rule: 'opinion.over-promise',
  severity: 'warn',
  pattern: new RegExp(
    `${PROMISE}${EVERY_ONE}(?:能|可以|会|一定能|一定会)?(?:在)?[0-9０-９一二三四五六七八九十两]+(?:秒|秒钟|分钟|小时)(?:之内|内|以内)${CLAUSE}{0,12}|${PROMISE}${EVERY_ONE}(?:一定|肯定|百分之百|百分百)(?:能|会|可以)${CLAUSE}{1,12}`,
    'g',
  ),
  message: MESSAGE,
};
