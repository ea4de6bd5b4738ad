// Thresholds that a rule sets in figures, told wrongly when the account paraphrases the rule (after
// final199–final201): a ride-hailing driver's years behind the wheel other than three (网约车驾驶员…
// 具有1年以上驾驶经历), a small-car licence from an age under eighteen (申请小型汽车…应当年满16周岁),
// the noise law's night other than ten at night to six in the morning (“夜间”是指晚上十点至次日早晨八点)
// and a pre-sale's invested share other than a quarter (投入开发建设的资金达到工程建设总投资的百分之二十
// 以上). Since final206 to final209 also the slope above which farming is barred (《水土保持法》第二十条:
// 禁止在二十五度以上陡坡地开垦种植农作物; a province may set a lower slope, so a lower one is read only
// under the national law's name — after final206: 禁止在三十五度以上陡坡地开垦种植农作物), the age below
// which a dance hall, a bar or an internet café may not admit anyone (all minors, under eighteen:
// 《娱乐场所管理条例》第二十三条, 《互联网上网服务营业场所管理条例》第二十一条, 《未成年人保护法》第五十八条
// — after final208: 歌舞娱乐场所不得接纳未满16周岁的未成年人) and a prepaid card's terms (《单用途商业预付卡
// 管理办法（试行）》, 商务部令2012年第9号 as amended in 2016, and the payment institutions' rules alike: a
// bearer card valid three years at least, a named card capped at 5000元 and a bearer card at 1000元 —
// after final209: 不记名预付卡有效期不得少于1年). Each message gives the rule's figure. A rumour
// refuted, an old rule or a question is a mention (regradeMisstatedFigure).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A count of years in digits or Chinese numerals. */
const YEARS = '(?:\\d{1,2}|[一二两三四五六七八九十])年';
/** A slope steeper than twenty-five degrees: 26–89 in digits or numerals. */
const ABOVE_25 = '(?:2[6-9]|[3-8]\\d|二十[六七八九]|[三四五六七八]十[一二三四五六七八九]?)';
/** A slope gentler than twenty-five degrees: 5–24. */
const BELOW_25 = '(?:2[0-4]|1\\d|[5-9]|二十[一二三四]?|十[一二三四五六七八九]?|[五六七八九])';
/** Farming a slope: 陡坡地开垦种植, 坡地上开荒. */
const SLOPE_FARMED =
  '度以上(?:的)?(?:陡坡地?|坡地|山坡地?|坡耕地)(?:上)?(?:开垦|开荒|垦殖|毁林开垦|种植农作物)';
/** A place barred to minors: a dance or song hall, a bar, an internet café. */
const ADULT_VENUE = '(?:歌舞娱乐场所|娱乐场所|KTV|歌厅|舞厅|夜总会|酒吧|网吧|上网服务营业场所)';
/** An age under eighteen, not inside a longer number. */
const UNDER_18 = '(?<![\\d一二三四五六七八九十])(?:1[0-7]|十[一二三四五六七]?)周岁';
/** A prepaid card's validity shorter than three years: 1年, 两年, 半年, 18个月. */
const UNDER_3_YEARS =
  '(?:(?:[12]|[一两二]|半)年|(?:[1-9]|[12]\\d|3[0-5]|[一二两三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十[一二三四五]?)个月)';
/** A sum of money in digits or numerals, up to the unit: 1000, 2,000, 两千, 1.5万. */
const CARD_SUM =
  '(?:\\d{1,3}(?:,?\\d{3})*(?:\\.\\d+)?|[一二两三四五六七八九十百千万]{1,6})(?:万)?元';
/** A post about prepaid cards, before the claim. */
const PREPAID = '(?<=(?:预付|单用途|购物卡|储值卡|消费卡)[^]{0,200}?)';

export const STATUTORY_THRESHOLD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A ride-hailing driver's driving experience other than three years.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:网络预约出租汽车|网约车|网约出租车)${IN}{0,60}?)(?:具有|具备|有|满)(?!(?:3|三)年)${YEARS}(?:以上)?(?:的)?(?:驾驶经历|驾龄)`,
      'g',
    ),
    message:
      '从业条件表述错误：网约车驾驶员应取得相应准驾车型驾驶证并具有3年以上驾驶经历（《网络预约出租汽车经营服务管理暂行办法》第十四条）',
  },
  {
    // A small-car licence said to be open from an age under eighteen (a moped's or a motorcycle's is
    // another class and stops the reading).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=小型(?:自动挡)?汽车(?:(?!周岁|摩托|轻便|三轮|拖拉机)${IN}){0,24}?)(?:年满|须满|应满|满|年龄(?:为|在)?)(?:1[0-7]|十[一二三四五六七]?)周岁`,
      'g',
    ),
    message:
      '年龄条件表述错误：申请小型汽车准驾车型驾驶证应年满18周岁（《机动车驾驶证申领和使用规定》第十四条）',
  },
  {
    // The noise law's night told as other than 22:00 to 6:00.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:“夜间”|夜间)(?:是)?指${IN}{0,6}?(?:晚上|夜里|夜间)?(?:十|10|22)(?:点|时|:00)(?:至|到|—|-)(?:次日|第二天)?(?:早晨|早上|凌晨|清晨)?(?![六6](?:点|时|:))(?:[一二三四五七八九]|[1-57-9])(?:点|时|:00)`,
      'g',
    ),
    message:
      '时段表述错误：《噪声污染防治法》第八十八条规定“夜间”是指晚上十点至次日早晨六点之间的期间',
  },
  {
    // A pre-sale's invested share of the total other than a quarter.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `投入(?:的)?开发建设(?:的)?资金(?:应当?|须|需|必须)?(?:达到|占)${IN}{0,6}?总投资(?:的)?(?!百分之二十五|25[%％])(?:百分之[一二三四五六七八九十]{1,3}|\\d{1,2}[%％])(?:以上)?`,
      'g',
    ),
    message:
      '预售条件表述错误：投入开发建设的资金应达到工程建设总投资的百分之二十五以上（《城市房地产管理法》第四十五条）',
  },
  {
    // Farming barred only above a slope steeper than twenty-five degrees (禁止在三十度以上陡坡地开垦), or,
    // under the national law's name and with no province's own rule in the sentence, above a gentler one.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:禁止|严禁|不得|不准|不允许)(?:在)?(?:坡度)?(?:在|为)?|(?<![\\d一二三四五六七八九十]))(?:${ABOVE_25}|(?<=水土保持法[^。\\n]{0,80}?)(?<!(?:省|自治区|直辖市|地方|条例|办法)[^。\\n]{0,120}?)${BELOW_25})${SLOPE_FARMED}|(?<![\\d一二三四五六七八九十])${ABOVE_25}度以上(?:的)?(?:陡坡地?|坡地)(?:上)?(?:禁止|严禁|不得|不准)(?:开垦|开荒|垦殖|种植)`,
      'g',
    ),
    message:
      '禁垦坡度表述错误：禁止在二十五度以上陡坡地开垦种植农作物（《水土保持法》第二十条），省级可规定小于二十五度的禁垦坡度',
  },
  {
    // A dance hall, a bar or an internet café said to be barred only to the young under an age below
    // eighteen (歌舞娱乐场所不得接纳未满16周岁的未成年人; 未满16周岁的青少年禁止进入网吧). Hiring (招用) is
    // another rule and stops the reading.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${ADULT_VENUE}(?:(?!招用|招聘|招收|雇用|雇佣|聘用|录用|从业)${IN}){0,24}?)(?:不得|禁止|严禁|不准|不允许|不能|谢绝)(?:接纳|允许|让|放行|容留|接待|进入)?(?:(?!招|雇|聘|录用|使用)${IN}){0,4}?(?:(?:未满|不满)${UNDER_18}|${UNDER_18}(?:以下|以内))|(?:未满|不满)${UNDER_18}(?:的)?(?:未成年人|青少年|学生|人员|少年|儿童|孩子)?${IN}{0,6}?(?:不得|禁止|严禁|不准|谢绝|不允许)(?:进入|入内|进|出入)${IN}{0,4}?${ADULT_VENUE}`,
      'g',
    ),
    message:
      '年龄表述错误：歌舞娱乐场所、互联网上网服务营业场所、酒吧等不得接纳未成年人，即所有未满十八周岁的人（《娱乐场所管理条例》第二十三条，《互联网上网服务营业场所管理条例》第二十一条，《未成年人保护法》第五十八条）',
  },
  {
    // A prepaid card's terms told wrongly: a bearer card valid under three years (不记名预付卡有效期不得
    // 少于1年), a named card capped other than at 5000元 or a bearer card other than at 1000元.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${PREPAID}(?:不记名(?:的)?(?:单用途)?(?:商业)?(?:预付)?(?:消费)?卡(?:的)?有效期(?:一般)?(?:不得|不应|不能|应当?|须)?(?:少于|低于|短于|不少于|不低于|不短于|至少|最短|最少)?(?:为|是)?${UNDER_3_YEARS}|(?:单张)?(?<!不)记名(?:的)?(?:预付)?卡(?:单张)?(?:资金)?(?:限额|面值|金额)(?:上限)?(?:不得|不能|不应|最高|最多)?(?:超过|高于|为|是)?(?!5,?000元|五千元|0?\\.5万元)${CARD_SUM}|(?:单张)?不记名(?:的)?(?:预付)?卡(?:单张)?(?:资金)?(?:限额|面值|金额)(?:上限)?(?:不得|不能|不应|最高|最多)?(?:超过|高于|为|是)?(?!1,?000元|一千元|1千元|0?\\.1万元)${CARD_SUM})`,
      'g',
    ),
    message:
      '预付卡规则表述错误：记名卡不得设有效期，不记名卡有效期不得少于3年；单张记名卡限额不得超过5000元，单张不记名卡限额不得超过1000元（《单用途商业预付卡管理办法（试行）》）',
  },
]);
