// Pattern families of the advertising gate for a product's claims the older families miss: its
// taste ranked best of a place with no product word after it (赣南脐橙全国最甜, 全省最好吃, 甜度全国
// 第一, 口感全省最佳), a product called top-grade (顶级滋补佳品, 极品好茶, 顶级食材) and a low down
// payment on a flat told with no sales contact (首付仅需5万, 首付只要8万即可安家), and a product sold on
// the name of a state body (人民大会堂特供酒, 国宴专供, 中南海指定用茶). A ranking of the economy
// (全省第一) names no taste, a housing fund's minimum down payment is a ratio (最低首付款比例20%), and
// a state body's own supplies (机关食堂大米采购) name no product sold to the public.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const NUM = '[0-9０-９一二三四五六七八九十两]';
const ABSOLUTE = '广告法禁用的绝对化用语';
/** Places a product is ranked in. */
const RANK_PLACE = '(?:全国|全省|全市|全县|全区|全球|世界|天下|全网|国内|省内|业内|亚洲)';
/** Tastes a product boasts of. */
const TASTE =
  '(?:最甜|最香甜|最香|最好吃|最好喝|最正宗|最鲜美|最鲜嫩|最鲜|最嫩|最脆甜|最脆|最糯|最地道|最美味|最可口|最爽口)';
/** State bodies and state occasions whose name a product may not borrow (广告法第九条第二项). */
const STATE_NAME =
  '(?:人民大会堂|大会堂|中南海|钓鱼台国宾馆|钓鱼台|国宾馆|国务院|全国人大|全国政协|党中央|中央机关|国家机关|党政机关|政府机关|机关单位|部队|军队|解放军|国宴|两会|国管局|机关事务管理局)';

export const ADVERTISING_CLAIM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A taste ranked best of a place: 我镇脐橙全国最甜, 全省最好吃, 甜度全国第一, 口感全省最佳, 品质
    // 全网第一. The ranking must follow a word of taste or quality (空气质量全省第一 is none).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `${RANK_PLACE}${TASTE}|(?:口感|甜度|品质|味道|口味|肉质|风味|香气)(?:堪称|稳居|位居|绝对是|是)?${RANK_PLACE}(?:第一|最佳|最好|最优|顶级|No\\.?1|NO\\.?1)`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A product called top-grade: 冬季顶级滋补佳品, 极品好茶, 顶级食材, 顶级口感. Only before a word of
    // a product or its quality (顶级专家, 顶级赛事 are none).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:顶级|极品|顶尖|至尊级?)的?(?:滋补|养生|保健|营养|野生|有机|天然)?(?:佳品|珍品|补品|滋补品|食材|美味|美食|好茶|名茶|好酒|美酒|佳酿|口感|品质|原料|好物|礼品|礼盒|年货|特产)/g,
    message: ABSOLUTE,
  },
  {
    // A low down payment on a flat, with or without a sales contact: 首付仅需5万, 首付只要8万即可
    // 安家, 首付低至3成. Not a housing fund's rule (最低首付款比例20%), which has no 仅需 or 低至.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `首付(?:款)?(?:仅需|只需|仅要|只要|低至|仅|最低仅需|最低只需)${NUM}+(?:\\.[0-9])?(?:万|千|成)|首付${NUM}+(?:\\.[0-9])?万元?(?:即可|就能|轻松)(?:入住|安家|买房|置业|拥有|拎包入住)`,
      'g',
    ),
    message: '商业促销用语，政务新媒体不得刊登商业广告',
  },
  {
    // A product sold on the name of a state body: 曾作为人民大会堂特供酒, 中南海专供茶, 国宴用酒, 两会
    // 接待专用酒, 钓鱼台国宾馆特供; 特供酒 alone is the same claim. Not a body's own supply or
    // service (部队专用车道, 国宴菜单, 机关食堂采购): only 特供/专供, or 指定/专用 before a product.
    rule: 'advertising.state-name',
    severity: 'warn',
    pattern: new RegExp(
      `${STATE_NAME}(?:宴会|会议|接待|招待|内部)?(?:特供|专供|(?:指定|专用|接待|宴会)(?:用)?(?:酒|白酒|茶|茶叶|烟|香烟|米|大米|产品|用品|食品|礼品|品牌)|用(?:酒|白酒|茶|茶叶|烟))|特供(?:酒|白酒|茶|茶叶|烟|香烟|大米|产品|食品|礼品)`,
      'g',
    ),
    message: '借用国家机关名义宣传商品（特供、专供、指定用品），违反广告法第九条',
  },
]);
