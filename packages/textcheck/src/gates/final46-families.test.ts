// The two false alarms of heldout-final46 (measured once on the session's last rules, no round),
// fixed by class with wordings other than the set's: a case report telling a loan, investment or
// job scheme as the facts of the case (…以办理低息贷款为由骗取“手续费”, after 犯罪嫌疑人 or 被告人),
// with the prosecution's or the police's own advice (检察机关提醒, 公安机关提示); and a court's or a
// bureau's page naming one of its own divisions, bare, as the byline's source (来源：立案庭).
// Then the round's families, each with wordings other than the set's: a cadre named as a post's
// candidate before the notice, a trial's deliberation or intended sentence told before the verdict,
// an indicator's figure beside the word that the data are unreleased, a county's tourism or culture
// bureau merged in 2019, a stay or a bath sold as top grade, a number labelled as a family's, and a
// drug told as easy to buy — and the near misses that stay quiet.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

/** A unit's article page: its name in meta SiteName and the title, a byline naming `source`. */
const page = (site: string, source: string) =>
  `<html><head><meta charset="utf-8"><meta name="SiteName" content="${site}"><title>诉讼服务指南_${site}</title></head><body><div class="article"><h1>诉讼服务指南</h1><div class="info">发布时间：2025-03-01\u3000来源：${source}</div><p>当事人可通过现场、网上等方式申请立案。</p></div></body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '无视征信，黑户可贷，当天放款，先交手续费即可下款。', '手续费'],
  ['legal', '本平台贷款秒批，先交手续费500元，联系微信xd888下款。', '手续费'],
  [
    'legal',
    '犯罪嫌疑人张某已被刑事拘留。急用钱的朋友看这里：网贷不看征信，先交手续费当天放款，加微信详谈。',
    '手续费',
  ],
  ['source', page('祁阳市人民法院', '淘宝店铺'), '淘宝店铺'],
  ['source', page('某县人民政府', '某某自媒体工作室'), '某某自媒体工作室'],
  ['source', page('某县文化馆', '光影工作室'), '光影工作室'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  [
    'legal',
    '犯罪嫌疑人王某以帮助办理无抵押贷款为由，收取多名群众“手续费”2万余元，现已被刑事拘留。',
  ],
  ['legal', '经审理查明，被告人刘某谎称可办理低息贷款，先后骗取被害人“包装费”“手续费”共计8万元。'],
  [
    'legal',
    '近日，县人民检察院对涉嫌诈骗的犯罪嫌疑人赵某批准逮捕。赵某以办理贷款为由骗取手续费。检察机关提醒，正规贷款放款前不收取任何费用。',
  ],
  ['legal', '公安机关提示：凡是贷款前要求先交手续费的，都是诈骗。'],
  ['legal', '犯罪嫌疑人陈某以“高薪兼职、日结工资”为名，收取求职者培训费、押金，已被依法刑事拘留。'],
  ['source', { html: page('祁阳市人民法院', '立案庭') }],
  ['source', { html: page('某市中级人民法院', '政治处') }],
  ['source', { html: page('某县公安局', '宣传科') }],
  ['source', { html: page('某县人民政府', '办公室') }],
  ['source', { html: page('某县融媒体中心', '融媒体中心') }],
];

describe('heldout-final46 false-alarm classes', () => {
  itReportsFamilies(CATCHES, CLEAN);
});

// [gate, text, excerpt that must be reported]
const ROUND_CATCHES: Array<[Gate, string, string]> = [
  // a cadre named as a post's candidate before the notice
  [
    'confidentiality',
    '据了解，县人民法院拟新提任副院长一名，人选为现任立案庭庭长王某某，相关考察工作已经结束，正式任命前将履行公示等程序。',
    '人选为现任立案庭庭长王某某',
  ],
  [
    'confidentiality',
    '镇里准备提拔一名副镇长，初步人选是党政办主任李某，目前正在考察。',
    '初步人选是党政办主任李某',
  ],
  [
    'confidentiality',
    '据了解，县教育局副局长一职的考察对象为城关中学校长张某某，公示尚未发布。',
    '考察对象为城关中学校长张某某',
  ],
  [
    'confidentiality',
    '县检察院拟新增一名副检察长，目前确定的人选是公诉科科长周某某，下周上会研究。',
    '人选是公诉科科长周某某',
  ],
  [
    'confidentiality',
    '听说城关镇党委书记要换了，接任的是县委办副主任何某某，还没公示。',
    '接任的是县委办副主任何某某',
  ],
  [
    'confidentiality',
    '局里拟推荐一名副科级干部，推荐人选为办公室主任刘建国，任前公示下周发布。',
    '推荐人选为办公室主任刘建国',
  ],
  [
    'confidentiality',
    '据了解，拟任人选：张某某（现任县财政局办公室主任），待常委会研究。',
    '拟任人选：张某某（现任县财政局办公室主任）',
  ],
  // a post's candidate settled, then who will take it (the widened 一职/人选…由…接任 family)
  [
    'confidentiality',
    '据悉，县卫健委主任人选已基本敲定，将由县人民医院院长孙某接任。',
    '主任人选已基本敲定，将由县人民医院院长孙某接任',
  ],
  [
    'confidentiality',
    '镇长人选已确定，拟由常务副镇长陈某某接任。',
    '镇长人选已确定，拟由常务副镇长陈某某接任',
  ],
  [
    'confidentiality',
    '局长职务已经内定，将由副局长马某某接替。',
    '局长职务已经内定，将由副局长马某某接替',
  ],
  [
    'confidentiality',
    '校长一职已初步明确，拟由教导主任吴某担任。',
    '校长一职已初步明确，拟由教导主任吴某担任',
  ],
  [
    'confidentiality',
    '所长岗位已敲定，将由副所长郭某某接任，文件下周印发。',
    '所长岗位已敲定，将由副所长郭某某接任',
  ],
  // a trial's deliberation or intended sentence told before the verdict
  [
    'confidentiality',
    '【庭审直击】据悉，该案合议庭已形成评议意见，拟判处被告人有期徒刑五年，宣判日期另行通知。',
    '合议庭已形成评议意见，拟判处被告人有期徒刑',
  ],
  ['confidentiality', '该案初步拟判处罚金20万元，将择期宣判。', '拟判处罚金'],
  [
    'confidentiality',
    '审判委员会讨论后倾向于判处被告人死刑缓期二年执行，判决书尚未送达。',
    '倾向于判处被告人死刑',
  ],
  [
    'confidentiality',
    '据悉，合议庭倾向性意见为判处被告人有期徒刑十年，目前该案尚未宣判。',
    '倾向性意见为判处被告人有期徒刑',
  ],
  [
    'confidentiality',
    '该案已经审委会讨论，拟对被告人判处死刑立即执行，宣判时间待定。',
    '拟对被告人判处死刑',
  ],
  // …and what the deliberation found, or a judge's word on it, with the verdict still to come
  [
    'confidentiality',
    '据悉，合议庭评议时多数意见认为应判处被告人有期徒刑三年，少数意见认为应适用缓刑，该案将择期宣判。',
    '合议庭评议时多数意见认为应判处被告人有期徒刑',
  ],
  ['confidentiality', '审委会已经研究，初步意见是对被告人改判无罪，判决尚未宣告。', '改判无罪'],
  ['confidentiality', '合议庭初步意见是判处缓刑，该案将择期宣判。', '合议庭初步意见是判处缓刑'],
  [
    'confidentiality',
    '据承办法官透露，被告人大概会被判处三到五年有期徒刑，下周宣判。',
    '承办法官透露',
  ],
  [
    'confidentiality',
    '主审法官私下说，这个案子最多判三年，宣判日期还没定，宣判前别往外传。',
    '主审法官私下说',
  ],
  // an indicator's figure beside the word that the data are unreleased
  [
    'confidentiality',
    '【经济观察】据初步核算（该数据尚未正式发布），我县前三季度地区生产总值同比增长5.9%。',
    '该数据尚未正式发布',
  ],
  [
    'confidentiality',
    '目前尚未正式发布的统计数据显示，一季度全县规模以上工业增加值同比增长8.2%。',
    '尚未正式发布的统计数据',
  ],
  [
    'confidentiality',
    '正式数据要到下月才对外发布，据我们掌握的情况，一季度GDP增长约5%。',
    '正式数据要到下月才对外发布',
  ],
  ['confidentiality', '统计局还没有公布，但我县前三季度GDP增速已经达到6.3%。', '统计局还没有公布'],
  [
    'confidentiality',
    '以下数据尚未经统计部门正式发布：全县一季度固定资产投资增长12.1%。',
    '以下数据尚未经统计部门正式发布',
  ],
  ['confidentiality', '上半年全县财政收入增长4.6%，这组数字暂未对外公布。', '这组数字暂未对外公布'],
  // a county's tourism or culture bureau, merged into 文化和旅游 bureaus in 2019
  ['policy', '为丰富群众节日文化生活，县旅游局联合县文化馆举办民俗文化展演。', '县旅游局'],
  ['policy', '平江县旅游局发布春节旅游安全提示。', '县旅游局'],
  ['policy', '县文化局组织开展送戏下乡活动。', '县文化局'],
  ['policy', '省旅游委发布十一黄金周旅游提示。', '省旅游委'],
  ['policy', '区旅游局工作人员深入景区检查消防安全。', '区旅游局'],
  ['policy', '湘西州旅游局组织导游培训。', '州旅游局'],
  // a stay, a bath or a meal sold as top grade
  ['advertising', '这里拥有40余个特色泡池，让您尽享顶级温泉度假体验。', '顶级温泉度假体验'],
  ['advertising', '海景酒店新开业，极品海景客房等您入住。', '极品海景客房'],
  ['advertising', '山谷温泉至尊私汤享受，周末也有房。', '至尊私汤享受'],
  ['advertising', '新年音乐会为市民带来殿堂级视听盛宴。', '殿堂级视听盛宴'],
  ['advertising', '度假村提供顶尖的度假体验，欢迎预订。', '顶尖的度假体验'],
  ['advertising', '湖畔民宿，最顶级的湖景住宿。', '最顶级的湖景住宿'],
  // a number labelled as a family's
  [
    'privacy',
    '【光荣入伍】我镇入伍新兵名单公布如下：张浩宇（家长联系电话13787264410）、李明轩、王子豪。',
    '13787264410',
  ],
  ['privacy', '走失儿童王小明，8岁，家长电话13812345678，请知情者联系。', '13812345678'],
  ['privacy', '获奖学生名单：李思雨，监护人手机：13912345678。', '13912345678'],
  ['privacy', '孤寡老人刘秀英，子女联系电话15988887777。', '15988887777'],
  ['privacy', '新生报到登记：王梓萌，父亲电话13611112222。', '13611112222'],
  ['privacy', '参赛选手：赵一鸣（母亲手机13755556666）。', '13755556666'],
  // a drug told as easy to buy
  [
    'legal',
    '“笑气”学名一氧化二氮。有人把它充进气球吸食，价格便宜，网上就能买到，吸入后会产生短暂的兴奋感。',
    '价格便宜，网上就能买到',
  ],
  ['legal', '这种“上头电子烟”在网上很容易买到，抽一口就飘飘然。', '在网上很容易买到'],
  ['legal', '网上随便就能买到的笑气弹，成了一些年轻人聚会的“助兴品”。', '网上随便就能买到'],
  ['legal', '笑气价格不贵，在电商平台轻松就能买到，很多学生都玩过。', '在电商平台轻松就能买到'],
  ['legal', '听说大麻在酒吧里随便都能搞到，价格也不贵。', '在酒吧里随便都能搞到'],
  ['legal', '依托咪酯俗称“上头电子烟”，售价便宜，随处可买，一些学生出于好奇尝试。', '随处可买'],
];

// [gate, text that must stay without a block or warn finding]
const ROUND_CLEAN: Array<[Gate, string]> = [
  [
    'confidentiality',
    '经县委研究，拟提任王某某为县人民法院副院长，现予以公示，公示期为5个工作日。',
  ],
  [
    'confidentiality',
    '根据干部选拔任用工作有关规定，现对王某某同志进行考察预告，考察对象为县财政局副局长王某某。',
  ],
  ['confidentiality', '县人民代表大会选举王某某为县人民法院院长。'],
  ['confidentiality', '本次优秀志愿者评选的推荐人选为社区书记推荐的张某某。'],
  ['confidentiality', '考察组对拟提拔人选进行了考察，考察对象为各乡镇推荐的优秀年轻干部。'],
  ['confidentiality', '县长人选将由县人民代表大会依法选举产生。'],
  ['confidentiality', '法院经审理认为，被告人郑某某构成职务侵占罪，依法判处有期徒刑五年。'],
  [
    'confidentiality',
    '公诉机关建议判处被告人有期徒刑三年至五年，被告人表示认罪认罚，本案将择期宣判。',
  ],
  ['confidentiality', '庭审结束后，合议庭进行了评议，本案将择期宣判。'],
  ['confidentiality', '合议庭经评议，当庭宣判：判处被告人有期徒刑二年。'],
  ['confidentiality', '经本院审判委员会讨论决定，以故意杀人罪判处被告人死刑。'],
  ['confidentiality', '醉驾可能被判处拘役，并处罚金，请广大驾驶员引以为戒。'],
  ['confidentiality', '县司法局受县法院委托，对拟适用缓刑的被告人王某开展社区矫正调查评估。'],
  ['confidentiality', '2024年数据尚未发布，本文采用2023年数据：全县GDP增长5.2%。'],
  ['confidentiality', '部分数据尚未公布，文中一季度GDP增长5.3%为国家统计局发布数据。'],
  ['confidentiality', '据初步核算，一季度全县地区生产总值同比增长5.3%。'],
  ['confidentiality', '初步核算，前三季度全县地区生产总值同比增长5.6%，最终核实数据将于明年发布。'],
  ['confidentiality', '网传“我县一季度GDP增长9%，数据尚未发布”系谣言，请以统计部门发布为准。'],
  ['policy', '县文化和旅游局组织开展送戏下乡活动。'],
  ['policy', '县文化广电旅游体育局召开安全生产会议。'],
  ['policy', '重庆市文化和旅游发展委员会发布假日旅游提示。'],
  ['policy', '县全域旅游发展委员会召开第一次全体会议。'],
  ['policy', '原县旅游局局长张某某因受贿被查。'],
  ['policy', '澳门特区旅游局在广州举办推介会。'],
  ['advertising', '我县运动员参加世界顶级赛事，取得佳绩。'],
  ['advertising', '医院邀请国内顶级专家提供诊疗服务。'],
  ['advertising', '该公司采购了一批顶级服务器用于数据中心。'],
  ['advertising', '温泉度假区接待游客5万人次，游客体验良好。'],
  ['privacy', '报名咨询：家长咨询电话13912345678（王老师）。'],
  ['privacy', '家长如有疑问，可拨打学校联系电话13912345678。'],
  ['privacy', '为方便家长，学校开通咨询热线，联系人：张老师，电话13912345678。'],
  ['legal', '一氧化二氮已纳入危险化学品管理，个人在网上已经买不到了。'],
  ['legal', '一氧化二氮是常用的医用麻醉气体，个人在网上无法买到。'],
  ['legal', '警方提示：网上就能买到的“笑气”实为违禁品，切勿购买吸食。'],
  ['legal', '一些不法商家在网上售卖笑气，民警已依法查处。'],
  ['legal', '现在网上就能买到新鲜的农产品，十分方便。'],
  ['legal', '吸毒危害大。这些毒品在网上不能随意购买，请大家远离。'],
];

describe('heldout-final46 families', () => {
  itReportsFamilies(ROUND_CATCHES, ROUND_CLEAN);
});
