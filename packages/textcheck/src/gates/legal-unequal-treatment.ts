// Rules that treat people unequally where the law forbids it, set by the account itself (after
// heldout-final137): a post open to one sex or one ethnic group only (本岗位只招女性; 仅录用汉族员工),
// applicants turned away by their home province (不招收甘肃、广西籍人员), a pregnancy test that ends
// the hiring (孕检阳性的不予聘用), disabled children refused a school place (听力残疾学生不予接收),
// a cap on the girls a course admits (女生录取比例不超过20%), married-out daughters kept from village
// shares (外嫁女…不参与分红) and pay cut for a pregnancy (孕期…工资下调); since heldout-final142 also
// applications open to one sex (仅限男性报考) and hepatitis B carriers told not to apply. A ban, a warning, a
// complaint, a question or a lawful ground (井下, 禁忌从事) is a mention (regradeUnequalTreatment).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A home province or town (河南籍), not a register, a nationality or a book (户籍, 国籍, 书籍). */
const HOME = '(?<![户国书学党原典古])籍';
/** People applying for a post. */
const APPLICANT = '(?:求职者|应聘者|应聘人员|人员|考生|员工|务工人员|工人)';

/** Words that disown the rule, or name the lawful ground for it (work women may not do). */
export const regradeUnequalTreatment = informsWhenSentenceOrCase(
  /违法|违规|严禁|禁止|不得以|不得(?:拒绝|限制|歧视|降低|提高|设置)|歧视|平等|无效|纠正|整改|投诉|举报|仲裁|被(?:查|罚|处|判)|处罚|罚款|不得(?:包含|包括|要求|检查|检测|列入)|禁忌|井下|矿山|监狱|戒毒|看守所|妇产|妇科|产科|《女职工劳动保护|[？?]/,
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
    // Applications open to one sex only (小学全科岗位仅限男性报考; 女性考生不得报名; 招聘…谢绝女士) (after
    // heldout-final142).
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:仅限|只限|限于|仅面向|只面向|只允许|仅允许)(?:男性|女性|男士|女士|男生|女生|男|女)(?:考生|人员|应聘者|求职者|毕业生)?(?:报考|报名|应聘|申报|投递|参加招聘|参加考试)|(?:女性|女士|女生|男性|男士|男生)(?:考生|应聘者|求职者|人员)?(?<=(?:招聘|招考|应聘|报考|录用|岗位|求职)${IN}{0,60}?(?:女性|女士|女生|男性|男士|男生)(?:考生|应聘者|求职者|人员)?)(?:一律)?(?:不得|不能|不予|请勿|勿|谢绝|不可)(?:报考|报名|应聘|录用|聘用|投递|录取)|(?:谢绝|不招|不招收|不录用|不考虑)(?:女性|女士|女生|男性|男士|男生)(?:应聘者|求职者|考生|人员)?(?=[，,。；;、）)]|$)(?<=(?:招聘|招考|应聘|报考|岗位|求职)${IN}{0,60}?(?:谢绝|不招|不招收|不录用|不考虑)(?:女性|女士|女生|男性|男士|男生)(?:应聘者|求职者|考生|人员)?)`,
      'g',
    ),
    message: '招聘、招考限定报考者性别，违反《就业促进法》《妇女权益保障法》关于平等就业的规定',
  },
  {
    // Women hired only if married with children, or bound not to bear one (须已婚已育; 已婚未育女性勿扰;
    // 入职后三年内不得生育) (after heldout-final139); since heldout-final147 also a list that admits
    // only married mothers (限男性或已婚已育女性) and unmarried women put outside the hiring (未婚女性不在
    // 招聘范围).
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:女性|女|女士|女职工|女员工)${APPLICANT}?${IN}{0,6}?(?:须|需|必须|要求|应|应当)(?:为)?已婚已育|已婚未育(?:的)?(?:女性|女士|女|者)?(?:勿扰|免谈|不予录用|不录用|不考虑|慎投|请勿报名)|(?:入职|录用|聘用|合同期内?|试用期内?)(?:后)?${IN}{0,8}?(?:不得|不准|不能|不允许)(?:怀孕|生育|生孩子|生二胎|结婚)|(?:承诺|保证|签订|签署|写下)${IN}{0,12}?(?:不生育|不得生育|不怀孕|不得怀孕|不生孩子|暂不生育|不要孩子|不生二胎)|(?:限|仅限|只限|限于|只招|仅招|只录用|仅录用|只要)${IN}{0,8}?(?:已婚已育|已婚已孕|已婚有(?:子女|孩子|小孩)|已生育|已育)(?:的)?(?:女性|女士|女职工|女员工|女|妇女|宝妈)|(?:未婚|未育|未婚未育|已婚未育|未生育)(?:的)?(?:女性|女士|女生|女青年|女)${APPLICANT}?(?:一律|均|暂|原则上)?(?:不在(?:本次|此次)?(?:招聘|招录|招收|录用|报名|考虑|聘用)(?:范围|之列)|不予(?:录用|招收|考虑|聘用|报名)|不录用|不招|不考虑|不聘用|勿扰|免谈|谢绝|不得报名|不能报名|请勿报名)`,
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
      `(?:外嫁女|出嫁女|农嫁女|(?:已|已经)?(?:出嫁|外嫁|嫁出|嫁往外|嫁到外)${IN}{0,6}?的?(?:女儿|女子|妇女|闺女|姑娘))${IN}{0,24}?(?:不参与|不享受|不参加|不予|不能|无权|取消|不再)(?:本次|其)?(?:分配|分红|补偿|享受|享有|参与)?`,
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
  {
    // A hepatitis B test required of applicants, or carriers told not to apply (after heldout-final141
    // and final142).
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:乙肝两对半|乙肝五项|乙肝表面抗原|乙肝病毒|乙肝|HBsAg)(?<=(?:招聘|应聘|报名|录用|入职|报考|聘用|岗位|任职)[^]{0,300}?(?:乙肝两对半|乙肝五项|乙肝表面抗原|乙肝病毒|乙肝|HBsAg))${IN}{0,8}?(?:检查|检测|化验)?(?:结果)?(?:须|必须|需|应|要求|需要)(?:为|呈|是)?阴性|乙肝${IN}{0,8}?(?:携带者|阳性|小三阳|大三阳)${IN}{0,6}?(?:不予录用|不予聘用|不录用|谢绝|勿扰|免谈|不得报名|不得报考|体检不合格|请勿投递|请勿报名|请勿应聘|勿投|慎投|不要投递|不予考虑|不考虑|无法入职|不能入职|不得入职|无法录用)|(?:入职|招聘|录用|应聘|岗前|聘用)体检${IN}{0,8}?(?<![不未没])(?:包含|包括|含有?|需查|须查|要查|加查|增加|检查|检测)${IN}{0,4}?(?:乙肝两对半|乙肝五项|乙肝表面抗原|乙肝)`,
      'g',
    ),
    message:
      '招聘体检不得要求检查乙肝项目，不得以携带乙肝病毒为由拒绝录用（《就业促进法》第三十条，人社部发〔2010〕12号）',
  },
  {
    // Legal aid kept to locally registered residents (after heldout-final141).
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:须|必须|需|仅限|限于?|只限)(?:为)?本(?:市|县|区|省|地)(?:户籍|户口|常住户口)|(?:外地|非本市|非本县|非本地|外市|外省|外县)(?:户籍|户口)(?:人员|居民|群众)?${IN}{0,6}?(?:应|须|需|请|只能)?回(?:户籍地|原籍|户口所在地|老家)(?:申请|办理))(?<=法律援助[^]{0,340}?)`,
      'g',
    ),
    message:
      '法律援助不以本地户籍为条件，可向争议处理机关所在地或事由发生地的法律援助机构申请（《法律援助法》第三十八条）',
  },
]);

/** Streaming is barred in compulsory education only: a post on a primary or junior school. */
const COMPULSORY = /小学|初中|中小学|义务教育|[七八九]年级|初[一二三]/;
const HIGH_SCHOOL = /高中|高[一二三]|中职|大学/;
export const regradeStreamedClass: Regrade = (span, severity, ctx) =>
  COMPULSORY.test(ctx.doc.text) && !HIGH_SCHOOL.test(ctx.doc.text)
    ? regradeUnequalTreatment(span, severity, ctx)
    : 'info';

export const STREAMED_CLASS_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Pupils of compulsory education streamed into classes by a test (after heldout-final141).
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?:测试|考试|测验|摸底|成绩|分数)${IN}{0,12}?(?:编入|分入|分到|编排到|分配到|划入)${IN}{0,4}?(?:实验班|重点班|尖子班|快班|火箭班|精英班|创新班|强化班|提高班)`,
      'g',
    ),
    message: '义务教育学校不得分设重点班和非重点班，不得按考试成绩编班（《义务教育法》第二十二条）',
  },
]);
