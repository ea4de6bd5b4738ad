// A private person's bad credit record told by full name: 村民周红梅因信用卡长期逾期被列入征信不良记录,
// 职工李建国贷款逾期三年，征信已有不良记录, 居民王丽的征信报告显示有多次逾期. A credit report is personal
// information that its holder may not publish (征信业管理条例 第十三条、第二十条), and a financial-literacy
// post that uses a neighbour as its warning shames them. Quiet: a masked name (村民周某), the lesson told
// of no one (信用卡长期逾期会被列入征信不良记录), and a court's public list of judgement defaulters
// (失信被执行人名单 is published by law, not a credit report).
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const SURNAME_CHAR = SURNAME.source.slice(1);
/** A private person's role before the name. */
const ROLE =
  '(?:村民|居民|市民|群众|农民|职工|员工|工人|青年|男子|女子|户主|租户|住户|业主|个体户|商户|务工人员|借款人|持卡人|贷款户|低保户|贫困户|脱贫户)';
/** Within one sentence. */
const IN = '[^。；;！？!?\\n]';
/** The credit record: listed in bad credit, a record of overdue debts. */
const CREDIT =
  '(?:征信(?:不良|黑名单|污点|有问题|出现问题|受损|花了)|不良(?:征信|信用)记录|信用(?:不良|污点|黑名单)|征信[^。；;！？!?\\n，,]{0,6}?(?:不良记录|逾期记录|多次逾期|逾期))';
const CREDIT_OF_NAMED = guard(
  new RegExp(
    `${ROLE}(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:的|因|由于|，|,|(?=贷款|借款|信用卡|网贷|车贷|房贷|欠款|拖欠))${IN}{0,24}?${CREDIT}`,
    'g',
  ),
);
/** Words that start with a surname's character and are no name. */
const NOT_A_NAME = /某|关爱|周边|人员|家属|同志|等人|们/;

export function findCreditRecords(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(CREDIT_OF_NAMED, text)) {
    if (NOT_A_NAME.test(m.groups?.['name'] ?? '')) continue;
    out.push({
      gate: 'privacy',
      rule: 'privacy.named-person',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: '公开了特定个人的征信不良、逾期等信用记录，属个人信息，须删去姓名或概括表述',
    });
  }
  return out;
}
