// The legal gate's concept rules (proximity.json): a fault told by the words that must meet in one
// sentence, in any order and wording, rather than by one phrasing — a will said to need a notary,
// debtors' children kept from public schools, water or power cut to force compliance, an infected
// person identified, a probation without contract or insurance, punitive damages at the old rate, a
// named person called a swindler, gambling credit topped up (上分) for cash, legal aid kept to local
// residents, detention by a body that is no police, residents shamed by name and door, a probation
// over six months, pay split to dodge income tax.
// Quiet: the right rule, the lawful limit, a warning, an outage for works, 以上分别.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a will said to need a notary
  [
    'legal',
    '只有经公证机构办理的公证遗嘱才具有法律效力，自书遗嘱一律不能作为继承依据。',
    '公证遗嘱',
  ],
  ['legal', '提醒：老人所立遗嘱须经公证，否则不发生法律效力。', '遗嘱须经公证'],
  ['legal', '代书遗嘱未经公证的，继承时一律不予认可。', '未经公证'],
  ['legal', '多份遗嘱内容冲突时，以公证遗嘱为准，公证遗嘱效力最高。', '公证遗嘱'],
  // debtors' children kept from public schools
  ['legal', '对拒不还款的，其子女不得报名就读县内公办中小学，直至履行完毕。', '子女不得报名'],
  ['legal', '老赖的孩子一律不能进入本区公办幼儿园。', '孩子一律不能'],
  ['legal', '欠款未还清前，限制其子女入读公立学校。', '子女入读公立'],
  ['legal', '失信被执行人子女禁止在本市公办学校就读。', '子女禁止'],
  // water or power cut to force compliance
  ['legal', '街道将协调供水、供电单位对相关住户停水停电，直至拆除完毕。', '停水停电'],
  ['legal', '对拒不签约的住户，指挥部将协调电力部门予以断电。', '断电'],
  ['legal', '对长期拖欠物业费的业主，物业公司将采取停水措施督促其缴纳。', '停水'],
  ['legal', '对不配合整改的商户，一律实施停电，整改到位后恢复。', '停电'],
  // an infected person identified
  ['legal', '城关镇东街村村民黄某平（男，46岁）系经性途径感染。', '黄某平'],
  ['legal', '新增艾滋病感染者1例，为某公司员工刘建（男，29岁）。', '刘建'],
  ['legal', '该梅毒病例为西坝村村民李某某（女，35岁）。', '李某某'],
  ['legal', '经检测确认HIV抗体阳性的为县二中学生（男，17岁）。', '学生'],
  // a probation without contract or insurance
  ['legal', '试岗期间可暂不签订劳动合同、不缴纳社会保险。', '暂不签订劳动合同'],
  ['legal', '答：试用期内单位可以不缴社保，转正后再补。', '不缴社保'],
  ['legal', '新员工实习期允许不签劳动合同。', '不签劳动合同'],
  ['legal', '入职头三个月为考察期，暂不缴纳社保。', '暂不缴纳社保'],
  // punitive damages at the old rate
  ['legal', '消费者可要求经营者增加赔偿购买商品价款的一倍，不足二百元的按二百元计。', '增加赔偿'],
  ['legal', '商家存在欺诈的，应增加赔偿消费者损失的两倍。', '增加赔偿'],
  ['legal', '增加赔偿金额为商品价款的双倍。', '增加赔偿'],
  ['legal', '欺诈消费者的，增加赔偿的金额不足200元的，为200元。', '增加赔偿'],
  // a named person called a swindler before judgement
  ['legal', '请广大村民认清张某某这个骗子的真面目，不要再上当。', '这个骗子'],
  ['legal', '大家要提防李某这个小偷，他又在集市上出现了。', '这个小偷'],
  ['legal', '王某某这名诈骗犯已被警方控制。', '这名诈骗犯'],
  ['legal', '赵某这个罪犯还在审查起诉阶段。', '这个罪犯'],
  // gambling credit topped up for cash
  ['legal', '老铁们，上分啊，澳门首家线上平台，注册就送38元。', '上分'],
  ['legal', '线上平台24小时上下分，秒提现。', '上下分'],
  ['legal', '诚招代理，上分下分找客服，首充送彩金。', '上分'],
  ['legal', '微信群里随时上分，赢了随时提现。', '上分'],
  // legal aid kept to local residents
  ['legal', '法律援助仅面向本区户籍居民，外地人员请回户籍所在地申请。', '法律援助'],
  ['legal', '申请法律援助须为本县户口，非本县人员不予受理。', '法律援助'],
  ['legal', '本中心法律援助只受理本市居民的申请。', '法律援助'],
  // detention by a body that is no police
  ['legal', '对逾期不交费的商户，市场服务中心将处以五日拘留。', '拘留'],
  ['legal', '物业公司对违规停车的车主予以拘留。', '拘留'],
  ['legal', '对拒不拆除的，街道将给予其拘留处理。', '拘留'],
  // residents shamed by name and door
  ['legal', '对乱倒垃圾的住户，社区将在公告栏公布其姓名和门牌号。', '公布其姓名'],
  ['legal', '拒不配合的村民，村委会将点名曝光并张贴在村口。', '点名曝光'],
  ['legal', '欠缴物业费的业主，物业将在小区公开曝光。', '公开曝光'],
  // a probation over six months
  ['legal', '试用期最长可以约定一年。', '试用期'],
  ['legal', '新员工试用期最多可达8个月。', '试用期'],
  ['legal', '双方协商一致的，试用期可约定十个月。', '试用期'],
  // pay split to dodge income tax
  ['legal', '为逃避个税，可以把工资分拆到亲属名下的账户发放。', '逃避个税'],
  ['legal', '奖金可以拆分成几笔发放，这样能少缴个税。', '少缴个税'],
  ['legal', '把收入分摊到家人名下，就不用交税了。', '不用交税'],
];

const QUIET: Array<[Gate, string]> = [
  ['legal', '根据《民法典》，自书遗嘱无需公证，只要符合法定形式即有效。'],
  ['legal', '办理遗嘱公证须本人亲自到公证处。'],
  ['legal', '《民法典》施行后，公证遗嘱不再具有优先效力，以最后所立遗嘱为准。'],
  ['legal', '网传“遗嘱必须公证才有效”，这是误区。'],
  ['legal', '很多群众以为遗嘱必须公证才有效，其实不然。'],
  ['legal', '公办学校不得拒收失信被执行人子女。'],
  ['legal', '失信被执行人的子女不能就读高收费私立学校。'],
  ['legal', '被执行人不履行义务的，限制其子女就读高收费私立学校，不影响其子女就读公办学校。'],
  ['legal', '老赖的孩子不能上公立学校？法官：谣言。'],
  ['legal', '因线路改造，明日8时至12时停电，请相互转告。'],
  ['legal', '物业公司不得以停水停电方式催缴物业费，业主可向住建部门投诉。'],
  ['legal', '因管网抢修，该小区将停水至明日6时。'],
  ['legal', '欠缴电费的用户，供电企业将依法通知后停电。'],
  ['legal', '全县新报告艾滋病感染者12例，均已纳入随访管理。'],
  ['legal', '患者张某（化名，男，40岁）系村民，经性途径感染。'],
  ['legal', '试用期包含在劳动合同期限内，用人单位应当依法缴纳社保。'],
  ['legal', '试用期内单位不签订劳动合同的，劳动者可以申请仲裁，主张双倍工资。'],
  [
    'legal',
    '经营者有欺诈行为的，应当增加赔偿其受到的损失，增加赔偿的金额为价款的三倍；不足五百元的，为五百元。',
  ],
  ['legal', '1993年版消法规定增加赔偿价款的一倍，2013年修正后提高为三倍。'],
  ['legal', '这个骗子冒充客服，大家注意防范。'],
  ['legal', '被告人李某因诈骗罪被判处有期徒刑三年，这个骗子终于受到了法律制裁。'],
  ['legal', '以上分别由各乡镇负责，充值缴费请到营业厅办理。'],
  ['legal', '建议使用1280×800以上分辨率浏览本站，账户充值请到营业厅办理。'],
  ['legal', '王者荣耀上分平台存在诈骗，请谨防。'],
  ['legal', '申请法律援助不受户籍限制，外地人员也可申请。'],
  ['legal', '对阻碍执法的，移交公安机关依法予以拘留。'],
  ['legal', '市民要求街道将其拘留，但行政拘留属于公安机关职权，街道无权拘留。'],
  ['legal', '法院将定期公布失信被执行人姓名。'],
  ['legal', '劳动合同期限三个月以上不满一年的，试用期不得超过一个月。'],
  ['legal', '试用期最长不得超过六个月，约定一年的属违法。'],
  ['legal', '为逃避个税而拆分工资属于违法行为，将依法查处。'],
];

describe('legal concept rules', () => {
  itReportsFamilies(CATCHES, QUIET);
});
