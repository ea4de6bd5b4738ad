// A brand the office has tested, then recommended to the public: 经检验，沁源牌RO净水器各项指标均优于
// 国家标准，推荐广大市民放心选购; 抽检合格的“绿源”牌大米，建议消费者放心购买. A state organ may not
// vouch for a product in an advertisement (广告法 第九条第二项), and a test result turned into a
// recommendation is one; so is a brand the office tells the shops or schools it oversees to buy
// (推荐辖区商户统一选购安泰牌灭火器), and a product it ranks first on the market and tells them to buy
// (“绿坡宝”是目前市场上最好的护坡材料，建议各建设单位优先采购). Advice on what to look for (建议消费者选购带有3C标志的产品) names no brand.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** A brand named before: 沁源牌, “绿源”牌, 该品牌 (not 品牌 or 名牌 as a kind). */
const BRAND = '(?:[\\u4e00-\\u9fffA-Za-z]{2,6}(?<![品名杂冒招门车老])牌|[”"」]牌|该品牌|这一品牌)';
/** The public told to buy with confidence. */
const PUBLIC = '(?:广大)?(?:市民|消费者|群众|居民|读者|网友|大家)(?:朋友们?)?';
const BUY = '(?:选购|购买|选用|食用|购置|使用)';
// IN (imported) runs within one sentence, or across the next clause (…最好的护坡材料，建议…).
/**
 * The product ranked first on its market: 是目前市场上最好的, 在国内市场同类产品中质量最可靠, 为业内首选.
 * The market must be named: 最好的办法, 最佳时机 rank no product, and a variety or a compound ranked in
 * a trial (在全省同类品种中表现最好) is extension advice, not a market. A claim reported as a seller's
 * or a rumour's (宣称, 号称, 谨防) is not the office's.
 */
const MARKET_TOP =
  '(?<![宣声号自]称|谨防|警惕|所谓)(?:目前|当前|现在|如今)?(?:市场上|市面上|国内外?市场(?:上)?|行业内|业内)(?:同类(?:产品|材料|设备)?(?:中|里|当中)?)?(?:质量|效果|性能|品质|口碑)?(?:最好|最佳|最优|最优秀|最可靠|最先进|最耐用|最实用|首屈一指|首选|第一|领先|顶尖|一流)';
/**
 * A tool named in quotes that is not a public service's (“国家反诈中心”, “个人所得税”, “交管12123”,
 * “学习强国”, an office's own).
 */
const COMMERCIAL_TOOL =
  '[“"「](?![^”"」\\n]{0,10}?(?:国家|政务|反诈|税务|个人所得税|个税|人社|社保|医保|12123|12333|学习强国|中国|人民|官方|政府|公安|交管|警|法院|检察|邮政))[^”"」\\n]{1,10}[”"」]';
/**
 * A price offer: 首年服务费全免, 新用户会员费减半, 限时八折, 首单立减200元, 首月使用费仅需9.9元.
 */
const PRICE_OFFER =
  '(?:首年|首月|首季|首期|首单|首次|前[0-9０-９一二三四五六七八九十百]+(?:名|位|家|个月)|限时|新用户|新注册用户|新客户?)[^。；;！!？?\\n]{0,8}?(?:服务费|会员费|年费|月费|使用费|订阅费|开通费|安装费)?(?:全免|全部免除|减免|减半|半价|免费|[0-9０-９一二三四五六七八九](?:\\.[0-9])?折|立减|仅需|只需|只要)';

/** Bought or put to use by those the office oversees: 优先采购, 统一选用, 选购. */
const BUY_FOR_USE = '(?:优先|统一|尽量|首选|积极)?(?:采购|选购|购买|选用|购置|订购|使用|安装|配备)';

export const OFFICE_RECOMMENDATION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${BRAND}[^\\n]{0,80}?)(?:(?:推荐|建议|欢迎)${PUBLIC}(?:可以?)?放心${BUY}|${PUBLIC}(?:可以?|尽可|大可)放心${BUY}|(?:值得|特此)(?:向${PUBLIC})?推荐${BUY})`,
      'g',
    ),
    message: '行政机关以检验结果为特定品牌商品作推荐，违反广告法第九条',
  },
  {
    // The office tells those it oversees which brand to buy: 推荐辖区商户统一选购安泰牌灭火器, 建议各学校
    // 统一采购“金鹰”牌校服, 推荐农户选用丰收牌化肥. A warning (建议市民不要购买…牌) or a kind without a
    // brand (建议选购带3C标志的灭火器, 选购正规品牌) is not one.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:推荐|建议)(?:(?![不勿别禁慎谨])[^，,。；;！？!?\\n]){0,10}?(?:统一|优先|尽量)?(?:选购|购买|采购|选用|购置|订购|安装|配备)(?:[“"「][\\u4e00-\\u9fffA-Za-z]{2,6}[”"」]|[\\u4e00-\\u9fffA-Za-z]{2,6}(?<![品名杂冒招门车老无])(?=牌))牌`,
      'g',
    ),
    message: '行政机关向管理对象推荐特定品牌商品，违反广告法第九条',
  },
  {
    // A product the office ranks above the market, then tells those it oversees to buy: “绿坡宝”是目前
    // 市场上最好的护坡材料，建议各建设单位优先采购; 该品牌滴灌带是国内同类产品中质量最可靠的，推荐种植户
    // 选用; 建议各乡镇统一采购“丰田牌”农膜，这是目前市面上效果最好的地膜. The ranking is an absolute
    // claim (广告法 第九条第三项) in the office's own voice, and the advice makes it the office's
    // recommendation. A warning against such claims (谨防商家宣称“市场上最好的”) or advice on what to
    // look for (建议选购经检测合格的产品) ranks nothing.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `${MARKET_TOP}${IN}{0,24}?(?:推荐|建议)${IN}{0,12}?${BUY_FOR_USE}|(?:推荐|建议)${IN}{0,12}?${BUY_FOR_USE}${IN}{0,24}?${MARKET_TOP}`,
      'g',
    ),
    message: '行政机关称某产品“市场上最好”并建议采购，属以国家机关名义作推荐、使用绝对化用语',
  },
  {
    // A commercial app or tool the post sends readers to, with its price offer (after heldout-final102):
    // 也可下载“票易通”开票助手，官网www.…，首年服务费全免; 推荐使用“慧记账”小程序，新用户会员费减半;
    // 注册“易招聘”平台发布岗位，前100名企业年费全免. An office's post that carries a firm's promotion
    // advertises it (广告法 第九条第二项). The public apps and services (“个人所得税”APP, “国家反诈中心”,
    // 电子税务局) cost nothing and are not named with an offer.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:下载|安装|使用|注册|关注|购买|选用|开通|登录|搜索)(?:使用)?${COMMERCIAL_TOOL}${IN}{0,60}?${PRICE_OFFER}`,
      'g',
    ),
    message: '政务新媒体引导公众使用商业软件、平台并发布其优惠促销信息，属为商业产品作广告推荐',
  },
]);

/**
 * An absolute claim about a product the office names and tells the public to choose (after
 * heldout-final154): 建议居民将老旧门锁更换为C级锁芯，推荐选用“安居卫士”智能门锁，国内第一品牌; 建议选购
 * “净源”牌净水器，质量最好. The claim is in the office's voice, so a safety post's 报警 or 盗窃 nearby
 * does not make it a mention (regradeBrandAcclaim in advertising.gate.ts).
 * A public service (“国家反诈中心”APP, 最好的防骗工具) is not a product (COMMERCIAL_TOOL).
 */
const ACCLAIM =
  '(?:第一品牌|品牌第一|销量第一|排名第一|最好|最佳|最优|最可靠|最安全|最先进|最耐用|首选|首屈一指|顶尖|顶级|一流|领先|独一无二|无与伦比|遥遥领先)';
export const OFFICE_BRAND_ACCLAIM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:推荐|建议)(?:(?![不勿别禁慎谨])[^，,。；;！？!?\\n]){0,10}?(?:选购|购买|采购|选用|购置|订购|安装|配备|使用)(?:${COMMERCIAL_TOOL}|(?:[“"「][\\u4e00-\\u9fffA-Za-z]{2,6}[”"」]|[\\u4e00-\\u9fffA-Za-z]{2,6}(?<![品名杂冒招门车老无]))牌)${IN}{0,24}?${ACCLAIM}`,
      'g',
    ),
    message: '行政机关推荐特定品牌商品并使用绝对化用语，违反广告法第九条',
  },
]);
