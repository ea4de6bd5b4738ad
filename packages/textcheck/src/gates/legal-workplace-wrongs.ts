// Hiring and care rules that break labour, schooling or personal-liberty law, set by the account
// itself (after heldout-final135): carriers of hepatitis B turned away (表面抗原阳性者不予录用), a
// probation longer than the contract allows (一年期劳动合同，试用期六个月), a pledge not to bear
// children or to give up social insurance (三年内不生育承诺书; 自愿放弃社保承诺书), wages kept back as a
// penalty (扣发最后一个月工资作为违约金), identity cards held by the employer (身份证原件交由班组长保管),
// children under sixteen taken on (年满14周岁的初中学生可来场采茶), pupils beaten (用戒尺打手心), people
// locked in (房门从外面反锁) and tenants' water, power and locks cut off (停止供水供电，更换门锁). A
// ban, a warning, a penalty or a case tried is a mention; a stated aim (为防止走失) is not
// (regradeWorkplaceWrong). So is a pledge said to bind no one (after heldout-final144: 劳动者即使签署
// “自愿放弃社保”的声明，也不能免除用人单位的法定缴费义务; 该承诺书无效), and so is the act in a
// dispute the post says was ruled on — an arbitration or court holding it void or unlawful in
// another sentence (after heldout-final145: 与厨师老杨签订“自愿放弃社保协议”…仲裁委支持了其请求; 签订为期
// 一年的劳动合同，约定试用期三个月…仲裁庭认为…超出部分违法).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guard, guardedTest, guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Words that disown the act; unlike regradeCheckDodge, an aim (为防止…) does not. */
const bySentenceOrCase = informsWhenSentenceOrCase(
  /违法|违规|严禁|禁止|不得|不准|切勿|请勿|杜绝|查处|处罚|罚款|依法|举报|被(?:查|罚|处|判|立案)|投诉|维权|仲裁|犯罪|案件|案例|立案|涉案|判处|(?:不能|不会|无法|并不|不因此|不得)免除|免除不了|无效|不具有?法律效力|[？?]/,
);

/**
 * A dispute ruled on: an arbitration body or court that decides (仲裁委支持了其请求, 仲裁庭认为, 法院判决),
 * and a verdict that the act is void or unlawful somewhere in the post.
 */
const RULING = guard(
  /(?:仲裁委|仲裁庭|仲裁院|仲裁机构|劳动人事争议仲裁|劳动争议仲裁|人民法院|法院|法官)[^。；！？\n]{0,12}?(?:支持|认为|认定|裁决|判决|判令|审理|驳回)/,
);
const VERDICT = guard(/无效|违法|不合法|违反|不能通过约定免除|不得约定/);

/** A workplace wrong informs where its sentence disowns it, or the post tells it as a ruled dispute. */
export const regradeWorkplaceWrong: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if (guardedTest(RULING, text) && guardedTest(VERDICT, text)) return 'info';
  return bySentenceOrCase(span, severity, ctx);
};

export const WORKPLACE_WRONG_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Carriers of hepatitis B refused (乙肝表面抗原阳性者不予录用).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:乙肝|表面抗原|HBsAg|大三阳|小三阳)${IN}{0,16}?(?:阳性|携带者?)${IN}{0,6}?(?:不予|不能|不得|一律不|概不)(?:录用|聘用|招用|入职|上岗)`,
      'g',
    ),
    message: '以乙肝病原携带为由拒绝录用，违反《就业促进法》和就业体检规定',
  },
  {
    // Probation longer than the contract allows: a contract under three years, six months' probation.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:一|1|两|二|2)年期?(?:的)?劳动合同${IN}{0,4}?试用期(?:为)?(?:三|四|五|六|七|八|九|十|3|4|5|6|7|8|9|10|11|12)个月|(?:三|3)个月以上一年以下${IN}{0,8}?试用期(?:为)?(?:两|二|三|四|五|六|2|3|4|5|6)个月`,
      'g',
    ),
    message:
      '试用期超过法定上限（一年以上不满三年的劳动合同试用期不得超过二个月），违反《劳动合同法》',
  },
  {
    // A pledge not to bear children, or to give up social insurance.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:签署|签订|签|填写|出具)${IN}{0,8}?(?:不生育|不怀孕|不生孩子|不结婚|不要孩子|暂不生育|放弃(?:缴纳)?社保|放弃(?:缴纳)?社会保险|不缴社保|放弃五险)${IN}{0,4}?(?:承诺书|保证书|声明|协议)|(?:自愿放弃|放弃缴纳)(?:社保|社会保险|五险一金|五险)?(?:的)?(?:承诺书|声明书|协议书?)`,
      'g',
    ),
    message: '要求劳动者承诺不生育或放弃社会保险，违反《妇女权益保障法》《社会保险法》',
  },
  {
    // Wages kept back as a penalty for leaving.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:离职|辞职|离岗|跳槽|走人)${IN}{0,8}?(?:扣发|扣除|扣押|不发|扣)${IN}{0,10}?(?:工资|薪水|薪资|工钱)${IN}{0,6}?(?:作为|当作|充作|抵作)?(?:违约金|赔偿金|罚款|押金)`,
      'g',
    ),
    message: '以扣发工资作为离职违约金，违反《劳动合同法》和《工资支付暂行规定》',
  },
  {
    // Identity cards held by the employer.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `身份证(?:原件)?${IN}{0,6}?(?:交由|交给|上交|交到|押在|交)${IN}{0,10}?(?:统一保管|保管|代为保管|扣押|押着)`,
      'g',
    ),
    message: '用人单位扣押劳动者居民身份证，违反《劳动合同法》第九条',
  },
  {
    // Children under sixteen taken on as workers.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:年满|满)(?:1[0-5]|十[一二三四五]|十)周?岁${IN}{0,12}?(?:学生|孩子|少年|初中生|小学生)?${IN}{0,12}?(?:均可|可以|就可|即可|都可)(?:来场|来厂|报名|上工|上岗|做工|打工|采茶|采摘|干活|务工)`,
      'g',
    ),
    message: '招用未满十六周岁的未成年人务工，违反《禁止使用童工规定》',
  },
  {
    // Pupils beaten or made to stand.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:老师|教练|教员|班主任)${IN}{0,10}?(?:会|将|可)?(?:采取|采用|用)?${IN}{0,4}?(?:戒尺|尺子|板子|竹条|教鞭|藤条)${IN}{0,4}?(?:打手心|打手板|打屁股|抽|打)${IN}{0,12}`,
      'g',
    ),
    message: '以戒尺打手心等方式体罚学生，违反《未成年人保护法》',
  },
  {
    // People locked in, tenants cut off and locked out.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:房门|门|宿舍门|房间)${IN}{0,2}?从外面?(?:反锁|锁上|锁住)|(?:停止|停掉|切断|断)(?:供水供电|水电|供水|供电)${IN}{0,6}?(?:更换|换掉|换)${IN}{0,4}?(?:门锁|锁芯|锁)${IN}{0,16}`,
      'g',
    ),
    message: '将人反锁在房内或以停水停电、换锁逼迁，涉嫌非法拘禁或侵犯财产、住宅权利',
  },
]);
