// Pattern family of the advertising gate for a firm the office vouches for by name: a training school
// billed as the bureau's designated one (县人社局官方指定培训机构——华创职业培训学校…报名即享8折), a
// hotel or a firm an office's title makes official, with what it does between (after final183 and
// final185: 该酒店为本站官方推荐酒店, 授予…公司“官方指定文物研学合作机构”称号) and a
// named shop the public is told to look for (家电以旧换新请认准鑫源家电城等诚信商家), and such a shop's stock
// or price ranked the top in the same pitch (after final209). An advertisement may
// not use the name of a state organ (广告法 第九条), and an office that steers buyers to one seller
// sells for it. A list of designated places published as such (到政府指定的地点接种, 人社部门公布的
// 定点培训机构名录) and a mark to look for (请认准3C认证标志, 认准正规商家) name no seller.
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';

/** A seller's kind after the designation. */
const SELLER =
  '(?:培训机构|培训学校|职业学校|驾校|商家|门店|经销商|供应商|服务商|销售点|专卖店|合作(?:单位|机构|商家|伙伴)|品牌|产品|机构|酒店|宾馆|民宿|饭店|餐厅|旅行社|研学基地)';
/** Sales talk in the sentence: a discount, enrolment, a hotline. */
const SALES =
  '(?:优惠|[0-9０-９一二三四五六七八九]折|特价|立减|报名即|赠送|热线|招生|火热|抢购|名额有限|欢迎选购)';
/** A named shop's kind: 家电城, 大药房, 专卖店, 商行. */
const SHOP =
  '(?:家电城|电器城|建材城|家具城|商城|商场|购物中心|超市|专卖店|旗舰店|体验店|门店|商行|商贸公司|大药房|药房|药店|车行|4S店)';

/** A seller's stock or price ranked the top: 车源最多, 品种最全, 价格最低, 服务最好. */
const STOCK_CLAIM =
  '(?:车源|房源|货源|品种|品类|种类|款式|商品|车型|价格|售价|报价|收费|价位|服务|质量|品质)(?:最多|最全|最齐全|最丰富|最低|最便宜|最实惠|最优惠|最划算|最好|最优|最佳|最正宗|第一)';

export const DESIGNATED_VENDOR_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Designated by the office, or "official" in the seller's own words.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:官方|唯一|独家)(?:指定|授权|认证|推荐)(?:的)?(?:[\u4e00-\u9fff]{1,6}?(?<!的))?${SELLER}|(?:政府|[局委厅办部](?<!开办|举办|承办|主办|协办))(?:指定|授权|推荐)(?:的)?${SELLER}(?=${IN}{0,40}?${SALES})`,
      'g',
    ),
    message: '以国家机关名义为商家、机构背书，违反广告法第九条',
  },
  {
    // A named shop the public should look for; not a mark, a standard or sellers in general.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:请|要|务必|一定要|最好)?认准(?!正规|合格|官方|持证|有资质|具备|诚信|品牌|大型|本地|实体|[“"]?(?:3C|CCC|QS|SC|CQC))[\\u4e00-\\u9fff]{2,8}?${SHOP}`,
      'g',
    ),
    message: '政务新媒体引导群众认准特定商家，属商业推广',
  },
  {
    // The named seller's stock or price ranked the top, right after the office sends the public to it
    // (after final209): 推荐大家认准“诚信车城”，车源最多、价格最低; 建议市民到…家电城选购，品种最全、价格
    // 最实惠. Absolute terms (广告法 第九条) in the office's own pitch for one seller. Quiet: advice
    // against chasing the lowest price (不要只看价格最低), the cheapest of something chosen (选择价格最低的
    // 套餐), a seller of a kind (认准正规商家).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:推荐|建议|欢迎|请)(?:广大|各位)?(?:大家|市民|群众|消费者|车主|您|你|朋友们?)?(?:认准|选择|选购|前往|到|去|光顾)(?:[“"「『][^”"」』\n]{2,14}[”"」』]|(?!正规|合格|有资质|持证|诚信|品牌|大型|本地|当地|附近)[\u4e00-\u9fff]{2,10}?${SHOP}|(?!正规|合格|有资质|持证|诚信|品牌|大型|本地|当地|附近)[\u4e00-\u9fff]{2,10}?(?:车城|市场|商贸城|批发市场|公司))(?!的)[^。！？!?\n]{0,12}?(?<span>${STOCK_CLAIM}(?:[、，,]${STOCK_CLAIM})*)(?![的之])`,
      'g',
    ),
    message: '政务新媒体为特定商家宣传“车源最多、价格最低”等绝对化用语，违反广告法第九条',
  },
]);

/** A fraud warning in the sentence: 谨防假冒，请认准…; the office's reminder (提醒：…) is no warning. */
const FRAUD = /谨防|假冒|冒充|诈骗|骗子|山寨|仿冒|李鬼/;

/** A quoted title the office confers (授予…“官方指定…机构”称号): its own words, not a report. */
const CONFERRED_TITLE = /^[”"」』]?(?:荣誉)?(?:称号|牌匾|标牌|铜牌)/;

/**
 * Quoted or in a fraud warning: info, unless the quotation is a title the office confers. Not the
 * gate's general regrade, which reads an office's 提醒 with 认准 as a scam warning.
 */
export const regradeDesignatedVendor: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const quoted =
    insideQuotes(text, span) && !CONFERRED_TITLE.test(text.slice(span.end, span.end + 5));
  return quoted || FRAUD.test(text.slice(from, to)) ? 'info' : severity;
};
