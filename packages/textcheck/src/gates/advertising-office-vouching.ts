// A state organ vouching for one named product or firm: a brand said to be certified by an office
// with a claim (“康源”牌灵芝孢子粉经县卫健委认证，安全有效), a firm the office calls its own pick to the
// public (鑫家园装饰公司是我局推荐的放心装修企业，市民可放心选择), one firm's product made the county's
// designated choice (指定该公司复合肥为全县推荐用肥), a named firm the public is told to prefer (我局推荐
// 广大市民优先选择鹭通快递寄递; after final182), and a crop input sold on a guaranteed yield (使用本
// 中心推荐的丰收牌复合肥，保证增产三成以上). An advertisement may not use a state organ's name (广告法
// 第九条第二项) nor promise a farm input's yield (第二十七条). An honour the office confers (通过高新
// 技术企业认定), firms it puts forward for a list (我局推荐的2家企业入选省级名单), advice on what to look
// for (认准3C认证标志) and a yield target of policy (确保全年粮食增产) sell nothing. A product called an
// office's pick (该产品为市人防办推荐产品) is the same vouching.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** A brand: 康源牌, “康源”牌. */
const BRAND = '(?:[\\u4e00-\\u9fffA-Za-z]{2,6}(?<![品名杂冒招门车老])牌|[”"」]牌)';
/** An office: 县卫健委, 市市场监管局, 农技推广中心. */
const OFFICE =
  '(?:国家|省|市|县|区|镇|乡)[\\u4e00-\\u9fff]{0,8}?(?:局|委|委员会|厅|部|中心|站|所|政府|办公室)';
/** A seller's claim after the vouching. */
const CLAIM =
  '(?:安全有效|效果(?:显著|明显|好)|放心(?:购买|选购|使用|食用|选择|服用)|值得信赖|质量有保障|品质有保障|可(?:增强|提高|改善|预防|治疗|调理)|适合[^。；！？!?\\n，,]{0,8}?(?:服用|食用|使用))';
/** Own office: 我局, 本中心, 我们. */
const OWN =
  '(?:我局|本局|我委|本委|我中心|本中心|我站|本站|我所|本所|我办|本办|我单位|本单位|我们)';
/** What the public is told to do with the pick. */
const BUY_CUE =
  '(?:放心(?:选择|购买|选购|使用)|可(?:到|去|向)[^。；！？!?\\n]{0,12}?(?:购买|选购|订购)|欢迎(?:选购|购买)|(?:市民|群众|消费者|居民|农户|大家)(?:可|可以)?(?:放心|优先)?(?:选择|购买|选购|使用)|质量有保障)';

export const OFFICE_VOUCHING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A brand certified by an office, with a seller's claim.
    rule: 'advertising.office-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `${BRAND}${IN}{0,12}?(?<span>(?:经|通过|获得?|荣获)(?:了)?${OFFICE}(?:的)?(?:认证|认定|推荐|指定|授权|背书|担保|检验认可))${IN}{0,4}?[，,]?${IN}{0,10}?${CLAIM}`,
      'g',
    ),
    message: '以国家机关名义为具体品牌产品作认证、推荐，违反广告法第九条',
  },
  {
    // A firm or product the office calls its own pick, the public told to buy: 是我局推荐的放心装修企业，
    // 市民可放心选择.
    rule: 'advertising.office-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `${OWN}(?:重点|特别|唯一)?推荐的(?:放心|优质|诚信|品牌|指定|定点)?${IN}{0,8}?(?:企业|公司|商家|品牌|产品|商户|门店|店铺|厂家|复合肥|化肥|肥料|种子|农药|饲料)(?!${IN}{0,12}?(?:入选|获评|被评为|申报|参评|名单|评选))${IN}{0,30}?${BUY_CUE}`,
      'g',
    ),
    message: '以国家机关名义向公众推荐具体企业或产品，违反广告法第九条',
  },
  {
    // One firm's product made the area's designated choice: 指定该公司复合肥为全县推荐用肥.
    rule: 'advertising.office-endorsement',
    severity: 'warn',
    pattern:
      /指定(?:该公司|该企业|该厂|该品牌|[\u4e00-\u9fff“”"]{2,12}?(?:公司|企业|厂|牌))(?:的|生产的)?[\u4e00-\u9fff]{0,6}?为(?:全县|全市|全区|全镇|全乡|本县|本市|本地|辖区|全省)(?:唯一)?(?:推荐|指定|专用|统一|定点)[\u4e00-\u9fff]{0,4}/g,
    message: '国家机关指定某企业产品为推荐、专用产品，违反广告法第九条',
  },
  {
    // A crop input sold on a guaranteed yield: 使用…复合肥，保证增产三成以上, 施用后确保亩产增加200斤.
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `(?:使用|施用|选用|用了|购买|喷施)${IN}{0,24}?(?:牌|这款|该款|本品|本产品|菌剂|叶面肥|复合肥|有机肥|化肥|稻种|种子|农药|饲料)${IN}{0,12}?(?<span>(?:保证|确保|包|承诺|担保)(?:每亩|亩产)?(?:增产|增收|高产|增加|提高)${IN}{0,6}?(?:[0-9０-９一二三四五六七八九十两]+(?:成|%|％|斤|公斤|倍|元)(?:以上)?|一倍以上))`,
      'g',
    ),
    message: '农资广告不得对产量、收益作保证性承诺，违反广告法第二十七条',
  },
  {
    // A named firm the office tells the public to prefer (after final182): 我局推荐广大市民优先选择鹭通
    // 快递寄递, 建议市民首选安达物流. The finding is the choice, not the public addressed (广大市民 would
    // frame it as a warning). A kind of firm (优先选择正规快递, 有资质的公司, 品牌快递) and the public
    // postal service (邮政, EMS) name no firm.
    rule: 'advertising.office-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:推荐|建议)(?:广大)?(?:市民|群众|消费者|居民|用户|大家|商户|网友)(?:朋友们?)?(?<span>(?:优先|首选|尽量|最好)(?:选择|选用|使用|交由|通过)(?!正规|合法|有资质|具备|具有|持证|品牌|大型|知名|本地|诚信|邮政|EMS|国有|官方|政府|当地|其他|各类|多家)[\\u4e00-\\u9fffA-Za-z]{2,6}?(?:快递|物流|速运|速递|货运|搬家公司|家政公司|公司|集团|酒店|宾馆|超市|商场|驾校))(?![的等])`,
      'g',
    ),
    message: '政务新媒体向群众推荐特定企业，属以国家机关名义为企业背书，违反广告法第九条',
  },
  {
    // A product said to be an office's own pick (after final196, where a brand the public is told to
    // buy comes with it): 该产品为市人防办推荐产品, 这款净水器是县疾控中心指定产品. A list the office
    // keeps of kinds of goods (推荐产品目录的申报) names no product as its pick.
    rule: 'advertising.office-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:该|此|这款|这种|本款|本)[\\u4e00-\\u9fff]{0,6}?(?:为|是|系|属于?)(?<span>${OFFICE.slice(0, -1)}|办)(?:的)?(?:推荐|指定|认证|认可)(?:产品|品牌|商品|用品))`,
      'g',
    ),
    message: '以国家机关名义为具体品牌产品作认证、推荐，违反广告法第九条',
  },
]);
