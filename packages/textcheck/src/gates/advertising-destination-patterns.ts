// Pattern families of the advertising gate for a destination sold with absolute terms (《广告法》第九条):
// a place or sight ranked best of a region (全省最佳避暑胜地, 华东地区最佳避暑胜地, 国内第一的天然溶洞),
// called the most beautiful in the land, beyond compare (无可替代的候鸟天堂) or top grade (顶级康养胜地),
// stacked superlatives with hype (全国最美、世界唯一，不来终身遗憾), and the best place told to the visitor.
// A size or an order (国内最大的溶洞, 全国第一个开放的溶洞) is not ranked by these words.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
/** Places a destination is ranked in (全省最佳避暑胜地, 华东地区最佳避暑胜地, 长三角一带最好的去处). */
const TOUR_PLACE =
  '(?:全国|全球|世界|全省|全市|全县|全区|亚洲|天下|国内|省内|中国|华东|华南|华北|华中|西南|西北|东北|江南|长三角|珠三角|京津冀|江浙沪|大湾区|南方|北方)(?:地区|一带|境内|范围内|区域)?';

/**
 * What a destination is called (胜地, 目的地, 去处, up to three kinds before it: 温泉度假目的地, 温泉养生度假目的地;
 * a spot sold for photos, 网红打卡地, 拍照打卡点, and a camp, 露营地; after heldout-final101), a resort or scenic
 * area sold as one (度假区, 景区), or a stay or a meal chosen there (住宿选择, 下榻之选).
 */
const DESTINATION =
  '(?:(?:避暑|旅游|旅行|度假|休闲|观光|赏花|赏雪|滑雪|赏枫|赏秋|摄影|拍照|打卡|网红|养生|康养|自驾|露营|研学|亲子游?|徒步|漂流|温泉|踏青|消夏|纳凉|过冬|避寒|观鸟|赏鸟|爱鸟|候鸟|观星|垂钓|钓鱼|赏樱|赏梅|赏荷|观潮|看海|观海|登山|骑行|冲浪|潜水|攀岩|写生|采摘|越冬){0,3}(?:胜地|目的地|去处|好去处|之地|圣地|天堂|首选地|度假区|度假村|景区|旅游区|山庄|乐园|滑雪场|打卡地|打卡点|露营地|房车营地)|(?:住宿|入住|下榻|度假|休闲|游玩|用餐|就餐|美食|亲子游?|避暑|康养|养老)(?:的)?(?:选择|之选))';

/**
 * A natural or old sight sold as a destination (天然溶洞, 峡谷, 古镇): ranked first of the country
 * (国内第一的天然溶洞) it is the same unverifiable claim; a size or an order (国内最大的溶洞, 全国第一个
 * 开放的溶洞) is not ranked by these words.
 */
const SIGHT =
  '(?:天然|原始|原生态|喀斯特)?(?:溶洞|峡谷|大峡谷|瀑布|古镇|古村落?|天坑|石林|漂流|草原)';

export const DESTINATION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Stacked superlatives of a place or sight (全国最美、世界唯一) and hype (不来终身遗憾).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:全国|全球|世界|全省|亚洲|天下|国内)(?:最美|最大|第一|唯一|独有|之最|最壮观|最震撼)的?[、，,和与]\s*(?:全国|全球|世界|全省|亚洲|天下|国内)(?:最美|最大|第一|唯一|独有|之最|最壮观|最震撼)|(?:全国|全球|世界|亚洲|天下|国内)(?:最美|唯一|第一|最大|最壮观)[^。！\n]{0,30}?(?:不来终身遗憾|不来后悔|不来会后悔|此生必去|一生必去|错过再等)/g,
    message: ABSOLUTE,
  },
  {
    // A place called the most beautiful in the land: 这里是全国最美的高山杜鹃林带, 被誉为“全国最美山岳
    // 景区”, 堪称世界最美. Beauty cannot be verified; a title awarded (被评为“中国最美乡村”) is not claimed.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:这里是|这里就是|这儿是|被誉为|被称为|号称|堪称|素有)[“"‘「]?(?:全国|全球|世界|亚洲|天下|国内|中国|全省)最美/g,
    message: ABSOLUTE,
  },
  {
    // A destination called beyond compare (after heldout-final99): 无可替代的候鸟天堂, 独一无二的避暑
    // 胜地, 举世无双的赏花胜地, 无与伦比的度假目的地. Like 全国第一, no such claim can be verified (广告法
    // 第九条). A habitat's worth (湿地具有不可替代的生态功能, 候鸟不可替代的越冬栖息地) names no
    // destination.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:无可替代|不可替代|无法替代|无可比拟|独一无二|举世无双|绝无仅有|无与伦比|天下无双|天下独绝|首屈一指|无出其右)的?${DESTINATION}`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A destination sold as top grade with no place to rank it in: 顶级康养胜地, 顶尖的避暑胜地, 极品温泉
    // 度假区, 至尊康养度假村. Not a plan's 世界级旅游目的地 or 一流景区, nor a fair description
    // (理想的康养胜地, 国家5A级旅游景区).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(`(?:最?顶级|顶尖|极品|至尊|殿堂级)的?${DESTINATION}`, 'g'),
    message: ABSOLUTE,
  },
  {
    // A destination ranked best of a place in tourism promotion: 全省最佳避暑胜地, 全国最好的康养目的地,
    // 华东地区最佳避暑胜地, 长三角一带最理想的亲子游去处, 避暑胜地，华东地区首屈一指, and a stay or a
    // meal there (全市最佳的住宿选择, 全省最理想的下榻之选; 出行 is not one: 绿色出行是全市最佳的出行选择). Not a period or a time (最佳观赏期, 最佳赏花时间), nor a title awarded
    // (被评为全省最佳旅游目的地, 荣获“…”称号, 入选…榜单).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `${TOUR_PLACE}(?<!(?:评为|入选|荣获|获评|获得|授予|命名为|列为|当选)[“"]?${TOUR_PLACE})(?:最佳|最好|最理想|最舒适|最凉爽|最宜人|第一(?![批个家座处次期届])|头号)的?(?:${DESTINATION}|${SIGHT})(?![^。；！？\\n]{0,3}(?:称号|评选|榜单|名单))|(?<=(?:胜地|目的地|去处)[，,]?(?:在|于)?)${TOUR_PLACE}(?:首屈一指|数一数二|无出其右|独一无二|无与伦比)`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A place told to the visitor as the best one, with no area to rank it in: 这里是您夏日避暑的最佳
    // 目的地, 我县堪称游客休闲度假的最理想去处, 这里是周末出游的最好去处 (ranked in an area, the rule
    // above reads it). Not a period (避暑的最佳时节), nor a title awarded (被评为全国最佳避暑旅游目的地
    // 之一, 荣获“最佳避暑胜地”称号).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!(?:评为|入选|荣获|获评|获得|授予|命名为|列为|当选)[^。；！？\\n]{0,12})(?<![评列名选称作认视])(?:是|为|堪称|当属|成为|乃)(?:您|你|你们|游客|大家|市民|广大游客)?[^。；！？\\n“”"]{0,10}?(?<!${TOUR_PLACE})(?:最佳|最好|最理想|最完美|最舒适|最惬意)的?${DESTINATION}(?![^。；！？\\n]{0,3}(?:称号|评选|榜单|名单))`,
      'g',
    ),
    message: ABSOLUTE,
  },
]);
