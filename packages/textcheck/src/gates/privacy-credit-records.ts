// A private person's credit record told by full name: 村民周红梅因信用卡长期逾期被列入征信不良记录,
// 职工孙晓明因个人征信报告显示近两年信用卡逾期12次, 申请人李建华的征信记录存在呆账, 居民王丽的征信报告
// 显示有多次逾期, 候选人吴婷婷因信用卡逾期被列入征信不良记录, 报名人员李强存在不良信用记录, and a name
// opening what an office found out (另据了解，孙晓梅个人征信存在多次贷款逾期记录). A credit report is
// personal information its holder may not publish (征信业管理条例 第十三条、第二十条; 个人信息保护法 第二十八条: financial accounts are sensitive): a loan refused is
// answered to the applicant, and a financial-literacy post that uses a neighbour as its warning shames
// them. Quiet: a masked name (村民周某, 职工孙某), a record told clean (征信报告无逾期记录, 未发现不良记录),
// a company's record (该公司被列入经营异常名录), the lesson or a rule told of no one (信用卡长期逾期会被列入征信不良记录, 申请人近两年信用卡逾期不得超过6次),
// and a court's public list of judgement defaulters (失信被执行人名单 is published by law, not a credit
// report). A name the office checked (负责人李晓峰，经征信查询，其个人信用报告显示有两笔信用卡逾期记录) is the
// same disclosure.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { privacyFinding } from './privacy-finding.ts';
import { alternation, PRIVATE_PERSON_ROLES } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** A private person's role before the name, and those a lender or a fund names: 借款人, 缴存职工. */
const ROLE = alternation([
  ...PRIVATE_PERSON_ROLES,
  '商户',
  '借款人',
  '贷款人',
  '贷款户',
  '担保人',
  '持卡人',
  '缴存职工',
  '缴存人',
  '投资方',
  '投资人',
  '股东',
  '法定代表人',
  '客户',
  '用户',
  '网友',
  '同事',
  '负责人',
  '项目负责人',
  '创业者',
  '经营者',
]);
/** What the office checked between the name and the report: ，经征信查询，其…. */
const CHECKED = '(?:[，,](?:经|据)[^。；;，,！？\\n]{1,10}[，,]\\s*)?';
/** A record told clean: 无逾期记录, 未发现不良记录. */
const CLEAN = '(?<!无|没有|未|不存在|未发现|未见)';
/** The credit record: listed in bad credit, a record of overdue debts. */
const BAD_CREDIT = `(?:征信(?:不良|黑名单|污点|有问题|出现问题|受损|花了)|${CLEAN}不良(?:征信|信用)记录|信用(?:不良|污点|黑名单)|征信[^。；;！？!?\\n，,]{0,6}?${CLEAN}(?:不良记录|逾期记录|多次逾期|逾期))`;
/** The name, then within the sentence a bad credit record: 村民周红梅因信用卡长期逾期被列入征信不良记录. */
const BAD_CREDIT_OF_NAMED = guard(
  new RegExp(
    `${ROLE}(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:本人)?(?:的|因|由于|，|,|(?=贷款|借款|信用卡|网贷|车贷|房贷|欠款|拖欠))${IN}{0,24}?${BAD_CREDIT}`,
    'g',
  ),
);
/**
 * The name, then the credit report or a debt, then arrears or a bad record: 申请人李建华的征信记录存在
 * 呆账, 投诉人赵红梅本人征信报告中存在逾期记录.
 */
const REPORT_OF_NAMED = guard(
  new RegExp(
    `${ROLE}(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:本人)?${CHECKED}(?:其|的|因|由于|系)?(?:本人)?(?:个人)?(?:征信|信用报告|信用记录|信用卡|贷款|网贷|花呗|借呗)${IN}{0,14}?(?<!无|没有|未|不存在|未发现|不得|不能|不超过)(?:逾期|不良记录|不良信息|呆账|失信|连三累六|列入黑名单|被列为失信)${IN}{0,8}?(?=[，,。；;！？!?\\n]|$)`,
    'g',
  ),
);
/** The record as a listing: 被列入征信不良记录, 上了征信黑名单, 存在不良信用记录, 征信有逾期. */
const LISTING = `(?:(?:被|已被)?(?:列入|纳入|录入|上了|进入|记入)(?:个人)?(?:征信|信用)(?:系统)?(?:的)?(?:不良记录|黑名单|失信名单|不良信息)|(?:存在|有|留下)(?:[^。；;，,！？\\n]{0,6}?)?(?:不良信用记录|征信不良记录|信用不良记录|不良征信记录|征信逾期记录|逾期记录)|(?:个人)?征信(?:报告|记录)?(?:显示)?(?:存在|有)?(?:[^。；;，,！？\\n]{0,8}?${CLEAN})?(?:不良|逾期|黑名单|有问题|花了?))`;
/**
 * The name after a role or opening a clause of what was found (经核查，/另据了解，孙晓梅个人征信存在多次
 * 贷款逾期记录), maybe a cause, then the listing (from the name on): 候选人吴婷婷因信用卡逾期被列入征信不良记录.
 */
const LISTED_NAMED = guard(
  new RegExp(
    `(?:${ROLE}|(?<=(?:经|据|另据|另经|另)(?:核查|核实|查|审核|调查|审查|查询|了解|查明|悉)[，,]))(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:[，,])?(?:因[^。；;，,！？\\n]{1,14}?)?${LISTING}`,
    'g',
  ),
);
/** Words that start with a surname's character and are no name. */
const NOT_A_NAME = /某|关爱|周边|人员|家属|同志|女士|先生|等人|们|本人|均|因/;
const MESSAGE = '公开了特定个人的征信不良、逾期等信用记录，属个人信息，须删去姓名或概括表述';

export function findCreditRecords(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const re of [BAD_CREDIT_OF_NAMED, REPORT_OF_NAMED]) {
    for (const m of guardedMatches(re, text)) {
      if (NOT_A_NAME.test(m.groups?.['name'] ?? '')) continue;
      out.push(finding(m.index, m.index + m[0].length));
    }
  }
  for (const m of guardedMatches(LISTED_NAMED, text)) {
    const name = m.groups?.['name'] ?? '';
    if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
    out.push(finding(m.index + m[0].indexOf(name), m.index + m[0].length));
  }
  return out;
}

function finding(start: number, end: number): GateFinding {
  return privacyFinding('privacy.named-person', { start, end }, MESSAGE);
}
