// Terms the guessing rules (text.typo, text.homophone, text.rare-char) never question: official
// abbreviations (市防指, 应急办, 住建局), app and product names (云闪付APP, 浙里办 and the other 浙里 brands), set
// phrases of official writing (驻市部队, 指战员, 网帖, 我县, 调查核处), formulations newer than the
// dictionaries (笃行不怠, 奋楫扬帆, 台商台企), regions and countries paired by their one-character
// names (湘港经贸, 中希关系) and the units of numbers (1.86亿). Each reads as an odd character
// sequence to a general language model but is right.
import { buildPhraseIndex } from './phrase-index.ts';

const ABBREVIATIONS = [
  '防指',
  '森防指',
  '防汛办',
  '防办',
  '应急办',
  '安委办',
  '减灾委',
  '发改委',
  '发改局',
  '住建局',
  '住建委',
  // a city's transport commission (北京市交委), read as 教委
  '交委',
  '住建厅',
  '人社局',
  '人社厅',
  '市监局',
  '卫健委',
  '卫健局',
  '医保局',
  '网信办',
  '政法委',
  '编办',
  '文旅局',
  '文广旅局',
  '农业农村局',
  '林草局',
  '水务局',
  '城管局',
  '综治办',
  '创文办',
  '创卫办',
  '扫黑办',
  '禁毒办',
  '双拥办',
  '信访局',
  '退役军人事务局',
  '团市委',
  '团县委',
  '工商联',
  '侨联',
  '残联',
  '科协',
  '文联',
  '社科联',
  '关工委',
  '老干局',
  '机关工委',
  '国资委',
  '工信局',
  '商务局',
  '统计局',
  '数据局',
  '行政审批局',
  '政数局',
  '大数据局',
  '消防救援支队',
  '消防救援大队',
  '指挥部',
];

const SET_PHRASES = [
  '驻市',
  '驻区',
  '驻县',
  '驻地',
  '驻军',
  '驻村',
  '驻镇',
  '驻点',
  '驻站',
  '驻外',
  '驻华',
  '驻港',
  '驻澳',
  '指战员',
  '子弟兵',
  '双拥',
  '军地',
  '军民',
  '拥军优属',
  '拥政爱民',
  '抛家弃业',
  '抛家舍业',
  // the post a rumour refutation answers (有网帖称…)
  '网帖',
  // a body speaking of itself (我县在…, 我局于…): 我县在 is no slip for 我现在
  ...[...'省市州县旗区镇乡村局委办厅院校所站部处科'].map((unit) => `我${unit}`),
  '我中心',
  '我单位',
  // terms of replies and enforcement notices read as their sound-alikes: 调查核处 (何处), 纠违执法
  // (久违), 停供 (停工), 实地查勘 (查看), 听取民声 (民生)
  '核处',
  '纠违',
  '停供',
  '查勘',
  '民声',
  // a landfill's leachate, read as 渗出液
  '渗沥液',
  // the dictionary's form of a border zone (城乡接合部), rarer in running text than 结合部
  '接合部',
];

/**
 * Formulations of official writing and media from after the dictionaries and language models were
 * made (about 2013): slogans, campaign names and coined words. Spelt right they read as odd
 * sequences (笃行不怠 → 笃行不大, 奋楫 → 奋起, 台企 → 台上, 共克时艰 → 攻克); spelt wrong they
 * do not match here and are still checked.
 */
const NEW_FORMULATIONS = [
  '踔厉奋发',
  '笃行不怠',
  '勇毅前行',
  '奋楫扬帆',
  '奋楫笃行',
  '奋楫争先',
  '扬帆奋楫',
  '共克时艰',
  '守正创新',
  '赓续',
  '接续奋斗',
  '砥砺前行',
  '久久为功',
  '驰而不息',
  '善作善成',
  '行稳致远',
  '蹄疾步稳',
  '凝心聚力',
  '提质增效',
  '减税降费',
  '稳岗扩就',
  '保供稳价',
  '复工复产',
  '复商复市',
  '复工复市',
  '战疫',
  '抗疫',
  '外防输入',
  '内防反弹',
  '应检尽检',
  '应接尽接',
  '应隔尽隔',
  '应收尽收',
  '应治尽治',
  '应保尽保',
  '应助尽助',
  '接诉即办',
  '未诉先办',
  '放管服',
  '跨省通办',
  '一网统管',
  '一件事一次办',
  '最多跑一次',
  '好差评',
  '台商台企',
  '台胞台企',
  '惠台',
  '急难愁盼',
  '一老一小',
  '两不愁三保障',
  '防返贫',
  '专精特新',
  '揭榜挂帅',
  '补链强链',
  '延链补链',
  '强链补链',
  '链长制',
  '林长制',
  '田长制',
  '打虎拍蝇猎狐',
  '拍蝇',
  '断卡行动',
  '清朗行动',
  '护苗行动',
  '净网行动',
];

const PRODUCTS = [
  '云闪付',
  '闪付',
  '支付宝',
  '微信',
  '抖音',
  '快手',
  '学习强国',
  '国家反诈中心',
  '个人所得税',
  '随申办',
  '随申码',
  '粤省事',
  '粤康码',
  '浙里办',
  '皖事通',
  '鄂汇办',
  '赣服通',
  '闽政通',
  '渝快办',
  '苏服办',
  '爱山东',
  '北京通',
  '天府通办',
  '一网通办',
  '交管12123',
  '铁路12306',
  '掌上办',
  '津心办',
  '冀时办',
  '晋来办',
  '蒙速办',
  '辽事通',
  '吉事办',
  '全省事',
  '甘快办',
  '青松办',
  '我的宁夏',
  '新湘事成',
  '桂通办',
  '云缴费',
  '一码通',
  '健康码',
  '央视频',
  '高德地图',
  '百度地图',
  '滴滴出行',
  '美团',
  '饿了么',
  '拼多多',
  '淘宝',
  '京东',
  '携程',
];

/**
 * Provinces and regions paired by their one-character names before what they share: 湘港经贸合作,
 * 粤港澳大湾区 aside, 闽台交流, 川渝两地 (湘 is no slip for 香 there).
 */
const REGION_PAIR =
  /[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新港澳台]{2,3}(?=两地|三地|合作|经贸|交流|协作|融合|青年|同胞|之间|往来|贸易|投资)/g;

/**
 * China paired with a country by its one-character name before what they share: 中希关系, 中俄合作,
 * 中老铁路 (希 is no slip for 西 there).
 */
const COUNTRY_PAIR =
  /中[美俄日韩朝英法德意西葡荷比瑞挪丹芬冰波捷匈奥希塞罗保乌白哈吉塔土伊沙阿埃南尼巴印缅老柬泰越马新菲文蒙澳加墨古智秘委非欧拉](?=关系|合作|友好|友谊|两国|双边|经贸|建交|人文|战略|自贸|外长|元首|峰会|论坛|交流|铁路|贸易|投资)/g;

/** Zhejiang's service brands, 浙 + 里 + what it offers (浙里办, 浙里纳凉, 浙里养). */
const PROVINCE_BRAND = /浙里[\u4e00-\u9fa5]{1,3}/g;

/** The unit of a number written in digits (1.86亿件, 3.5万人): 亿 is no slip for 一 there. */
const NUMBER_UNIT = /(?<=[0-9０-９])[亿万千百]+/g;

/** A name right before APP / 客户端 / 小程序 is a product name, whatever its characters. */
const PRODUCT_BEFORE_SUFFIX = /[\u4e00-\u9fa5]{2,4}(?=\s*(?:APP|App|app|客户端|小程序|公众号))/g;
/** The suffixes alone: most texts have none, and then the slower pattern above need not run. */
const PRODUCT_SUFFIX = /APP|App|app|客户端|小程序|公众号/;

const index = buildPhraseIndex(
  [...ABBREVIATIONS, ...SET_PHRASES, ...NEW_FORMULATIONS, ...PRODUCTS].map(
    (t) => [t, true] as const,
  ),
);

/** Patterns run on every text; the product-name pattern runs only when a suffix is there. */
const ALWAYS = [REGION_PAIR, COUNTRY_PAIR, PROVINCE_BRAND, NUMBER_UNIT];

/** Spans of `text` the typo rule must leave alone. */
export function protectedSpans(text: string): Array<{ start: number; end: number }> {
  const spans = index.findAll(text).map((h) => ({ start: h.start, end: h.end }));
  const patterns = PRODUCT_SUFFIX.test(text) ? [...ALWAYS, PRODUCT_BEFORE_SUFFIX] : ALWAYS;
  for (const pattern of patterns)
    for (const m of text.matchAll(pattern))
      spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
