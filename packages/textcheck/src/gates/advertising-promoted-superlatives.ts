// Pattern family of the advertising gate for an absolute term (《广告法》第九条) in a sentence that calls
// the reader to buy, book, enrol or come (欢迎来电订购, 欢迎咨询, 欢迎广大初中毕业生报考) or that tells where it
// is sold (各大书店均有销售, after final210): 全省最好的水稻品种…
// 欢迎种植大户到我所试验基地参观, 提供顶级月子护理服务…欢迎咨询, 技能大赛成绩全国第一，欢迎…报考. The call
// makes the sentence an advert, whatever the speaker; without it a rank is a statistic or a result
// (我市空气质量全省第一). An ordinal (全国第一座, 全省第一家) ranks nothing.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** A rank of a place or trade, or a superlative of a product's quality. */
const SUPERLATIVE = [
  '(?:全国|全省|全市|全县|全区|国内|省内|市内|县内|行业|业内|同行)(?:领先|第一(?![座个家批次届条台艘所位名轮期天年部项号]))',
  '(?:全国|全省|全市|全县|全区|国内|省内|市内|县内|行业|业内|同行|是)(?:最好|最佳|最优|最强)的?(?=[\\u4e00-\\u9fff]{0,6}?(?:品种|产品|服务|品牌|设备|技术|机构|学校|专业|医院|项目|茶|米|酒|蜜|油))',
  '顶级(?=[\\u4e00-\\u9fff]{0,4}?(?:服务|护理|享受|体验|配置|品质|设备|团队|专家|食材))',
  '(?:性能|质量|品质|效果|服务|口碑)(?:最优|最好|最佳|第一)',
  // a product called the most authoritative or exact of a place (after final210: 是目前国内最权威、最精准的
  // 市级地图集…各大书店均有销售)
  '(?:全国|全省|全市|全县|全区|国内|省内|市内|县内|行业|业内|同类|全球|世界)(?:最权威|最精准|最准确|最全面|最完整|最详尽|最专业|最实用)',
].join('|');

/** A call to buy, book, enrol or come. */
const CALL =
  '欢迎(?:来电|广大|各位|咨询|订购|选购|购买|报考|报名|垂询|预约|选择|参观|种植|前来|到店)|来电订购|订购(?:电话|热线)|(?:咨询|报名|招生)(?:电话|热线)|(?:马上|立即|赶快|快来)(?:报名|预约|订购|咨询|抢购)|(?:各大|各地|全国各地|全市各|各)(?:新华)?(?:书店|门店|商场|超市|药店|网店|电商平台)(?:及[^。！？!?\\n]{1,10}?)?(?:均|都|皆|现已|已)?(?:有售|有销售|有卖|上架|发售|销售)';

/** Within one sentence. */
const IN = '[^。！？!?\\n]{0,40}?';

export const PROMOTED_SUPERLATIVE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${SUPERLATIVE})(?=${IN}(?:${CALL}))|(?<=(?:${CALL})${IN})(?:${SUPERLATIVE})`,
      'g',
    ),
    message: '宣传推广中使用广告法禁用的绝对化用语',
  },
]);
