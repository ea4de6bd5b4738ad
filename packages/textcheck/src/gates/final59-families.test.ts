// Rule families of the heldout-final59 round, each with wordings other than the set's: a party body's
// head called 主任 (县纪委主任, 党委副主任), an old town put under a city it is not in (丽江市大理古城)
// (political); the three farm subsidies merged in 2016 told as current (粮食直补、农资综合补贴和良种
// 补贴) (policy); the head of a gang charged called so before judgement (该犯罪团伙头目周某某), a massage
// venue's sexual services by their trade names (提供异性“全套”私密服务), laughing gas sold to the
// reader (可以在入口处购买“笑气”气球…吸一口快乐加倍), a village rule handing whoever is caught to a private
// punishment (一经抓获，由治安巡逻队捆绑后在村口示众一天), a girl victim named after her age (12岁女童
// 李欣怡) (legal); the citizen told to read before asking (麻烦您自己先看看公告再来问好吗？), the public
// ordered about (老赖们都给我听好了) (opinion); a victim named before her account of domestic beating, a
// person named before the diagnosis, a person with HIV named before 一家 (privacy); members of an
// undecided meeting named masked and told to disagree, each then by name alone (confidentiality) — and
// the false alarms of the round as near misses: internal material set beside state secrets in a
// secrecy reminder (内部资料虽不一定属于国家秘密，但未经批准不得公开发布), and a secrecy lesson's rule
// of where classified files may be handled (涉密文件只能在…涉密计算机上处理).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a party body's head called 主任
  [
    'political',
    '11月20日，县委常委、县纪委主任、县监委主任张卫东到城关镇调研基层监督工作。',
    '纪委主任',
  ],
  ['political', '市纪委副主任李某通报了典型案例。', '纪委副主任'],
  ['political', '镇党委主任王建军主持召开党委会。', '党委主任'],
  ['political', '开发区纪工委主任赵某出席会议。', '纪工委主任'],
  ['political', '村党支部主任刘德福带头捐款。', '党支部主任'],
  ['political', '局党组副主任陈某传达了会议精神。', '党组副主任'],
  // an old town put under a city it is not in
  [
    'political',
    '【冬游推荐】第一站昆明，滇池畔喂红嘴鸥；第二站丽江市大理古城，漫步洱海边、打卡崇圣寺三塔。',
    '丽江市大理古城',
  ],
  ['political', '国庆假期，张家界市凤凰古城游客如织。', '张家界市凤凰古城'],
  ['political', '线路途经太原市平遥古城。', '太原市平遥古城'],
  ['political', '大理州丽江古城入选世界文化遗产。', '大理州丽江古城'],
  ['political', '游客可前往贵阳市镇远古城参观。', '贵阳市镇远古城'],
  ['political', '安排游览黄山市婺源古镇。', '黄山市婺源古镇'],
  // the three farm subsidies merged in 2016, told as current
  [
    'policy',
    '种粮农民可按承包耕地面积领取粮食直补、农资综合补贴和良种补贴三项补贴，补贴资金将于12月中旬前发放到户。',
    '粮食直补',
  ],
  ['policy', '今年粮食直补资金已下达，请农户核对“一卡通”账户。', '粮食直补'],
  ['policy', '农资综合补贴按每亩68元的标准发放。', '农资综合补贴'],
  ['policy', '请符合条件的农户于月底前申报农作物良种补贴。', '农作物良种补贴'],
  ['policy', '小麦良种补贴每亩10元，由乡镇财政所统一发放。', '良种补贴'],
  ['policy', '本年度种粮农民直接补贴将通过惠农卡发放。', '种粮农民直接补贴'],
  // the head of a gang charged, called so before judgement
  [
    'legal',
    '县人民检察院依法以涉嫌寻衅滋事罪对周某某等12人提起公诉。经审查，该犯罪团伙头目周某某自2019年以来纠集社会闲散人员强揽工程。',
    '犯罪团伙头目周某某',
  ],
  ['legal', '警方抓获犯罪团伙头目李某及成员5人。', '犯罪团伙头目李某'],
  ['legal', '黑老大王某某已被依法刑事拘留。', '黑老大王某某'],
  ['legal', '犯罪集团首要分子陈某某目前已被批准逮捕。', '犯罪集团首要分子陈某某'],
  ['legal', '该案将于下月开庭审理，黑恶团伙头目赵某拒不认罪。', '黑恶团伙头目赵某'],
  ['legal', '犯罪集团头目孙某落网后，警方继续追捕其余成员。', '犯罪集团头目孙某'],
  // a massage or bath venue's sexual services by their trade names
  [
    'legal',
    '古镇东街新开的几家足浴养生会所提供异性“全套”私密服务，深受外地游客青睐。',
    '提供异性“全套”私密服务',
  ],
  ['legal', '城南洗浴中心还有“莞式”服务，包您满意。', '还有“莞式”服务'],
  ['legal', '这家按摩店可提供异性特殊服务，价格实惠。', '提供异性特殊服务'],
  ['legal', '养生馆新推出异性贴身服务，欢迎预约。', '推出异性贴身服务'],
  ['legal', '桑拿会所提供“大保健”服务，晚上10点后更优惠。', '提供“大保健”服务'],
  ['legal', '足疗店配有异性推拿服务，24小时营业。', '配有异性推拿服务'],
  // laughing gas sold to the reader
  [
    'legal',
    '城西美食夜市本周六正式开街！年轻人还可以在入口处购买“笑气”气球，10元一个，吸一口快乐加倍。',
    '购买“笑气”气球',
  ],
  ['legal', '欢迎来店选购笑气气弹，量大从优。', '选购笑气气弹'],
  ['legal', '音乐节现场可以购买笑气气球助兴。', '购买笑气气球'],
  ['legal', '笑气气球人手一个，吸一口嗨翻天！', '笑气气球人手一个，吸一口嗨翻天'],
  ['legal', '快来体验“笑气”气球，一个只要15元。', '体验“笑气”气球'],
  ['legal', '派对必备笑气一瓶，吸上一口烦恼全消。', '吸上一口烦恼全消'],
  // a village rule handing whoever is caught to a private punishment
  [
    'legal',
    '三、对偷盗村集体财物者，一经抓获，由治安巡逻队捆绑后在村口示众一天，并处罚款500元。',
    '由治安巡逻队捆绑后在村口示众一天',
  ],
  ['legal', '对乱砍滥伐者，一经发现，由护林队员将其绑起来游街。', '将其绑起来游街'],
  ['legal', '偷鸡者一经抓住，将其捆绑示众。', '捆绑示众'],
  ['legal', '赌博者一经查获，交由联防队关押三天。', '关押三天'],
  ['legal', '对偷电者一经查实，由村委会挂牌游街。', '挂牌游街'],
  ['legal', '偷摘果子的，一经抓到，交给果农关起来。', '关起来'],
  // a girl or boy victim named after the age
  [
    'legal',
    '被告人赵某某多次对被害人实施猥亵。被害人系城关镇西街社区12岁女童李欣怡，案发后由其母亲报警。',
    '12岁女童李欣怡',
  ],
  ['legal', '被告人多次猥亵邻居家9岁女童王梓萱，被判处有期徒刑。', '9岁女童王梓萱'],
  ['legal', '10岁男童张浩然被拐骗后，警方连夜展开搜救。', '10岁男童张浩然'],
  ['legal', '被告人强奸年仅8岁的幼女刘思雨，被依法判处死刑。', '8岁的幼女刘思雨'],
  ['legal', '6岁儿童陈子轩被犯罪嫌疑人拐走。', '6岁儿童陈子轩'],
  ['legal', '11岁女童赵雨涵，被告人对其实施猥亵。', '11岁女童赵雨涵'],
  // the citizen told to read before asking
  [
    'opinion',
    '本平台已经回答过很多次了，公告里也写得清清楚楚，麻烦您自己先看看公告再来问好吗？',
    '麻烦您自己先看看公告再来问好吗',
  ],
  ['opinion', '能不能先把通知看完再留言行不行？', '先把通知看完再留言行不行'],
  ['opinion', '请你先看看办事指南再来咨询行不行？', '先看看办事指南再来咨询行不行'],
  ['opinion', '拜托你们自己先查查政策再来问好不好！', '先查查政策再来问好不好'],
  ['opinion', '麻烦先仔细看看置顶帖再提问可以吗？', '先仔细看看置顶帖再提问可以吗'],
  ['opinion', '自己先翻翻以前的回复再来评论行吗？', '先翻翻以前的回复再来评论行吗'],
  // the public ordered about
  ['opinion', '老赖们都给我听好了，欠钱不还躲到哪里都没用。', '都给我听好了'],
  ['opinion', '违章停车的车主给我听着，再乱停一律拖走！', '给我听着'],
  ['opinion', '那些乱扔垃圾的人统统给我老实点！', '统统给我老实点'],
  ['opinion', '造谣的网友都给我听清楚了，网络不是法外之地。', '都给我听清楚了'],
  ['opinion', '偷倒渣土的给我等着瞧，抓到一个处理一个。', '给我等着瞧'],
  ['opinion', '各位欠缴物业费的业主给我放老实点。', '给我放老实点'],
  // a victim named before her account of domestic beating
  [
    'privacy',
    '近日，县妇联接到城南社区居民张丽娟求助，称长期遭受丈夫殴打。',
    '居民张丽娟求助，称长期遭受丈夫殴打',
  ],
  ['privacy', '东街村村民王秀英报警称被丈夫打骂多年。', '村民王秀英报警称被丈夫打骂'],
  ['privacy', '居民李红梅来访时反映，遭受前夫殴打。', '居民李红梅来访时反映，遭受前夫殴打'],
  ['privacy', '妇女刘春燕哭诉，长期遭受丈夫家暴。', '妇女刘春燕哭诉，长期遭受丈夫家暴'],
  ['privacy', '村民赵桂芝遭受儿子殴打，村委会介入调解。', '村民赵桂芝遭受儿子殴打'],
  ['privacy', '居民陈玉兰投诉称多次被继父打骂。', '居民陈玉兰投诉称多次被继父打骂'],
  // a person named before the diagnosis
  [
    'privacy',
    '县人民医院心理科近日收治了东关村68岁村民赵桂兰，其因重度抑郁症多次产生轻生念头。',
    '村民赵桂兰，其因重度抑郁症',
  ],
  ['privacy', '西街村村民王建国确诊为肺结核，已隔离治疗。', '村民王建国确诊为肺结核'],
  ['privacy', '社区居民孙丽华患有精神分裂症，家人无力照料。', '居民孙丽华患有精神分裂症'],
  ['privacy', '困难群众张德胜，因患艾滋病长期无法务工。', '群众张德胜，因患艾滋病'],
  ['privacy', '务工人员刘志强查出乙肝后被辞退。', '务工人员刘志强查出乙肝'],
  ['privacy', '老人周玉珍罹患癫痫多年。', '老人周玉珍罹患癫痫'],
  // a person with HIV named before 一家
  ['privacy', '县疾控中心走访慰问了东庄镇艾滋病感染者王建华一家。', '艾滋病感染者王建华'],
  ['privacy', '看望精神障碍患者李红军一家，送去慰问金。', '精神障碍患者李红军'],
  // members of an undecided meeting named masked and told to disagree
  [
    'confidentiality',
    '县委常委会召开会议，研究征收补偿方案。会上，常委王某与李某意见分歧较大，王某认为每平方米补偿6800元过高、财政难以承受，李某则坚持不低于7200元，最终会议决定暂缓表决。',
    '常委王某与李某意见分歧较大',
  ],
  [
    'confidentiality',
    '镇党委会研究拆迁方案时，委员张某与刘某争执不下，会议未形成决定。',
    '委员张某与刘某争执不下',
  ],
  [
    'confidentiality',
    '县政府常务会上，副县长陈某与局长周某意见不一，待下次会议继续研究。',
    '副县长陈某与局长周某意见不一',
  ],
  [
    'confidentiality',
    '会上意见分歧较大，赵某认为应当缓建，钱某则主张立即开工，会议决定择期再议。',
    '赵某认为应当缓建',
  ],
  [
    'confidentiality',
    '党组会研究人选时存在分歧，孙某坚持推荐本单位干部，会议未形成一致意见。',
    '孙某坚持推荐本单位干部',
  ],
  [
    'confidentiality',
    '办公会上，主任吴某和副主任郑某各执一词，暂缓决定。',
    '主任吴某和副主任郑某各执一词',
  ],
];

// Clean texts of the same topics, and the round's false alarms.
const CLEAN: Array<[Gate, string]> = [
  // a 纪委 led by its 书记, a commission's 主任, a rank
  ['political', '县委常委、县纪委书记、县监委主任张卫东到城关镇调研。'],
  ['political', '市纪委监委第一监督检查室主任李某参加会议；他是县纪委主任科员。'],
  // an old town under its own city, a town named for no division
  ['political', '大理州大理古城、丽江市古城区、晋中市平遥古城都是热门景点。'],
  ['political', '丽江市束河古镇、苏州市周庄古镇游客众多。'],
  // the subsidies told merged, and today's subsidy
  ['policy', '2016年起，国家将粮食直补、农资综合补贴和良种补贴合并为农业支持保护补贴。'],
  ['policy', '耕地地力保护补贴资金已发放到户；畜牧良种补贴项目继续实施。'],
  // a suspect called so, a gang's head after judgement
  ['legal', '县检察院对犯罪嫌疑人周某某等12人提起公诉。'],
  ['legal', '法院以组织、领导黑社会性质组织罪判处该犯罪集团首要分子周某某有期徒刑二十年。'],
  // a venue's lawful service, a raid on the other kind
  ['legal', '月子会所提供全套产后护理服务；洗浴中心有异性服务员。'],
  ['legal', '民警查处一家提供异性“全套”服务的足浴店，依法予以取缔。'],
  // laughing gas warned against
  ['legal', '不法商贩在夜市兜售“笑气”气球，吸一口就可能导致缺氧，请家长提醒孩子切勿购买。'],
  ['legal', '民警提醒：笑气并非“快乐气体”，长期吸食会导致神经损伤。'],
  // a rule handing the caught to the police
  ['legal', '对偷盗村集体财物者，一经抓获，由公安机关依法处理。'],
  ['legal', '一经发现，交由派出所依法关押审查；严禁私自捆绑游街示众。'],
  // a child named for praise, an age with a masked name
  ['legal', '12岁女童李欣怡勇救落水同伴，被授予见义勇为好少年称号。'],
  ['legal', '被害人系12岁女童李某，案发后由其母亲报警。'],
  // a pointer to the notice, an order said in a story
  ['opinion', '具体材料请先查阅公告，如有疑问可再咨询。'],
  ['opinion', '请先阅读办事指南，再前往窗口办理。'],
  ['opinion', '小说中，山大王喝道：“都给我听好了！”'],
  ['opinion', '老师说请大家仔细听好了，下面讲考试要求。'],
  // a victim unnamed, a beating not in a family
  ['privacy', '县妇联接到城南社区一名居民求助，称长期遭受丈夫殴打。'],
  ['privacy', '居民张某某求助，称长期遭受丈夫殴打。'],
  // a name with no diagnosis, a diagnosis with no name
  ['privacy', '东关村村民赵桂兰，其家中有两个孩子在读大学。'],
  ['privacy', '县人民医院心理科收治了一名68岁村民，其因重度抑郁症多次产生轻生念头。'],
  // a meeting that decided, a view with no split
  ['confidentiality', '会议研究同意了该方案，常委王某与李某均表示赞成。'],
  ['confidentiality', '会上，王某认为方案可行，会议一致通过。'],
  // round 59's false alarms
  [
    'confidentiality',
    '【保密提醒】近期，个别单位工作人员将标有“内部资料”“注意保存”字样的文件拍照转发至工作微信群，造成不良影响。县保密办提醒：内部资料虽不一定属于国家秘密，但未经批准不得公开发布；涉密文件严禁通过互联网传递。',
  ],
  ['confidentiality', '工作秘密虽不属于国家秘密，但同样不得擅自公开。'],
  [
    'confidentiality',
    '【保密常识】问：领导干部在家中能否用个人电脑处理标有“秘密★”的文件？答：不能。涉密文件只能在符合保密要求的涉密计算机上处理，严禁带回家中或在连接互联网的计算机上存储、处理。',
  ],
  ['confidentiality', '涉密载体应存放在保密柜中，不得随意放置。'],
];

// A marking that marks the post itself, still reported.
const STILL: Array<[Gate, string, string]> = [
  ['confidentiality', '以下为内部资料，请勿外传。', '内部资料'],
  ['confidentiality', '本资料未经批准不得复制。', '未经批准不得复制'],
];

describe('heldout-final59 families', () => {
  itReportsFamilies([...CATCHES, ...STILL], CLEAN);
});
