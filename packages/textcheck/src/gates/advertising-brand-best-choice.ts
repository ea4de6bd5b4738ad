// Pattern family of the advertising gate for a brand told as the best or only choice of a need:
// 选用“净优”牌空气净化器是去除甲醛的最佳选择, 康达牌消毒液是家庭消毒的首选, “金穗”品牌种子是增产的
// 最好选择; or the choice told first and the product after it in quotes (孩子存钱首选该行“金娃娃”少儿
// 储蓄卡, 送礼就选“福满堂”礼盒). An office naming one brand as the best is an absolute claim (广告法 第九条) and an
// endorsement. Advice without a brand (选择正规品牌是最好的办法, 通风是去除甲醛的最佳选择) is no claim. A
// named establishment told as the reader's best choice is the same claim (是您家宝宝入托的最佳选择).
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
  {
    // The choice first, then the quoted product with its kind: 首选该行“金娃娃”少儿储蓄卡. Not a way or a
    // channel in quotes (出行首选“绿色出行”方式, 首选“12345”热线反映).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:首选|优选|就选|最佳选择(?:是|为)?|不二之选(?:是|为)?)(?:该行|本行|我行|该店|本店|该公司|该厂|该企业|这家|这款|该款)?[“"「][^”"」\\n]{1,10}[”"」][\\u4e00-\\u9fa5]{0,6}?(?:储蓄卡|银行卡|信用卡|借记卡|卡|牌|品牌|理财产品?|保险|套餐|礼盒|奶粉|产品|商品|系列)`,
      'g',
    ),
    message: '绝对化用语：将某一品牌产品称为“首选”，违反《广告法》有关规定',
  },
  {
    // A named establishment told as the reader's best choice (after final196): 妇幼托育中心……是您家宝宝
    // 入托的最佳选择, 该培训学校是您孩子学游泳的首选. An office may describe a facility; telling the reader
    // it is the best is an absolute claim. Advice of a kind (公共交通是您出行的最佳选择) names no
    // establishment. After final199 a driving school or a shop is one (该驾校…是广大考生拿证的首选).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:中心|机构|医院|诊所|门诊|学校|驾校|培训学校|药店|药房|修理厂|维修厂|超市|商场|幼儿园|托育园|托儿所|培训班|公司|门店|酒店|宾馆|农家乐|基地|馆|园区)[^。；！？\\n]{0,60}?(?:是|为|就是|才是)(?:您|你|您家|你家|您和家人|广大[\\u4e00-\\u9fff]{1,4}?)[^。；！？\\n，,]{0,12}?${BEST}`,
      'g',
    ),
    message: '绝对化用语：将特定机构称为“最佳选择”“首选”，违反《广告法》有关规定',
  },
]);
