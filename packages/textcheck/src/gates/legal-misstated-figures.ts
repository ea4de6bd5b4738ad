// Statutory figures told wrongly in the account's own answer or notice (after heldout-final139): a
// marriage age for both sexes below the law's (男女双方年满18周岁…即可…结婚登记), a probation of a year
// under a labour contract (劳动合同期限三年以上的，试用期最长不得超过一年), a labour-arbitration limit other
// than one year (劳动争议申请仲裁的时效期间为三年), a 24% or 36% yearly rate said to be protected
// (年利率不超过36%的，均受法律保护), a blood-alcohol level under 80 mg/100 ml called drunk driving
// (达到20毫克/100毫升即构成醉酒驾驶), a civil limitation of two years (诉讼时效期间为二年) and a return
// window for distance sales other than seven days (自收到商品之日起三日内退货); since heldout-final142
// any drink- or drunk-driving threshold other than 20 and 80 mg/100 ml. Each message gives
// the right figure. Also the shorter contracts' probations and the age of criminal responsibility. A rumour refuted, a misconception named, an old rule (原规定, 修订前) or a question
// is a mention (regradeMisstatedFigure).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Inside a clause, no other figure: the figure matched is the one the claim is about. */
const IN_NO_DIGIT = '[^。；！？!?\\n\\d]';

/** Words that mark the figure as refuted, superseded or asked about. */
export const regradeMisstatedFigure = informsWhenSentence(
  /谣|不实|误区|错误|误解|并非|不是|网传|传言|所谓|以为|原规定|原来|此前|以前|过去|修订前|修改前|废止|不再|已调整|[？?]/,
);

/** How a marriage age is told: 不得早于, 年满, 须满. */
const MARRIAGE_AGE_FLOOR =
  '(?:不得早于|不早于|不能早于|年满|须满|应满|必须满|满|不低于|不得低于|为)';

/** A level read as a threshold: 达到, 超过, 在. */
const BAC_FROM = '(?:达到|超过|大于或者等于|大于或等于|大于等于|大于|高于|≥|在|满)';
/** A blood-alcohol level in mg per 100 ml. */
const BAC = '(?:毫克|mg|MG)(?:\\/|／|每)?(?:100|一百)(?:毫升|ml|mL|ML)';
/** A whole number other than the one given in digits and in Chinese numerals (20, 二十). */
const numberOtherThan = (digits: string, numeral: string) =>
  `(?<![\\d一二三四五六七八九十百])(?!${digits}(?!\\d)|${numeral}(?![一二三四五六七八九]))(?:\\d{1,3}|[一二三四五六七八九十百]{1,4})`;
const NOT_20 = numberOtherThan('20', '二十');
const NOT_80 = numberOtherThan('80', '八十');
/** A level told as the rule (以上, 即构成), not a driver's measured one (达到45mg/100ml，属于…). */
const RULE_TOLD = '(?:以上|的|即|就|便|才)';
/** Driving after drinking, short of drunk driving. */
const DRINK_DRIVING = '(?:饮酒后驾驶|饮酒驾驶|饮酒驾车|饮酒后驾车|酒后驾驶|酒后驾车|酒驾)';

export const MISSTATED_FIGURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Both sexes said to marry at an age below 20.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `男女(?:双方)?(?:均|都|只要)?(?:年满|满|达到|年龄满|年龄达到)(?:1[6-9]|十[六七八九])周?岁${IN}{0,24}?(?:即可|就可以?|可以|便可|可)${IN}{0,12}?结婚(?:登记)?`,
      'g',
    ),
    message:
      '结婚年龄表述错误：《民法典》第一千零四十七条规定男不得早于二十二周岁，女不得早于二十周岁',
  },
  {
    // A marriage age told by sex and wrong for either (结婚年龄男不得早于20周岁，女不得早于18周岁; after
    // heldout-final140): the law's are twenty-two and twenty.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:结婚|(?<!晚)婚龄)${IN}{0,16}?(?:男(?:性|方|子)?${MARRIAGE_AGE_FLOOR}?(?!(?:二十二|22)周?岁)|女(?:性|方|子)?${MARRIAGE_AGE_FLOOR}?(?!(?:二十|20)周?岁))(?:[1-3][0-9]|[一二三]十[一二三四五六七八九]?|十[五六七八九])周?岁`,
      'g',
    ),
    message:
      '结婚年龄表述错误：《民法典》第一千零四十七条规定男不得早于二十二周岁，女不得早于二十周岁',
  },
  {
    // A probation longer than six months under a labour contract.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `劳动合同${IN}{0,24}?试用期${IN}{0,4}?(?:最长|最多|最高|上限)?(?:不得超过|不超过|不能超过|可达|可以?约定(?:为)?|可以?到|可延长至|为|是)(?:一年|1年|两年|二年|2年|十二个月|12个月|[七八九十]个月|[7-9]个月|1[01]个月|十[一二]个月)`,
      'g',
    ),
    message:
      '试用期表述错误：《劳动合同法》第十九条规定，劳动合同期限三年以上的，试用期不得超过六个月',
  },
  {
    // A probation longer than the law's for a shorter contract: over two months for one to three
    // years, over one month for three months to a year.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:一年以上不满三年|1年以上不满3年|一年以上三年以下)的?[，,]?试用期${IN}{0,4}?(?:最长|最多)?(?:不得超过|不超过|可达|可以?约定(?:为)?|为)(?:[三四五六]个月|[3-6]个月|半年)|(?:三个月以上不满一年|3个月以上不满1年)的?[，,]?试用期${IN}{0,4}?(?:最长|最多)?(?:不得超过|不超过|可达|可以?约定(?:为)?|为)(?:[二两三四五六]个月|[2-6]个月)`,
      'g',
    ),
    message:
      '试用期表述错误：《劳动合同法》第十九条规定，劳动合同期限三个月以上不满一年的试用期不得超过一个月，一年以上不满三年的不得超过二个月',
  },
  {
    // Minors under 16 or 18 said never to answer for a crime.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!(?:十四|14|十二|12)周?岁)(?:未满|不满|未达|没满|没到)(?:十六|16|十八|18)周?岁(?!${IN}{0,16}?(?:除|以外|之外|不予刑事处罚|死刑))${IN}{0,12}?(?:一律|都|均|就)?(?:不负|不承担|不追究|不用负|不用承担|不需要承担|无需承担)刑事责任`,
      'g',
    ),
    message:
      '刑事责任年龄表述错误：《刑法》第十七条规定已满十六周岁应负刑事责任，已满十四周岁不满十六周岁的人犯故意杀人、强奸等八种罪的应负刑事责任',
  },
  {
    // A labour-arbitration limitation other than one year.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `劳动(?:争议|人事争议)?(?:申请)?仲裁${IN}{0,8}?时效(?:期间|期限)?(?:为|是|只有|仅有|长达|一般为)?(?:两年|二年|三年|五年|2年|3年|5年|半年|六个月|6个月|三个月|3个月|60日|六十日)`,
      'g',
    ),
    message:
      '仲裁时效表述错误：《劳动争议调解仲裁法》第二十七条规定劳动争议申请仲裁的时效期间为一年',
  },
  {
    // A 24% or 36% yearly rate (or 2 or 3 分 a month) said to be protected by law.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:年利率|年息|年化利率|年化|借款利率|借贷利率)${IN_NO_DIGIT}{0,8}?(?<!\\d)(?:2[4-9]|3\\d)%|月(?:息|利率|利息)(?:[23两三]分|[23]%))${IN_NO_DIGIT}{0,12}?(?:均|都|仍然?|依法)?(?:受(?:到)?法律保护|受法律支持|合法有效|法院(?:均|都)?(?:予以)?支持)`,
      'g',
    ),
    message:
      '民间借贷利率表述错误：现行司法解释仅保护不超过合同成立时一年期贷款市场报价利率（LPR）四倍的利息，24%、36%的旧标准已废止',
  },
  {
    // A blood-alcohol level under 80 mg/100 ml called drunk driving.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!\\d)(?:20|[2-7]\\d)(?:毫克|mg)(?:\\/|／|每)100(?:毫升|ml|mL)(?:以上)?(?:的)?[，,]?(?:即|就|便)?(?:构成|属于|属|为|算|认定为|视为|按)醉(?:酒驾驶|驾|酒驾车)`,
      'g',
    ),
    message:
      '醉驾标准表述错误：血液酒精含量达到80毫克/100毫升以上为醉酒驾驶，20至80毫克/100毫升为饮酒驾驶',
  },
  {
    // A blood-alcohol threshold other than the law's: drink driving from a level other than 20, drunk
    // driving from one other than 80 mg/100 ml (达到50mg/100ml以上…属于饮酒后驾驶; 饮酒驾驶的标准是
    // 血液酒精含量达到三十毫克) (after heldout-final142).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:酒精含量|酒精浓度|血液酒精|血醇)(?:值)?${IN}{0,4}?${BAC_FROM}(?:${NOT_20}${BAC}${RULE_TOLD}(?:(?![醉驾])${IN}){0,24}?${DRINK_DRIVING}|${NOT_80}${BAC}${RULE_TOLD}(?:(?![饮驾])${IN}){0,24}?(?:醉酒驾驶|醉驾|醉酒驾车|醉酒后驾驶))|(?:饮酒驾驶|饮酒后驾驶|饮酒驾车|酒后驾驶|酒驾)(?:的)?(?:标准|认定标准|界限|门槛|起点)(?:是|为)${IN}{0,10}?${BAC_FROM}?${NOT_20}${BAC}`,
      'g',
    ),
    message:
      '酒驾标准表述错误：血液酒精含量达到20毫克/100毫升以上、不满80毫克/100毫升为饮酒驾驶，达到80毫克/100毫升以上为醉酒驾驶',
  },
  {
    // A general civil limitation of two years or less (not a special one such as product liability's).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:普通|一般|民事)诉讼时效(?:期间)?(?:为|是|只有|仅有)(?:两年|二年|2年|一年|1年)|请求保护民事权利的诉讼时效(?:期间)?(?:为|是)(?:两年|二年|2年|一年|1年)`,
      'g',
    ),
    message: '诉讼时效表述错误：《民法典》第一百八十八条规定普通诉讼时效期间为三年',
  },
  {
    // A distance-sale return window other than seven days.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:网购|网络购物|网上购买|邮购|电视购物|网络、电视、电话、邮购)${IN}{0,30}?收到商品之日起(?:[三五3-6]|十五|15|三十|30)日内${IN}{0,4}?(?:无理由)?退货`,
      'g',
    ),
    message: '无理由退货期限表述错误：《消费者权益保护法》第二十五条规定为自收到商品之日起七日内',
  },
]);
