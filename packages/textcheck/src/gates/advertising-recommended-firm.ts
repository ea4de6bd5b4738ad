// A reply that recommends a business: 建议您联系宏业装饰工程公司，电话4008-123-456，价格实惠，包您满意;
// 推荐您找城东家政服务部，服务周到，电话138…. An office may point to a public utility, a street
// office or firms with a licence in general (建议您联系有资质的防水公司), not sell one firm's service with
// its praise or its number; nor may it recommend one in its own voice (我站在此推荐诚信建设工程检测有限
// 公司，资质齐全、出报告快，检测找他们最放心; after heldout-final95), nor send the public to one firm's
// product with a superlative of its quality (推荐使用诚信达科技公司的CA锁，兼容性最好，办理最快; after
// heldout-final106). Utilities and public services (燃气公司, 供电公司, 物业服务中心) are what
// a reply must name and carry no praise. Nor may a notice make one shop the public's only supplier.
// Nor may a post tell the public to choose one registered firm, or put one firm's product forward,
// praise or none (after final192 and final193: 推荐选择鑫诚财税代理有限公司; 特别推荐…食品有限公司出品的
// “海旺”牌即食海参); a firm put forward for an award or a tender (推荐…有限公司为中标候选人, 申报) and firms
// of a kind (推荐委托有资质的会计师事务所) are not read. After final208: a travel agency, a guesthouse or
// a farm stay named and recommended with its praise is a firm too (我局推荐大家选择…旅行社，该社服务好、
// 价格实惠), and the office's own recommendation stays its claim beside a word such as 投诉 (近三年无投诉
// 记录), which the mention regrade reads as enforcement (regradeRecommendedFirm).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A firm by its name: a trade name then the business and its kind. */
/**
 * A travel agency or a lodging by its own name, not a kind of them (有资质的旅行社, 正规旅行社, 星级宾馆):
 * after final208, 我局推荐大家选择青禾国际旅行社，该社服务好、价格实惠.
 */
const NAMED_LODGING =
  '(?:(?!的|正规|资质|相关|合法|具有|具备|当地|本地|附近|持证|星级|[0-9A-Za-z]+级|品牌|大型|知名|专业|诚信|这些|这类|此类|各类|各家|多家|一家|其他)[\\u4e00-\\u9fff“”"]){2,12}?(?:旅行社|旅社|宾馆|民宿|农家乐)';
const FIRM = `(?:${IN}{2,20}?(?:公司|商行|门市部?|工作室|服务部|维修部|经营部|装饰|建材店|厂|店)|${NAMED_LODGING})`;
/** A shop, its name quoted or not: “丰收”农资店, 鑫源家电维修部, 明德校服厂. */
const FIRM_OR_SHOP = `${IN}{1,16}?(?:公司|商行|门市部?|服务部|维修部|经营部|店|超市|商场|厂|合作社|专卖店|经销处)`;
/** The firm praised as a seller praises it (a courier's 时效快, 破损率低, 态度好 after final182). */
const PRAISE =
  '(?:值得信任|放心可靠|(?:最|更|很|都|可以|可)放心|准没错|错不了|出(?:报告|证|结果|图)(?:快|及时)|效率高|速度快|价格实惠|价格公道|价格优惠|实惠|包您满意|包你满意|保您满意|质量(?:好|有保障|可靠|过硬)|口碑(?:好|不错|很好)|信誉(?:好|可靠|有保障)|服务(?:好|周到|一流)|性价比高|靠谱|专业可靠|值得信赖|上门快|随叫随到|优惠|(?:兼容性|稳定性|安全性|性能|效果|速度|质量|服务|售后|办理|出证|办证|安装|响应)(?:最好|最快|最强|最稳定|最佳|最优|第一|一流)|时效(?:快|高|有保障)|破损率低|(?:服务)?态度好)';
/** Trades whose firms a reply may not pick for the citizen. */
const TRADE =
  '(?:装饰|装修|家政|维修|开锁|防水|搬家|保洁|疏通|管道|回收|中介|建材|家电|空调|驾校|培训)';
/** Utilities and public services a reply names as they are. */
const UTILITY =
  /燃气|供电|电力|供水|自来水|水务|热力|供热|通信|移动|联通|电信|物业|街道|社区|医院|银行|邮政/;

/** A registered firm by its own name, not a kind of firm (有资质的, 正规, 当地的). */
const NAMED_FIRM =
  '(?:(?!的|正规|资质|相关|合法|具有|具备|当地|本地|附近)[\\u4e00-\\u9fff“”"]){2,20}?(?:有限责任公司|有限公司|事务所)(?!为|作为|参加|参评|申报|入选|入围|等)';
/** Recommended in the office's own voice: 特别推荐, 大力推荐, 推荐大家. */
const PUT_FORWARD = '(?<![不未勿别无])(?:特别|大力|重点|强烈|隆重|郑重)?推荐';
const CHOOSE_FIRM = `${PUT_FORWARD}(?:大家|市民|您|你|各位|群众|消费者|企业|广大[\\u4e00-\\u9fff]{1,4})?(?:选择|选用|购买|选购|委托|使用|找)${NAMED_FIRM}`;
const FIRM_PRODUCT = `(?<![不未勿别无])(?:特别|大力|重点|强烈|隆重|郑重)推荐${NAMED_FIRM}(?:出品|生产|推出|研发|制作|酿造|加工)的[^，,。；;！？!?\\n]{1,20}`;

/** A firm by its own name, the name quoted or registered: “鑫程”人力, 鑫程人力资源服务有限公司, 青禾旅行社. */
const NAMED_BUSINESS = `(?:${NAMED_FIRM}|${NAMED_LODGING}|[“"][^”"\\n]{2,12}[”"][\\u4e00-\\u9fff]{0,8}?(?:公司|机构|中介|平台|学校|工作室|店))`;
/** The office speaking: 我们, 我局, 本中心. */
const OFFICE_WE =
  '(?:我们|我局|本局|我站|本站|我中心|本中心|我所|本所|我院|我委|本委|我办|我单位|本单位|我部门|本部门)';
/** Those it serves, to whom it recommends: 求职者, 群众, 办事企业. */
const SERVED_PUBLIC =
  '(?:广大)?(?:求职者|群众|市民|大家|企业|办事群众|办事企业|居民|用户|消费者|家长|考生|游客|农户|网友|来访群众|求助者|劳动者|务工人员|毕业生|用人单位|业主)(?:们)?';
/**
 * The office's own recommendation of the firm just named: 我们一直向求职者推荐, 我局长期向企业推荐该公司,
 * 本中心也多次推荐这家机构, 我们经常把这家公司推荐给办事群众. Not a kind of firm or a public channel
 * recommended (我们一直向求职者推荐正规渠道, 有资质的机构).
 */
const OWN_RECOMMENDATION = `${OFFICE_WE}(?:一直|长期|始终|经常|常年|多次|也|都|曾|向来|一贯|历来|一向|特别|重点|优先){0,2}(?:(?:向|给|为)${SERVED_PUBLIC}(?:推荐|推介)(?:该公司|这家公司|该机构|这家机构|该企业|他们|其)?|(?:推荐|推介)(?:该|这家)(?:公司|机构|企业|店|平台|中介|学校|旅行社|宾馆|民宿)|把(?:该|这家)(?:公司|机构|企业|店|平台|中介|学校|旅行社|宾馆|民宿)推荐给${SERVED_PUBLIC})(?![^，,。；;！？!?\\n]{0,8}?(?:正规|有资质|具备资质|具有资质|官方|合法|公办|政府|公共))`;
/**
 * A brand by its name before 牌 (汐声牌, “安耳”牌), not a medal, a plate or a kind (金牌, 奖牌, 门牌,
 * 品牌, 名牌, 老牌).
 */
const NAMED_BRAND =
  '(?:[“"「][\\u4e00-\\u9fffA-Za-z]{2,8}[”"」]|[\\u4e00-\\u9fffA-Za-z]{2,6}(?<![品名杂冒招门车老金银铜奖挂号标路警胸铭吊纸盾王底名]))牌';
/** A brand's product put forward outright: 特别推荐汐声牌数字助听器, 推荐大家选用“安耳”牌助听器. */
const BRAND_PRODUCT = `(?<![不未勿别无被])${PUT_FORWARD}(?:给)?(?:大家|市民|您|你|各位|群众|消费者|广大[\\u4e00-\\u9fff]{1,4})?(?:使用|选用|购买|选购|佩戴|试用|安装)?${NAMED_BRAND}[\\u4e00-\\u9fffA-Za-z0-9]{2,10}`;
/** A named firm put forward outright, its praise or its number after it: 推荐汐州明档数码科技有限公司，…技术过硬、价格实惠. */
const FIRM_OUTRIGHT = `(?<![不未勿别无被经])推荐(?:给大家|给您)?${NAMED_FIRM}(?=${IN}{0,40}?(?:${PRAISE}|联系电话|联系方式|电话|热线))`;
/** A lawyer's or a firm's wins sold: 胜诉率高, 胜诉率达95%, 百战百胜. */
const WIN_RATE =
  '(?:胜诉率(?:(?:高达|达到?|超过|在)[0-9０-９]+|极高|很高|高)|赢官司|打赢官司|百战百胜|(?:从未|没有|没)(?:输过|败诉))';
/** The public sent to the firm: a need before it, a contact or a visit after. */
const NEED_BEFORE = '(?:需要|如需|若需|如要|想要|如果需要|有需要)';
const CONTACT_AFTER = '(?:咨询|联系|委托|预约|前往|洽谈|找他们)';
/** Where a firm's name begins: a clause's start, or after the verb sending the public to it. */
const FIRM_START = '(?:^|[，,。：:；;！!？?\\n]|联系|找|委托|选择|咨询)';
/**
 * A commercial firm by its name, not a utility, a bank or a state firm (国网…供电公司, 农商银行, 城投公司).
 */
const TRADING_FIRM =
  '(?:(?!燃气|供电|电力|供水|自来水|水务|热力|供热|通信|移动|联通|电信|银行|信用社|邮政|保险|国有|城投|公交|铁路|的)[\\u4e00-\\u9fff]){2,16}?(?:有限责任公司|股份有限公司|有限公司|典当行|公司)';
/** A firm's selling points: quick money, easy steps, low prices (最快30分钟放款, 手续简便). */
const SELLING_POINT =
  '(?:手续简便|手续简单|手续便捷|流程简单|放款快|审批快|下款快|当天放款|当天到账|随借随还|额度高|利息低|利率低|价格实惠|价格优惠|收费低|免费上门|上门服务|最快[0-9０-９一二三四五六七八九十半]+(?:分钟|小时|个?工作日|天)(?:内)?(?:即可)?(?:放款|到账|下款|拿证|出证|办结|办好))';
/** A policy loan, a public programme's: 创业担保贷款, 贴息, 惠农贷. */
const POLICY_LOAN = '(?:担保贷款|贴息|政策性|惠农|助农|助学|扶贫|创业贷|公积金|财政)';

export const RECOMMENDED_FIRM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // The firm recommended with a seller's praise, or a trade's firm with its number.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:建议|推荐)(?:您|你|市民|大家|业主|您们)?(?:可以|可|不妨)?(?:联系|找|选择|选用|咨询|请|到|去|使用|购买|选购|安装|购置)|(?:我站|本站|我局|本局|我中心|本中心|我所|本所|我院|我委|本委|我办|我们|在此|特此|特别|郑重|大力)推荐(?:大家|各单位|各项目|业主|市民)?)(?![的了])${FIRM}${IN}{0,30}?${PRAISE}|(?:建议|推荐)(?:您|你|市民|大家|业主)?(?:可以|可|不妨)?(?:联系|找|选择|选用|咨询|请)${IN}{0,12}?${TRADE}${IN}{0,6}?(?:公司|商行|店|工作室|服务部|维修部)[，,、]?(?:其|的)?(?:电话|手机|联系电话|联系方式|热线)[：:为是]?\\s*[0-9０-９][0-9０-９-]{4,}`,
      'g',
    ),
    message: '政务回复推荐特定商家并附联系方式或宣传用语，涉嫌商业推广',
  },
  {
    // One shop made the public's only supplier: 指定“丰收”农资店为本村化肥唯一供应商, 指定…超市为全镇
    // 低保户生活用品供应点; or the public sent to the designated shop to buy (请家长统一到指定的校服店购买).
    // An office may not limit whom the public buys from (反垄断法 第三十九条) nor promote the shop. A
    // firm chosen by tender (经公开招标，确定…为定点供应商) is procurement and says 确定, not 指定, and a
    // tip to buy from licensed shops (到证照齐全的农资店购买) names none.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `指定${FIRM_OR_SHOP}${IN}{0,2}?为${IN}{0,12}?(?:唯一|独家|指定|统一)?(?:的)?(?:供应商|供货商|经销商|销售商|销售点|供应点|购买点|服务商|经营者|购销点)|(?:统一|只能|必须|一律|均须|务必)(?:到|去|在|从)(?:该店|该公司|该超市|该门市|该商家|指定(?:的)?(?:商店|店铺|门店|网点|商家|超市|药店|农资店|校服店|供应商|经销商|商户))(?:统一)?(?:购买|采购|订购|选购|购置|定制)`,
      'g',
    ),
    message: '以行政名义指定经营者、限定群众购买其商品，涉嫌滥用行政权力排除限制竞争及商业推广',
  },
  {
    // A firm's product praised and then recommended by the office to those under it: 该公司产品质量过硬、
    // 服务一流，值得信赖，推荐各校选用; 该企业口碑好、信誉可靠，建议各单位优先采购. An office may publish
    // a list chosen by tender or review (白名单平台，供各校选用) but may not vouch for one firm's quality
    // (广告法 第九条; 教育部门不得指定教辅、平台).
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:公司|企业|厂家|厂商|产品|平台|品牌|商家)${IN}{0,30}?)${PRAISE}${IN}{0,16}?(?:推荐|建议|欢迎)(?:各校|各学校|各单位|各部门|各地|各医院|各乡镇|各村|学校|家长|师生|广大[\u4e00-\u9fff]{1,4}|大家|市民|群众)(?:积极|优先)?(?:选用|采购|使用|购买|订购|选购|安装|选择)`,
      'g',
    ),
    message: '以国家机关名义称赞并推荐特定企业产品，违反广告法第九条',
  },
  {
    // A named firm the office sends the public to, praised as 该所, 该店 (after final176): 建议大家提前到
    // …“美颜快照”照相馆拍摄…，该店技术一流、出片最快; 我局联合明德律师事务所…该所专业团队胜诉率高、收费
    // 合理，…可直接联系该所咨询委托. An office may name a partner of an event or a public service's
    // address (该所地址, 该所咨询电话), not vouch for one firm's quality; a lawyer's win rate may not be
    // advertised at all.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:该|这家)(?:所|店|馆|厂|公司|机构|律所|事务所|企业|照相馆|工作室|中心)${IN}{0,10}?(?:${PRAISE}|胜诉率高|胜诉率(?:达|超过)|收费合理|收费低|技术一流|技术过硬|出片(?:最)?快|手艺好)(?:(?<=(?:建议|推荐)[^\\n]{0,110}?)|(?=[^\\n]{0,60}?(?:联系|咨询|委托|前往|预约|找他们)))`,
      'g',
    ),
    message: '以国家机关名义称赞特定经营者并引导群众前往，属为商业主体背书，违反广告法第九条',
  },
  {
    // One shop on a shopping platform sent to for buying (after final178): 推荐使用明辉照明T5一体化灯管，
    // 可在天猫“明辉照明旗舰店”下单购买. The office names a seller; a consumption-aid channel run by the
    // government (消费帮扶馆, 832平台) is a public service and names no shop.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?:天猫|淘宝|京东|拼多多|抖音|快手|唯品会)(?:商城|平台|APP|app)?(?:搜索)?[“"「]?[^”"」\n，,。]{1,16}?(?:旗舰店|专卖店|专营店|官方店|自营店|小店|店铺)[”"」]?(?:即可|直接|进行)?(?:下单|购买|选购|抢购|订购)/g,
    message: '为特定商家网店导流购买，属商业推广，政务新媒体不得发布',
  },
  {
    // A named firm the office says it recommends to those it serves (after final214): 建议您联系本地的鑫程
    // 人力资源服务有限公司，该公司岗位资源丰富、服务质量好，我们一直向求职者推荐. The office's habit of
    // sending the public to one firm is its endorsement (广告法 第九条), praise or none. Quiet: a kind of
    // firm or a public channel recommended, and a firm named with no recommendation of the office's.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(`${NAMED_BUSINESS}${IN}{0,40}?${OWN_RECOMMENDATION}`, 'g'),
    message: '政务账号称一直向群众推荐特定企业，属为企业作推荐、发布商业广告，违反广告法第九条',
  },
  {
    // One named firm, or its product, put forward to the public in the office's voice.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(`${CHOOSE_FIRM}|${FIRM_PRODUCT}`, 'g'),
    message: '政务账号向公众推荐特定企业或其产品，属为企业发布商业广告，违反广告法第九条',
  },
  {
    // One named firm put forward outright with its praise or its number (after final219: 如需对家庭档案
    // 进行数字化扫描，推荐汐州明档数码科技有限公司，该公司…技术过硬、价格实惠，联系电话…). A firm put
    // forward for an award or a tender (推荐…有限公司为…, 参评, 申报) and one named by whoever recommended
    // it (经…推荐) are not read.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(FIRM_OUTRIGHT, 'g'),
    message:
      '政务账号向公众推荐特定企业并称赞其服务或附联系方式，属为企业发布商业广告，违反广告法第九条',
  },
  {
    // A brand's product put forward to the public (after final221: 本次活动特别推荐汐声牌数字助听器，降噪
    // 效果好、佩戴舒适): a state organ may not recommend a product (广告法 第九条第二项). Advice on a kind
    // (推荐选购有3C标志的助听器) names no brand; a medal or a plate (推荐获得金牌的…) is not one.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(BRAND_PRODUCT, 'g'),
    message: '政务账号向公众推荐特定品牌商品，违反广告法第九条',
  },
  {
    // A named firm praised by its wins or as a seller praises it where the public is sent to it (after
    // final218: 需要委托律师的，青屿县明正律师事务所长期深耕婚姻家事领域，胜诉率高，当事人可到…咨询). An
    // office may tell where legal aid or a lawyers' desk is, not vouch for one firm; a lawyer's win rate
    // may not be advertised at all. A firm's wrong told (虚假宣传胜诉率高被查处) is not its praise.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${FIRM_START})(?:(?<=${NEED_BEFORE}${IN}{0,16}?)${NAMED_FIRM}${IN}{0,24}?(?:${WIN_RATE}|${PRAISE})|(?<![宣号声谎自]称|宣传|谨防|警惕)${NAMED_FIRM}${IN}{0,24}?${WIN_RATE}(?=${IN}{0,60}?${CONTACT_AFTER}))`,
      'g',
    ),
    message:
      '政务账号称赞特定律师事务所、企业的胜诉率或服务并引导群众委托，属为商业主体背书，违反广告法第九条',
  },
  {
    // A named firm's offer told by its selling points, then the public sent to its line (after final220:
    // 金陂县恒通典当有限公司持证经营、手续简便…最快30分钟放款。有需要的市民可直接拨打业务热线…咨询办理).
    // Buying by contact from a commercial firm the post pitches is an advert; a public body's or a
    // utility's hotline (12345, 95598), a complaint or report line and a policy loan are not.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?=(?:可|请|可以)?(?:直接|随时)?(?:拨打|致电|联系))(?<=${TRADING_FIRM}(?:(?!${POLICY_LOAN})[^]){0,80}?${SELLING_POINT}(?:(?!${POLICY_LOAN})[^]){0,60}?)(?:(?:可|请|可以)?(?:直接|随时)?(?:拨打|致电)|(?:可|请|可以)(?:直接|随时)?联系)(?:该公司|公司|其|他们)?(?:的)?(?:业务|服务|咨询|客服|销售|贷款|办理)?(?:热线|电话|专线)[：:]?[0-9０-９]{7,}(?:咨询|办理|预约|洽谈)*`,
      'g',
    ),
    message: '政务账号为特定企业招揽业务并发布其业务电话，属为企业发布商业广告',
  },
]);

/** A recommended firm that is a utility or public service is no advert. */
export function utilityFirm(match: string): boolean {
  return UTILITY.test(match);
}

/** The office recommending in its own voice: 我局推荐, 本站推荐, 我们推荐. */
const OWN_VOICE = /^(?:我站|本站|我局|本局|我中心|本中心|我所|本所|我院|我委|本委|我办|我们)推荐/;

/**
 * The office's own recommendation is its claim: only a quotation or a scam warning makes it a mention
 * (`endorsement`); any other recommendation is regraded as the gate regrades (`general`).
 */
export const regradeRecommendedFirm =
  (general: Regrade, endorsement: Regrade): Regrade =>
  (span, severity, ctx) =>
    OWN_VOICE.test(ctx.doc.text.slice(span.start, span.end))
      ? endorsement(span, severity, ctx)
      : general(span, severity, ctx);
