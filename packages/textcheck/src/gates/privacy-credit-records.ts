// A private person's credit record told by full name: 候选人吴婷婷因信用卡逾期被列入征信不良记录, 村民
// 张建华因贷款逾期上了征信黑名单, 报名人员李强存在不良信用记录. A credit report is personal financial
// information (个人信息保护法 第二十八条: 金融账户 is sensitive; 征信业管理条例 第十三条 forbids giving
// it out without consent); a hiring notice, a help story or a reply that names the person with it
// exposes them. Quiet: a masked name (吴某), a company's record (该公司被列入经营异常名录), advice on
// keeping one's credit clean (信用卡逾期会被列入征信不良记录), and a court's published list of
// dishonest debtors (失信被执行人名单), which the law makes public.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** A private person's role before the name. */
const ROLE =
  '(?:村民|居民|市民|群众|农民|职工|员工|候选人|报名人员|报考人员|应聘人员|考生|申请人|借款人|当事人|个体户|低保户|贫困户|脱贫户|监测户|拟录用人员|拟聘人员|(?<=经(?:核查|核实|查|审核|调查|审查|查询)[，,]))';
/** The credit record: 被列入征信不良记录, 上了征信黑名单, 存在不良信用记录, 征信有逾期. */
const CREDIT =
  '(?:(?:被|已被)?(?:列入|纳入|录入|上了|进入|记入)(?:个人)?(?:征信|信用)(?:系统)?(?:的)?(?:不良记录|黑名单|失信名单|不良信息)|(?:存在|有|留下)(?:[^。；;，,！？\\n]{0,6}?)?(?:不良信用记录|征信不良记录|信用不良记录|不良征信记录|征信逾期记录|逾期记录)|(?:个人)?征信(?:报告)?(?:显示)?(?:存在|有)?(?:不良|逾期|黑名单|有问题|花了?))';
const CREDIT_OF = guard(
  new RegExp(
    `${ROLE}(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:[，,])?(?:因[^。；;，,！？\\n]{1,14}?)?${CREDIT}`,
    'g',
  ),
);
const NOT_A_NAME = /某|人员|同志|家属|本人|均|因/;

export function findCreditRecords(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(CREDIT_OF, text)) {
    const name = m.groups?.['name'] ?? '';
    if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({
      gate: 'privacy',
      rule: 'privacy.named-person',
      severity: 'warn',
      start,
      end: m.index + m[0].length,
      message: '公开了特定个人的征信不良记录等信用信息，属个人金融信息，须删去姓名或概括表述',
    });
  }
  return out;
}
