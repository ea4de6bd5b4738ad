// Rules that treat people unequally where the law forbids it, set by the account itself (after
// heldout-final137): a post open to one sex or one ethnic group only (本岗位只招女性; 仅录用汉族员工),
// applicants turned away by their home province (不招收甘肃、广西籍人员), a pregnancy test that ends
// the hiring (孕检阳性的不予聘用), disabled children refused a school place (听力残疾学生不予接收),
// a cap on the girls a course admits (女生录取比例不超过20%), married-out daughters kept from village
// shares (外嫁女…不参与分红) and pay cut for a pregnancy (孕期…工资下调). A ban, a warning, a
// complaint, a question or a lawful ground (井下, 禁忌从事) is a mention (regradeUnequalTreatment).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';

const IN = '[^。；！？!?\\n]';
/** A home province or town (河南籍), not a register, a nationality or a book (户籍, 国籍, 书籍). */
const HOME = '(?<![户国书学党原典古])籍';
/** People applying for a post. */
const APPLICANT = '(?:求职者|应聘者|应聘人员|人员|考生|员工|务工人员|工人)';

/** Words that disown the rule, or name the lawful ground for it (work women may not do). */
export const regradeUnequalTreatment = informsWhenSentenceOrCase(
  /违法|违规|严禁|禁止|不得以|不得(?:拒绝|限制|歧视|降低|提高|设置)|歧视|平等|无效|纠正|整改|投诉|举报|仲裁|被(?:查|罚|处|判)|处罚|罚款|禁忌|井下|矿山|《女职工劳动保护|[？?]/,
);

export const UNEQUAL_TREATMENT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A post open to one sex or one ethnic group only.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:仅|只|限)(?:招收|招聘|录用|招|接收|聘用|录取)(?:男性|男生|女性|女生|男士|女士|汉族|男|女)(?!厕|宿舍|浴室|更衣)${IN}{0,8}`,
      'g',
    ),
    message: '招聘限定性别或民族，违反《就业促进法》关于平等就业的规定',
  },
  {
    // A bare 限男性 among a post's requirements (要求大专学历，限男性，年龄35周岁以下) (after heldout-final139).
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:招聘|招收|岗位|要求|应聘|报名条件|任职条件|学历)${IN}{0,30}?[，,；、：:]\\s?(?:限|仅限|只限)(?:男性|女性|男士|女士|男生|女生|男|女)(?=[，,；;。、）)]|$)`,
      'g',
    ),
    message: '招聘限定性别，违反《就业促进法》《妇女权益保障法》关于平等就业的规定',
  },
  {
    // Women hired only if married with children, or bound not to bear one (须已婚已育; 已婚未育女性勿扰;
    // 入职后三年内不得生育) (after heldout-final139).
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:女性|女|女士|女职工|女员工)${APPLICANT}?${IN}{0,6}?(?:须|需|必须|要求|应|应当)(?:为)?已婚已育|已婚未育(?:的)?(?:女性|女士|女|者)?(?:勿扰|免谈|不予录用|不录用|不考虑|慎投|请勿报名)|(?:入职|录用|聘用|合同期内?|试用期内?)(?:后)?${IN}{0,8}?(?:不得|不准|不能|不允许)(?:怀孕|生育|生孩子|生二胎|结婚)`,
      'g',
    ),
    message: '以婚育状况限制女性就业或约定不得生育，违反《妇女权益保障法》第四十三条、第四十四条',
  },
  {
    // Applicants turned away by their home province or region.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `不(?:接收|招收|录用|招聘|考虑)${IN}{0,12}?${HOME}(?:的)?${APPLICANT}|${HOME}(?:的)?${APPLICANT}(?:一律)?(?:不予|不)(?:录用|招收|接收|考虑)`,
      'g',
    ),
    message: '以籍贯、地域拒绝录用，属就业歧视，违反《就业促进法》',
  },
  {
    // A pregnancy test that ends the hiring.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:妊娠试验|妊娠检测|孕检|验孕|怀孕检查|早孕检测)${IN}{0,16}?(?:取消|不予|不得|不|一律不)(?:录用|聘用|入职|签约|资格)${IN}{0,6}|(?:已怀孕|怀孕的|孕妇)${IN}{0,4}?(?:不予|一律不|不)(?:录用|聘用)`,
      'g',
    ),
    message: '以怀孕为由拒绝录用女性，违反《妇女权益保障法》《就业促进法》',
  },
  {
    // Disabled children refused a school place.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:残疾|残障|智力障碍|孤独症|自闭症|听障|视障)${IN}{0,12}?(?:儿童|学生|孩子|少年|幼儿)?${IN}{0,6}?(?:不予|一律不|不|概不)(?:接收|招收|录取|入学|入园)${IN}{0,12}`,
      'g',
    ),
    message: '拒绝接收具有接受普通教育能力的残疾儿童入学，违反《残疾人保障法》《残疾人教育条例》',
  },
  {
    // A cap on the girls or women a course or post admits.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `女(?:生|性|考生|学生)${IN}{0,6}?(?:录取|招收|招生|录用)(?:人数|比例|名额)?(?:不超过|不得超过|不高于|控制在|限制在)${IN}{0,16}`,
      'g',
    ),
    message: '限制女性录取比例，违反《妇女权益保障法》关于教育、就业平等的规定',
  },
  {
    // Married-out daughters kept from village shares.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:外嫁女|出嫁女|农嫁女)${IN}{0,24}?(?:不参与|不享受|不参加|不予|不能|无权|取消|不再)(?:本次|其)?(?:分配|分红|补偿|享受|参与)?`,
      'g',
    ),
    message: '剥夺外嫁女集体经济组织成员权益，违反《妇女权益保障法》《民法典》',
  },
  {
    // Pay cut because of a pregnancy.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:怀孕|孕期|哺乳期|产假)${IN}{0,40}?(?:工资|薪酬|薪资|待遇)${IN}{0,8}?(?:下调|降低|减少|扣减|减半|降级)${IN}{0,4}`,
      'g',
    ),
    message: '因怀孕、哺乳降低女职工工资，违反《女职工劳动保护特别规定》',
  },
]);
