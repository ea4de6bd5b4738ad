// Pattern family of the advertising gate for a brand told as the best or only choice of a need:
// 选用“净优”牌空气净化器是去除甲醛的最佳选择, 康达牌消毒液是家庭消毒的首选, “金穗”品牌种子是增产的
// 最好选择. An office naming one brand as the best is an absolute claim (广告法 第九条) and an
// endorsement. Advice without a brand (选择正规品牌是最好的办法, 通风是去除甲醛的最佳选择) is no claim.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** A brand: a quoted name before 牌 or 品牌, or a name of two to four characters before 牌. */
const BRAND =
  '(?:[“"「][^”"」]{1,10}[”"」](?:牌|品牌)|[\\u4e00-\\u9fff]{2,4}(?<![品名大杂老正金王奖挂车门标路底招冒纸扑])牌(?![子照坊匾楼局号价位]))';
/** The best or only choice: 最佳选择, 首选, 不二之选, 最好的办法. */
const BEST =
  '(?:(?:最佳|最好|最理想|最有效|最优|唯一)(?:的)?(?:选择|之选|办法|方法|途径|方案)|首选|不二之选)';

export const BRAND_BEST_CHOICE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `${BRAND}[^。；！？\\n，,]{0,12}?(?:是|为|乃|就是|才是)[^。；！？\\n]{0,16}?${BEST}`,
      'g',
    ),
    message: '绝对化用语：将某一品牌产品称为“最佳选择”“首选”，违反《广告法》有关规定',
  },
]);
