// Two more figures of a superseded rule told as today's (policy.superseded-as-current): the statutory
// damages of the Copyright Law before its 2020 amendment (人民法院…判决给予五十万元以下的赔偿; since
// 2021-06-01 the court awards 五百元以上五百万元以下), read only beside a word of copyright in the
// sentence, a trade mark's or a patent's own ceiling being another law's; and the college-entrance
// bonus points for a science, technology or subject olympiad prize (获全国一等奖的高中学生可在高考中加
// 20分), which the Ministry of Education abolished for students entering high school from 2015
// (教育部等五部门《关于进一步减少和规范高考加分项目和分值的意见》, 2014-12). Read with the policy
// tense rules: history (2014年以前…可加分), the change told (已取消, 提高到五百万元) and a question are
// right. And the opening period of archives under the Archives Law before its 2020 revision (档案自形成
// 之日起满三十年向社会开放; since 2021-01-01 满二十五年, 档案法 第二十七条; after heldout-final103), read
// only beside a word of archives in the sentence. Since final190 also the one-off work-death grant
// counted in months of the local wage (48个月至60个月的统筹地区上年度职工月平均工资; since 2011-01-01 twenty
// times the national urban disposable income, 《工伤保险条例》第三十九条) and a statutory minimum
// registered capital of an ordinary company (有限责任公司注册资本最低限额为人民币3万元, 一人公司10万元,
// 股份公司500万元; abolished by the Company Law amendment in force 2014-03-01; trades whose own laws set a
// minimum — banks, insurers, labour dispatch — are left alone). Since final195 also the yearly
// ceiling of a national student loan before the autumn term of 2023 (本专科 8000 or 12000 元, 研究生
// 12000 or 16000 元; since then 20000 and 25000, 财教〔2023〕8号), read only with 助学贷款 in reach.
// Since final210 also the fine for land occupied unlawfully at the old rate (并处非法占用土地每平方米
// 30元以下的罚款, 1998 土地管理法实施条例 第四十二条): since 2021-09-01 每平方米100元以上1000元以下
// (土地管理法实施条例, 国务院令第743号, 第五十七条), read only with land occupied in reach.
// Since final214 three figures of social insurance:
// - the statutory retirement age at its old fixed figure with a word between the people and the age
//   (女工人为年满50周岁, 女职工的退休年龄是50岁, 男年满60周岁、女年满55周岁; the lexicon holds the
//   forms with none, 女工人年满50周岁): since 2025-01-01 it rises by months, 60 → 63 for men, 55 → 58
//   and 50 → 55 for women (全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定, 2024-09-13),
//   read only with 退休 in reach; quiet in a post that tells the rise (渐进式, 延迟, 弹性), for early
//   retirement (特殊工种, 病退) and for people born before the rise reaches them;
// - the employer's basic pension contribution at 20 % or 19 % of the wage bill (用人单位按本单位职工工资
//   总额的20%缴纳): 16 % since 2019-05-01 (降低社会保险费率综合方案, 国办发〔2019〕13号), read only with
//   养老 in the sentence, not for the self-employed, whose 20 % stands;
// - a share of the employer's medical-insurance contribution put into the employee's personal account
//   (单位缴费的30%划入个人账户): since the outpatient mutual-aid reform (国办发〔2021〕14号) the
//   employer's contribution all goes to the pooled fund, the account holds the employee's own
//   contribution (about 2 % of the base); read only with medical insurance in reach, not for an
//   enterprise annuity.
// A post signed with a date before the change (a reply of 2018) tells its day's rule, for these three.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import {
  signedBefore,
  staleStatements,
  toldInSentence,
  type StaleStatement,
} from './stale-statements.ts';

/** The old ceiling of statutory damages: 五十万元以下的赔偿, 50万元以下赔偿. */
const OLD_DAMAGES = guard(/(?:五十万|50万)元?以下(?:的)?(?:赔偿|法定赔偿|赔偿金)/g);
/** A word of copyright in the sentence. */
const COPYRIGHT = /著作权|版权|作品/;
/** The sentence tells the new ceiling or the change, or asks. */
const DAMAGES_CHANGED =
  /五百万|500万|提高|上调|修改前|修正前|修订前|原著作权法|原来|以前|过去|[？?]|吗/;

/** Bonus points in the college-entrance exam after a prize: 可在高考中加20分, 高考加10分. */
const OLD_BONUS = guard(
  /(?:可在|可以在|能在|在)?高考(?:录取|投档)?(?:中|时)?(?:享受|获得)?(?:加分(?:照顾|投档)?|(?:可)?加(?:[0-9０-９]+|[一二三四五六七八九十]+)分)(?:[0-9０-９]+分)?/g,
);
/** A competition prize in the sentence: 科技创新大赛, 奥林匹克竞赛, 学科竞赛. */
const CONTEST =
  /科技创新大赛|科技创新|创新大赛|奥林匹克|奥赛|学科竞赛|信息学竞赛|机器人(?:大赛|竞赛)|科技类竞赛|明天小小科学家|科技竞赛|竞赛/;
/** A prize won: 获全国一等奖, 获奖. */
const PRIZE = /获[^。；！？\n]{0,8}?奖|获奖/;
const BONUS_CHANGED =
  /取消|不再|废止|停止|叫停|已无|没有加分|不享受|曾经|曾|过去|以前|原来|原先|[？?]|吗/;

/** The old opening period of archives: 自形成之日起满三十年向社会开放, 满30年后开放. */
const OLD_ARCHIVE_TERM = guard(
  /(?:(?:自|从)?形成之日起)?(?:满|届满|超过|已满)(?:三十|30|３０)年(?:后|以后|之后)?(?:的档案|的[，,]?)?(?:应当|一般|原则上|即可|可|将|方可|才)?(?:向社会|对社会|向公众|对外)?(?:开放|公开)/g,
);
/** A word of archives in the sentence: 档案, 档案馆. */
const ARCHIVES = /档案/;
/** The sentence tells the new period or the change, or asks. */
const ARCHIVE_TERM_CHANGED =
  /二十五年|25年|２５年|修订|修改|缩短|原档案法|原来|以前|过去|曾|少于|多于|延期|[？?]|吗/;

/** The grant in months of wages: 48个月至60个月的…月平均工资, 48-60个月的本人工资. */
const OLD_DEATH_GRANT = guard(
  /(?:48|四十八)(?:个?月)?(?:至|到|-|－|—|~|～)(?:60|六十)个月(?:的)?(?:统筹地区)?(?:上(?:一)?年度)?(?:职工)?(?:月)?(?:平均)?(?:工资|本人工资)?/g,
);
/** The one-off work-death grant named before the figure, in the sentence. */
const DEATH_GRANT = /一次性工亡补助金|工亡补助金/;
const DEATH_GRANT_CHANGED =
  /20倍|二十倍|可支配收入|修订前|修改前|原规定|原来|以前|过去|2011年(?:以|之)?前|[？?]|吗/;

/** The old minimum capital: 注册资本最低限额为人民币3万元, 注册资本不得少于10万元. */
const OLD_MINIMUM_CAPITAL = guard(
  /注册资本(?:的)?(?:最低限额|最低(?:为|是)|不得(?:少|低)于|不少于|不低于|至少(?:为|要|需)?)(?:为|是)?(?:人民币)?(?:3|三|10|十|500|五百)万元/g,
);
/** An ordinary company named within the span's reach: 有限责任公司, 一人有限公司, 股份有限公司. */
const ORDINARY_COMPANY = /有限责任公司|有限公司|股份有限公司|公司/;
/** A trade whose own law sets a minimum, or the change told. */
const CAPITAL_CHANGED =
  /银行|保险|证券|信托|基金|期货|劳务派遣|典当|担保|融资|小额贷款|拍卖|旅行社|取消|不再|认缴|实缴|修改前|修订前|原规定|原来|以前|过去|2014年(?:以|之)?前|[？?]|吗/;

/** A student loan's yearly ceiling at an old figure: 每人每年申请额度不超过16000元, 最高可贷12000元. */
const OLD_LOAN_CEILING = guard(
  /(?:不超过|不高于|最高(?:可)?(?:申请|贷款?)?(?:额度)?(?:为|不超过)?|上限(?:为|是)?|最多(?:可)?(?:申请|贷款?)?)(?:人民币)?(?:6000|8000|12000|16000|6,000|8,000|12,000|16,000|1\.2万|1\.6万|八千|六千|一万二千?|一万六千?)元/g,
);
/** A national student loan named within reach: 生源地信用助学贷款, 国家助学贷款, 校园地助学贷款. */
const STUDENT_LOAN = /助学贷款/;
const LOAN_CHANGED =
  /20000|25000|2万|2\.5万|两万|提高|上调|调整为|调至|原来|原先|原标准|以前|过去|此前|[？?]|吗/;

/** A stale figure, searched for only in a text that holds a word of it (`present`). */
interface StaleFigure extends StaleStatement {
  present: RegExp;
}

/** The old rate of the fine for land occupied unlawfully: 每平方米30元以下, 每平方米三十元以下. */
const OLD_LAND_FINE = guard(/每平方米(?:30|三十|３０)元以下/g);
/** Land occupied in reach: 非法占用土地, 擅自占地, 非法占地. */
const LAND_OCCUPIED = /占用(?:的)?(?:土地|耕地|农用地|集体土地)|占地|用地/;
/** The new rate or the change told, or a question. */
const LAND_FINE_CHANGED =
  /100元以上|一百元以上|1000元|一千元|提高|调整|修订|原条例|原来|原先|原规定|以前|过去|此前|2021年(?:9月1日)?(?:以|之)?前|[？?]|吗/;

/**
 * A retirement age at an old fixed figure: 女工人为年满50周岁, 男职工退休年龄为年满60周岁, 男年满60周岁.
 * Group 1 the sex, 2 the kind of worker, 3 the words between, 4 the age.
 */
const OLD_RETIREMENT_AGE = guard(
  /(?<![男女子妇儿孙])(男|女)(?:性)?(职工|工人|干部|同志|工)?((?:的)?(?:法定)?(?:正常)?(?:退休年龄|退休)?(?:为|是|均为|一般为)?(?:年满|满|达到)?)(60|六十|55|五十五|50|五十)(?:周)?岁/g,
);
/** The ages each kind of worker retired at before 2025, and the births the rise reaches first. */
const oldAge = (sex: string, kind: string, age: string): number | undefined => {
  const years = Number(age) || ({ 六十: 60, 五十五: 55, 五十: 50 } as Record<string, number>)[age];
  if (sex === '男') return years === 60 ? 1965 : undefined;
  if (kind === '干部') return years === 55 ? 1970 : undefined;
  if (kind === '工人' || kind === '工') return years === 50 ? 1975 : undefined;
  return years === 55 ? 1970 : years === 50 ? 1975 : undefined;
};
/** A birth year: 1976年3月出生, 出生于1964年, 1962年生. */
const BIRTH_YEAR =
  /((?:19)[0-9]{2})\s*年(?:[0-9０-９]{1,2}\s*月)?(?:[0-9０-９]{1,2}\s*日)?(?:以前|之前|前|及以前)?(?:出生|生人|生)|出生(?:于|在|日期为|年月为|时间为)?\s*((?:19)[0-9]{2})/g;
/** The rise told anywhere in the post. */
const RETIREMENT_RISE = /渐进|延迟|推迟退休|延长(?:法定)?退休|弹性/;
/** Early retirement, the past, or a question, in the sentence. */
const RETIREMENT_OTHER =
  /提前退休|特殊工种|病退|因病|丧失劳动能力|内退|内部退养|原来|原先|改革前|以前|曾|[？?]|吗|2025年(?:1月1日)?(?:以|之)?前/;

/** The employer's pension rate at 20 % or 19 %: 单位按职工工资总额的20%, 企业缴费比例为19%. */
const OLD_PENSION_RATE = guard(
  /(?:用人单位|单位|企业|雇主)([^。；;！？!?\n，,、]{0,20}?)(?<![0-9０-９.．])(?:20|19|２０|１９)\s*[%％]|(?:用人单位|单位|企业|雇主)([^。；;！？!?\n，,、]{0,20}?)百分之(?:二十|十九)(?![点一二三四五六七八九])/g,
);
/** Another insurance, the employee's share or the self-employed between the payer and the rate. */
const OTHER_PAYMENT = /医|失业|工伤|生育|公积金|年金|个人|灵活|个体|[0-9０-９][%％]/;
/** The new rate, the cut told, the self-employed, history or a question in the sentence. */
const PENSION_RATE_CHANGED =
  /16|１６|十六|降|下调|调整|(?:由|从)(?:原来的?)?(?:20|19)|原来|原先|原规定|此前|以前|过去|曾|灵活就业|个体|以个人身份|非全日制|自由职业|[？?]|吗|2019年(?:5月1日)?(?:以|之)?前/;

/**
 * A share of the employer's medical contribution put into the personal account: 单位缴费的30%划入个人
 * 账户, 用人单位缴纳的医疗保险费中30%左右计入个人帐户, 单位缴费部分按一定比例划入个人账户.
 */
const OLD_ACCOUNT_SHARE = guard(
  /(?:用人)?单位(?:缴费|缴纳)(?:的)?(?:基本)?(?:医疗保险费|医保费|部分|费用)?(?:中)?(?:的|有)?(?:按(?:照)?)?(?:[0-9０-９]{1,2}(?:\.[0-9])?\s*[%％]|百分之[一二三四五六七八九十]+|一定比例|一部分|部分)(?:左右)?(?:划入|计入|记入|划转|转入|存入|进入|注入)(?:到|至)?(?:职工|参保人)?(?:本人)?(?:的)?个人(?:医疗)?(?:账户|帐户)/g,
);
/** Medical insurance in reach: 职工医保, 基本医疗保险, 门诊共济. */
const MEDICAL = /医保|医疗保险|医疗|门诊/;
/** The reform told, an enterprise annuity, history or a question in the sentence. */
const ACCOUNT_CHANGED =
  /不再|全部(?:计入|划入|进入|纳入)统筹|年金|改革前|调整前|原来|原先|原规定|此前|以前|过去|曾|改为|[？?]|吗|20(?:21|22|23|24)年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:以|之)?前/;

const ACCOUNT_TOLD = toldInSentence(ACCOUNT_CHANGED, MEDICAL, 150);

/** Every stale figure, in the order its findings are listed. */
const FIGURES: readonly StaleFigure[] = [
  {
    present: /五十万|50万/,
    re: OLD_DAMAGES,
    supersededOn: '2021-06-01',
    toldChanged: toldInSentence(DAMAGES_CHANGED, COPYRIGHT),
    message:
      '2020年修正的《著作权法》自2021年6月1日起将法定赔偿额调整为五百元以上五百万元以下，“五十万元以下”为旧规定',
  },
  {
    present: /高考/,
    re: OLD_BONUS,
    supersededOn: '2015-01-01',
    toldChanged: (t, start, end) => {
      // The contest may be named in the sentence before (…科技创新大赛我市选拔赛开始报名。…获全国
      // 一等奖的高中学生可在高考中加20分), the prize in the sentence itself.
      const sentence = t.slice(...sentenceAround(t, start, end));
      const before = t.slice(Math.max(0, start - 150), end);
      return (
        !(CONTEST.test(sentence) || (PRIZE.test(sentence) && CONTEST.test(before))) ||
        BONUS_CHANGED.test(sentence)
      );
    },
    message:
      '科技类竞赛、学科奥林匹克竞赛等全国性高考加分项目已于2015年起取消，不应再宣传获奖可在高考中加分',
  },
  {
    present: /三十年|30年|３０年/,
    re: OLD_ARCHIVE_TERM,
    supersededOn: '2021-01-01',
    toldChanged: toldInSentence(ARCHIVE_TERM_CHANGED, ARCHIVES),
    message:
      '2020年修订的《档案法》自2021年1月1日起规定档案一般自形成之日起满二十五年向社会开放，“满三十年”为旧规定',
  },
  {
    present: /工亡补助金/,
    re: OLD_DEATH_GRANT,
    supersededOn: '2011-01-01',
    toldChanged: toldInSentence(DEATH_GRANT_CHANGED, DEATH_GRANT),
    message:
      '一次性工亡补助金自2011年1月1日起为上一年度全国城镇居民人均可支配收入的20倍（《工伤保险条例》第三十九条），“48个月至60个月的统筹地区上年度职工月平均工资”为旧标准',
  },
  {
    present: /注册资本/,
    re: OLD_MINIMUM_CAPITAL,
    supersededOn: '2014-03-01',
    toldChanged: (t, start, end) => {
      // The company is often named at the head of a list of conditions (设立有限责任公司应当具备以下
      // 条件：…；注册资本最低限额为…), so it is looked for in the 120 characters before.
      const sentence = t.slice(...sentenceAround(t, start, end));
      const before = t.slice(Math.max(0, start - 120), end);
      return (
        !ORDINARY_COMPANY.test(before) ||
        CAPITAL_CHANGED.test(sentence) ||
        CAPITAL_CHANGED.test(before)
      );
    },
    message:
      '2013年修正的《公司法》自2014年3月1日起取消有限责任公司、一人有限责任公司和股份有限公司的最低注册资本限额（法律、行政法规另有规定的行业除外），“注册资本最低限额为3万元”等为旧规定',
  },
  {
    present: STUDENT_LOAN,
    re: OLD_LOAN_CEILING,
    supersededOn: '2023-09-01',
    // The loan is often named in the sentence before the ceiling (…助学贷款受理工作已经启动。…每人
    // 每年申请额度不超过…), so it is looked for in the 150 characters before.
    toldChanged: toldInSentence(LOAN_CHANGED, STUDENT_LOAN, 150),
    message:
      '自2023年秋季学期起，国家助学贷款额度为全日制普通本专科学生每人每年不超过20000元、研究生每人每年不超过25000元，原额度为旧标准',
  },
  {
    present: /每平方米/,
    re: OLD_LAND_FINE,
    supersededOn: '2021-09-01',
    // The land is named well before the fine (由…责令退还非法占用的土地，…可以并处…罚款), so it is
    // looked for in the 200 characters before.
    toldChanged: toldInSentence(LAND_FINE_CHANGED, LAND_OCCUPIED, 200),
    message:
      '2021年9月1日起施行的《土地管理法实施条例》第五十七条规定，非法占用土地的罚款额为每平方米100元以上1000元以下，“每平方米30元以下”为旧标准',
  },
  {
    present: /退休/,
    re: OLD_RETIREMENT_AGE,
    supersededOn: '2025-01-01',
    toldChanged: (t, start, end) => {
      const m = new RegExp(OLD_RETIREMENT_AGE.source).exec(t.slice(start, end))!;
      const [, sex, kind = '', between, age] = m;
      const born = oldAge(sex!, kind, age!);
      // The forms with nothing between the worker and the age are the lexicon's (女工人年满50周岁).
      if (born === undefined || (kind && /^(?:年满|满)?$/.test(between!))) return true;
      const sentence = t.slice(...sentenceAround(t, start, end));
      const before = t.slice(Math.max(0, start - 60), end);
      if (!/退休|退职/.test(sentence) && !/退休|退职/.test(before)) return true;
      if (RETIREMENT_RISE.test(t) || RETIREMENT_OTHER.test(sentence)) return true;
      if (signedBefore(t, '2025-01-01')) return true;
      return [...t.matchAll(BIRTH_YEAR)].some((b) => Number(b[1] ?? b[2]) < born);
    },
    message:
      '自2025年1月1日起实施渐进式延迟法定退休年龄，男职工、女干部、女职工的法定退休年龄分别从60、55、50周岁逐步延迟至63、58、55周岁，不应再表述为固定的60、55、50周岁',
    suggestion: '按渐进式延迟法定退休年龄的规定表述（原法定退休年龄…）',
  },
  {
    present: /养老/,
    re: OLD_PENSION_RATE,
    supersededOn: '2019-05-01',
    toldChanged: (t, start, end) => {
      const m = new RegExp(OLD_PENSION_RATE.source).exec(t.slice(start, end))!;
      if (OTHER_PAYMENT.test(m[1] ?? m[2] ?? '')) return true;
      const sentence = t.slice(...sentenceAround(t, start, end));
      return (
        !/养老/.test(sentence) ||
        PENSION_RATE_CHANGED.test(sentence) ||
        signedBefore(t, '2019-05-01')
      );
    },
    message:
      '自2019年5月1日起，城镇职工基本养老保险单位缴费比例高于16%的降至16%（《降低社会保险费率综合方案》，国办发〔2019〕13号），“单位缴纳20%（19%）”为旧标准',
    suggestion: '16%',
  },
  {
    present: /个人(?:账|帐)户/,
    re: OLD_ACCOUNT_SHARE,
    supersededOn: '2021-04-13',
    // The insurance is often named in the sentence before (职工医保个人账户的钱从哪来？…), so it is
    // looked for in the 150 characters before.
    toldChanged: (t, start, end) => ACCOUNT_TOLD(t, start, end) || signedBefore(t, '2021-04-13'),
    message:
      '按照《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》（国办发〔2021〕14号），单位缴纳的基本医疗保险费全部计入统筹基金，在职职工个人账户由个人缴纳的基本医疗保险费计入，“单位缴费按比例划入个人账户”为改革前的规定',
  },
];

/** Each stale figure the text states as current. */
export function staleCopyrightAndBonus(text: string): GateFinding[] {
  return FIGURES.filter((f) => f.present.test(text)).flatMap((f) => staleStatements(text, f));
}
