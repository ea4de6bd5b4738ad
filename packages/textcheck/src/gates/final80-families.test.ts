// Rule families of the heldout-final80 round, each with wordings other than the set's: a suspect called
// by an everyday name for an offender (骗子周某) before judgement, a beating by bystanders told with
// applause, a question about growing a drug crop answered lightly, money stakes permitted under a cap,
// a banned additive advised for feed or food (legal); a school ranking itself the best of a place
// (advertising); a group of the public named by its role and judged low in 素质, a kin or neighbour
// praised with the virtue alone in quotes (opinion); a work secret's marking in brackets, and, kept
// quiet, a plain telegram cited after its full published title (confidentiality); a benefit given to a
// group named by the abolished agricultural household type (policy); a record in brackets after a full
// name, a diagnosis before a name with a form of address, a named person's bad credit record (privacy);
// and 的 for 地 before verbs of checking (text, typo detector).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

/** A county notice citing a telegram of the State Council's General Office by its published title. */
const holidayPage = (citation: string) =>
  `<html><head><title>关于端午节放假安排的通知</title></head><body><div class="content"><p>${citation}现将我县端午节放假安排通知如下：</p><p>6月10日放假，共3天。</p></div></body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a suspect called by an everyday name for an offender before judgement
  [
    'legal',
    '@网友 您好，您反映在网上购买农资被骗一事，经县公安局核查，骗子周某已于本月10日被抓获，案件正在侦查中。',
    '骗子周某',
  ],
  ['legal', '骗子李某冒充银行客服，已被警方刑事拘留。', '骗子李某'],
  ['legal', '诈骗分子王某已被依法逮捕。', '诈骗分子王某'],
  ['legal', '民警迅速出击，将盗贼赵某抓获归案。', '盗贼赵某'],
  ['legal', '目前，骗子孙某某已被移送审查起诉。', '骗子孙某某'],
  ['legal', '经过连续蹲守，专案组在出租屋内将盗贼钱某控制。', '盗贼钱某'],
  // a beating by bystanders told with applause
  [
    'legal',
    '近日，某村村民发现两名男子深夜翻墙偷狗，众人将其围住一顿暴打，大快人心。目前两名男子已被移交派出所处理。综治中心提醒群众，发现偷盗行为请第一时间报警。',
    '一顿暴打，大快人心',
  ],
  ['legal', '小偷被村民痛打一顿，真解气！', '痛打一顿，真解气'],
  ['legal', '商户们把偷电瓶车的男子打得鼻青脸肿，活该。', '打得鼻青脸肿，活该'],
  ['legal', '几名乘客将扒手暴打一顿，干得漂亮！', '暴打一顿，干得漂亮'],
  ['legal', '偷鸡贼被养殖户们围殴，好样的！', '围殴，好样的'],
  ['legal', '那个碰瓷的被路人一顿痛打，太解气了。', '一顿痛打，太解气'],
  // a question about growing a drug crop answered lightly
  [
    'legal',
    '有村民问，在自家菜园种几株罂粟，用壳煮水治肚子疼行不行？其实少量种植问题不大，但一定要注意用量。如腹痛持续不缓解，请及时到我院就诊。',
    '少量种植问题不大',
  ],
  ['legal', '院子里种两棵大麻当观赏植物，没什么问题。', '没什么问题'],
  ['legal', '问：家里阳台种了几株罂粟花可以吗？答：少量种植没事。', '少量种植没事'],
  ['legal', '有人问在菜地边上种几棵大烟能不能？几棵的话不要紧。', '几棵的话不要紧'],
  ['legal', '栽几株罂粟做调料，问题不大。', '问题不大'],
  ['legal', '网友问老家院里种了罂粟要紧吗？种几株无妨。', '种几株无妨'],
  // money stakes permitted under a cap
  [
    'legal',
    '【活动室开放】社区老年活动室新添了4张麻将桌，每天下午开放。大家娱乐时每局输赢控制在100元以内就行，注意不要争吵，离开时关好门窗。',
    '每局输赢控制在100元以内就行',
  ],
  ['legal', '春节期间打牌，彩头不超过50元没问题，注意别熬夜。', '彩头不超过50元没问题'],
  ['legal', '村里规定，打麻将输赢最多200块就不算赌博。', '输赢最多200块就不算赌博'],
  ['legal', '亲友间打牌，赌注控制在20元以内即可，不要影响邻居休息。', '赌注控制在20元以内即可'],
  ['legal', '老人们下棋打牌，每次输赢不超过十元就好。', '每次输赢不超过十元就好'],
  ['legal', '棋牌室里每盘押注限制在30元以内都行。', '押注限制在30元以内都行'],
  // a banned additive advised for feed or food
  [
    'legal',
    '【养殖技术】育肥猪后期可在饲料中适量添加瘦肉精，能有效提高瘦肉率、改善胴体品质。',
    '可在饲料中适量添加瘦肉精',
  ],
  ['legal', '腌制咸菜时可以加点硼砂，口感更脆。', '可以加点硼砂'],
  ['legal', '鱼塘发生水霉病，可用孔雀石绿泼洒消毒。', '可用孔雀石绿'],
  ['legal', '养牛户出栏前一个月可在精料里拌入莱克多巴胺。', '可在精料里拌入莱克多巴胺'],
  ['legal', '咸鸭蛋要想蛋黄红亮，可以掺入少量苏丹红。', '可以掺入少量苏丹红'],
  ['legal', '养猪户可在饲料里拌入沙丁胺醇。', '可在饲料里拌入沙丁胺醇'],
  // a school ranking itself the best of a place
  [
    'advertising',
    '我校是全省最好的中职学校，拥有省级示范专业4个、校内实训基地12个，毕业生深受企业欢迎，欢迎初中毕业生报考。',
    '全省最好的中职',
  ],
  ['advertising', '本园是全市最优质的幼儿园，欢迎家长报名。', '全市最优质的幼儿园'],
  ['advertising', '我校系省内顶尖的民办高中。', '省内顶尖的民办高中'],
  ['advertising', '本校已成为全县最好的职业学校。', '全县最好的职业学校'],
  ['advertising', '我院是全市一流的技工学校，常年招生。', '全市一流的技工学校'],
  ['advertising', '我校为全国第一的艺术类院校，报考从速。', '全国第一的艺术类院校'],
  // a group of the public named by its role and judged low in 素质
  [
    'opinion',
    '近期门诊插队现象频发，有些家属素质太差，还对医护人员大吵大闹。请大家文明就医，自觉排队。',
    '有些家属素质太差',
  ],
  ['opinion', '个别乘客素质极低，随地吐痰。', '个别乘客素质极低'],
  ['opinion', '少数车主的素质实在太差了，乱停乱放。', '少数车主的素质实在太差了'],
  ['opinion', '部分家长素质真是太低，在校门口堵车。', '部分家长素质真是太低'],
  ['opinion', '有的游客素质很差，乱扔垃圾。', '有的游客素质很差'],
  ['opinion', '这些摊贩素质也太低了。', '这些摊贩素质也太低了'],
  // a kin or neighbour praised with the virtue alone in quotes
  [
    'opinion',
    '兄弟俩为了院里一棵老槐树争了整整三年，真是“好”兄弟，让人大开眼界。经调委会多次上门调解，双方最终达成协议。',
    '真是“好”兄弟',
  ],
  ['opinion', '为了争房产对簿公堂，好一对“孝顺”儿女。', '好一对“孝顺”儿女'],
  ['opinion', '这帮“好”邻居天天往楼道里堆杂物。', '这帮“好”邻居'],
  ['opinion', '老人住院三个月没人探望，真是“好”儿子。', '真是“好”儿子'],
  ['opinion', '为了两分地吵到派出所，这对“和睦”夫妻可算出了名。', '这对“和睦”夫妻'],
  ['opinion', '姐妹俩为一笔存款翻脸，可真是“亲”姐妹。', '可真是“亲”姐妹'],
  // a work secret's marking in brackets
  [
    'confidentiality',
    '根据县委政法委通知（工作秘密，不得公开），本周起全镇进入重要时段安保工作状态。',
    '（工作秘密，不得公开）',
  ],
  ['confidentiality', '【工作秘密】关于近期维稳工作的安排', '【工作秘密】'],
  ['confidentiality', '按照市委办通知(工作秘密)要求，各单位立即排查。', '(工作秘密)'],
  ['confidentiality', '〔工作秘密，严禁外传〕附件：重点人员名单', '〔工作秘密，严禁外传〕'],
  ['confidentiality', '会议纪要（工作秘密、注意保管）如下：', '（工作秘密、注意保管）'],
  ['confidentiality', '[ 工作秘密 ] 关于调整值班安排的通知', '[ 工作秘密 ]'],
  // near-misses of the published telegram: an internal or an untitled 明电 is still reported
  [
    'confidentiality',
    '根据市委办公室《关于近期信访维稳工作的通报》（市委办内部明电〔2024〕23号）要求，请各单位立即组织排查。',
    '明电〔2024〕23号',
  ],
  ['confidentiality', '根据市委办公室明电〔2024〕17号要求，我县迅速行动。', '明电〔2024〕17号'],
  // a benefit given to a group named by the abolished agricultural household type
  [
    'policy',
    '我校全面落实中职学生资助政策，农业户口学生可免除全部学费，其他家庭经济困难学生也可申请减免。',
    '农业户口学生',
  ],
  ['policy', '农业户口家庭可申请危房改造补助。', '农业户口家庭'],
  ['policy', '非农业户口的居民按城镇标准缴费。', '非农业户口的居民'],
  ['policy', '农业户口子女优先安排入学。', '农业户口子女'],
  ['policy', '农业户口考生享受加分照顾。', '农业户口考生'],
  ['policy', '非农业户口职工须缴纳住房公积金。', '非农业户口职工'],
  // a record in brackets after a full name
  [
    'privacy',
    '为帮助刑满释放人员顺利回归社会，综治中心协调企业为赵海涛（曾因盗窃罪服刑三年）安排了保安工作，目前他工作积极，表现良好。',
    '赵海涛（曾因盗窃罪服刑三年）',
  ],
  ['privacy', '社区志愿者定期看望孙立新（2015年因吸毒被强制隔离戒毒），帮他找到了工作。', '孙立新'],
  ['privacy', '帮扶对象刘建国(有盗窃前科)已在合作社就业。', '刘建国(有盗窃前科)'],
  ['privacy', '在驻村工作队帮助下，周德明（刑满释放人员）开起了养鸡场。', '周德明（刑满释放人员）'],
  ['privacy', '这次招聘中，陈志刚（曾因诈骗入狱五年）被录用为仓库管理员。', '陈志刚'],
  ['privacy', '镇里为吴国庆（早年因抢劫被判刑）办理了低保。', '吴国庆'],
  // a diagnosis before a name with a form of address
  [
    'privacy',
    '护理员小李每天坚持为患有阿尔茨海默病和尿失禁的王德福老人擦洗身体、更换衣物，一年来从未间断。',
    '患有阿尔茨海默病和尿失禁的王德福',
  ],
  ['privacy', '志愿者定期看望患有老年痴呆症的李桂兰奶奶。', '李桂兰'],
  ['privacy', '社工为身患尿失禁的张秀英老人送去护理用品。', '张秀英'],
  ['privacy', '患有精神分裂症的刘德胜大爷在家属陪同下就诊。', '刘德胜'],
  ['privacy', '驻村干部走访了罹患抑郁症的陈玉梅大娘。', '陈玉梅'],
  ['privacy', '医护人员为确诊阿尔茨海默病的周长海老人制定康复计划。', '周长海'],
  // a named person's bad credit record
  [
    'privacy',
    '【金融知识】守信用才能走得远。村民周红梅因信用卡长期逾期被列入征信不良记录，如今贷款买房处处受限。',
    '村民周红梅因信用卡长期逾期被列入征信不良',
  ],
  ['privacy', '职工李建国贷款逾期三年，征信已有不良记录。', '李建国'],
  ['privacy', '居民王丽的征信报告显示有多次逾期，申请房贷被拒。', '王丽'],
  ['privacy', '个体户张志强因网贷未还，上了征信黑名单。', '张志强'],
  ['privacy', '业主刘海波由于拖欠车贷，个人信用污点至今未消。', '刘海波'],
  ['privacy', '村民孙桂芝因替人担保，征信出现问题，贷不了款。', '孙桂芝'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['legal', '谨防骗子！骗子常冒充客服，诱骗群众转账。'],
  ['legal', '经法院审理，骗子周某被判处有期徒刑三年。'],
  ['legal', '村民将小偷围殴一顿，看似大快人心，实则涉嫌违法。'],
  ['legal', '一顿暴打之后，他被送往医院救治。'],
  ['legal', '不少人以为少量种植罂粟问题不大，其实这是违法的。'],
  ['legal', '有村民问种几株罂粟行不行？答：种植罂粟不论多少均属违法，请立即铲除。'],
  ['legal', '有人认为打牌输赢控制在100元以内就行的说法是错误的。'],
  ['legal', '活动室严禁赌博，每局输赢不超过10元也不行。'],
  ['legal', '严禁在饲料中添加瘦肉精，一经查实依法严惩。'],
  ['legal', '比如可以考虑使用孟鲁司特片，也可以考虑吸入沙丁胺醇气雾剂。'],
  ['legal', '家里有蟑螂，可以用硼砂加白糖诱杀。'],
  ['advertising', '我县将全力打造全市最好的学校。'],
  ['advertising', '我校是全省第一所国家级示范中职学校。'],
  ['advertising', '我校是全国一流大学建设高校。'],
  ['opinion', '部分群众文明素质有待提高，我们将加强宣传。'],
  ['opinion', '部分学生身体素质很差，需加强体育锻炼。'],
  ['opinion', '社区开展“好邻居”评选活动。'],
  ['opinion', '他们真是好兄弟，互相帮扶二十年。'],
  ['confidentiality', '保密知识：机关文件分为国家秘密和工作秘密，工作秘密不属于国家秘密。'],
  ['confidentiality', '机关要做好工作秘密（如内部讨论意见）的管理。'],
  // a plain telegram cited after its full published title
  [
    'confidentiality',
    {
      html: holidayPage(
        '根据《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）精神，',
      ),
    },
  ],
  [
    'confidentiality',
    '根据《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号），现将有关事项通知如下。',
  ],
  [
    'confidentiality',
    '按照《国务院办公厅关于做好冬春季节农村安全生产工作的通知》(国办发明电〔2022〕3号)要求，全镇开展排查。',
  ],
  [
    'confidentiality',
    '依据《省人民政府办公厅关于做好强降雨防范应对工作的通知》（省政办明电〔2024〕9号），各地要加强值守。',
  ],
  [
    'confidentiality',
    '根据《国务院安委会办公室关于进一步加强安全防范工作的通知》（安委办明电〔2024〕5号）精神，我局部署专项检查。',
  ],
  [
    'confidentiality',
    '转发《市人民政府关于做好春节期间市场供应工作的通知》（市政明电〔2025〕2号）。',
  ],
  ['policy', '本人以前是农业户口，2016年转为居民户口。'],
  ['policy', '2014年户籍制度改革后，原农业户口学生也统一登记为居民户口。'],
  ['privacy', '经审理查明，被告人张建军（曾因盗窃罪被判处有期徒刑一年）于2023年5月再次入户盗窃。'],
  ['privacy', '烈士李大钊（曾被反动军阀逮捕入狱）纪念馆开放。'],
  ['privacy', '养老院为患有阿尔茨海默病的老人开设记忆训练课程。'],
  ['privacy', '王德福老人今年92岁，每天坚持散步。'],
  ['privacy', '村民周某因信用卡长期逾期被列入征信不良记录。'],
  ['privacy', '信用卡长期逾期会被列入征信不良记录，请大家按时还款。'],
];

// 的 for 地 before a verb of checking, taking its object
const MISSPELT: Misspelt[] = [
  [
    '秋收前夕，农机服务站技术人员深入各村，认真的检查每一台收割机的制动、转向和割台装置。',
    '的',
    '地',
  ],
  ['工作人员认真的核对每一份材料。', '的', '地'],
  ['专班深入的梳理信访积案。', '的', '地'],
  ['纪检干部认真的审查每一笔报销单据。', '的', '地'],
  ['民警全面的调查此案。', '的', '地'],
  ['检查组逐项、认真的清点库存物资。', '的', '地'],
];
const SPELT_RIGHT = [
  '经过认真的检查，未发现安全隐患。',
  '这是一次全面的检查。',
  '认真的检查是安全的保障。',
];

describe('families of heldout-final80', () => {
  itReportsFamilies(CATCHES, CLEAN);
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
