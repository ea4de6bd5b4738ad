// A child named in full by a school, a camp or a charity with their own illness or their family's
// hardship: 营员刘子涵同学患有先天性心脏病, 受助学生王梓萱家中系低保户，母亲长期卧病在床. A minor's health
// and family circumstances are private information (未成年人保护法 第四条, 个人信息保护法 第二十八条,
// 第三十一条); praise for the child does not need them, and classmates read the post. Quiet: the
// child masked (学生王某, 小萱（化名）), the condition or aid of no one named (困难学生中低保家庭占三成,
// 帮助患有先天性心脏病的儿童), and an adult's own illness in a relief post (left to
// privacy-person-conditions.ts).
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** How a post names a child: 营员, 受助学生, 小朋友, 学生. */
const CHILD =
  '(?:营员|小营员|受助学生|受助儿童|困难学生|学生|小学生|中学生|小朋友|儿童|少年|小队员|少先队员|学员|孩子)';
/** The name and an optional 同学 or 小朋友 after it. */
const NAME = '(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:同学|小朋友)?';
/** A child's illness or disability. */
const ILLNESS =
  '(?:先天性心脏病|先心病|白血病|脑瘫|脑性瘫痪|唐氏综合征|血友病|地中海贫血|癫痫|自闭症|孤独症|多动症|糖尿病|尿毒症|肾病综合征|恶性肿瘤|癌症|听力障碍|视力残疾|智力障碍|肢体残疾|残疾)';
/** The household's hardship: 家中系低保户, 家里是建档立卡贫困户, 家庭为特困户. */
const HARDSHIP =
  '(?:家中|家里|家庭|其家)(?:系|是|为|属于?|属)(?:建档立卡)?(?:低保户|低保家庭|特困户|特困家庭|贫困户|贫困家庭|五保户|单亲家庭|困难户)';

const CHILD_ILL = guard(
  new RegExp(
    `${CHILD}${NAME}(?:自幼|从小|出生时|先天)?(?:患有|身患|罹患|确诊为?|被诊断为|诊断为|是|系)${ILLNESS}`,
    'g',
  ),
);
const CHILD_POOR = guard(new RegExp(`${CHILD}${NAME}${HARDSHIP}`, 'g'));
/** Not a full name: 某, 化名, a word rather than a name. */
const NOT_A_NAME = /某|们|中|都|也|在|的|家/;

export function findPupilHardship(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const re of [CHILD_ILL, CHILD_POOR]) {
    for (const m of guardedMatches(re, text)) {
      const name = m.groups?.['name'] ?? '';
      if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
      out.push({
        gate: 'privacy',
        rule: 'privacy.patient',
        severity: 'warn',
        start: m.index,
        end: m.index + m[0].length,
        message: '公开了未成年学生的姓名及其疾病或家庭困难状况，须隐去姓名或相关信息',
      });
    }
  }
  return out;
}
