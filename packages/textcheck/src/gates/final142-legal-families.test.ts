// Rule families from heldout-final142 (legal): the law misstated (a will said to need a notary, a
// drink- or drunk-driving threshold other than 20 and 80 mg/100 ml, return carriage put on the seller
// by law), sanctions no law grants (debtors' children kept from school until the debt is paid, a
// whole village's subsidies withdrawn for one member's offence), discrimination (posts open to one
// sex, hepatitis B carriers told not to apply, hepatitis B tests in the entry examination), unlawful
// acts advised (takings without an invoice kept out of the return, burning timed to dodge satellite
// monitoring), a suspect called a thief before judgement and a person with HIV named. Quiet: the
// right rules, bans, refutations and reports after the fact.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a will said to need a notary
  ['legal', '老人亲笔写的遗嘱，须到公证处办理公证才具有法律效力。', '遗嘱'],
  ['legal', '答：打印遗嘱没有经过公证的，不具有法律效力，子女可按法定继承分割。', '遗嘱'],
  ['legal', '录音遗嘱如果不经公证，一律无效。', '遗嘱'],
  ['legal', '立了多份遗嘱的，公证遗嘱效力优先于其他遗嘱。', '公证遗嘱'],
  ['legal', '所有遗嘱都要经过公证方能生效，建议市民提前预约。', '遗嘱'],
  ['legal', '答：没有经过公证的代书遗嘱，不发生法律效力。', '代书遗嘱'],
  // a blood-alcohol threshold other than the law's
  ['legal', '驾驶人血液酒精浓度超过30毫克/100毫升的，即属于酒后驾驶。', '30毫克/100毫升'],
  ['legal', '饮酒驾驶的认定标准是血液中酒精含量达到四十毫克每100毫升。', '四十毫克每100毫升'],
  ['legal', '经检测，酒精含量在100mg/100ml以上的才构成醉驾。', '100mg/100ml'],
  ['legal', '血液酒精含量达到60mg/100ml就是醉酒驾驶，将被追究刑事责任。', '60mg/100ml'],
  ['legal', '酒驾的标准为10mg/100ml，喝一口啤酒都可能超标。', '10mg/100ml'],
  ['legal', '血液中的酒精含量大于或者等于30mg/100ml的，为饮酒后驾车。', '30mg/100ml'],
  // return carriage put on the seller by law
  ['legal', '网购商品七日无理由退货，寄回运费全部由卖家承担。', '运费'],
  ['legal', '根据规定，7天无理由退货时，经营者必须承担来回运费。', '经营者'],
  ['legal', '依法享有七日无理由退货权利，消费者无需承担退货邮费。', '消费者'],
  ['legal', '无理由退货的快递费应当由销售者负担，这是法律明确的。', '快递费'],
  ['legal', '依照七日无理由退货规定，退货邮费由网店全额承担。', '邮费'],
  // debtors' children kept from school until the debt is paid
  ['legal', '被执行人的孩子，在案款付清以前，不允许入读本市任何公办学校。', '孩子'],
  ['legal', '法院将限制老赖子女就读本县公办初中。', '限制老赖子女就读'],
  ['legal', '失信被执行人子女在其还清欠款之前一律不得报名入学。', '子女'],
  ['legal', '对拒不履行的，不准其子女进入辖区公立幼儿园。', '子女'],
  // a whole village's subsidies withdrawn for one member's offence
  ['legal', '哪个组发现一处违建，就扣发该组所有农户本年度粮食补贴。', '扣发'],
  ['legal', '凡村内有人参与非法集资的，全村一律不再享受年终分红。', '全村'],
  ['legal', '发现一户焚烧垃圾，停发所在小区全体住户的物业奖补资金。', '停发'],
  ['legal', '一人违规养犬，取消整个楼栋所有居民当年的文明户奖励。', '取消'],
  // posts open to one sex
  ['legal', '本次招考的乡镇综合岗只限男性考生报名。', '只限男性'],
  ['legal', '招聘条件：大专以上学历，女性应聘者一律不予录用。', '女性'],
  ['legal', '客服岗位招聘启事：仅面向女性毕业生报名，名额有限。', '仅面向女性'],
  ['legal', '公开招聘辅警30名，谢绝女士，有退役军人优先。', '谢绝女士'],
  // hepatitis B carriers told not to apply, tests in the entry examination
  ['legal', '招聘启事：乙肝小三阳者请勿报名，体检时将复查。', '小三阳'],
  ['legal', '本岗位应聘须知：乙肝病毒携带者慎投。', '慎投'],
  ['legal', '本公司录用体检需查乙肝两对半，请提前空腹。', '乙肝两对半'],
  ['legal', '新员工入职体检包括乙肝表面抗原检测，请做好准备。', '乙肝表面抗原'],
  ['legal', '应聘者如乙肝阳性，将无法入职。', '无法入职'],
  // takings without an invoice kept out of the return
  ['legal', '没开发票的营业额，月底申报时不用计入。', '营业额'],
  ['legal', '顾客不用开票的货款，能不申报就不申报。', '不用开票'],
  ['legal', '小技巧：未开票的收入无需入账，税负立刻降下来。', '未开票'],
  ['legal', '不开票的生意都不算收入，放心做。', '不开票'],
  // burning or dumping timed to dodge monitoring
  ['legal', '倾倒时记得躲开无人机巡查的时段，凌晨最安全。', '躲开'],
  ['legal', '焚烧前先查好卫星过境时间，错开卫星过境就行。', '错开卫星过境'],
  ['legal', '选在周日下午动工，避开探头抓拍范围。', '避开探头抓拍范围'],
  ['legal', '堆放在林边，规避遥感监测区域即可。', '规避遥感监测区域'],
  // a suspect called a thief before judgement
  ['legal', '民警连夜蹲守，将偷车贼王某抓获。', '偷车贼王某'],
  ['legal', '扒手李某某在公交车上作案时被当场抓获。', '扒手李某某'],
  ['legal', '偷电瓶贼张某已被刑事拘留，案件正在进一步侦办中。', '偷电瓶贼张某'],
  ['legal', '经过三天追踪，惯偷刘某落网。', '惯偷刘某'],
  // a person with HIV named
  ['legal', '本季度全县发现艾滋病感染者三例，其中有城西街道居民王建华（男，三十二岁）。', '王建华'],
  ['legal', '梅毒患者中包括县纺织厂职工陈丽（女，28岁），现已规范治疗。', '陈丽'],
  ['legal', '新发现HIV感染者2名，其一为柳河村村民赵某（男，41岁）。', '赵某'],
  ['legal', '今年新增的性病患者有红星社区居民周某芳（女，35岁）。', '周某芳'],
];

// Near-misses that must stay quiet.
const CLEAN: Array<[Gate, string]> = [
  ['legal', '自书遗嘱由遗嘱人亲笔书写，签名，注明年、月、日，无需公证即可有效。'],
  ['legal', '遗嘱不是必须经过公证才有效，符合法定形式的自书遗嘱同样有效。'],
  ['legal', '民法典施行后，公证遗嘱不再优先，以最后所立遗嘱为准。'],
  ['legal', '市民可到公证处办理遗嘱公证，也可自行书写遗嘱。'],
  ['legal', '血液中酒精含量达到20mg/100ml以上、不满80mg/100ml的，属于饮酒后驾驶。'],
  ['legal', '血液酒精含量大于或等于80毫克/100毫升的，属于醉酒驾驶。'],
  ['legal', '饮酒驾驶的标准是血液酒精含量达到20毫克/100毫升。'],
  ['legal', '该驾驶人血液酒精含量为126mg/100ml，已涉嫌危险驾驶罪。'],
  ['legal', '经检测，其血液酒精含量达到156mg/100ml，属于醉酒驾驶。'],
  ['legal', '经鉴定，王某血液酒精含量达到45毫克/100毫升，属于饮酒后驾驶，被依法处罚。'],
  ['legal', '七日无理由退货的，退回商品的运费由消费者承担；经营者和消费者另有约定的，按照约定。'],
  ['legal', '因商品质量问题退货的，七日内运费由商家承担。'],
  ['legal', '本店支持七天无理由退货，运费险由本店赠送，退货运费由商家承担。'],
  ['legal', '失信被执行人的子女不得就读高收费私立学校。'],
  ['legal', '失信被执行人子女就读公办学校不受限制，我院已向家长说明。'],
  ['legal', '对违规用火的当事人，依法处以罚款，不得株连其他村民。'],
  ['legal', '全村所有农户均可申领耕地地力保护补贴，请于月底前登记。'],
  ['legal', '井下采掘岗位仅限男性报考，依据《女职工劳动保护特别规定》。'],
  ['legal', '用人单位招聘不得以性别为由拒绝录用女性，女性应聘者享有平等就业权利。'],
  ['legal', '某公司招聘时要求乙肝病毒携带者请勿投递简历，已被责令整改。'],
  ['legal', '入职体检不得包含乙肝五项检测，用人单位不得以携带乙肝病毒为由拒绝录用。'],
  ['legal', '食品从业人员健康体检不包括乙肝检测。'],
  ['legal', '不开发票的收入也应当依法申报纳税。'],
  ['legal', '有的商户以为不开发票的收入可以不申报，这是错误的，属偷税行为。'],
  ['legal', '环保部门利用卫星遥感监测秸秆焚烧火点，实现全天候监管。'],
  ['legal', '有人在夜间焚烧秸秆，企图避开卫星监测，已被依法处罚。'],
  ['legal', '民警将涉嫌盗窃耕牛的犯罪嫌疑人周某抓获。'],
  ['legal', '偷牛贼周某因犯盗窃罪，被法院判处有期徒刑二年。'],
  ['legal', '新报告艾滋病病毒感染者7例，均已纳入随访管理。'],
  ['legal', '艾滋病感染者的姓名、住址等个人信息受法律保护，任何单位和个人不得公开。'],
];

describe('heldout-final142 legal families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
