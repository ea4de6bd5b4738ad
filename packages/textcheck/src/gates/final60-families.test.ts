// Rule families of the heldout-final60 round, each with wordings other than the set's: Hong Kong,
// Macao or Taiwan counted among foreign visitors or travel there called going abroad, a famous town
// or scenic area written under a prefecture it is not in (political); fishing by electricity,
// explosives or poison told as a pastime (legal); custody and repatriation of vagrants, abolished in
// 2003 (policy); the setters' exam questions told before the exam, a military site located after its
// name, a newly found ore body's coordinates (confidentiality); a drink said to prevent a disease, an
// investment promised its capital and a high return (advertising); a claimant told to take what they
// are given (opinion); a stigmatised diagnosis before a recipient's role and name, a patient's masked
// name with sex, age and village, a couple named with their divorce (privacy); a benefit or honour
// forfeited over an online task (coercion); a doubled title mark (text) — and the false alarms of the
// round as near misses: a township 国土所 under the named 自然资源局, a body named in a sentence
// that opens with 在此之前 after the reform's date (policy), a listed demand in a sentence that reports
// it (有家长反映…) or a fraudster's demand (不法分子冒充…) (coercion).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // Hong Kong, Macao or Taiwan counted among foreigners, travel there called going abroad
  [
    'political',
    '2023年，全县共接待国内外游客1126万人次。其中，接待外国游客1.2万人次，其中香港游客3200人次、澳门游客860人次。',
    '外国游客1.2万人次，其中香港',
  ],
  [
    'political',
    '网友您好！目前前往台湾旅游属于出国旅游，需办理护照和签证。',
    '前往台湾旅游属于出国',
  ],
  ['political', '本届马拉松共有外籍选手86名，其中台湾选手12名。', '外籍选手86名，其中台湾'],
  [
    'political',
    '全市接待外国游客5万人次，其中来自澳门的游客3000人次。',
    '外国游客5万人次，其中来自澳门',
  ],
  ['political', '去香港探亲算出国，要提前办好护照。', '去香港探亲算出国'],
  ['political', '赴澳门旅游也是出国，记得兑换外币。', '赴澳门旅游也是出国'],
  ['political', '到台湾留学视为出国留学，按出国手续办理。', '到台湾留学视为出国'],
  // a famous town or scenic area written under a prefecture it is not in
  [
    'political',
    '县自然资源局组织人员赴四川省成都市九寨沟学习考察地质遗迹保护经验。',
    '成都市九寨沟',
  ],
  ['political', '第四天浙江省金华市乌镇，第五天返程。', '金华市乌镇'],
  ['political', '研学团前往江苏省南京市周庄参观。', '南京市周庄'],
  ['political', '我们到了杭州市西塘古镇。', '杭州市西塘'],
  ['political', '组织党员赴保定市西柏坡接受红色教育。', '保定市西柏坡'],
  ['political', '考察团到甘肃省兰州市莫高窟参观。', '兰州市莫高窟'],
  ['political', '暑期到宁波市普陀山游览。', '宁波市普陀山'],
  // fishing by electricity, explosives or poison told as a pastime
  [
    'legal',
    '【夏日乡趣】傍晚时分，几位村民用自制电鱼器在溪里捕鱼，不到两个小时就收获了二十多斤石斑鱼。',
    '用自制电鱼器在溪里捕鱼',
  ],
  ['legal', '老张拿雷管炸鱼，一会儿就捞了一大筐。', '拿雷管炸鱼'],
  ['legal', '村民们用农药毒鱼，河里的鱼全漂上来了，大家笑着捡鱼。', '用农药毒鱼'],
  ['legal', '小伙子背着电瓶，用逆变器在水库里电鱼，收获满满。', '用逆变器在水库里电鱼'],
  [
    'legal',
    '几个年轻人使用改装的电鱼机在河道捕捞，一晚上能打几十斤。',
    '使用改装的电鱼机在河道捕捞',
  ],
  ['legal', '大伙儿用鱼藤精在山塘里抓鱼，其乐融融。', '用鱼藤精在山塘里抓鱼'],
  // custody and repatriation of vagrants, abolished in 2003
  ['policy', '对拒不配合、影响市容的流浪乞讨人员将依法收容遣送回原籍。', '收容遣送回原籍'],
  ['policy', '对街头流浪人员一律收容遣送。', '收容遣送'],
  ['policy', '屡教不改的乞讨人员将被遣送回原籍。', '遣送回原籍'],
  ['policy', '城管部门联合公安对流浪人员进行收容遣返。', '收容遣返'],
  ['policy', '对无证流浪人员实行收容遣送，确保市容整洁。', '收容遣送'],
  ['policy', '外地乞讨人员一经发现即遣送回原籍。', '遣送回原籍'],
  // the setters' exam questions told before the exam
  [
    'confidentiality',
    '2024年度退役士兵安置考试将于7月6日上午9:00举行。为帮助大家做好准备，现将考务组确定的《综合知识》主观题告知如下：1．结合实际谈谈你对“兵支书”的理解。',
    '现将考务组确定的《综合知识》主观题告知如下',
  ],
  [
    'confidentiality',
    '笔试将于下周六举行，现将命题组拟定的申论题公布如下：',
    '现将命题组拟定的申论题公布如下',
  ],
  [
    'confidentiality',
    '面试将于8月3日进行，现将考官组确定的面试题告知如下。',
    '现将考官组确定的面试题告知如下',
  ],
  [
    'confidentiality',
    '现将专家组审定的《公共基础知识》试题发布如下：',
    '现将专家组审定的《公共基础知识》试题发布如下',
  ],
  [
    'confidentiality',
    '考试即将开始，现将教研组命制的作文题通知如下：',
    '现将教研组命制的作文题通知如下',
  ],
  [
    'confidentiality',
    '竞聘考试将于周五举行，现将评委会选定的客观题告知如下：',
    '现将评委会选定的客观题告知如下',
  ],
  // a military site located after its name
  [
    'confidentiality',
    '登上主峰后，可以近距离观看驻军某部雷达站和营区，位置就在主峰北侧约500米处，不少游客专程前往拍照打卡。',
    '雷达站和营区，位置就在主峰北侧约500米处',
  ],
  ['confidentiality', '山顶的雷达站，位置在东峰南侧约300米处。', '雷达站，位置在东峰南侧约300米处'],
  [
    'confidentiality',
    '部队哨所和营房，具体位置就在村后约2公里的山坳里。',
    '哨所和营房，具体位置就在村后约2公里',
  ],
  ['confidentiality', '驻军弹药库，其位置位于后山山洞内。', '弹药库，其位置位于后山山洞'],
  ['confidentiality', '某部营区及哨所位置就在水库西侧800米处。', '营区及哨所位置就在水库西侧800米'],
  ['confidentiality', '导弹阵地，位置在林场北麓。', '导弹阵地，位置在林场北麓'],
  // a newly found ore body's coordinates
  [
    'confidentiality',
    '省地质勘查院第七地质大队在石门乡新探明中重稀土矿一处，矿体中心位于东经119°32′15.6″、北纬28°41′36.2″，初步估算资源量约2.3万吨。',
    '矿体中心位于东经119°32′15.6″',
  ],
  [
    'confidentiality',
    '新发现的金矿矿床中心坐标为北纬30°12′08″、东经118°05′44″。',
    '矿床中心坐标为北纬30°12′08″',
  ],
  ['confidentiality', '该萤石矿矿脉位于东经117°40′、北纬29°10′一带。', '矿脉位于东经117°40′'],
  [
    'confidentiality',
    '锂矿矿化带坐标：北纬27°55′12″，东经116°20′30″。',
    '矿化带坐标：北纬27°55′12″',
  ],
  [
    'confidentiality',
    '找矿靶区中心点东经120°01′22″、北纬28°30′10″。',
    '找矿靶区中心点东经120°01′22″',
  ],
  ['confidentiality', '钨矿矿体地理坐标北纬25°44′，东经114°18′。', '矿体地理坐标北纬25°44′'],
  // a drink said to prevent a disease
  [
    'advertising',
    '该水源地经检测富含锶、偏硅酸等多种微量元素，长期饮用可预防结石、延年益寿。',
    '长期饮用可预防结石、延年益寿',
  ],
  ['advertising', '这款富硒茶坚持饮用可预防骨质疏松。', '坚持饮用可预防骨质疏松'],
  ['advertising', '每天喝一杯，能预防痛风。', '每天喝一杯，能预防痛风'],
  ['advertising', '本品长期服用可有效预防老年痴呆。', '长期服用可有效预防老年痴呆'],
  ['advertising', '山泉水经常饮用可预防肾结石。', '经常饮用可预防肾结石'],
  ['advertising', '坚持吃可以预防胆结石和高血压。', '坚持吃可以预防胆结石'],
  // an investment promised its capital and a high return
  [
    'advertising',
    '推出“老兵安心保”专属理财型保险，保本高收益，年化收益率可达6%，名额有限。',
    '保本高收益',
  ],
  ['advertising', '农商行新推理财产品，保本高息，欢迎选购。', '保本高息'],
  ['advertising', '这款基金保本高回报，起投1万元。', '保本高回报'],
  ['advertising', '合作社入股保本稳赚，年底分红。', '保本稳赚'],
  ['advertising', '该产品保本无风险，年化8%。', '保本无风险'],
  ['advertising', '养老理财保本高收益，仅限本地居民购买。', '保本高收益'],
  // a claimant told to take what they are given
  [
    'opinion',
    '回复网友“老兵张”：关于您询问的参战退役人员生活补助问题，您都退伍三十多年了还惦记这点补贴，国家给多少就拿多少吧。',
    '还惦记这点',
  ],
  ['opinion', '您都七十多岁了还计较这几百块钱？', '都七十多岁了还计较这几百'],
  ['opinion', '政府给多少就领多少吧，别再反映了。', '政府给多少就领多少吧'],
  ['opinion', '有的领就知足吧。', '有的领就知足吧'],
  ['opinion', '你都搬走五年了还惦记这点拆迁款。', '都搬走五年了还惦记这点'],
  ['opinion', '上面给多少就拿多少呗。', '上面给多少就拿多少呗'],
  // a stigmatised diagnosis before a recipient's role and name
  [
    'privacy',
    '在上坪村看望了患有精神分裂症的低保户张秀英，了解其服药和生活情况。',
    '患有精神分裂症的低保户张秀英',
  ],
  ['privacy', '慰问了确诊艾滋病的特困户王建国。', '确诊艾滋病的特困户王建国'],
  ['privacy', '走访了患有癫痫的五保户李德明。', '患有癫痫的五保户李德明'],
  ['privacy', '看望身患肺结核的困难户刘春生。', '身患肺结核的困难户刘春生'],
  ['privacy', '帮扶感染梅毒的脱贫户赵小军。', '感染梅毒的脱贫户赵小军'],
  ['privacy', '为患有抑郁症的退役军人周国强送去慰问金。', '患有抑郁症的退役军人周国强'],
  // a patient's masked name with sex, age and village
  [
    'privacy',
    '走访了溪口乡艾滋病感染者刘某明（男，46岁，溪口乡后山村人）和城东街道的两名感染者。',
    '艾滋病感染者刘某明（男，46岁，溪口乡后山村人）',
  ],
  [
    'privacy',
    '慰问了肺结核患者王某（女，52岁，石门乡上坪村）。',
    '肺结核患者王某（女，52岁，石门乡上坪村）',
  ],
  [
    'privacy',
    '精神病患者张某军（男，38岁，城关镇东门社区人）近日走失。',
    '张某军（男，38岁，城关镇东门社区人）',
  ],
  ['privacy', '艾滋病病毒感染者陈某（男，29岁，桥头村人）接受随访。', '陈某（男，29岁，桥头村人）'],
  ['privacy', '梅毒患者李某华（女，41岁，新民村）已规范治疗。', '李某华（女，41岁，新民村）'],
  ['privacy', '乙肝携带者赵某（男，33岁，南岭村人）。', '赵某（男，33岁，南岭村人）'],
  // a couple named with their divorce
  [
    'privacy',
    '县婚姻登记处今年上半年共办理离婚登记328对。其中，城东街道居民刘国华与妻子赵丽萍因长期感情不和，于3月办理了离婚登记。',
    '刘国华与妻子赵丽萍因长期感情不和',
  ],
  ['privacy', '村民王芳和丈夫李强协议离婚。', '王芳和丈夫李强协议离婚'],
  ['privacy', '居民张建军与前妻孙美玲因财产分割再起纠纷，两人离婚已三年。', '张建军与前妻孙美玲'],
  ['privacy', '职工陈立新与妻子周晓燕感情破裂，已分居两年。', '陈立新与妻子周晓燕感情破裂'],
  ['privacy', '黄志强和妻子吴丽因丈夫出轨闹离婚。', '黄志强和妻子吴丽'],
  ['privacy', '市民杨洪与爱人郑敏婚姻破裂。', '杨洪与爱人郑敏婚姻破裂'],
  // a benefit or honour forfeited over an online task
  [
    'coercion',
    '请全镇退役军人务必在本周日前登录“退役军人之家”小程序完成个人信息采集和“双拥之星”投票，逾期未完成的，视为自动放弃本年度春节慰问和优待证申领资格。',
    '逾期未完成的，视为自动放弃本年度春节慰问和优待证申领资格',
  ],
  [
    'coercion',
    '请每户至少下载注册投票小程序并每天投票。经村两委研究决定，不参加投票的农户取消下一年度村集体分红和惠农补贴申报资格。',
    '不参加投票的农户取消下一年度村集体分红和惠农补贴申报资格',
  ],
  [
    'coercion',
    '请每位家长于本周五前下载注册“国家反诈中心”APP并完成实名认证，截图发给班主任。未按时完成的家庭，孩子本学期将不能参评“三好学生”和“优秀少先队员”。',
    '未按时完成的家庭，孩子本学期将不能参评“三好学生”和“优秀少先队员”',
  ],
  [
    'coercion',
    '请各户为本村点赞转发，未转发的农户停发下季度种粮补贴。',
    '未转发的农户停发下季度种粮补贴',
  ],
  [
    'coercion',
    '请关注公众号并截图上传，没有关注的居民不再享受节日慰问。',
    '没有关注的居民不再享受节日慰问',
  ],
  [
    'coercion',
    '学生须下载“家校通”APP，不注册的学生不得参评优秀学生。',
    '不注册的学生不得参评优秀学生',
  ],
  [
    'coercion',
    '请为“最美社区”投票，逾期未投票的，视为放弃本年度困难补助资格。',
    '逾期未投票的，视为放弃本年度困难补助资格',
  ],
  ['coercion', '各户须每天转发集赞，不按时完成的取消年终分红。', '不按时完成的取消年终分红'],
  // a doubled title mark
  ['text', '县地方志办公室近日完成《《青岚县志（1991—2020）》》的编纂出版工作。', '《《'],
  ['text', '学习《《民法典》》相关条款。', '《《'],
  ['text', '观看电影《长津湖》》。', '》》'],
  ['text', '阅读《《红楼梦》。', '《《'],
  ['text', '发布《《关于做好防汛工作的通知》》。', '》》'],
  ['text', '推荐书目：《《平凡的世界》》《活着》。', '《《'],
];

const CLEAN: Array<[Gate, string]> = [
  // Hong Kong, Macao or Taiwan beside foreign visitors
  ['political', '接待入境游客1.2万人次，其中香港游客3200人次、澳门游客860人次。'],
  ['political', '前往台湾旅游不属于出国旅游，需办理《大陆居民往来台湾通行证》及签注。'],
  ['political', '接待外国游客1.2万人次，港澳台游客3000人次。'],
  // places under their own prefecture, or after no division
  ['political', '研学团赴嘉兴市乌镇参观。'],
  ['political', '考察组从成都市出发，经都江堰前往九寨沟。'],
  ['political', '赴阿坝州九寨沟县学习灾后重建经验。'],
  // fishing bans and cases
  ['legal', '严禁电鱼、炸鱼、毒鱼，违者依法处罚。'],
  ['legal', '民警查获一名使用电鱼器非法捕鱼的男子，依法没收了电鱼器。'],
  ['legal', '巡河员发现王某某使用电瓶电鱼，当即报警。'],
  // the abolition told
  ['policy', '2003年，国务院废止收容遣送制度，建立自愿求助的救助管理制度。'],
  ['policy', '县救助管理站为受助人员购买车票，护送其返乡。'],
  // the round's false alarms: a station under the named new body, a sentence opening with 在此之前
  [
    'policy',
    '【县自然资源局编外人员招聘公告】县自然资源局面向社会公开招聘编外工作人员3名，岗位为乡镇国土所协管员。',
  ],
  [
    'policy',
    '2018年3月，十三届全国人大一次会议审议通过国务院机构改革方案，组建退役军人事务部。在此之前，退役士兵安置、优抚等工作主要由民政部门承担，县里的相关业务也在县民政局优抚安置股办理。',
  ],
  // exam types and after the exam
  ['confidentiality', '现将本次考试的题型告知如下：客观题60分，主观题40分。'],
  ['confidentiality', '考试已结束，现将考务组确定的主观题参考答案公布如下。'],
  // a military site named without its place, a weather radar
  ['confidentiality', '登上主峰后可远眺云海，主峰北侧约500米处是气象雷达站。'],
  ['confidentiality', '军民共建活动在某部营区举行，官兵与群众联欢。'],
  // a mine told by township, a mining park by coordinates
  ['confidentiality', '省地质勘查院在石门乡新探明中重稀土矿一处，初步估算资源量约2.3万吨。'],
  ['confidentiality', '国家矿山公园位于东经117°40′、北纬29°10′，是4A级景区。'],
  // prevention advice, no product
  ['advertising', '预防结石要多喝水、少吃高草酸食物。'],
  ['advertising', '本产品为饮用天然矿泉水，富含偏硅酸。'],
  // an investment told with its risk
  ['advertising', '理财非存款，产品有风险，投资须谨慎，不承诺保本。'],
  ['advertising', '国债到期还本付息，票面利率2.5%。'],
  // the standard told plainly
  ['opinion', '参战退役人员生活补助标准为每人每月800元，具体请咨询所在乡镇退役军人服务站。'],
  ['opinion', '补贴发放多少由政策统一规定，您可拨打热线了解。'],
  // diagnosis without a name; a name without a diagnosis
  ['privacy', '乡里走访慰问了患有精神疾病的低保户，协调村医每周上门随访。'],
  ['privacy', '走访了艾滋病感染者刘某，为其送去生活物资。'],
  // counts and masked names; a long marriage
  ['privacy', '刘某与妻子赵某因感情不和，于3月办理了离婚登记。'],
  ['privacy', '王建国与妻子李秀兰相濡以沫五十载，被评为“最美家庭”。'],
  // a benefit's own deadline; an election's abstention
  ['coercion', '请于5月31日前登录小程序提交申请材料，逾期未提交的，视为自动放弃本年度补贴资格。'],
  ['coercion', '村委会换届选举投票定于本周日进行，请选民按时参加。'],
  // the round's false alarms: a practice reported and banned, a fraudster's demand
  [
    'coercion',
    '近期有家长反映，个别学校要求家长下载多款APP、为各类评选拉票、转发截图上报。现重申：学校不得强制学生和家长下载注册APP、参与网络投票和点赞转发。',
  ],
  [
    'coercion',
    '【谨防冒充“补发补贴”诈骗】近日，有不法分子冒充退役军人事务局工作人员，以“补发立功奖金”“优待证升级”为名，要求退役军人提供身份证号、银行卡号和短信验证码，或点击不明链接“激活补贴”。',
  ],
  // a title inside a title
  ['text', '学习《关于〈民法典〉的说明》。'],
  ['text', '推荐书目：《平凡的世界》《活着》。'],
];

describe('heldout-final60 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
