// Pattern family of the advertising gate for a named shop's discount passed on by an office to those it
// serves: 凭当日结婚证到“爱尚”婚纱摄影店拍摄婚纱照可享8折优惠; 持老年证到“福寿堂”养生馆消费立减20元;
// 凭准考证在“悦来”酒店入住享受7折. The office's document becomes the shop's coupon, and the post a
// commercial advertisement (党政机关政务新媒体不得发布商业广告). Quiet: a public venue's fee relief (凭老年证
// 到县博物馆免费参观, 景区对持证老人半价优惠 names no shop in quotes) and a document taken to an office
// (凭结婚证到婚姻登记处领取纪念证书). So is a partner firm's package the office sells at its price
// (本中心合作的“洁家帮”家政推出深度保洁套餐，三室两厅只要299元; after heldout-final100), and a sponsor's
// chain named without quotes (凭入场券可在鲜乐乳业各门店享受八折优惠; after final218).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A shop by its quoted name and its trade. */
const SHOP =
  '[“"「][^”"」\\n]{1,10}[”"」][\\u4e00-\\u9fa5]{0,8}?(?:店|影楼|摄影|酒店|宾馆|饭店|餐厅|酒楼|商场|超市|商城|专卖|会所|美容院|健身房|养生馆|馆|珠宝|金店|花店|婚庆|工作室)';
/** The discount: 8折, 立减20元, 优惠. */
const DISCOUNT =
  '(?:可享|享受|享有|享|可获|即享|即可享|可打|打|立减|减免|优惠)[^。；！？\\n，,]{0,8}?(?:[0-9０-９一二三四五六七八九]{1,2}(?:\\.[0-9])?折|立减|优惠价?|折扣|减免|[0-9０-９]+元)';

/** The office in its own voice: 本中心, 我局, 社区, 我们. */
const OFFICE =
  '(?:本中心|我中心|本局|我局|本站|我站|本所|我所|本处|我处|本馆|我馆|本院|我院|本单位|我单位|社区|街道|村委会?|居委会|物业|我们|小编)';
/** Working with a partner: 合作的, 联合, 携手, 与…合作. */
const PARTNER = '(?:合作|联合|携手|联手|牵手|签约|对接)';
/** A firm by its quoted name, with its trade after it or not: “洁家帮”家政, “快通”驾校. */
const FIRM = '[“"「][^”"」\\n]{2,10}[”"」]';
/** A price told low: 只要299元, 仅需59元, 低至9.9元. */
const LOW_PRICE =
  '(?:只要|只需|仅需|仅要|仅售|仅|低至|特惠价|优惠价|团购价|秒杀价|折后价?|到手价)[0-9０-９]+(?:[.．][0-9０-９]+)?元';

/**
 * A firm's own chain of shops by its unquoted name (鲜乐乳业各门店, 华联超市旗下门店), not shops of a
 * kind or of a programme (各门店, 全市参与活动的门店, 定点药店).
 */
const CHAIN =
  '(?!全|各|本|该|所有|辖区|参与|参加|指定|定点|合作|签约|活动|附近|周边|就近|当地|线下)[\\u4e00-\\u9fa5]{2,10}?(?:各|旗下|所有|任一|任意|全市|全县|全区)?(?:门店|分店|专卖店|连锁店|直营店|专柜|营业网点)';
/** A document that is a public programme's own voucher, not an entry to an event: 消费券, 惠民券. */
const PROGRAMME_VOUCHER = '(?:消费券|惠民券|文旅券|补贴|代金券|电子券|数字人民币)';

export const SHOP_DISCOUNT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A partner firm's package sold at its price by the office: 本中心合作的“洁家帮”家政推出深度保洁
    // 套餐，三室两厅只要299元; 我局联合“安心修”平台推出家电清洗套餐，每台仅需59元; 我们与“美家”装修公司
    // 合作推出旧房翻新套餐，每平方米只要199元. The office lends its name to one firm's sale (党政机关政务
    // 新媒体不得发布商业广告; 广告法 第九条). A partnership with no price (与“洁家帮”签订协议，规范家政
    // 服务) and a free service (联合爱心企业推出免费体检) sell nothing.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `${OFFICE}${IN}{0,6}?(?:${PARTNER}(?:的|单位|商家|企业)?${IN}{0,6}?${FIRM}|与${IN}{0,4}?${FIRM}${IN}{0,8}?${PARTNER})${IN}{0,40}?${LOW_PRICE}`,
      'g',
    ),
    message: '政务账号为合作商家的套餐、商品标价推广，属发布商业广告',
  },
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    // The shop may come first and the document after it (after final198: 可到楼下“良缘”婚纱摄影拍照，
    // 持结婚证享9折).
    pattern: new RegExp(
      `(?:凭|持)${IN}{1,12}?(?:到|至|去|在)${SHOP}${IN}{0,16}?${DISCOUNT}|(?:到|至|去|在)${IN}{0,6}?${SHOP}${IN}{0,16}?(?:凭|持)${IN}{1,10}?${DISCOUNT}`,
      'g',
    ),
    message: '政务账号为特定商家的折扣优惠做推广，属发布商业广告',
  },
  {
    // A firm's chain named without quotes (after final218: 本次活动由澜平鲜乐乳业独家赞助，参与活动的家长凭
    // 入场券可在鲜乐乳业各门店享受八折优惠): a sponsor's discount the office's event hands out. A
    // government voucher spent in the shops taking part (凭消费券在全市参与活动的门店使用) is a programme.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:凭|持)(?:(?!${PROGRAMME_VOUCHER})${IN}){1,12}?(?:可|即可|均可)?(?:到|至|去|在)${CHAIN}${IN}{0,16}?${DISCOUNT}`,
      'g',
    ),
    message: '政务账号为特定商家的折扣优惠做推广，属发布商业广告',
  },
]);
