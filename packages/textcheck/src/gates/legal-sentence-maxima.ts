// A crime's highest sentence told wrongly (after final195: 组织考试作弊的，最高可判处三年有期徒刑, where
// 《刑法》第二百八十四条之一 goes up to seven years when the case is serious). Each crime is read with the
// top of its gravest tier, so a warning that understates it (or overstates it) is caught in any genre.
// A sentence that tells the tiers itself (情节严重的…) gives the lower tier's top on purpose and is not
// read. The maxima are the Criminal Law's as amended by the Eleventh Amendment (in force 2021-03-01).
// A sentence may name the gravest tier itself just before the maximum (造成严重后果的，最高…); then
// the maximum told must be the crime's top. Since final218 also refusing to carry out a judgment or
// a ruling (《刑法》第三百一十三条: three years, seven when 情节特别严重). A rumour refuted, an old rule
// or a question is a mention (regradeMisstatedFigure).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/**
 * Inside a sentence, with no word of a lower tier (情节较轻, 一般) or of another tier, and no harm that
 * makes it another crime (高空抛物致人重伤的，可能构成故意伤害罪，最高…).
 */
const NO_TIER =
  '(?:(?!情节|一般|较轻|后果|数额|严重|致人|重伤|死亡|伤亡|构成(?!犯罪))[^。；！？!?\\n])';
/** A number of years in digits or Chinese numerals. */
const YEARS = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})年';

/** A crime, the top of its gravest tier in years, and its article of the Criminal Law. */
interface CrimeMaximum {
  crime: string;
  years: string;
  article: string;
  /** The condition of the gravest tier, when a sentence names it before the maximum. */
  gravest?: string;
}

const MAXIMA: readonly CrimeMaximum[] = [
  {
    crime:
      '(?:组织(?:考试)?作弊|提供作弊器材|提供作弊工具|(?:非法)?(?:出售|提供)(?:考试)?(?:试题|答案|试题、答案))',
    years: '七',
    article: '第二百八十四条之一',
  },
  {
    crime: '(?:侵犯公民个人信息|(?:出售|非法提供|非法获取)(?:公民)?个人信息)',
    years: '七',
    article: '第二百五十三条之一',
  },
  {
    crime: '(?:拒不支付劳动报酬|恶意欠薪)',
    years: '七',
    article: '第二百七十六条之一',
    gravest: '造成严重后果',
  },
  { crime: '失火罪', years: '七', article: '第一百一十五条' },
  {
    crime: '(?:袭警|袭击(?:正在依法执行职务的)?(?:人民)?警察)',
    years: '七',
    article: '第二百七十七条',
  },
  { crime: '(?:帮助信息网络犯罪活动|帮信罪)', years: '三', article: '第二百八十七条之二' },
  { crime: '非法捕捞水产品', years: '三', article: '第三百四十条' },
  { crime: '非法狩猎', years: '三', article: '第三百四十一条' },
  { crime: '高空抛物', years: '一', article: '第二百九十一条之二' },
  {
    // after final218: 拒不执行判决、裁定罪，最高可判处五年有期徒刑 (情节特别严重的 up to seven)
    crime: '(?:拒不执行(?:人民)?(?:法院)?(?:的)?(?:生效)?(?:判决|裁定)|拒执罪)',
    years: '七',
    article: '第三百一十三条',
  },
  {
    crime: '(?:妨害安全驾驶|抢(?:夺|控)(?:驾驶|方向盘))',
    years: '一',
    article: '第一百三十三条之二',
  },
];

/** The digits of a year count in Chinese numerals. */
const DIGIT: Record<string, string> = { 一: '1', 三: '3', 七: '7' };

/** The highest sentence given as years other than `years`: 最高可判处三年有期徒刑, 最高获刑5年. */
const maximumOtherThan = (years: string) => {
  const other = `(?!(?:${years}|${DIGIT[years]})年)${YEARS}(?:以下)?(?:的)?`;
  return `最高(?:可|将|可以|会|能|能够)?(?:被)?(?:(?:判处|判|获刑|刑期为?)${other}(?:有期徒刑|徒刑)?|(?:处以|处)?${other}(?:有期徒刑|徒刑))`;
};

/**
 * The gravest tier named right before the maximum, after the crime's elements (after final201:
 * …构成拒不支付劳动报酬罪；造成严重后果的，最高可处十年有期徒刑): the maximum is the whole crime's.
 */
const GRAVEST_TIER = MAXIMA.flatMap(({ crime, years, article, gravest }) =>
  gravest
    ? [
        {
          rule: 'legal.illegal',
          severity: 'warn' as const,
          pattern: new RegExp(
            `(?<=${crime}[^。！？!?\\n]{0,60}?${gravest}的[，,]?)${maximumOtherThan(years)}`,
            'g',
          ),
          message: `刑期表述错误：该罪最高可处${years}年有期徒刑（《刑法》${article}），请核实`,
        },
      ]
    : [],
);

export const SENTENCE_MAXIMUM_PATTERNS: readonly PatternRule[] = guardRules([
  ...MAXIMA.map(({ crime, years, article }) => ({
    rule: 'legal.illegal',
    severity: 'warn' as const,
    pattern: new RegExp(
      `(?<=${crime}${NO_TIER}{0,40}?)${maximumOtherThan(years)}(?![^。；！？!?\\n]*?(?:情节|后果|数额)(?:特别)?(?:严重|巨大))`,
      'g',
    ),
    message: `刑期表述错误：该罪最高可处${years}年有期徒刑（《刑法》${article}），请核实`,
  })),
  ...GRAVEST_TIER,
]);
