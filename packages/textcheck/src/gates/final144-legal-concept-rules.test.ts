// The legal gate's concept rules after heldout-final144 (proximity.json), each a principle told by the
// words that must meet in one sentence, in any order and wording:
// - punitive damages under the Food Safety Law are ten times the price or three times the loss, at
//   least 1,000 yuan — not the consumer law's three times and 500 yuan (legal.food-damages-misstated);
// - water, power or gas suspended to force a signature or a move has no legal ground, however the cut
//   is worded (暂停…供水供电, 中止用水用电: legal.utility-suspended-to-compel);
// - an infected person may not be made identifiable by sex, age and abode (legal.infected-person-identified,
//   widened to 住…号, 家住, 户籍, 单位 and to “，男，” as well as “（男，”);
// - nobody's children, spouse or parents are barred from public schools or public posts for what a
//   debtor, a fraud suspect or a drug user did (legal.debtor-children-barred, widened past debtors);
// - the probation cap follows the contract term: under three years at most two months
//   (legal.probation-over-term-cap), and six months is the ceiling for any contract — the contract's
//   own term (两年的劳动合同) is no probation (legal.probation-over-six-months);
// - an application for administrative review has sixty days, not fifteen (legal.review-deadline-misstated);
// - a dispatched or temporary worker keeps paid annual leave, equal pay and insurance
//   (legal.dispatched-worker-rights-denied);
// - a premarital medical check is voluntary and no condition of registering a marriage
//   (legal.premarital-exam-required);
// - a penalty reaches only the wrongdoer: one household's breach does not cost the whole group its
//   dividend (legal.collective-punishment);
// - growing opium poppy or cannabis in any number is an offence, under 500 plants still punished by
//   detention and fine (legal.drug-crop-tolerated);
// - before judgement nobody's guilt is settled: 罪已板上钉钉, 必将被判重刑 prejudge it (legal.guilt-prejudged),
//   and a predicted sentence (必将被判处) is no judgement that lets a suspect be called a criminal
//   (legal.suspect-called-criminal, noneVoid);
// - a waiver of social insurance said to bind no one (也不能免除…义务, 无效) only informs.
// Quiet: the right rule, the lawful limit, a question, an outage for works, a past rule, a warning.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // food damages at the consumer law's rate
  [
    'legal',
    '根据《食品安全法》，经营明知是不符合食品安全标准的食品，消费者除要求赔偿损失外，可以要求支付价款三倍的赔偿金，增加赔偿的金额不足五百元的，为五百元。',
    '价款三倍',
  ],
  ['legal', '买到不符合食品安全标准的食品，可依照《食品安全法》要求商家退一赔三。', '退一赔三'],
  ['legal', '《食品安全法》规定，销售过期食品的，消费者可获得价款的三倍赔偿。', '价款的三倍'],
  ['legal', '问：超市卖过期牛奶能索赔多少？答：依据食品安全法，最低可获赔500元。', '500元'],
  ['legal', '商家明知食品不符合食品安全标准仍销售的，须三倍赔偿消费者。', '三倍赔偿'],
  // utilities suspended to force compliance
  [
    'legal',
    '对期满仍未签约的住户，指挥部将协调供水、供电部门自7月1日起暂停对其房屋供水供电，直至签约为止。',
    '暂停',
  ],
  ['legal', '对拒不腾退的商户，街道将中止其用水用电，直到搬离为止。', '中止'],
  ['legal', '对拖欠物业费的业主，物业公司将切断其电源，督促缴费。', '切断'],
  ['legal', '指挥部决定，未签订协议的，一律停止供应水电直至签约。', '停止供应水电'],
  ['legal', '社区将协调物业对拒不整改的商户中断供电，直至整改完毕。', '中断供电'],
  // an infected person identified
  ['legal', '随访小组来到确诊艾滋病病毒感染者杨某芬（女，52岁，住石泉村三组18号）家中。', '杨某芬'],
  ['legal', '新发现HIV感染者王某，男，38岁，家住城关镇幸福小区5栋。', '王某'],
  ['legal', '该梅毒患者陈某（男，41岁，县第二运输公司司机）已接受治疗。', '陈某'],
  ['legal', '艾滋病病毒携带者刘某某（女）现居住在东风社区。', '刘某某'],
  ['legal', '经筛查确诊的艾滋病人李某，女，29岁，户籍为本县河口村。', '李某'],
  // relatives barred from schools or posts for another's wrong
  [
    'legal',
    '涉诈人员的子女、配偶、父母，一律不得报考本县机关事业单位，其子女不得在城区公办学校就读。',
    '子女',
  ],
  ['legal', '吸毒人员的直系亲属不能报考本镇事业单位。', '直系亲属'],
  ['legal', '凡有家庭成员参与传销的，取消其子女入学资格。', '子女入学'],
  ['legal', '对拒不签约的被征收户，其子女一律不予安排到公办学校就读。', '子女'],
  ['legal', '在逃人员的孩子不准在县城公立学校上学。', '孩子'],
  // probation beyond the contract term's cap
  [
    'legal',
    '劳动合同期限一年的，试用期最长可以约定六个月，公司的做法并不违法。',
    '试用期最长可以约定六个月',
  ],
  ['legal', '签两年期劳动合同的，试用期可以约定三个月。', '试用期'],
  ['legal', '一年以上不满三年的劳动合同，试用期最长不得超过六个月。', '试用期'],
  ['legal', '答：您签的是两年合同，公司约定6个月试用期没有问题。', '试用期'],
  ['legal', '为期一年的合同，试用期半年是合法的。', '试用期'],
  // probation over six months
  ['legal', '经双方协商，试用期可以延长至一年，这是合法的。', '试用期'],
  ['legal', '公司规定新员工试用期为一年，法律是允许的。', '试用期'],
  ['legal', '试用期上限为12个月。', '试用期'],
  ['legal', '答：用人单位与您约定的试用期最多可以是十个月。', '试用期'],
  // the review deadline misstated
  [
    'legal',
    '可以自知道或者应当知道该行政行为之日起十五日内提出行政复议申请，逾期将不再受理。',
    '行政复议申请',
  ],
  ['legal', '对处罚决定不服的，应在收到决定书之日起15日内申请行政复议。', '申请行政复议'],
  ['legal', '当事人可在30天内向上级机关申请复议。', '申请复议'],
  ['legal', '答：申请行政复议的期限为一个月，过期作废。', '申请行政复议'],
  ['legal', '行政复议期限为15日，逾期不予受理。', '复议期限'],
  // dispatched and temporary workers denied their rights
  ['legal', '劳务派遣员工与用工单位不存在劳动合同关系，因此不享受带薪年休假。', '不享受'],
  ['legal', '临时工不享受年假，这是单位的规定。', '临时工'],
  ['legal', '派遣工与正式工待遇不同，不适用同工同酬。', '不适用'],
  ['legal', '答：被派遣劳动者无权享受带薪休假。', '无权享受'],
  ['legal', '本公司劳务工一律不缴社保。', '不缴'],
  // a premarital check made a condition of registering
  [
    'legal',
    '婚前医学检查证明（县妇幼保健院出具），未提供婚检证明的，登记机关不予办理结婚登记。',
    '婚前医学检查',
  ],
  ['legal', '没有婚检报告的，婚姻登记处不能登记。', '婚检'],
  ['legal', '新人须先完成婚前检查，方可领证。', '婚前检查'],
  ['legal', '办理结婚登记需提交双方婚前体检证明。', '婚前体检'],
  ['legal', '问：结婚登记要婚检吗？答：必须婚检才能领取结婚证。', '必须婚检'],
  // collective punishment
  [
    'legal',
    '同一村民小组内如有一户违规燃放，该组全体农户当年度取消“文明户”评选资格，并暂停发放村集体经济分红。',
    '一户',
  ],
  ['legal', '一人涉毒，全家取消村集体分红。', '一人'],
  ['legal', '凡有一户私搭乱建的，全组村民年终分红一律停发。', '一户'],
  ['legal', '实行连坐制度：一名村民违法上访，同组其他村民一并扣除当年补贴。', '一名'],
  ['legal', '小区内有一家违规养犬的，整栋楼住户取消评优资格。', '一家'],
  // a drug crop said to be tolerated
  [
    'legal',
    '非法种植罂粟不满五百株的，不构成犯罪，家庭少量种植用于自用药用、观赏的属于民间习惯，一般不予追究。',
    '罂粟',
  ],
  ['legal', '院子里种几棵大麻当观赏植物，派出所一般不会处罚。', '大麻'],
  ['legal', '老人种点罂粟治病，公安机关通常网开一面。', '罂粟'],
  ['legal', '农户零星种植罂粟自用的，不作处理。', '罂粟'],
  ['legal', '问：家里种罂粟违法吗？答：少量种植罂粟一般不追究。', '不追究'],
  // guilt prejudged before trial
  [
    'legal',
    '涉嫌诈骗的李某某等5人已被依法刑事拘留。这5名诈骗犯骗取老人养老钱近300万元，其诈骗罪已板上钉钉，必将被判处重刑。',
    '板上钉钉',
  ],
  ['legal', '犯罪嫌疑人王某已被批准逮捕，其罪名已坐实，等待他的必将是重判。', '罪名已坐实'],
  ['legal', '涉嫌故意伤害的张某已落网，法律专家称其肯定会被判十年以上。', '肯定会被判'],
  ['legal', '该嫌疑人目前已被刑拘，难逃牢狱之灾。', '难逃牢狱'],
  ['legal', '涉案男子已被警方抓获，罪责难逃，必将被重判。', '罪责难逃'],
  // a suspect called a criminal, a predicted sentence no judgement
  [
    'legal',
    '涉嫌诈骗的李某某等5人已被依法刑事拘留。这5名诈骗犯骗取老人养老钱近300万元，其诈骗罪已板上钉钉，必将被判处重刑。',
    '诈骗犯',
  ],
  ['legal', '盗窃犯王某已被逮捕，将被判处何种刑罚尚待法院审理。', '盗窃犯'],
  ['legal', '抢劫犯张某落网，一定会被判处重刑。', '抢劫犯'],
  ['legal', '受贿犯李某已被留置，或将被判处十年以上。', '受贿犯'],
  ['legal', '诈骗犯刘某被刑事拘留后，网友称其必将判处重刑。', '诈骗犯'],
  // a waiver of social insurance demanded
  ['legal', '入职须签署自愿放弃社保的声明，否则不予录用。', '自愿放弃社保'],
  ['legal', '新员工统一签订放弃缴纳社保的承诺书，工资每月多发200元。', '放弃缴纳社保'],
];

const QUIET: Array<[Gate, string]> = [
  [
    'legal',
    '根据《食品安全法》，消费者可以要求支付价款十倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元。',
  ],
  ['legal', '经营者提供商品有欺诈行为的，增加赔偿的金额为价款的三倍，不足五百元的为五百元。'],
  ['legal', '很多人以为食品安全法的赔偿是价款三倍，其实是十倍。'],
  ['legal', '因管网改造，6月3日暂停供水，恢复时间另行通知。'],
  ['legal', '征收工作中不得采取暂停供水供电等方式迫使被征收人搬迁。'],
  ['legal', '受台风影响，部分线路中断供电，抢修人员正全力恢复。'],
  ['legal', '今年全县新报告艾滋病感染者12例，其中男性9例、女性3例。'],
  ['legal', '患者张某（化名，男，40岁，住某村）经性途径感染，已纳入管理。'],
  ['legal', '艾滋病感染者（男，35岁）已纳入随访管理。'],
  ['legal', '涉诈人员子女就学不受影响，学校不得以此为由拒收。'],
  ['legal', '报考公安机关人民警察职位的，须通过政审，家庭成员有违法犯罪记录的不得报考。'],
  ['legal', '问：签了两年的劳动合同，试用期最长能约定多久？'],
  ['legal', '您签的是两年合同，试用期最长二个月。'],
  ['legal', '签一年的劳动合同，试用期最长多久？'],
  ['legal', '劳动合同期限一年以上不满三年的，试用期不得超过二个月。'],
  ['legal', '三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。'],
  ['legal', '本案合同期限为一年，约定试用期三个月，超出法定上限，属违法约定。'],
  [
    'legal',
    '劳动合同期限三个月以上不满一年的，试用期不得超过一个月，一年以上不满三年的，试用期不得超过二个月，三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。',
  ],
  ['legal', '公民可以自知道该行政行为之日起六十日内提出行政复议申请。'],
  ['legal', '行政复议机关收到行政复议申请后，应当在五日内进行审查，决定是否受理。'],
  ['legal', '对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内向人民法院提起诉讼。'],
  ['legal', '被派遣劳动者连续工作满12个月的，同样享受带薪年休假。'],
  ['legal', '劳务派遣员工连续工作不满12个月的，不享受当年年休假。'],
  ['legal', '用工单位不得以派遣身份为由不给加班费。'],
  ['legal', '网友：医院说派遣工不享受年休假，对吗？'],
  ['legal', '婚前医学检查实行自愿原则，不是办理结婚登记的必备条件。'],
  ['legal', '县妇幼保健院为登记结婚的新人提供免费婚检服务。'],
  ['legal', '2003年以前，办理结婚登记必须提供婚检证明。'],
  ['legal', '新人凭结婚证可到妇幼保健院免费婚检。'],
  ['legal', '坚持罪责自负，不得因一人违法对其家庭成员株连处罚。'],
  ['legal', '一人参保，全家安心，请您按时缴费。'],
  ['legal', '家庭成员中一人违规领取低保的，全家取消低保资格。'],
  ['legal', '乱收费，罚款实行连坐，一人做错全寝受罚，如夜间开灯。'],
  ['legal', '种植罂粟不满五百株的，不予追究刑事责任，但由公安机关处十日以上十五日以下拘留。'],
  ['legal', '民警对种植的罂粟全部铲除，依法不予追究刑事责任。'],
  ['legal', '张某因诈骗罪已被判处有期徒刑五年，可谓罪有应得。'],
  ['legal', '嫌疑人已被刑事拘留，案件正在进一步侦办中。'],
  ['legal', '目前犯罪嫌疑人已被刑拘，在法院判决前不能说其罪已板上钉钉。'],
  ['legal', '新项目落地已板上钉钉，预计年底开工。'],
  ['legal', '罪犯张某已被判处有期徒刑三年。'],
  ['legal', '一审法院以盗窃罪判处被告人王某有期徒刑二年，该盗窃犯当庭表示不上诉。'],
  ['legal', '劳动者即使签署“自愿放弃社保”的声明，也不能免除用人单位的法定缴费义务。'],
  ['legal', '员工签署的放弃社保承诺书无效，单位仍须缴纳。'],
];

describe('final144 legal concept rules', () => {
  itReportsFamilies(CATCHES, QUIET);
});
