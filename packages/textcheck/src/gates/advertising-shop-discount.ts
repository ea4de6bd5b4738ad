// Pattern family of the advertising gate for a named shop's discount passed on by an office to those it
// serves: 凭当日结婚证到“爱尚”婚纱摄影店拍摄婚纱照可享8折优惠; 持老年证到“福寿堂”养生馆消费立减20元;
// 凭准考证在“悦来”酒店入住享受7折. The office's document becomes the shop's coupon, and the post a
// commercial advertisement (党政机关政务新媒体不得发布商业广告). Quiet: a public venue's fee relief (凭老年证
// 到县博物馆免费参观, 景区对持证老人半价优惠 names no shop in quotes) and a document taken to an office
// (凭结婚证到婚姻登记处领取纪念证书).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Within one sentence. */
const IN = '[^。；！？\\n]';
/** A shop by its quoted name and its trade. */
const SHOP =
  '[“"「][^”"」\\n]{1,10}[”"」][\\u4e00-\\u9fa5]{0,8}?(?:店|影楼|摄影|酒店|宾馆|饭店|餐厅|酒楼|商场|超市|商城|专卖|会所|美容院|健身房|养生馆|馆|珠宝|金店|花店|婚庆|工作室)';
/** The discount: 8折, 立减20元, 优惠. */
const DISCOUNT =
  '(?:可享|享受|享有|可获|即享|即可享|可打|打|立减|减免|优惠)[^。；！？\\n，,]{0,8}?(?:[0-9０-９一二三四五六七八九]{1,2}(?:\\.[0-9])?折|立减|优惠价?|折扣|减免|[0-9０-９]+元)';

export const SHOP_DISCOUNT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(`(?:凭|持)${IN}{1,12}?(?:到|至|去|在)${SHOP}${IN}{0,16}?${DISCOUNT}`, 'g'),
    message: '政务账号为特定商家的折扣优惠做推广，属发布商业广告',
  },
]);
