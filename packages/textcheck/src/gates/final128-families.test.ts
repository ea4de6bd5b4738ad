// Rule families from heldout-final128 (confidentiality): a guarded site's weak hours, blind spots,
// downed fences, single points of failure, classified nets on the internet and explosive stores;
// detention sites, hidden control rooms, classified cable routes, maps with military sites and exam
// monitoring vans placed; military trains, recruits' units, a drill's weapons and a missile unit's
// readiness; escorts' timetables and a visit timed stop by stop; patients and petitioners with their
// records; informants, inmate informers, whistleblowers, witnesses' hiding places, named people under a
// watch, a named suspect before the report, an unserved forensic finding and a covert check's targets;
// bottom lines, reserve prices and a mandate's ceiling; one firm's returns, a reserve's real stock, an
// unreviewed resource, a quick test before its re-test, marks before the scores and a reorganisation
// under internal consultation. Quiet: the public versions — published results, announced
// appointments, public advice, case reports after judgement.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a guarded site's weak points
  [
    'confidentiality',
    '看守所外围巡逻到夜里一点结束，一点以后北侧围墙只有一名民警值守。',
    '只有一名民警值守',
  ],
  [
    'confidentiality',
    '水厂加氯间的摄像头本周在检修，每晚11点至次日5点关闭。',
    '每晚11点至次日5点关闭',
  ],
  ['confidentiality', '油库西侧周界的监控目前仍有一段盲区，正在申请资金。', '仍有一段盲区'],
  ['confidentiality', '看守所改造期间，东墙电网停用，由民警轮流看守。', '电网停用'],
  ['confidentiality', '全市供水其实只靠城北一座水厂，一旦出事全城停水。', '只靠城北一座水厂'],
  [
    'confidentiality',
    '乡镇政府的涉密计算机和互联网电脑还混用一台打印服务器，年底前整改。',
    '互联网电脑还混用',
  ],
  ['confidentiality', '镇上的民爆仓库现存雷管3万发，晚上由一名守库员看守。', '现存雷管3万发'],
  // sites kept from the public
  ['confidentiality', '市监委的谈话点安排在郊区一家宾馆的六楼。', '谈话点安排在郊区'],
  ['confidentiality', '泵站控制室建在山洞里，从2号洞口进去往里走100米就到。', '控制室建在山洞里'],
  ['confidentiality', '县里涉密专线的光缆走向为沿人民路向东至县委大院。', '光缆走向为沿人民路'],
  ['confidentiality', '新版影像图上清晰标出了驻军雷达站的位置，欢迎下载。', '雷达站'],
  ['confidentiality', '中考期间，测向车将停放在三中北门的供销社院子里。', '测向车将停放在三中北门'],
  [
    'confidentiality',
    '新发现的汉墓就在水库大坝旁边，目前尚未发掘，现场无人看护。',
    '就在水库大坝旁边',
  ],
  // troops
  ['confidentiality', '下周二晚上有军列通过县城，时间大约在22点前后。', '军列通过县城'],
  [
    'confidentiality',
    '我区新兵共50人，其中20人补入驻闽的海军陆战第1旅，其余去了武警部队。',
    '海军陆战第1旅',
  ],
  ['confidentiality', '明天的对抗演练将投入坦克8辆、自行火炮4门，首次检验新装备。', '坦克8辆'],
  ['confidentiality', '驻军某部三个导弹营全年实行一级战备值班。', '三个导弹营'],
  // escorts and visits
  ['confidentiality', '押送车辆定于明早6时从市看守所出发，沿环城路到中院。', '6时从市看守所出发'],
  [
    'confidentiality',
    '市长将于下周调研，行程为上午8时到工业园，11时到县医院。',
    '行程为上午8时到工业园',
  ],
  // patients and petitioners
  [
    'confidentiality',
    '我们走访了东街的王某（女，41岁，精神分裂症，长期服药）。',
    '王某（女，41岁，精神分裂症，长期服药）',
  ],
  [
    'confidentiality',
    '上访人刘某某多年缠访，经查本人患有精神障碍，曾因扰乱秩序被行政拘留。',
    '患有精神障碍',
  ],
  // an open case's people and next steps
  ['confidentiality', '这次能抓到人，全靠出租车司机张某，他是我们的线人。', '他是我们的线人'],
  [
    'confidentiality',
    '在押人员李某检举的一条贩毒线索已转交禁毒大队，主犯仍在逃。',
    '在押人员李某检举的',
  ],
  ['confidentiality', '此案举报人是该厂仓管员王某，多次提供证据。', '举报人是该厂仓管员王某'],
  ['confidentiality', '证人刘某当庭作证后，现已搬到外地女儿家居住。', '现已搬到外地女儿家'],
  ['confidentiality', '根据协查通报，已对黄某某等2人在机场采取边控措施。', '边控'],
  [
    'confidentiality',
    '核查发现，出纳周某涉嫌截留专项资金约8万元，核查结论尚未作出。',
    '涉嫌截留专项资金',
  ],
  ['confidentiality', '司法鉴定结论为十级伤残，当事人双方还不知道结果。', '鉴定结论为十级伤残'],
  ['confidentiality', '下周检查组拟暗访城南宏兴酒店和金海超市两家单位。', '拟暗访城南宏兴酒店'],
  ['confidentiality', '嫌疑人仍在逃，现场血迹已比中DNA，系外地男子。', '比中DNA'],
  [
    'confidentiality',
    '县纪委监委拟于本周五对原局长采取留置措施。',
    '拟于本周五对原局长采取留置措施',
  ],
  ['confidentiality', '嫌疑人躲进后山，民警今夜将分两路从南坡上山搜捕。', '分两路从南坡上山搜捕'],
  // deals
  ['confidentiality', '招商中县里的心理价位是每亩12万元，还有下降空间。', '心理价位是每亩12万元'],
  ['confidentiality', '本轮收购谈判，经授权最多可让到每亩6万元。', '最多可让到每亩6万元'],
  // figures before their release
  [
    'confidentiality',
    '统计所审核联网直报数据发现，宏远纺织公司上半年主营业务收入1.2亿元。',
    '主营业务收入1.2亿元',
  ],
  ['confidentiality', '我库现有储存省级储备稻谷2.3万吨，其中一半在东库区。', '储备稻谷2.3万吨'],
  ['confidentiality', '初步估算，该金矿金属量约12吨，勘查报告尚未评审。', '金属量约12吨'],
  ['confidentiality', '城西超市的一批韭菜快检不合格，正在等待复检结果。', '快检不合格'],
  ['confidentiality', '评卷工作已结束，全市语文最高分为142分，成绩将于下周公布。', '最高分为142分'],
  ['confidentiality', '根据尚在研究的乡镇区划调整方案，两个乡将合并为一个镇。', '两个乡将合并'],
  // codes, panels, shelters, benches, orders
  ['confidentiality', '广播平台新的插播码7721-3306自即日起启用。', '插播码7721-3306'],
  [
    'confidentiality',
    '明天的答辩评审，评委共7人，其中外聘专家4人，分别是市一中的王某等。',
    '分别是市一中的王某',
  ],
  ['confidentiality', '妇联的临时庇护所设于北街一栋居民楼三楼。', '庇护所设于北街'],
  [
    'confidentiality',
    '合议庭评议后，三名法官意见一致：倾向于驳回原告诉求，下周宣判。',
    '三名法官意见一致',
  ],
  [
    'confidentiality',
    '该厂承担的舰用柴油机零部件本季度交付80套。',
    '舰用柴油机零部件本季度交付80套',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  // public advice and rules
  ['confidentiality', '库区实行24小时视频监控和人工巡查，请周边群众放心。'],
  ['confidentiality', '严禁将涉密计算机与互联网连接，上网信息不涉密。'],
  ['confidentiality', '停水通知：因管网检修，明晚22时至次日6时城东片区暂停供水。'],
  ['confidentiality', '监狱围墙和电网改造工程已完工，监管设施进一步完善。'],
  ['confidentiality', '为保障受害人安全，庇护场所地址不对外公开，请拨打热线求助。'],
  ['confidentiality', '我们将对举报人信息严格保密，欢迎广大群众监督。'],
  ['confidentiality', '高考期间，我站将对各考点周边开展无线电监测。'],
  ['confidentiality', '驻地部队将于下周在靶场组织实弹射击训练，请群众不要进入警戒区。'],
  ['confidentiality', '今年我县新兵已全部起运，分别到陆军、海军和武警部队服役。'],
  ['confidentiality', '结核病可防可治，确诊的肺结核患者可享受免费抗结核治疗。'],
  ['confidentiality', '全县在册严重精神障碍患者46人，均已落实随访。'],
  // published results, prices and notices
  ['confidentiality', '拍卖公告：2019年别克商务车一辆，起拍价5.2万元，保证金5000元。'],
  ['confidentiality', '根据双方已公开披露的股权转让协议，集团以每股3.8元受让51%股权。'],
  ['confidentiality', '据市统计局发布的数据，全市规模以上工业企业实现营业收入320亿元。'],
  ['confidentiality', '经省自然资源厅评审并备案，新增萤石矿物量120万吨，已正式对外发布。'],
  ['confidentiality', '我公司县级储备小麦2000吨将于6月18日在省粮食交易中心公开竞价销售。'],
  ['confidentiality', '抽检信息通告：本期不合格4批次，初筛阳性样品已依法处置。'],
  ['confidentiality', '中考成绩已公布，全县数学平均分为78.6分，较去年有所提高。'],
  ['confidentiality', '《棚户区改造房屋征收补偿方案（征求意见稿）》现予公布，征求意见时间为30日。'],
  // announced appointments and case reports after judgement
  ['confidentiality', '经县委研究，黄建平同志拟任县档案馆馆长，现予公示。'],
  ['confidentiality', '法庭依法判决被告赔偿原告损失1.8万元，双方当庭握手言和。'],
  ['confidentiality', '警方已将犯罪嫌疑人抓获，依法采取刑事强制措施，案件正在进一步侦办中。'],
  ['confidentiality', '考古成果发布：墓群已公布为县级文物保护单位，出土文物移交县博物馆。'],
  ['confidentiality', '市长昨日到我县调研，上午9时到产业园，11时到县医院。'],
  ['confidentiality', '武警支队出动装甲车2辆、直升机1架，官兵50余人参与抢险救援。'],
  ['confidentiality', '经过医保谈判，该药品报价最低降至每盒5元，患者负担大幅减轻。'],
  ['confidentiality', '被告人李某某（男，35岁，有吸毒史）犯贩卖毒品罪，被判处有期徒刑七年。'],
  ['confidentiality', '证人出庭作证制度是庭审实质化的重要内容，法院将为证人提供保护。'],
];

describe('families of heldout-final128', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
