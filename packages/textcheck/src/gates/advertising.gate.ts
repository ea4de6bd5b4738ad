// Advertising gate: promotion phrases, absolute terms banned by the Advertising Law, medical
// claims, buy-by-contact patterns (terms and pattern families), and links to shopping or other
// commercial domains. A phrase quoted or named in a warning only informs, and so does a cure word
// denied or asked about (尚不能根治, 能否根治).
import { addictionCureClaim } from './advertising-addiction-cure.ts';
import { findUrls } from '../rules/patterns/url.ts';
import { ADVERTISING_CLAIM_PATTERNS } from './advertising-claim-patterns.ts';
import { ADVERTISING_CLINIC_PATTERNS } from './advertising-clinic-patterns.ts';
import {
  ADVERTISING_GUARANTEE_PATTERNS,
  ADVERTISING_PROMISE_PATTERNS,
  regradePromise,
} from './advertising-guarantee-patterns.ts';
import { OFFICE_ENDORSEMENT_PATTERNS } from './advertising-office-endorsement.ts';
import {
  DESIGNATED_VENDOR_PATTERNS,
  regradeDesignatedVendor,
} from './advertising-designated-vendor.ts';
import { NAMED_PRODUCT_PATTERNS, publicChannel } from './advertising-named-product.ts';
import {
  OFFICE_BRAND_ACCLAIM_PATTERNS,
  OFFICE_RECOMMENDATION_PATTERNS,
} from './advertising-office-recommendation.ts';
import { OFFICE_VOUCHING_PATTERNS } from './advertising-office-vouching.ts';
import { PLACE_WELLNESS_PATTERNS } from './advertising-place-wellness.ts';
import { commercialLinkTargets, isCommercialHost } from './advertising-link-targets.ts';
import { deniedCure } from './advertising-denied-cure.ts';
import { errandService } from './advertising-errand-service.ts';
import { enforcementOnlyHarmless } from './advertising-harmless-enforcement.ts';
import { lifesavingSkill } from './advertising-lifesaving-skill.ts';
import { governanceCure } from './advertising-governance-cure.ts';
import { ADVERTISING_OFFER_PATTERNS } from './advertising-offer-patterns.ts';
import { ADVERTISING_ABSOLUTE_PATTERNS } from './advertising-absolute-patterns.ts';
import { DESTINATION_PATTERNS } from './advertising-destination-patterns.ts';
import { PLACE_RANKING_PATTERNS } from './advertising-place-rankings.ts';
import { BRAND_BEST_CHOICE_PATTERNS } from './advertising-brand-best-choice.ts';
import { EXPERT_PRODUCT_PATTERNS } from './advertising-expert-product.ts';
import { SHOP_DISCOUNT_PATTERNS } from './advertising-shop-discount.ts';
import { OFFICE_PROMOTION_PATTERNS } from './advertising-office-promotions.ts';
import { SUCCESS_RATE_PATTERNS } from './advertising-success-rate.ts';
import { SALES_SUPERLATIVE_PATTERNS } from './advertising-sales-superlatives.ts';
import { PROMOTED_SUPERLATIVE_PATTERNS } from './advertising-promoted-superlatives.ts';
import { WHOLE_EFFECT_PATTERNS } from './advertising-whole-effect.ts';
import {
  BUSINESS_RANK_PATTERNS,
  OUTCOME_PATTERNS,
  regradeOutcome,
} from './advertising-business-rank.ts';
import { ADVERTISING_PATTERNS } from './advertising-patterns.ts';
import { MARKET_CLAIM_PATTERNS } from './advertising-market-claims.ts';
import { ADVERTISING_PRODUCE_PATTERNS } from './advertising-produce-claims.ts';
import { TOBACCO_AD_PATTERNS } from './advertising-tobacco.ts';
import {
  PRODUCT_CURE_ALL_PATTERNS,
  regradeProductCureAll,
} from './advertising-product-cure-all.ts';
import { quotedAcclaim, quotedPitch, quotedSlogan } from './advertising-quoted-slogan.ts';
import {
  RECOMMENDED_FIRM_PATTERNS,
  regradeRecommendedFirm,
  utilityFirm,
} from './advertising-recommended-firm.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import type { GateCheck } from './gate-context.ts';
import { lexiconFindings, type Regrade } from './lexicon-findings.ts';
import { NAMED_CLAIM_PATTERNS, regradeNamedClaim } from './advertising-named-claim.ts';
import { regradeMention } from './mention-regrade.ts';
import { insideQuotes } from './opinion-reported.ts';
import { guardedMatches, guardedTest } from './regex-guard.ts';
import { extendToClause, patternFindings } from './pattern-findings.ts';
import {
  ABSOLUTE_WORD,
  CALL_TO_BUY,
  DEAL_OR_RUSH,
  EFFICACY_CLAIM,
  PROGRAMME_SALE,
  SALES_POST,
} from './sales-post.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';
import { inScamWarning } from './warning-frame.ts';

const HEALTH_CLAIM = 'advertising.health-claim';
const SALES_POST_CHECKS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [
    ABSOLUTE_WORD,
    'advertising.absolute-term-in-sales-post',
    '商业推销中使用绝对化用语，违反广告法第九条',
  ],
  [
    EFFICACY_CLAIM,
    'advertising.health-claim-in-sales-post',
    '推销商品时宣称保健、治疗功效，属违法广告',
  ],
];
/** A seller's call to buy and its deals and rushes: not in a programme's own sale (助农, 集采). */
const SELLER_CHECKS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [CALL_TO_BUY, 'advertising.call-to-buy', '政务账号引导公众购买、预订商业产品或服务，属商业推广'],
  [DEAL_OR_RUSH, 'advertising.promotion', '促销、限时限量等商业推广用语，政务账号不得发布'],
];
const LIST_END = /[。；;！!？?\n，,]/;
const COMMERCIAL_LINK = '链接指向购物或商业网站，政务新媒体不得链接商业广告页面';

/**
 * A guaranteed return (稳赚不赔, 保本保息, 只赚不赔) is a claim no authority's advice makes: after 提醒 or
 * 建议 it is still offered (市住建局提醒：…现在入手投资稳赚不赔); only a quotation or a scam warning
 * names it.
 */
const RETURN_GUARANTEE = /^(?:稳赚不赔|保本保息|只赚不赔|保本保收益)$/;

/**
 * Quoted anywhere in a quotation (骗子常说“加我微信，带你赚钱”), named in a warning, or told in an
 * anti-fraud case (杀猪盘, 民警提示): info — but not a slogan quoted as the brand a business builds
 * (打造“中国第一品牌”, advertising-quoted-slogan.ts).
 */
const regrade: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if (
    (insideQuotes(text, span) &&
      !quotedSlogan(text, span) &&
      !quotedPitch(text, span) &&
      !quotedAcclaim(text, span)) ||
    inScamWarning(text, span.start, span.end) ||
    deniedCure(text, span) ||
    governanceCure(text, span) ||
    errandService(text, span) ||
    lifesavingSkill(text, span)
  )
    return 'info';
  if (voucherFaceValue(text, span) || publicRelease(text, span)) return 'info';
  if (RETURN_GUARANTEE.test(text.slice(span.start, span.end))) return severity;
  if (addictionCureClaim(text, span)) return severity;
  return enforcementOnlyHarmless(ctx, span) ? severity : regradeMention(span, severity, ctx);
};

/** A claim inside quotation marks, or one `toldAsOthers` says is told as someone else's, is a mention. */
const unlessToldAsOthers =
  (toldAsOthers: (text: string, span: Span) => boolean): Regrade =>
  (span, severity, ctx) =>
    insideQuotes(ctx.doc.text, span) || toldAsOthers(ctx.doc.text, span) ? 'info' : severity;

const inScamWarningSpan = (text: string, span: Span): boolean =>
  inScamWarning(text, span.start, span.end);

/**
 * An office vouching for a product names its own staff (本所民警, 我局干部), whom the mention regrade
 * reads as enforcement words: only a quotation or a scam warning makes it someone else's claim.
 */
const regradeEndorsement = unlessToldAsOthers(inScamWarningSpan);

/**
 * An office's own call to buy, book or sign up (advertising-office-promotions.ts) stays its claim beside a
 * consumer reminder (市消协提醒，购物时请索取发票): only a quotation, a denial of the claim or a scam
 * warning in its own sentence makes it someone else's.
 */
const regradeOfficePromotion = unlessToldAsOthers((text, span) => {
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return inScamWarning(text.slice(from, to), span.start - from, span.end - from);
});

/**
 * A whole effect promised for an agent (防治效果百分之百) names the work it is for (防治, 消毒), which
 * the mention regrade reads as enforcement words: only a quotation, a scam warning or a denial makes
 * it someone else's claim.
 */
const regradeWholeEffect = unlessToldAsOthers(
  (text, span) => inScamWarningSpan(text, span) || deniedCure(text, span),
);

/**
 * A brand the office acclaims is its own claim even inside a safety reminder (公安机关提醒…推荐选用
 * “安居卫士”智能门锁，国内第一品牌): only a quotation or a pitch told as someone else's (骗子推荐…,
 * 商家宣称…) in the sentence before it makes it a mention.
 */
const OTHERS_PITCH = /骗子|不法分子|犯罪分子|诈骗|商家|推销|销售人员|宣称|号称|声称|自称|谎称|所谓/;
const regradeBrandAcclaim = unlessToldAsOthers((text, span) => {
  const [from] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return OTHERS_PITCH.test(text.slice(from, span.end));
});

/**
 * Government consumption vouchers told by their face value (消费券…包括满200减50元、满100减20元两种面额,
 * 惠民券…发放): a public programme, not a shop's promotion. The sentence names the voucher and its
 * issue or face value.
 */
const VOUCHER = /消费券|惠民券|文旅券|餐饮券|家电券|汽车券|数字人民币红包|政府补贴券/;
const VOUCHER_ISSUE = /发放|面额|领取|申领|分批|共计|投放/;
/**
 * The voucher's own terms in a sentence of their own (三、券面金额：满100元减20元、满200元减40元两档),
 * in a post where a government body issues the vouchers (市商务局…开展“惠购成都”餐饮消费券发放活动):
 * still the programme's face values, whatever the sentence calls the voucher.
 */
const VOUCHER_TERMS = /券|面额|面值|档次|[一二三四五六两]档|核销|使用门槛|使用规则|限领|有效期/;
/** A shop's own offer beside the programme (本店满100减20) stays an advert. */
const SHOP_OFFER = /本店|我店|本商场|本超市|本公司|店内|全场/;
const VOUCHER_ISSUER =
  /人民政府|政府|商务(?:局|厅|委)|文(?:化和)?旅(?:游)?(?:局|厅)|文广旅|财政(?:局|厅)|发展改革|发改委|总工会|人民银行|消费促进|促消费/;
function voucherFaceValue(text: string, span: Span): boolean {
  const excerpt = text.slice(span.start, span.end);
  if (!/^满|减/.test(excerpt)) return false;
  let from = span.start;
  while (from > 0 && !/[。！？!?\n]/.test(text[from - 1]!)) from--;
  let to = span.end;
  while (to < text.length && !/[。！？!?\n]/.test(text[to]!)) to++;
  const sentence = text.slice(from, to);
  if (SHOP_OFFER.test(sentence)) return false;
  if (VOUCHER.test(sentence) && VOUCHER_ISSUE.test(sentence)) return true;
  return (
    VOUCHER_TERMS.test(sentence) &&
    VOUCHER.test(text) &&
    VOUCHER_ISSUE.test(text) &&
    VOUCHER_ISSUER.test(text)
  );
}

/**
 * A government reserve put on sale (after heldout-final134): 经县政府同意，自12月28日起投放县级储备冻猪肉50吨，
 * …每人每次限购5斤，售完即止 tells the limit of a public release, not a shop's urgency. So does a public
 * body's own commemorative issue (after final185: 地铁集团发行限量纪念票卡1万套…每人限购2套，售完即止).
 */
const PUBLIC_RELEASE =
  /储备(?:冻猪肉|猪肉|肉|蔬菜|菜|粮|食用油|物资)[^。！？\n]{0,10}?(?:投放|平价销售)|投放[^。！？\n]{0,10}?储备(?:冻猪肉|猪肉|肉|蔬菜|菜|粮|食用油)|发行[^。！？\n]{0,10}?纪念(?:票卡|车票|票|卡|币|邮票|封|章)/;
const RUN_OUT = /^(?:售完即止|卖完为止|抢完为止)$/;
function publicRelease(text: string, span: Span): boolean {
  return (
    RUN_OUT.test(text.slice(span.start, span.end)) &&
    PUBLIC_RELEASE.test(text) &&
    !SHOP_OFFER.test(text)
  );
}

export const checkAdvertising: GateCheck = (ctx) => {
  const findings = [
    ...lexiconFindings(ctx, 'advertising', regrade).map((f) =>
      f.rule === HEALTH_CLAIM ? extendToClause(ctx.doc.text, f, LIST_END, 20) : f,
    ),
    ...patternFindings(ctx, 'advertising', ADVERTISING_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', PLACE_RANKING_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', ADVERTISING_ABSOLUTE_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', DESTINATION_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', MARKET_CLAIM_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', WHOLE_EFFECT_PATTERNS, regradeWholeEffect),
    ...patternFindings(ctx, 'advertising', BRAND_BEST_CHOICE_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', EXPERT_PRODUCT_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', SHOP_DISCOUNT_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', OFFICE_PROMOTION_PATTERNS, regradeOfficePromotion),
    ...patternFindings(ctx, 'advertising', SALES_SUPERLATIVE_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', PROMOTED_SUPERLATIVE_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', BUSINESS_RANK_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', OUTCOME_PATTERNS, regradeOutcome),
    ...patternFindings(ctx, 'advertising', PRODUCT_CURE_ALL_PATTERNS, regradeProductCureAll),
    ...patternFindings(ctx, 'advertising', ADVERTISING_OFFER_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', ADVERTISING_CLAIM_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', ADVERTISING_CLINIC_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', ADVERTISING_PRODUCE_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', TOBACCO_AD_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', ADVERTISING_GUARANTEE_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', SUCCESS_RATE_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', ADVERTISING_PROMISE_PATTERNS, regradePromise(regrade)),
    ...patternFindings(ctx, 'advertising', OFFICE_ENDORSEMENT_PATTERNS, regradeEndorsement),
    ...patternFindings(ctx, 'advertising', OFFICE_RECOMMENDATION_PATTERNS, regrade),
    ...patternFindings(ctx, 'advertising', OFFICE_BRAND_ACCLAIM_PATTERNS, regradeBrandAcclaim),
    ...patternFindings(ctx, 'advertising', OFFICE_VOUCHING_PATTERNS, regradeEndorsement),
    ...patternFindings(
      ctx,
      'advertising',
      DESIGNATED_VENDOR_PATTERNS,
      regradeDesignatedVendor,
    ).filter((f) => !utilityFirm(ctx.doc.text.slice(f.start, f.end))),
    ...patternFindings(ctx, 'advertising', NAMED_PRODUCT_PATTERNS, regrade).filter(
      (f) => !publicChannel(ctx.doc.text.slice(f.start, f.end)),
    ),
    ...patternFindings(ctx, 'advertising', NAMED_CLAIM_PATTERNS, regradeNamedClaim),
    ...patternFindings(ctx, 'advertising', PLACE_WELLNESS_PATTERNS, regrade),
    ...patternFindings(
      ctx,
      'advertising',
      RECOMMENDED_FIRM_PATTERNS,
      regradeRecommendedFirm(regrade, regradeEndorsement),
    ).filter((f) => !utilityFirm(ctx.doc.text.slice(f.start, f.end))),
  ];
  if (guardedTest(SALES_POST, ctx.doc.text)) {
    const checks = PROGRAMME_SALE.test(ctx.doc.text)
      ? SALES_POST_CHECKS
      : [...SALES_POST_CHECKS, ...SELLER_CHECKS];
    for (const [words, rule, message] of checks) {
      for (const m of guardedMatches(words, ctx.doc.text)) {
        const span = { start: m.index, end: m.index + m[0].length };
        const severity = regrade(span, 'warn', ctx);
        findings.push({ gate: 'advertising', rule, severity, ...span, message });
      }
    }
  }
  for (const url of findUrls(ctx.doc.text)) {
    if (!isCommercialHost(ctx, url.hostname)) continue;
    findings.push({
      gate: 'advertising',
      rule: 'advertising.commercial-link',
      severity: 'block',
      start: url.start,
      end: url.end,
      message: COMMERCIAL_LINK,
    });
  }
  return [...findings, ...commercialLinkTargets(ctx, COMMERCIAL_LINK)];
};
