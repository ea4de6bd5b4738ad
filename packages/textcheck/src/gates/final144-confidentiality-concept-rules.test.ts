// The confidentiality gate's concept rules after heldout-final144 (proximity.json, and one family for
// an address no word list can see), each a leak told by the words that must meet, in any order:
// - bench-views-told: how the members of a bench or a judicial committee split in deliberation (who
//   held which view, the majority) is a secret of the trial, even after the verdict;
// - shelter-place-told: where an abused woman is sheltered, down to the street or the floor, leads
//   the abuser to her (反家庭暴力法 第十八条);
// - whistleblower-identified: a whistleblower told with home, post or telephone is named to the man
//   he reported;
// - exam-paper-route: the route, hour or keeping place of exam papers under escort helps a theft;
// - case-leads-before-arrest: a gang's dens, accounts or the watch on them told before the round-up
//   warns the gang;
// - informant-identified: an informant's real name or home told endangers him;
// - panel-roster-told: a tender's evaluation panel named before the award (招标投标法 第三十七条),
//   drawn at random or not;
// - surprise-check-ahead: a surprise check's hour and targets told ahead void it;
// - price-before-hearing (after heldout-final143): a price told as decided before its statutory
//   hearing (价格法 第二十三条);
// - an inner (private-range) address of a system or a host (confidentiality-network-details.ts).
// Quiet: the court's holding after deliberation, a deliberation rule, a shelter's hotline, an
// anonymous report or a pledge of secrecy, an escort meeting, a round-up done, a film's undercover, a
// roster in the award notice, a check reported after it, a hearing notice's proposal, a home router.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a bench's split in deliberation
  [
    'confidentiality',
    '据了解，在休庭评议时，审判长认为应支持原告全部诉请，而人民陪审员刘某某坚持认为利息约定过高，双方意见分歧较大，最终按多数意见作出判决。',
    '评议时，审判长',
  ],
  [
    'confidentiality',
    '合议庭评议过程中，主审法官与两名人民陪审员意见分歧较大，最终以二比一作出判决。',
    '评议过程中，主审法官',
  ],
  ['confidentiality', '该案评议时，陪审员王某持不同意见，认为被告人具有自首情节。', '持不同意见'],
  [
    'confidentiality',
    '据悉，审委会讨论该案时，有审委会委员主张判处死缓，另有委员坚持判处死刑立即执行。',
    '审委会讨论该案时',
  ],
  [
    'confidentiality',
    '评议中，审判员李某倾向于驳回起诉，审判长则认为应当支持原告诉请。',
    '审判员李某倾向于',
  ],
  [
    'confidentiality',
    '合议过程中，法官张某对赔偿数额提出反对意见，最终按多数意见判决。',
    '法官张某对赔偿数额提出反对意见',
  ],
  // a shelter's place
  [
    'confidentiality',
    '受害人刘女士及其两名子女已被转移至县救助管理站反家暴庇护所（城西环路88号院内东侧二楼），由专人24小时陪护。',
    '庇护所（城西环路',
  ],
  [
    'confidentiality',
    '遭受家暴的李某已住进市妇联临时庇护所，地点在人民路口的锦华小区5栋。',
    '庇护所，地点在人民路',
  ],
  [
    'confidentiality',
    '反家暴庇护站设在县社会福利院后院二号楼三层，目前安置受害人3名。',
    '庇护站设在县社会福利院',
  ],
  ['confidentiality', '王女士目前暂住在设于幸福巷12号的庇护中心。', '号的庇护中心'],
  [
    'confidentiality',
    '庇护场所位于东关街道和平路北侧，受害人母女已在此居住一周。',
    '庇护场所位于东关街道和平路',
  ],
  // a whistleblower identified
  [
    'confidentiality',
    '3月8日，大队接到涵江村村民柯某明（家住涵江村五组，系该厂原仓库管理员）电话举报，称村旁一家电镀厂夜间偷排废水。',
    '家住涵江村五组',
  ],
  [
    'confidentiality',
    '执法大队根据居住在城南小区8栋的居民王某提供的举报，查处一家黑作坊。',
    '居住在城南小区8栋',
  ],
  [
    'confidentiality',
    '举报人李某某，系该公司财务部出纳，反映公司长期账外经营。',
    '举报人李某某，系该',
  ],
  ['confidentiality', '据检举人、原系该厂职工的张某介绍，工厂夜间偷偷生产。', '原系该厂职工'],
  [
    'confidentiality',
    '本案由现住北关村三组的村民赵某揭发，其联系电话为138****5566。',
    '某揭发，其联系电话',
  ],
  // exam papers' route, hour or keeping place
  [
    'confidentiality',
    '6月5日下午，我县高考试卷将由市考试院专车押运至县城，预计16时30分经G237国道进入县境。',
    '专车押运至县城',
  ],
  ['confidentiality', '答题卡将由专人押送至市考试院，预计中午12时前送达。', '答题卡将由专人押送'],
  [
    'confidentiality',
    '今年的试卷由武警护送，车队明天上午从市里出发，途经县城东环路。',
    '试卷由武警护送',
  ],
  [
    'confidentiality',
    '考试期间，试题每天早上6:30从县一中实验楼保密室分发至各考点。',
    '每天早上6:30从县一中实验楼',
  ],
  ['confidentiality', '机要文件由专人押运，途经沪昆高速，明日上午送达省厅。', '机要文件由专人押运'],
  // a gang's leads told before the round-up
  [
    'confidentiality',
    '专案组已查明该团伙在锦绣家园小区7栋设有窝点，正24小时蹲守，待时机成熟统一收网。',
    '待时机成熟统一收网',
  ],
  [
    'confidentiality',
    '嫌疑人使用尾号3368的银行账户转移赃款，警方正在固定证据，准备择机实施抓捕。',
    '准备择机实施抓捕',
  ],
  ['confidentiality', '专案组已锁定嫌疑人的藏身地点，即将收网。', '即将收网'],
  ['confidentiality', '专案组在其住处周边布控，尚未实施抓捕，以免打草惊蛇。', '尚未实施抓捕'],
  ['confidentiality', '团伙窝点就在东街一处出租屋内，警方已安排人员蹲守，伺机收网。', '伺机收网'],
  // an informant identified
  [
    'confidentiality',
    '该案线索来源于我局长期布建在该团伙内部的特情人员“老鲁”（真名鲁某平，现居城关镇）提供的交易信息。',
    '特情人员',
  ],
  ['confidentiality', '为警方提供线索的线人“阿强”，真名陈某强，家住河西村。', '线人'],
  [
    'confidentiality',
    '我所安插在赌场的卧底小李，本名李某，外号“黑子”，已潜伏半年。',
    '卧底小李，本名',
  ],
  ['confidentiality', '据介绍，这名特情人员现住县城北门，平时以开出租车为掩护。', '特情人员现住'],
  ['confidentiality', '他当线人多年，绰号“老鬼”，住在城东菜市场附近。', '当线人多年'],
  // an evaluation panel named before the award
  [
    'confidentiality',
    '为确保评审公平，本次评标委员会已从省综合评标专家库中随机抽取组成，成员为：王立新（省工业大学教授）、陈静（市教育技术中心高级工程师）。',
    '成员为',
  ],
  [
    'confidentiality',
    '本项目磋商小组成员为县财政局张某、县医院李某和退休工程师王某。',
    '磋商小组成员为',
  ],
  [
    'confidentiality',
    '本次采购的评审专家名单如下：刘某（某大学教授）、赵某（会计师）。',
    '评审专家名单如下',
  ],
  ['confidentiality', '谈判小组由以下人员组成：市城建局某科长、某设计院工程师。', '谈判小组由以下'],
  ['confidentiality', '开标前，评标小组成员包括省交通学院教授陈某等5人。', '评标小组成员包括'],
  // a surprise check's hour and targets told ahead
  [
    'confidentiality',
    '今晚（2025年9月30日）22时起，大队将联合公安、消防对城东“星光KTV”“金色年华歌城”和北门网吧街开展突击检查，重点查处接纳未成年人等行为。',
    '开展突击检查',
  ],
  ['confidentiality', '明晚8点，市场监管局将对城西农贸市场开展夜查。', '城西农贸市场开展夜查'],
  ['confidentiality', '下周二起，县卫健委将对辖区民营医院和诊所开展飞行检查。', '开展飞行检查'],
  ['confidentiality', '定于本月18日凌晨对滨江路沿线洗浴、足浴场所开展突击清查。', '开展突击清查'],
  ['confidentiality', '文旅局计划于国庆前夕突查城区各家网吧和歌厅。', '突查城区各家网吧'],
  // a price told as decided before its hearing
  [
    'confidentiality',
    '经初步测算，我市第一阶梯居民水价将由每吨2.60元调整为每吨3.20元，自明年1月1日起执行，请广大市民提前知悉。价格听证会将于下月召开。',
    '调整为每吨3.20元',
  ],
  [
    'confidentiality',
    '管道天然气居民价格将上调至每立方米3.05元，相关听证会定于12月5日举行。',
    '上调至每立方米3.05元',
  ],
  ['confidentiality', '出租车起步价提高到10元，听证会尚未召开，新价格下月起执行。', '提高到10元'],
  ['confidentiality', '城区公交票价下月起调整为2元，价格听证会即将举行。', '调整为2元'],
  [
    'confidentiality',
    '自来水价格涨到每吨4.1元已成定局，听证会近期召开只是走个过场。',
    '涨到每吨4.1元',
  ],
  // an inner address of a system or a host
  [
    'confidentiality',
    '升级后政务外网内部受理系统访问地址变更为http://10.48.127.16:8090/zwfw，数据库备份服务器为10.48.127.20，如无法访问请检查VPN配置。',
    '服务器为10.48.127.20',
  ],
  [
    'confidentiality',
    '视频专网平台入口：https://172.20.3.8/login，请各派出所收藏。',
    'https://172.20.3.8',
  ],
  ['confidentiality', '新的OA系统已迁移至192.168.40.21，请各科室更新书签。', '192.168.40.21'],
  ['confidentiality', '备份主机IP 10.2.16.8，仅限信息科维护。', '10.2.16.8'],
  ['confidentiality', '财务系统服务器地址更新为 172.16.5.30:8080。', '172.16.5.30'],
];

const QUIET: Array<[Gate, string]> = [
  ['confidentiality', '经合议庭评议，审判长当庭宣判，判令被告偿还借款本金及利息。'],
  ['confidentiality', '经合议庭评议，法院认为被告人构成诈骗罪，依法判处有期徒刑三年。'],
  [
    'confidentiality',
    '区法院开展庭审观摩评议活动，评议专家认为主审法官庭审驾驭能力强，也有专家持不同意见。',
  ],
  [
    'confidentiality',
    '合议庭评议案件实行少数服从多数原则，评议中的不同意见应当如实记入笔录，评议情况应当保密。',
  ],
  ['confidentiality', '人大代表对法院工作进行民主评议，有代表认为法官办案效率有待提高。'],
  ['confidentiality', '如需临时庇护，请拨打妇联维权热线12338，庇护场所地址严格保密。'],
  ['confidentiality', '县民政局在县救助管理站设立反家暴庇护所，为受害人提供临时生活帮助。'],
  ['confidentiality', '庇护所的地址不对外公开，受害人由专人接送入住。'],
  ['confidentiality', '接到群众匿名举报，称某电镀厂夜间偷排废水，执法人员当晚赶赴现场。'],
  ['confidentiality', '对举报人的姓名、住址等信息严格保密，严禁泄露举报人信息。'],
  ['confidentiality', '被告人因怀疑村民张某举报其违法建房，遂对张某实施报复，被判处有期徒刑一年。'],
  ['confidentiality', '接到市民举报后，执法人员立即赶赴现场，查实该店无证经营。'],
  ['confidentiality', '县公安局召开2025年高考试卷押运安保工作会议，部署押运任务。'],
  [
    'confidentiality',
    '今天的中考已平稳结束。清晨，运送试卷的车辆在公安民警全程护送下从县教育局出发抵达各考点。',
  ],
  ['confidentiality', '民警全程随车押运试卷，确保试卷安全。'],
  ['confidentiality', '经过连续蹲守，警方一举捣毁该团伙窝点，成功收网，抓获犯罪嫌疑人5名。'],
  ['confidentiality', '警方提醒：不要向陌生银行账户转账，待核实后再操作。'],
  ['confidentiality', '专案组正在全力侦办，待时机成熟统一收网。'],
  ['confidentiality', '该片讲述了一名卧底警察的故事，主演饰演的卧底真名始终未被揭晓。'],
  ['confidentiality', '警方通过特情工作获取线索，一举打掉该贩毒团伙。'],
  ['confidentiality', '对特情人员的真实姓名和身份信息必须严格保密。'],
  [
    'confidentiality',
    '本项目评标委员会由从专家库中随机抽取的5名专家组成，名单在中标结果公告中公布。',
  ],
  ['confidentiality', '中标结果公告：评标委员会成员为张某、李某、王某（某大学教授）。'],
  ['confidentiality', '省评标专家库新入库专家名单为：张某（某大学教授）等30人。'],
  [
    'confidentiality',
    '9月30日晚，大队联合公安、消防对城区KTV和网吧开展突击检查，共检查场所12家，查处违规经营2起。',
  ],
  ['confidentiality', '昨晚，执法人员对城东网吧开展突击检查，发现2家接纳未成年人。'],
  ['confidentiality', '执法部门将常态化开展突击检查，欢迎群众举报文化市场违法线索。'],
  [
    'confidentiality',
    '本所将于下月对全县兽药经营门店开展飞行检查，检查对象名单和时间安排不提前通知。',
  ],
  [
    'confidentiality',
    '根据居民生活用水价格调整听证方案，第一阶梯水价拟由每吨2.60元调整为每吨3.20元，听证会将于12月10日召开，现公开征集听证会参加人。',
  ],
  [
    'confidentiality',
    '本市居民水价调整听证会已于上月召开，经听证，第一阶梯水价自明年1月1日起调整为每吨3.20元。',
  ],
  [
    'confidentiality',
    '定价听证会将于下月召开，方案一拟将水价调整为3.20元，方案二调整为3.00元，欢迎市民报名参加。',
  ],
  ['confidentiality', '家用路由器的管理地址一般为192.168.1.1，登录后可修改无线网密码。'],
  ['confidentiality', '政务服务网网址为https://www.zjzwfw.gov.cn，市民可在线办理业务。'],
  ['confidentiality', '本次采购服务器10台，单价10.5万元，总价105万元。'],
  ['confidentiality', '请将电脑升级到系统版本10.3.1.5，以修复已知问题。'],
];

describe('final144 confidentiality concept rules', () => {
  itReportsFamilies(CATCHES, QUIET);
});
