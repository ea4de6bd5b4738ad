// A private person's credit record told by full name: 职工孙晓明因个人征信报告显示近两年信用卡逾期12次,
// 申请人李建华的征信记录存在呆账, 借款人王丽贷款逾期3次被列入黑名单. A loan refused is answered to the
// applicant, not told to the public with their name and arrears (个人信息保护法 第二十八条: financial
// accounts are sensitive; 征信业管理条例 第十三条). Quiet: a masked name (职工孙某), a record told clean
// (征信报告无逾期记录, 未发现不良记录), a rule that names no one (申请人近两年信用卡逾期不得超过6次).
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const SURNAME_CHAR = SURNAME.source.slice(1);
/** A private person's role before the name. */
const ROLE =
  '(?:职工|员工|缴存职工|缴存人|申请人|借款人|贷款人|担保人|客户|市民|居民|村民|业主|网友|同事|用户)';
/** Within one sentence. */
const IN = '[^。；;！？!?\\n]';
/** The name, then the credit report or a debt, then arrears or a bad record. */
const CREDIT = guard(
  new RegExp(
    `${ROLE}(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:的|因|由于|系)?(?:个人)?(?:征信|信用报告|信用记录|信用卡|贷款|网贷|花呗|借呗)${IN}{0,14}?(?<!无|没有|未|不存在|未发现|不得|不能|不超过)(?:逾期|不良记录|不良信息|呆账|失信|连三累六|列入黑名单|被列为失信)${IN}{0,8}?(?=[，,。；;！？!?\\n]|$)`,
    'g',
  ),
);
const NOT_A_NAME = /某|女士|先生|同志|们/;

export function findCreditRecords(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(CREDIT, text)) {
    if (NOT_A_NAME.test(m.groups?.['name'] ?? '')) continue;
    out.push({
      gate: 'privacy',
      rule: 'privacy.named-person',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: '公开了特定个人的征信、逾期等信用记录，须删去姓名或概括表述',
    });
  }
  return out;
}
