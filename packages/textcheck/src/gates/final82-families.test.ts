// Rule families of heldout-final82 (measured once before them): the leading bodies listed out of
// rank (国家监委、中央纪委; 市政府、市委、市人大常委会、市政协), the local personnel and banking-regulator
// bodies of the 2008 and 2018/2023 reforms (县人事局, 银保监分局), a scheme told as already merged into
// the new one (我市新农合早已并入城乡居民医保: no longer reported), 的 for 得 after a verb of
// inspection or rectification and 震摄/威摄 (text gate), material tagged 工作秘密 with a ban on passing it on,
// staff made to bring in a quota of relatives tied to appraisal, a graft suspect under 留置 called a
// criminal, a sports guess sold as small stake for cash, a private beating told with approval, a
// complainant's own record told by name later in the reply, a named person's credit record or
// divorce, an acclaim quoted as a product's repute (被誉为“全国最好吃的大米”), a loan's approval ranked
// first of a place, and the virtues of office work quoted in mockery (真是“高效”啊).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateFindings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // leading bodies listed out of rank
  [
    'political',
    '据国家监委、中央纪委网站消息，今年前三季度全国纪检监察机关共接收信访举报百余万件次。',
    '国家监委、中央纪委',
  ],
  [
    'political',
    '第五次全国经济普查动员部署会召开，市政府、市委、市人大常委会、市政协有关负责同志出席会议。',
    '市政府、市委、市人大常委会、市政协',
  ],
  ['political', '国务院、党中央高度重视粮食安全工作。', '国务院、党中央'],
  ['political', '省政协、省委、省政府领导出席开幕式。', '省政协、省委、省政府'],
  ['political', '县人大、县委、县政府、县政协四套班子成员参加义务植树。', '县人大、县委'],
  ['political', '区政府、区委联合召开安全生产动员大会。', '区政府、区委'],
  ['political', '近日，国务院、中共中央印发了相关意见。', '国务院、中共中央'],
  // the bodies of the 2008 and 2018/2023 reforms
  ['policy', '市地方金融管理局会同临江银保监分局开展非法集资风险排查。', '临江银保监分局'],
  ['policy', '今年接收的军队转业干部的安置事宜，由县人事局牵头按规定落实。', '县人事局'],
  ['policy', '请符合条件的人员到市人事局办理职称评审手续。', '人事局'],
  ['policy', '县劳动和社会保障局开展农民工工资支付情况排查。', '劳动和社会保障局'],
  ['policy', '东山银监分局对辖区农商行开展现场检查。', '银监分局'],
  ['policy', '省人事厅下发通知，部署今年的公务员招录工作。', '人事厅'],
  ['policy', '河源银保监监管分局提醒消费者理性投保。', '银保监监管分局'],
  // 工作秘密 and the like tagged on the material
  [
    'confidentiality',
    '附件：《第三轮巡察问题线索移交清单》（工作秘密，请勿转发）。',
    '工作秘密，请勿转发',
  ],
  ['confidentiality', '附：县委巡察整改台账（内部资料）', '内部资料'],
  [
    'confidentiality',
    '各位同志：工作秘密，请勿转发。明天上午九点召开专题会议。',
    '工作秘密，请勿转发',
  ],
  ['confidentiality', '附件2：拟调整干部名单【工作秘密】', '工作秘密'],
  ['confidentiality', '会议纪要见附件（敏感信息 严禁外传）。', '敏感信息 严禁外传'],
  ['confidentiality', '《县疫情防控研判报告》(内部文件，不得擅自转发)已印发各单位。', '内部文件'],
  // staff made to bring in a quota of people, tied to appraisal
  [
    'coercion',
    '防范非法集资网络知识竞答活动已上线，每名干部须邀请不少于20名亲友参与答题，参与人数将作为评优评先的重要依据。',
    '每名干部须邀请不少于20名亲友参与答题',
  ],
  [
    'coercion',
    '各村要组织50户以上农户注册“平安乡村”APP，注册数量与村干部绩效挂钩。',
    '注册数量与村干部绩效挂钩',
  ],
  [
    'coercion',
    '每位党员至少发动10名群众关注公众号，完成情况纳入年度考核。',
    '每位党员至少发动10名群众关注公众号',
  ],
  ['coercion', '每名教师须邀请5名学生家长参与线上问卷，参与率计入年终考评。', '参与率计入年终考评'],
  [
    'coercion',
    '全体职工要动员至少3位好友下载反诈APP，下载数量计入年终考评。',
    '下载数量计入年终考评',
  ],
  [
    'coercion',
    '每个社区须发动100名居民参加线上投票，投票人数与评先评优挂钩。',
    '投票人数与评先评优挂钩',
  ],
  // a suspect under 留置 called a criminal
  [
    'legal',
    '市城投集团原副总经理赵某某因涉嫌受贿被留置。经初步调查，这名贪污犯在工程招投标中为他人谋取利益。',
    '贪污犯',
  ],
  ['legal', '县国土局原局长钱某某被留置，这个受贿犯收受他人财物数百万元。', '受贿犯'],
  ['legal', '该行贿犯目前已被监察机关留置，案件正在审查调查中。', '行贿犯'],
  ['legal', '海关缉私局立案侦查，走私犯王某已被抓获。', '走私犯'],
  ['legal', '市监委对其立案审查调查，这个贪污犯挪用扶贫资金200万元。', '贪污犯'],
  ['legal', '区纪委监委对该受贿犯采取留置措施。', '受贿犯'],
  // a sports guess sold as a small stake for cash
  [
    'legal',
    '下载“乐赢体育”APP还可参与足球赛事竞猜，小投入赢现金大奖。',
    '足球赛事竞猜，小投入赢现金',
  ],
  ['legal', '世界杯竞猜火热进行中，以小博大赢奖金！', '世界杯竞猜'],
  ['legal', '关注公众号参与篮球竞猜，赢取现金红包。', '篮球竞猜，赢取现金'],
  ['legal', '欧冠竞猜，10元就能赢大奖，加群参与。', '欧冠竞猜'],
  ['legal', '中超比赛竞猜活动开始啦，瓜分现金。', '中超比赛竞猜'],
  ['legal', '英超投注，小成本赢高额回报。', '英超投注'],
  // a private beating told with approval
  [
    'legal',
    '村里有人屡次偷盗变压器电缆，小陈带着村民连夜蹲守，抓住后把人吊在树上狠狠打了一顿，大快人心。',
    '吊在树上狠狠打了一顿，大快人心',
  ],
  ['legal', '村民们把偷牛贼绑在电线杆上暴打，真是解气。', '绑在电线杆上暴打，真是解气'],
  ['legal', '几个保安把那个闹事的男子狠狠揍了一顿，干得漂亮！', '狠狠揍了一顿，干得漂亮'],
  ['legal', '大伙把小偷拉去游街示众，人人拍手称快。', '拉去游街示众，人人拍手称快'],
  ['legal', '店主把偷东西的人捆起来打，网友纷纷说打得好。', '捆起来打，网友纷纷说打得好'],
  ['legal', '大家把那个醉汉痛打一顿，活该！', '痛打一顿，活该'],
  // a complainant's own record told by name later in the reply
  [
    'privacy',
    '关于群众刘美华反映村干部优亲厚友问题的核查情况：经核实，反映问题部分属实。另查明，刘美华本人曾因盗窃被判刑。',
    '刘美华本人曾因盗窃被判刑',
  ],
  [
    'privacy',
    '村民王建国来电反映邻居占道堆放杂物。经核实，已督促清理。王建国曾因寻衅滋事被行政拘留。',
    '王建国曾因寻衅滋事被行政拘留',
  ],
  [
    'privacy',
    '业主张丽萍投诉物业收费问题，经调查属实。另，张丽萍本人有吸毒前科。',
    '张丽萍本人有吸毒前科',
  ],
  [
    'privacy',
    '网友陈晓东通过留言板反映路灯不亮，已修复。陈晓东此前因诈骗被判刑。',
    '陈晓东此前因诈骗被判刑',
  ],
  [
    'privacy',
    '居民赵志刚反映小区噪音扰民，经核实已处理。赵志刚，曾被治安处罚。',
    '赵志刚，曾被治安处罚',
  ],
  [
    'privacy',
    '来信人孙海燕反映工资拖欠问题，我局已责令企业支付。另查明孙海燕曾于2018年被行政拘留。',
    '孙海燕曾于2018年被行政拘留',
  ],
  // a named person's credit record
  [
    'privacy',
    '社区工作者招聘资格复审结果公布：候选人吴婷婷因信用卡逾期被列入征信不良记录，取消其面试资格。',
    '吴婷婷因信用卡逾期被列入征信不良记录',
  ],
  ['privacy', '村民张建华因贷款逾期上了征信黑名单，无法申请贴息贷款。', '张建华'],
  ['privacy', '经核查，李国强存在不良信用记录，不予录用。', '李国强存在不良信用记录'],
  ['privacy', '申请人周雪梅征信报告显示有逾期，暂缓发放创业担保贷款。', '周雪梅'],
  ['privacy', '拟聘人员何志明因网贷逾期被纳入征信系统不良记录，取消聘用。', '何志明'],
  ['privacy', '脱贫户郑秀兰有不良信用记录，银行未予授信。', '郑秀兰有不良信用记录'],
  // a named person's divorce, the spouse unnamed
  [
    'privacy',
    '落水女子黄丽娟已被救起，无生命危险。据了解，黄丽娟近日刚与丈夫办理离婚手续，情绪波动较大。',
    '黄丽娟近日刚与丈夫办理离婚',
  ],
  ['privacy', '村民王建军已和妻子协议离婚，两个孩子由其抚养。', '王建军已和妻子协议离婚'],
  ['privacy', '经了解，刘桂芳去年与丈夫分居，独自照顾老人。', '刘桂芳去年与丈夫分居'],
  ['privacy', '帮扶对象陈志强早已与妻子离婚，现独居。', '陈志强早已与妻子离婚'],
  ['privacy', '走访中得知，居民李秀英与前夫离婚后独自抚养女儿。', '李秀英与前夫离婚'],
  ['privacy', '杨海波和妻子闹离婚，多次到社区反映。', '杨海波和妻子闹离婚'],
  // an acclaim quoted as a product's repute
  [
    'advertising',
    '该企业生产的富硒大米被誉为“全国最好吃的大米”，王丽华鼓励企业做大做强品牌。',
    '全国最好吃的大米',
  ],
  ['advertising', '这家烤鸭店号称“全市最正宗的烤鸭”，每天顾客盈门。', '全市最正宗的烤鸭'],
  ['advertising', '清溪黑茶被称为“全省最好喝的茶”，欢迎选购。', '全省最好喝的茶'],
  ['advertising', '我县脐橙堪称“全国最甜的脐橙”，现已上市。', '全国最甜的脐橙'],
  ['advertising', '该店的牛肉粉素有“全城最好吃的牛肉粉”美誉。', '全城最好吃的牛肉粉'],
  ['advertising', '这款蜂蜜被赞为“全网最好吃的蜂蜜”。', '全网最好吃的蜂蜜'],
  // a loan's approval ranked first of a place
  [
    'advertising',
    '市地方金融管理局推荐：临江农商银行“惠民快贷”线上申请、随借随还，审批速度全市最快。',
    '审批速度全市最快',
  ],
  ['advertising', '本行信用卡线上申请，办卡速度全城第一。', '办卡速度全城第一'],
  ['advertising', '“助农贷”无需抵押，放款速度全县最快。', '放款速度全县最快'],
  ['advertising', '经营贷额度高，授信效率全省第一。', '授信效率全省第一'],
  ['advertising', '消费贷线上办理，到账速度全网最快。', '到账速度全网最快'],
  ['advertising', '个人信用贷款上线，审批时效全区最快，欢迎咨询。', '审批时效全区最快'],
  // the virtues of office work quoted in mockery
  [
    'opinion',
    '某单位食堂账目问题从2021年巡察时就已指出，整改了三年还是老样子，真是“高效”啊。',
    '真是“高效”',
  ],
  ['opinion', '群众反映的路灯问题拖了半年没人管，这个部门可真够“负责”的。', '可真够“负责”'],
  ['opinion', '一个章盖了一个月，办事效率也太“神速”了。', '也太“神速”'],
  ['opinion', '材料交了三次还说不全，窗口服务真是“周到”。', '真是“周到”'],
  ['opinion', '群众打了十次电话才有人接，还真“及时”。', '还真“及时”'],
  ['opinion', '问题摆了五年没人管，这些干部真是“有担当”啊。', '真是“有担当”'],
];

const CLEAN: Array<[Gate, string]> = [
  ['political', '市委、市人大常委会、市政府、市政协领导出席会议。'],
  ['political', '市政府办公室、市委办公室联合印发通知。'],
  [
    'political',
    '据中央纪委国家监委网站消息，今年前三季度全国纪检监察机关共接收信访举报百余万件次。',
  ],
  ['policy', '原县人事局的档案已全部移交县人社局。'],
  ['policy', '2010年，县人事局与县劳动和社会保障局合并组建县人力资源和社会保障局。'],
  // a scheme or a body told as merged into the new one (was a false alarm)
  [
    'policy',
    '2016年国家启动整合城乡居民基本医疗保险制度，我市新农合早已并入城乡居民医保，巡察组要求相关单位做好历史档案整理移交。',
  ],
  ['policy', '我县新农合已并入城乡居民基本医疗保险，参保群众待遇不变。'],
  ['policy', '县工商局早已整合进市场监管局，请到市场监管局办理。'],
  ['policy', '城镇居民基本医疗保险现已并入城乡居民医保。'],
  ['policy', '全县地税局均已合并到税务局，办税地点不变。'],
  ['policy', '全市环保局已整合为生态环境局。'],
  ['confidentiality', '此次会议讨论情况属于工作秘密，不得对外泄露。'],
  ['confidentiality', '干部要增强保密意识，严格管理工作秘密，不得擅自复制。'],
  ['coercion', '每名志愿者可邀请2名家属参观展览。'],
  ['coercion', '欢迎广大市民邀请亲友参与答题，答对10题即可参与抽奖。'],
  ['legal', '县监委对涉嫌贪污犯罪的刘某采取留置措施。'],
  ['legal', '受贿犯张某被判处有期徒刑十年，并处罚金。'],
  ['legal', '依法严厉打击走私犯罪，抓获犯罪嫌疑人5名。'],
  ['legal', '参与世界杯竞猜，猜中冠军可获得球衣一件。'],
  ['legal', '防汛知识竞猜，答对赢现金红包。'],
  ['legal', '他被敌人吊在树上毒打，始终没有屈服。'],
  ['legal', '盗窃电缆的嫌疑人被民警抓获，大快人心。'],
  ['privacy', '群众刘美华反映村干部刘建国曾因盗窃被判刑，经核实不属实。'],
  ['privacy', '来信人反映的问题已转交相关部门办理，感谢您的监督。'],
  ['privacy', '信用卡逾期会被列入征信不良记录，请市民按时还款。'],
  ['privacy', '候选人吴某因信用卡逾期被列入征信不良记录，取消面试资格。'],
  ['privacy', '王建军与妻子结婚三十年，相濡以沫。'],
  ['privacy', '婚姻登记处提醒：与配偶协议离婚须双方到场。'],
  ['advertising', '商家号称“全网最低价”，实为虚假宣传，已被立案查处。'],
  ['advertising', '该村被誉为“中国美丽休闲乡村”。'],
  ['advertising', '创业担保贷款，县人社局承诺审批时限全省最短。'],
  ['advertising', '县政务中心企业开办审批速度全市最快。'],
  ['advertising', '创业担保贷款放款速度全市最快，助力返乡人员创业。'],
  ['opinion', '这个项目真是“高效办成一件事”的生动实践。'],
  ['opinion', '窗口工作人员真是认真负责，点赞！'],
];

describe('heldout-final82 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});

describe('heldout-final82 text-gate families', () => {
  const slips = (text: string) =>
    textGateFindings(text)
      .filter((f) => f.severity !== 'info')
      .map((f) => f.excerpt);

  it.each([
    ['巡察回头看发现，个别单位对巡察反馈问题整改的不够彻底，存在避重就轻现象。', '的'],
    ['这次安全隐患排查的很仔细，没有留死角。', '的'],
    ['群众反映的问题查处的非常及时。', '的'],
    ['今年的消防检查的十分严格。', '的'],
    ['防范电信诈骗的知识宣传的还不够深入。', '的'],
    ['河道垃圾治理的很彻底。', '的'],
  ])('reports 的 before a complement of degree after a verb of inspection: %s', (text, excerpt) => {
    expect(slips(text)).toContain(excerpt);
  });

  it.each([
    ['公开通报典型问题，对党员干部起到了强烈的警示和震摄作用。', '震摄'],
    ['形成有力威摄，遏制违法行为。', '威摄'],
    ['对违法分子形成强大震摄力。', '震摄'],
  ])('reports 慑 written 摄: %s', (text, excerpt) => {
    expect(slips(text).some((e) => e.includes(excerpt))).toBe(true);
  });

  it.each([
    '要把整改的方方面面都抓好。',
    '这是本次检查的重点。',
    '公开通报典型问题，对党员干部起到了强烈的警示和震慑作用。',
    '形成有力威慑。',
  ])('stays quiet on %s', (text) => {
    expect(slips(text)).toEqual([]);
  });
});
