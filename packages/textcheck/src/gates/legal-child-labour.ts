// Children under sixteen invited to paid work: 暑假期间，欢迎12岁以上中小学生到果园参加采摘务工，日结工资
// 80元; 招收初中生到厂里打工，每天100元; 小学生也可以来帮忙采茶，按斤计酬. An employer or an office may not
// take on a child under sixteen for work (劳动法 第十五条, 禁止使用童工规定 第二条), and a pupil of a primary or
// middle school, or an age floor below sixteen, says the call reaches them. What it leaves: a visit or
// a hands-on class with no pay (欢迎中小学生参加采摘体验活动), a floor of sixteen or more (招收16周岁以上
// 人员务工), and a ban (严禁招用不满16周岁的未成年人). After heldout-final147 also an age floor under
// sixteen set for a job with no pay named (年满十五周岁、身体健康的城乡劳动者均可入场应聘全职岗位; 招聘15周岁以上
// 员工): the legal working age is sixteen.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Who is called: an age floor under sixteen, or pupils of primary and middle schools. */
const CHILD =
  '(?:(?<![0-9０-９])(?:[0-9０-９]|1[0-5]|１[０-５])(?:周)?岁(?:以上|及以上)?(?:的)?(?:中小学生|小学生|初中生|学生|孩子|少年|儿童|青少年)?|(?<![十一二三四五六七八九])(?:[七八九十]|十[一二三四五])(?:周)?岁(?:以上|及以上)?(?:的)?(?:中小学生|小学生|初中生|学生|孩子|少年|儿童|青少年)?|中小学生|小学生|初中生|在校初中生)';
/** Called: welcome, recruit, may come. */
const CALLED = '(?<![不禁止严])(?:欢迎|招收|招聘|招用|招募|招|雇用|雇佣|组织|动员|可以|可|也可)';
/** Paid work: 务工, 打工, 做工, 上班, 用工 — the pay may follow in the sentence. */
const WORK = '(?:务工|打工|做工|打零工|帮工|用工|上班|做零工|采摘务工|干活)';
/** Pay in the sentence: 日结, 工资, 元/天, 计酬. */
const PAY =
  '(?:日结|工资|工钱|报酬|计酬|计件|元/天|元每天|每天[0-9０-９]+元|一天[0-9０-９]+元|包吃住|管饭)';

/** An age floor under sixteen: 年满十五周岁, 15周岁以上, 14岁及以上. */
const FLOOR =
  '(?:(?<![不未已])年满(?:[0-9０-９]|1[0-5]|１[０-５]|[七八九十]|十[一二三四五])(?:周)?岁|(?<![0-9０-９十])(?:1[0-5]|１[０-５]|十[一二三四五])周岁(?:以上|及以上))';
/** A job: applying for it, the post, being hired. */
const JOB =
  '(?:应聘|岗位|招聘|招工|录用|聘用|入职|上岗|全职|兼职|务工|打工|用工|求职|就业|劳动者|员工|工人|职工)';

export const CHILD_LABOUR_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${CALLED}${IN}{0,4}?${CHILD}${IN}{0,14}?${WORK}(?=${IN}{0,24}?${PAY})|${CALLED}${IN}{0,4}?${CHILD}${IN}{0,14}?${PAY}|(?<![不禁止严])${CHILD}(?:也|都)?(?:可以|可)(?:来|到)?${IN}{0,10}?(?:${WORK}|帮忙|帮工)(?=${IN}{0,24}?${PAY})`,
      'g',
    ),
    message:
      '招用未满16周岁的中小学生务工并支付报酬，涉嫌使用童工，违反《劳动法》《禁止使用童工规定》',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${FLOOR}(?=${IN}{0,24}?${JOB})|${FLOOR}(?<=${JOB}${IN}{0,20}?${FLOOR})`,
      'g',
    ),
    message:
      '招聘条件把年龄下限定在16周岁以下，等于招用童工；法定最低就业年龄为16周岁（《劳动法》第十五条、《禁止使用童工规定》）',
  },
]);
