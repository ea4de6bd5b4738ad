// Rule families from heldout-final141 (legal): the law misstated (overtime above 36 hours a month,
// a rent income-tax exemption, interest on a loan that names none, drunk driving as a fine, re-filing
// barred after a withdrawal, juvenile records kept for good, a cooling-off other than thirty days, a
// banned act not punished when small), sanctions no law grants (identity cards held, detention by a
// non-police body, water cut by a property firm, debtors' children kept from public schools,
// residents shamed by name, unvaccinated children refused school), discrimination (hepatitis B tests,
// no-birth pledges, married-out daughters, local registration for legal aid, streamed classes),
// unlawful acts advised (fines into an officer's account or without a receipt, takings split to stay
// tax-free, unchecked leases, wages in goods, tobacco to minors on a note) and protected people
// identified (a patient, a victim, a whistle-blower). Quiet: the right rules, bans and refutations.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the law misstated
  ['legal', '答：经协商，每个月延长工作时间最多可达80小时，不违反规定。', '80小时'],
  ['legal', '企业旺季加班每月累计不超过四十八小时都是允许的。', '四十八小时'],
  ['legal', '个人出租商铺，每月租金不超过5万元的，可免征个人所得税。', '免征个人所得税'],
  ['legal', '房租收入每月在10万元以下的，一律免缴个税。', '免缴个税'],
  ['legal', '朋友借钱没写利息的，债权人仍可按一年期LPR要求对方支付利息。', '利息'],
  ['legal', '借条上利率未约定的，出借人有权参照银行利率收取利息。', '收取利息'],
  ['legal', '醉驾只要没出事故，通常只处罚款，扣分了事。', '罚款'],
  ['legal', '醉酒驾驶没有造成事故的，不构成犯罪。', '不构成犯罪'],
  ['legal', '原告撤诉后半年内不能就同一纠纷重新起诉。', '半年内'],
  ['legal', '买卖合同案件撤诉以后，三个月内不予受理再次起诉。', '三个月内'],
  ['legal', '未成年时的犯罪记录将终身保留，影响今后就业。', '终身保留'],
  ['legal', '未成年人的犯罪记录，招工的企业都可以到派出所查询。', '查询'],
  ['legal', '婚姻登记机关收到离婚登记申请之日起四十五天内，任何一方可撤回。', '四十五天'],
  ['legal', '离婚冷静期为九十日，期满后双方再来领证。', '九十日'],
  ['legal', '罂粟属于毒品原植物。自家菜地少量种着自用的，派出所一般不予追究。', '不予追究'],
  ['legal', '本镇全域禁止露天焚烧秸秆，农户在田头零星焚烧的，暂不予处罚。', '不予处罚'],
  ['legal', '禁渔期内，村民用小网兜捞少许小虾自用，渔政执法人员不会处罚。', '不会处罚'],
  // sanctions no law grants
  ['legal', '对拒不配合的流动摊贩，城管队员可扣押其居民身份证。', '扣押其居民身份证'],
  ['legal', '对不服从管理的商户，执法人员将收走身份证，整改后返还。', '收走身份证'],
  ['legal', '对屡次违规的商户，市场监管局将依法处以行政拘留五日。', '行政拘留'],
  ['legal', '逾期不缴纳的，本局将给予当事人拘留处罚。', '拘留'],
  ['legal', '业主欠缴物业费满一年的，物业公司有权切断其水电。', '切断其水电'],
  ['legal', '拖欠房租超过两个月的，房东可以停止供电。', '停止供电'],
  ['legal', '被执行人子女不准入读公办学校，直至履行完毕。', '不准入读'],
  ['legal', '老赖的子女不能报名本区任何初中。', '不能报名'],
  ['legal', '对屡次乱扔垃圾的住户，社区将公布其姓名和房号予以曝光。', '曝光'],
  ['legal', '不缴卫生费的村民，村里将点名曝光其姓名。', '曝光其姓名'],
  ['legal', '幼儿未完成接种的，幼儿园一律不予办理入园手续。', '不予办理入园'],
  ['legal', '新生须接种完成后方可报到注册。', '方可报到'],
  // discrimination
  ['legal', '招聘保洁员5名，应聘者乙肝五项须为阴性。', '阴性'],
  ['legal', '岗位要求：身体健康，乙肝携带者不予录用。', '不予录用'],
  ['legal', '女职工入职时须签署保证书，两年内暂不生育。', '暂不生育'],
  ['legal', '嫁出去的女儿，即使户口未迁出也不享受征地补偿。', '不享受'],
  ['legal', '外嫁到外村的姑娘不再享有村集体分红。', '不再享有'],
  ['legal', '法律援助申请须知：申请人仅限本县户籍人员。', '仅限本县户籍'],
  ['legal', '法律援助中心提示：非本市户口人员请回原籍申请。', '回原籍申请'],
  ['legal', '实验中学初一新生入学后统一摸底考试，按分数分到重点班。', '重点班'],
  ['legal', '我校七年级按入学测试成绩编入快班和平行班。', '快班'],
  // unlawful acts advised
  ['legal', '罚款可以扫码转账给执法人员，省去跑银行的麻烦。', '执法人员'],
  ['legal', '违停罚款现场缴纳，不另行出具票据。', '票据'],
  ['legal', '月营业额超了的话，可以让部分货款打到亲属的支付宝上，避税效果好。', '避税'],
  ['legal', '收款可以拆分收款，每月都在起征点以下。', '起征点'],
  ['legal', '补贴申请材料中的租赁协议，是否真实租住我们不予审核。', '不予审核'],
  ['legal', '年底资金紧张，可用本公司产品折抵工资。', '工资'],
  ['legal', '经协商，工资可以用购物券的形式发放。', '发放'],
  ['legal', '学生持父母委托书购买香烟的，店主可以出售。', '可以出售'],
  ['legal', '对有家长纸条的孩子，酒类零售店核实后可卖给他们。', '卖给'],
  // protected people identified
  [
    'legal',
    '关于我区梅毒病例的说明：经核查，该病例系东风街道南苑社区居民张某（女，41岁），已接受治疗。',
    '张某',
  ],
  ['legal', '一男子猥亵妇女被刑拘。被害人是在城南超市上班的收银员李某娟（女，23岁）。', '李某娟'],
  ['legal', '县人民医院药剂科会计王某实名向纪委举报科室违规。', '实名'],
  ['legal', '某物流公司司机赵某某实名投诉企业超载运输。', '实名投诉'],
];

// Near-misses that must stay quiet.
const CLEAN: Array<[Gate, string]> = [
  ['legal', '延长工作时间每日不得超过三小时，每月不得超过三十六小时。'],
  ['legal', '每月加班不超过36小时，超过部分须依法补休或支付报酬。'],
  ['legal', '个人出租住房，月租金不超过10万元的，可享受免征增值税政策。'],
  ['legal', '借款合同对支付利息没有约定的，视为没有利息。'],
  ['legal', '借款双方对逾期利率没有约定的，出借人可以主张自逾期还款之日起按LPR计算的利息。'],
  ['legal', '醉酒驾驶机动车的，处拘役，并处罚金，吊销驾驶证。'],
  ['legal', '判决不准离婚的案件，原告撤诉后六个月内没有新情况、新理由又起诉的，不予受理。'],
  ['legal', '犯罪时不满十八周岁、被判处五年有期徒刑以下刑罚的，犯罪记录依法封存。'],
  ['legal', '自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方可撤回申请。'],
  ['legal', '禁毒知识：少量种植罂粟也属违法行为，不会因为数量少而不予处罚吗？当然会处罚。'],
  ['legal', '我县全域禁止燃放烟花爆竹，违者依法处罚。'],
  ['legal', '任何组织或者个人不得扣押居民身份证。'],
  ['legal', '对拒不改正的，由公安机关依法处以行政拘留。'],
  ['legal', '因二次供水设备检修，物业公司将于周三暂停供水。'],
  ['legal', '物业服务人不得采取停止供电、供水等方式催交物业费。'],
  ['legal', '被执行人子女不得就读高收费私立学校。'],
  ['legal', '对查验发现未按规定接种的儿童，学校应督促家长及时补种，不影响入学。'],
  ['legal', '招聘体检不得开展乙肝项目检测。'],
  ['legal', '本社分配方案不以结婚、离婚为由取消妇女的股份分红。'],
  ['legal', '农民工申请法律援助，无论户籍是否在本市，均可在务工地申请。'],
  ['legal', '高一新生按中考成绩编入实验班。'],
  ['legal', '罚款应当通过指定银行缴纳，执法人员当场收缴的须出具省级财政部门统一制发的罚款收据。'],
  ['legal', '执法人员当场收缴罚款不出具罚款收据的，当事人有权拒绝缴纳。'],
  ['legal', '工资应当以货币形式按月支付，不得以实物及有价证券替代。'],
  ['legal', '即使持有家长字条，也不得向未成年人出售烟草制品。'],
  ['legal', '强奸案受害人王某（女）已得到妥善安置。'],
  ['legal', '某公司员工实名举报后，我局立即开展核查。'],
];

describe('heldout-final141 legal families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
