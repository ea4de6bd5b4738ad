// Rule families of the heldout-final73 round, each with wordings other than the set's: the CPPCC
// given the NPC's title (全国政协委员长, 省政协副委员长), Hong Kong, Macao or Taiwan listed under a
// heading of countries (political); a private electric fence or a gin
// trap given as advice, a film still in cinemas offered free (legal); shortened names of the bodies
// abolished in 2018 (国家安全监管总局, 国家工商局), and a deadline's 前 before 登录 or 填报 not read as
// "former" (policy); a classification level in brackets with its reading limit, a leaders' way in or
// plainclothes police posted (confidentiality); 权力 written 权利 in the words of public power (text); a
// whole effect promised for an agent, a brand told as the best choice (advertising); a plate with the
// kind of vehicle and its owner named, a bank account labelled by a subsidy card, a complainant's own
// record in a reply, a named person's amputation or disability grade (privacy).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the CPPCC given the NPC's title
  [
    'political',
    '3月12日，县政协召开党组会议，重点学习了全国政协委员长王沪宁在全国政协十四届二次会议闭幕会上的讲话。',
    '全国政协委员长',
  ],
  ['political', '省政协副委员长李某出席开幕式。', '政协副委员长'],
  ['political', '市政协委员长带队视察河道治理。', '政协委员长'],
  ['political', '自治区政协委员长出席闭幕会。', '政协委员长'],
  ['political', '县政协的副委员长带队开展民主监督。', '政协的副委员长'],
  ['political', '传达全国政协副委员长在调研座谈会上的讲话精神。', '政协副委员长'],
  // Hong Kong, Macao or Taiwan listed under a heading of countries
  [
    'political',
    '从客源结构看，主要客源国依次为韩国、日本、新加坡、香港和美国，商务考察是主要目的。',
    '客源国依次为韩国、日本、新加坡、香港',
  ],
  ['political', '我市产品出口国包括美国、德国和台湾。', '出口国包括美国、德国和台湾'],
  ['political', '留学目的国主要有英国、澳大利亚、香港等。', '目的国主要有英国、澳大利亚、香港'],
  ['political', '前五大国家为美国、日本、韩国、澳门和德国。', '五大国家为美国、日本、韩国、澳门'],
  ['political', '参展国有法国、意大利、台湾等30多个。', '参展国有法国、意大利、台湾'],
  ['political', '主要生源国是韩国、香港、泰国。', '生源国是韩国、香港'],
  // a private electric fence or a gin trap given as advice
  ['legal', '为减少损失，村民可在田边私拉电网进行防范，也可采取围栏、声光驱赶等措施。', '私拉电网'],
  ['legal', '建议农户在玉米地周边架设电网防野猪。', '架设电网'],
  ['legal', '果农不妨在地头安放捕兽夹。', '安放捕兽夹'],
  ['legal', '可在林地边缘布设钢丝套捕捉野兔。', '布设钢丝套'],
  ['legal', '鼓励群众私设电网守护庄稼。', '私设电网'],
  ['legal', '养殖户可以在鸡舍周围拉设高压电网。', '拉设高压电网'],
  // a film still in cinemas offered free
  [
    'legal',
    '没有时间去影院的同学，可以登录“888影视网”免费下载正在热映的院线电影。',
    '免费下载正在热映的院线电影',
  ],
  ['legal', '关注公众号即可免费观看最新上映的大片。', '免费观看最新上映的大片'],
  ['legal', '扫码免费看院线新片。', '免费看院线新片'],
  ['legal', '回复关键词免费下载正在上映的影片。', '免费下载正在上映的影片'],
  ['legal', '这个网站能免费收看首映影片。', '免费收看首映影片'],
  ['legal', '打开“速看”影视网，免费下载热映电影。', '免费下载热映电影'],
  // shortened names of the bodies abolished in 2018
  [
    'policy',
    '为贯彻国家安全监管总局关于遏制重特大事故的部署要求，市应急管理局组织召开全市非煤矿山安全生产工作会议。',
    '安全监管总局',
  ],
  ['policy', '安监总局要求各地开展隐患排查。', '安监总局'],
  ['policy', '按照国家安全生产监管总局的统一部署，开展专项检查。', '安全生产监管总局'],
  ['policy', '企业可登录国家工商局网站查询。', '国家工商局'],
  ['policy', '根据食品药品监管总局的要求，加强餐饮监管。', '食品药品监管总局'],
  ['policy', '国家安全监管总局近日发布通知。', '安全监管总局'],
  // a deadline's 前 before 登录 or 填报 is no "former"
  [
    'policy',
    '各类企业应于6月30日前登录国家工商总局企业信用信息公示系统，报送上一年度年度报告。',
    '国家工商总局',
  ],
  ['policy', '请于月底前登录工商局网站申报。', '工商局'],
  ['policy', '请于3月31日前填报国家工商总局统计报表。', '国家工商总局'],
  ['policy', '年检前登录工商局系统核对信息。', '工商局'],
  ['policy', '各单位须在本周五前登陆安监局平台填报数据。', '安监局'],
  ['policy', '6月30日前填报卫计委年度统计表。', '卫计委'],
  // a classification level in brackets with its reading limit
  [
    'confidentiality',
    '会议印发了《全市主汛期防汛调度方案》（绝密，仅限指挥部成员单位主要负责人阅），要求各成员单位严格按照方案做好防汛准备。',
    '（绝密，仅限指挥部成员单位主要负责人阅）',
  ],
  ['confidentiality', '《应急预案》（机密，不得翻印）已下发。', '（机密，不得翻印）'],
  ['confidentiality', '印发了《安保方案》（机密级，限县级领导阅）。', '（机密级，限县级领导阅）'],
  ['confidentiality', '会上传达了文件（机密，保密期限10年）。', '（机密，保密期限10年）'],
  ['confidentiality', '附《值守安排》（秘密，会后收回）。', '（秘密，会后收回）'],
  ['confidentiality', '《调度预案》(绝密,严禁复制)已发至各乡镇。', '(绝密,严禁复制)'],
  // a leaders' way in, plainclothes or armed police posted
  [
    'confidentiality',
    '届时，市领导车队将从北门2号通道进场，北门周边部署便衣警力12人。请广大驾驶人提前规划出行路线。',
    '市领导车队将从北门2号通道进场',
  ],
  ['confidentiality', '省领导将由体育馆东侧3号门入场。', '省领导将由体育馆东侧3号门入场'],
  ['confidentiality', '外宾车队将经机场路从贵宾通道离开。', '外宾车队将经机场路从贵宾通道离开'],
  ['confidentiality', '主席台两侧安排便衣民警8名。', '安排便衣民警8名'],
  ['confidentiality', '30名便衣将混入人群。', '30名便衣将混入'],
  ['confidentiality', '会场外围布置武警官兵40人。', '布置武警官兵40人'],
  // a whole effect promised for an agent
  [
    'advertising',
    '县农技推广中心提醒，选用吡蚜酮等药剂在若虫高峰期施药，防治效果百分之百。施药时请做好个人防护。',
    '防治效果百分之百',
  ],
  ['advertising', '这款净化器除甲醛率100%。', '除甲醛率100%'],
  ['advertising', '喷施该药后杀虫效果可达百分百。', '杀虫效果可达百分百'],
  ['advertising', '使用本品，驱蚊效果100%，全家安心。', '驱蚊效果100%'],
  ['advertising', '这种杀菌剂杀菌率高达100%。', '杀菌率高达100%'],
  ['advertising', '使用消毒液后消毒效果百分之百。', '消毒效果百分之百'],
  // a brand told as the best choice of a need
  [
    'advertising',
    '专家建议，入住前应保持通风换气。选用“净优”牌空气净化器是去除甲醛的最佳选择。',
    '“净优”牌空气净化器是去除甲醛的最佳选择',
  ],
  ['advertising', '康达牌消毒液是家庭消毒的首选。', '康达牌消毒液是家庭消毒的首选'],
  ['advertising', '“金穗”品牌种子是增产的最好选择。', '“金穗”品牌种子是增产的最好选择'],
  [
    'advertising',
    '使用“蓝天”牌净水器才是保障饮水安全的唯一办法。',
    '“蓝天”牌净水器才是保障饮水安全的唯一办法',
  ],
  ['advertising', '丰收牌复合肥是秋播施肥的不二之选。', '丰收牌复合肥是秋播施肥的不二之选'],
  ['advertising', '“安居”牌防盗门为家庭安防的最理想选择。', '“安居”牌防盗门为家庭安防的最理想选择'],
  // a plate, the kind of vehicle and its owner named
  ['privacy', '其中，车牌号为浙A8K32M的小型轿车车主徐志强多次违停，已被依法处罚。', '车主徐志强'],
  ['privacy', '苏E5T67Q号重型货车司机王建国因超载被罚款。', '司机王建国'],
  ['privacy', '粤B3K77L白色轿车车主张丽多次占用应急车道。', '车主张丽'],
  ['privacy', '鲁C8M123的电动车车主刘洋被查处。', '车主刘洋'],
  ['privacy', '川A9P88Z越野车驾驶人陈志明涉嫌酒驾。', '驾驶人陈志明'],
  ['privacy', '京N7Q362出租车司机杨光未按规定停车。', '司机杨光'],
  // a bank account labelled by a subsidy card
  [
    'privacy',
    '户主张德胜，补贴面积12.5亩，补贴金额1350元，发放账户（一卡通）6228480123456789012。',
    '6228480123456789012',
  ],
  ['privacy', '户主李桂兰，惠农一卡通6228480123456789012。', '6228480123456789012'],
  ['privacy', '刘明，存折号：6228480123456789012。', '6228480123456789012'],
  ['privacy', '王强，补贴账户（惠农卡）6228480123456789012。', '6228480123456789012'],
  ['privacy', '赵敏，一卡通6228480123456789012，金额800元。', '6228480123456789012'],
  ['privacy', '孙丽，折号6228480123456789012。', '6228480123456789012'],
  // a complainant's own record in a reply
  [
    'privacy',
    '您好！经区人社局调查，该公司已支付工资。另经核实，投诉人王建军曾因醉酒驾驶被吊销机动车驾驶证，已不符合该公司驾驶员岗位要求。',
    '投诉人王建军曾因醉酒驾驶被吊销',
  ],
  ['privacy', '来信人李某有吸毒前科，其反映的问题经查不属实。', '来信人李某有吸毒前科'],
  ['privacy', '举报人张某某曾被行政拘留。', '举报人张某某曾被行政拘留'],
  ['privacy', '经查，来电人刘洋此前因盗窃被判处有期徒刑一年。', '来电人刘洋此前因盗窃被判处'],
  ['privacy', '留言人有犯罪记录，不符合申请条件。', '留言人有犯罪记录'],
  ['privacy', '该投诉人曾受过党纪处分。', '该投诉人曾受过党纪处分'],
  // a named person's amputation or disability grade
  [
    'privacy',
    '【工伤认定公示】职工马红军在某机械厂操作冲床时受伤，经认定为工伤。经劳动能力鉴定，马红军因工致左手三指截肢，伤残等级为七级。',
    '马红军因工致左手三指截肢',
  ],
  ['privacy', '伤者王建华经鉴定为八级伤残。', '王建华经鉴定为八级伤残'],
  ['privacy', '村民李秀英因事故致双腿瘫痪，生活困难。', '李秀英因事故致双腿瘫痪'],
  ['privacy', '员工赵志刚在作业中右手截肢，鉴定伤残等级为九级。', '赵志刚在作业中右手截肢'],
  ['privacy', '骑手孙浩在送餐途中被撞，造成左眼失明。', '孙浩在送餐途中被撞，造成左眼失明'],
  ['privacy', '工人周德明因工伤致残，现已丧失劳动能力。', '周德明因工伤致残'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  // the right titles, 政协委员 before a word in 长, the NPC's presidium
  ['political', '市政协委员长时间深入基层调研。'],
  ['political', '全国政协主席王沪宁出席会议并讲话。'],
  ['political', '全国政协委员长期关注乡村教育。'],
  ['political', '全国人大主席团举行第二次会议。'],
  ['political', '全国人大常委会副委员长、全国总工会主席王东明出席。'],
  // lists of countries and regions, or of places
  ['political', '主要客源国和地区依次为韩国、日本、香港和美国。'],
  ['political', '出口国家（地区）包括美国、台湾。'],
  ['political', '主要客源地为广东、香港和上海。'],
  ['political', '主要客源国依次为韩国、日本和美国；港澳台游客增长20%。'],
  // bans, warnings and lawful ways of guarding crops
  ['legal', '严禁私拉电网，切勿安放捕兽夹。'],
  ['legal', '村民不可私拉电网防野猪，可采取围栏、声光驱赶等措施。'],
  ['legal', '请广大村民不要私拉电网，以免发生触电事故。'],
  ['legal', '可在田边安装电子围栏、声光驱赶器。'],
  ['legal', '春季灭鼠，可在鼠洞口投放毒饵，并设置警示标志。'],
  // free screenings by a cinema or a library
  ['legal', '影院推出惠民活动，市民可免费观看热映电影《长津湖》，名额有限。'],
  ['legal', '工会包场，职工凭券免费观看热映影片。'],
  ['legal', '市图书馆周末免费放映经典老电影。'],
  // the old bodies told as former
  ['policy', '原国家安全监管总局副局长王某被判刑。'],
  ['policy', '前国家工商局局长出席座谈会。'],
  // the levels listed, not marked
  ['confidentiality', '国家秘密分为三级（绝密、机密、秘密）。'],
  ['confidentiality', '国家秘密的密级分为绝密、机密、秘密三级，绝密是最重要的国家秘密。'],
  // a traffic notice, a police force counted, a visit told after it
  ['confidentiality', '对体育中心周边道路实行交通管制，车辆请从南门入口进入停车场。'],
  ['confidentiality', '请观众从北门2号通道进场。'],
  ['confidentiality', '全市出动警力2000余人次，确保活动安全。'],
  ['confidentiality', '市领导从北门进入会场，亲切看望参赛选手。'],
  // a trial's figure, a denial, a coverage rate
  ['advertising', '经田间试验，使用该药剂防治效果达100%。'],
  ['advertising', '没有任何药剂能保证防治效果百分之百。'],
  ['advertising', '全县重大病虫害防治覆盖率100%。'],
  // advice without a brand
  ['advertising', '通风是去除甲醛的最佳选择。'],
  ['advertising', '公交车是市民出行的首选。'],
  // a masked owner, a plate alone, a courtesy
  ['privacy', '浙A8K32M小型轿车车主徐某多次违停。'],
  ['privacy', '车牌号为浙A8K32M的小型轿车多次违停，车主已被约谈。'],
  ['privacy', '湘A12345的货车车主王先生被罚款200元。'],
  // a subsidy card named without a number
  ['privacy', '补贴通过惠农一卡通发放，咨询电话0591-12345678。'],
  ['privacy', '补贴资金已于6月20日统一发放至一卡通账户。'],
  // a complaint about someone else, what was done about it
  ['privacy', '投诉人反映该公司负责人曾被判刑。'],
  ['privacy', '投诉人已收到退款，对处理结果表示满意。'],
  // a masked worker, a hero's deed, a grade of no one
  ['privacy', '职工马某因工致左手三指截肢，伤残等级为七级。'],
  ['privacy', '见义勇为英雄张建国在救人时致残，被评定为五级伤残。'],
  ['privacy', '伤残等级分为十级，一级最重。'],
];

// 力 written 利 in the words of public power: [text, wrong form, right form]
const MISSPELT: Misspelt[] = [
  [
    '【政策解读】我市全面推行行政权利清单制度，将市级部门行使的行政许可、行政处罚等职权事项向社会公布。',
    '行政权利清单',
    '行政权力清单',
  ],
  ['县政府公布权利清单和责任清单。', '权利清单和责任清单', '权力清单和责任清单'],
  ['坚持把权利关进制度的笼子里。', '把权利关进制度', '把权力关进制度'],
  ['严防权利寻租。', '权利寻租', '权力寻租'],
  ['进一步规范权利运行。', '规范权利运行', '规范权力运行'],
  ['梳理政府权利清单。', '政府权利清单', '政府权力清单'],
];
const SPELT_RIGHT: string[] = [
  '医院公布患者权利清单。',
  '依法保障公民权利。',
  '全面推行行政权力清单制度。',
];

describe('heldout-final73 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
