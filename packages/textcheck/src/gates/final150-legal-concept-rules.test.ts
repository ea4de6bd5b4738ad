// The legal gate's concept rules after the misses of a blind round (final150), in proximity.json:
// - suspect-called-criminal (widened) and thief-named-on-arrest (new): 诈骗犯 for a defendant whose
//   trial is announced (开庭审理), 小偷/窃贼 for a person just caught and described (男，34岁) — before
//   judgement he is a suspect or defendant; 小偷 in advice (抓小偷, 谨防小偷) stays quiet;
// - utility-cut-for-unpaid-levy (new): water or power shut off to make residents pay a village levy
//   (卫生费, 承包费, 物业费);
// - rest-day-overtime-pay-misstated (new): rest-day work without time off paid at 150% instead of 200%;
// - marriage-age-misstated (new): the marriage age given as 女十八/男二十 instead of 二十/二十二;
// - school-sponsor-fee-charged (new): a school asking 择校费, 赞助费, 借读费 for entry;
// - debtor-photos-posted (new): photos of villagers in arrears or refusing to cooperate posted publicly;
// - relatives-benefits-suspended (new): 低保 or relief of a person's children or siblings stopped
//   because that person will not demolish, sign or stop petitioning;
// - reporter-named-with-reward (new): a reward paid out, the reporter named with trade or address;
// - named-business-accused-unverified (new): a named firm said to sell only gutter oil or to cheat
//   its customers, with no finding of a regulator behind it.
// Each: the missed text, wordings of our own; quiet: the lawful statement, a refutation, a report.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // legal.suspect-called-criminal (widened), legal.thief-named-on-arrest
  [
    'legal',
    '民警连夜调取周边监控，当天下午两点在汽车客运站候车厅将小偷刘建军（男，34岁，望江县人）抓获，现场起获手机6部。',
    '小偷',
  ],
  [
    'legal',
    '青峰县人民法院定于11月6日上午9时，在本院第三审判庭公开开庭审理诈骗犯周海涛利用虚假理财平台骗取多名老年人养老钱一案。',
    '诈骗犯',
  ],
  ['legal', '经过三天蹲守，民警在城郊出租屋内将窃贼王某（男，45岁，无业）抓获归案。', '窃贼'],
  ['legal', '公交车上的扒手李某（女，29岁，外省籍）被便衣民警当场抓获。', '扒手'],
  ['legal', '本院将于下周二开庭审理抢劫犯张某持刀抢劫便利店一案，欢迎群众旁听。', '抢劫犯'],
  // legal.utility-cut-for-unpaid-levy
  [
    'legal',
    '2024年度卫生费每户120元，请于本月底前到村便民服务室缴纳。逾期仍未缴纳的住户，村里将从下月1日起关闭其入户自来水阀门，缴清后恢复。',
    '关闭',
  ],
  ['legal', '对拖欠物业费超过半年的业主，物业公司将暂停其用水，直至结清为止。', '物业费'],
  ['legal', '垃圾清运费请各户按时交清，逾期不交的，村委会将拉闸停电。', '拉闸'],
  ['legal', '仍拖欠土地承包费的农户，村里一律断水，结清后再恢复供水。', '断水'],
  // legal.rest-day-overtime-pay-misstated
  [
    'legal',
    '延长工作时间的，按不低于工资的150%支付；休息日安排加班又不能安排补休的，同样按不低于150%支付；法定休假日安排工作的，按不低于300%支付。',
    '休息日',
  ],
  ['legal', '周末加班又没有调休的，公司按1.5倍工资支付加班费就符合规定。', '周末'],
  ['legal', '双休日上班不能补休的，加班工资按百分之一百五十计算。', '双休日'],
  ['legal', '休息日被叫去加班，单位至少要给一倍半的工资。', '休息日'],
  // legal.marriage-age-misstated
  [
    'legal',
    '温馨提示：女方年满十八周岁、男方年满二十周岁即可携带双方身份证、户口簿原件和三张2寸合影照片办理结婚登记。',
    '女方年满十八周岁',
  ],
  ['legal', '根据规定，男满20周岁、女满18周岁就可以到民政局领证。', '男满20周岁'],
  ['legal', '办理婚姻登记的条件：男年满二十周岁，女年满十八周岁，双方自愿。', '男年满二十周岁'],
  ['legal', '只要女性年满18周岁，男性年满20周岁，就能登记结婚。', '女性年满18周岁'],
  // legal.school-sponsor-fee-charged
  ['legal', '非学区生经学校同意可以入学，但需一次性缴纳择校赞助费8000元。', '择校赞助'],
  ['legal', '外区学生来我校就读的，每生每年交借读费3000元。', '借读费'],
  ['legal', '插班生报名时须缴纳建校费5000元，开学前交齐。', '建校费'],
  ['legal', '想进实验初中的非片区新生，请家长先交纳捐资助学费2万元。', '捐资助学费'],
  // legal.debtor-photos-posted
  ['legal', '对年底前仍未结清的户，村里将把户主和子女照片一并张贴在村务公开栏。', '照片'],
  ['legal', '拒不配合人居环境整治的农户，其照片将在村口大屏滚动播放。', '照片'],
  ['legal', '欠缴物业费超过一年的业主，物业将把其头像和房号张贴在小区公告栏。', '头像'],
  ['legal', '逾期未交水利费的村民，个人照一律上墙公示。', '个人照'],
  // legal.relatives-benefits-suspended
  [
    'legal',
    '对拒不拆除违建的农户，其子女及兄弟姐妹一律暂停享受低保、医疗救助等政策，直至拆除完毕。',
    '子女',
  ],
  ['legal', '凡拒不签约的拆迁户，其直系亲属的低保、临时救助一律停发。', '直系亲属'],
  ['legal', '对多次越级上访的人员，停止发放其父母的养老补贴。', '父母'],
  ['legal', '不配合土地流转的，其家属不予享受各项惠民政策。', '家属'],
  // legal.reporter-named-with-reward
  ['legal', '近日，实名举报人吴秀梅（城南菜市场17号摊位摊主）领取了2000元举报奖励。', '举报人'],
  ['legal', '家住城关镇幸福小区的举报人王建华日前领到了5000元奖励金。', '举报人'],
  ['legal', '县市场监管局为举报人李国强（东街五金店老板）兑现奖励3000元。', '举报人'],
  ['legal', '举报者刘桂英大妈获得了县应急管理局颁发的举报奖金800元。', '举报者'],
  // legal.named-business-accused-unverified
  [
    'legal',
    '近期有市民反映，本县恒泰食品有限公司生产的月饼全是用地沟油做的，专门坑害消费者，请广大市民不要购买。',
    '地沟油',
  ],
  ['legal', '城南老王饭店用的都是地沟油，大家千万别去吃。', '地沟油'],
  ['legal', '据群众说，兴隆超市卖的全都是假货，专门骗老年人的钱。', '假货'],
  ['legal', '提醒大家，某某肉类加工厂一直在卖注水肉，黑心得很。', '注水肉'],
];

// [gate, text that must stay without a block or warn finding]
const QUIET: Array<[Gate, string]> = [
  // legal.suspect-called-criminal (widened)
  ['legal', '民警将盗窃犯罪嫌疑人刘某抓获，现场起获手机6部，案件正在进一步侦办中。'],
  ['legal', '法院公开开庭审理被告人周某涉嫌诈骗一案，庭审通过中国庭审公开网直播。'],
  ['legal', '节假日商场人多，请看管好随身财物，谨防小偷。'],
  [
    'legal',
    '抓小偷时能不能动手？小偷已经被制服后再对其进行殴打，就不再属于正当防卫。抓获后请及时报警。',
  ],
  ['legal', '村里的小偷被抓获后，村民们都松了一口气。'],
  // legal.utility-cut-for-unpaid-levy
  ['legal', '2024年度卫生费每户120元，请于本月底前缴纳，逾期未缴的，村委会将上门催缴。'],
  ['legal', '因管道维修，本小区明日8时至12时停水，请提前储水；物业费可在服务中心缴纳。'],
  ['legal', '物业公司不得以业主拖欠物业费为由停水停电，业主可向住建部门投诉。'],
  // legal.rest-day-overtime-pay-misstated
  [
    'legal',
    '延长工作时间的，按不低于工资的150%支付；休息日安排工作又不能安排补休的，按不低于200%支付；法定休假日安排工作的，按不低于300%支付。',
  ],
  ['legal', '周末加班的，单位可以安排补休，不能补休的按两倍工资支付。'],
  ['legal', '网传“休息日加班只给1.5倍工资”，这是错误说法。'],
  // legal.marriage-age-misstated
  ['legal', '结婚登记须男方年满二十二周岁、女方年满二十周岁，双方自愿。'],
  ['legal', '女方年满十八周岁已成年，但未达法定婚龄，还不能结婚。'],
  // legal.school-sponsor-fee-charged
  ['legal', '义务教育阶段学校严禁收取择校费、赞助费，发现违规收费可拨打12345举报。'],
  ['legal', '县教育局开展专项治理，已清退3所学校违规收取的借读费。'],
  ['legal', '非学区生按学位空余情况统筹安排入学，学校不收取任何费用。'],
  // a real reply: a developer pays a school-building fee instead of building the school
  [
    'legal',
    '金科公司以该项目占地仅168亩，不宜拿地配建小学等原因，请求区政府同意其缴纳12个班小学和6个班中学的异地建校费。',
  ],
  // legal.debtor-photos-posted
  ['legal', '村里把今年评出的10户“最美庭院”户主照片张贴在村务公开栏，供大家学习。'],
  ['legal', '拖欠承包费的农户，村委会将依法向人民法院提起诉讼。'],
  ['legal', '法院将失信被执行人照片在商场大屏滚动播放，督促其履行义务。'],
  // legal.relatives-benefits-suspended
  ['legal', '违建拆除工作严格依法进行，不搞株连，当事人子女的低保、医疗救助不受影响。'],
  ['legal', '经核查，该户隐瞒收入骗取低保，现停发其家庭低保并追回已领资金。'],
  ['legal', '对拒不拆除违建的，由综合执法部门依法强制拆除，费用由当事人承担。'],
  // legal.reporter-named-with-reward
  ['legal', '近日，实名举报人吴某领取了2000元举报奖励，其个人信息已严格保密。'],
  ['legal', '对实名举报并经查实的，举报人可获得最高5000元奖励。'],
  ['legal', '城南菜市场摊主吴秀梅热心公益，获评“文明商户”并领取奖金500元。'],
  // legal.named-business-accused-unverified
  ['legal', '经抽检，恒泰食品有限公司生产的一批次月饼菌落总数不合格，已立案查处。'],
  ['legal', '网传“某食品公司月饼全是地沟油做的”，经核查系谣言。'],
  ['legal', '月饼选购请认准正规渠道，购买时注意查看生产日期和保质期。'],
];

describe('legal concept rules for the misses of final150', () => {
  itReportsFamilies(CATCHES, QUIET);
});
