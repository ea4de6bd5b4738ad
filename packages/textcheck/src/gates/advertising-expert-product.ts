// Pattern family of the advertising gate for a named product sold on the authority of experts: 活动现场
// 推介的国家级专家研发“益膝宝”护膝, 权威专家推荐的“康复灵”理疗仪, 院士团队研制“安眠宝”枕头. 国家级 is
// an absolute term (广告法 第九条) and experts may not vouch for a health product (第十六条、第十八条);
// a public office's post that repeats it endorses the product. Quiet: experts with no product (国家级
// 专家团队来我县开展义诊), research with no brand (院士团队研发的新品种通过审定) and a warning (谨防
// 冒充“国家级专家”推销保健品).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const EXPERT_PRODUCT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?:国家级|权威|知名|著名|顶级|资深|海外|留美|御医)?(?:专家|教授|名医|医学专家|院士|博士)(?:团队)?(?:亲自|联合|倾力|精心|潜心)?(?:研发|研制|推荐|认证|监制|配制|打造|设计|力荐)(?:的)?[“"「][^”"」\n]{1,8}[”"」][\u4e00-\u9fa5]{0,8}/g,
    message: '以专家、国家级名义推介特定产品，违反《广告法》关于绝对化用语和专家推荐的规定',
  },
]);
