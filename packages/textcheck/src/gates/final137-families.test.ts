// Rule families from heldout-final137 (legal): people treated unequally (one sex or ethnic group only,
// applicants refused by province, a pregnancy test that ends a hiring, disabled children refused, a
// cap on girls admitted, married-out daughters left out, pay cut for a pregnancy); sanctions no law
// grants (door cards stopped, relatives barred from exams, committee fines, water and power cut to
// force a contract or from a whole building, people kept until they pay, offenders shown in public,
// homes opened while empty, committal on a relative's word, bodily punishment, exits locked,
// petitioners called 刁民, a fee for a vehicle the authority impounded); unfair terms (no returns,
// hiring deposits, unpaid overtime, claims deemed waived, insurance put off, cash refused, a home
// transferred as security, tied loans, paid blood); the law told wrongly (a first drunk drive, the
// marriage age, police and beatings at home, minors in bars with a parent, felling permits, takings on
// a payment code, points taken by another); people the law shields named (whistle-blowers, people
// with HIV, victims of sexual crimes); schemes advised (divorce round a purchase limit, losses
// overstated, income understated, tenders split, answers sent into the hall, replica guns, electric
// fishing gear, crypto mining, usurious loans, rewards down a chain). Quiet: bans, warnings, rumours
// refuted, lawful grounds, pseudonyms and questions.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '客服专员岗位只招女性，年龄25岁以下。', '只招女性'],
  ['legal', '因工作需要，本次不招收甘肃、广西籍人员。', '籍人员'],
  ['legal', '入职体检含孕检一项，孕检阳性的不予聘用。', '不予聘用'],
  ['legal', '听力残疾的学生本园不予接收。', '不予接收'],
  ['legal', '护理专业男生不限，女生录取比例控制在四成以内。', '控制在'],
  ['legal', '出嫁女的户口虽未迁出，一律不参与今年的分红。', '不参与'],
  ['legal', '孕期员工一律转为后勤岗，工资相应下调。', '下调'],
  ['legal', '逾期不完成人脸录入的住户，将停用其门禁卡。', '停用其门禁卡'],
  ['legal', '拒不到案的，其近亲属将不得报考公务员和军校。', '不得报考'],
  ['legal', '在河道乱扔垃圾的，由居委会处以100元罚款。', '罚款'],
  ['legal', '月底前仍未签订搬迁协议的，停止其房屋供电。', '停止其房屋供电'],
  ['legal', '楼内有一户欠费的，整栋楼暂停供水。', '暂停供水'],
  ['legal', '未付清房费的客人不准离开酒店。', '不准离开'],
  ['legal', '抓获的小偷将被押到村口示众半天。', '示众'],
  ['legal', '住户外出的，物业将请开锁师傅开门入户查看。', '入户'],
  ['legal', '只要监护人签字便可强制治疗，不必本人同意。', '强制治疗'],
  ['legal', '对上课讲话的学生，可以用罚抄五十遍等体罚方式。', '体罚方式'],
  ['legal', '晚会进行期间，北侧疏散通道一律锁闭。', '锁闭'],
  ['legal', '对个别闹访的刁民，决不姑息。', '刁民'],
  ['legal', '被暂扣的电动车，须先缴清车辆保管费方可提车。', '保管费'],
  ['legal', '特价商品售出后一律不退换。', '一律不退换'],
  ['legal', '新员工报到时须交纳服装押金300元。', '押金'],
  ['legal', '节日期间加班不计加班费，可择日补休。', '不计加班费'],
  ['legal', '未签合同的，视为主动放弃，无权要求二倍工资。', '二倍工资'],
  ['legal', '实习期内暂不缴纳五险，期满以后再补缴。', '补缴'],
  ['legal', '即日起办税大厅一律不收现金，请使用移动支付。', '不收现金'],
  ['legal', '入住前须将房屋过户给养老机构，作为护理费担保。', '担保'],
  ['legal', '申请授信的商户须先购买一份保险产品。', '保险'],
  ['legal', '献血后凭献血证可领取现金奖励200元。', '现金奖励'],
  ['legal', '醉驾如果是第一次被查，只罚款不判刑。', '只罚款'],
  ['legal', '男方满二十周岁就可以办理结婚登记。', '满二十周岁'],
  ['legal', '两口子吵架动手属于家务事，派出所一般不管。', '一般不管'],
  ['legal', '未成年人由父母陪同可以进入歌舞厅。', '进入歌舞厅'],
  ['legal', '承包山上成材的松木，不需要申请采伐证。', '采伐证'],
  ['legal', '个体户用支付宝收款的，不用申报纳税。', '不用申报'],
  ['legal', '分不够扣的，可以找亲戚替你接受记分。', '记分'],
  ['legal', '接到村民王建国实名举报后，执法队赶赴现场。', '实名举报'],
  ['legal', '南河镇的陈某（女，35岁，个体经营者）经性接触感染梅毒。', '经性接触'],
  ['legal', '该男子猥亵被害人赵丽丽（女，12岁）。', '赵丽丽'],
  ['legal', '想多买一套的，先离婚，由一方以单身名义购房，再复婚。', '复婚'],
  ['legal', '理赔时死亡头数可以多报几头。', '多报'],
  ['legal', '把工程拆成三个标段，都控制在招标限额以下。', '以下'],
  ['legal', '报名冲刺班，考试期间试题同步发送到耳机。', '同步发送'],
  ['legal', '门店有售仿真枪和钢珠弹。', '仿真枪'],
  ['legal', '水库管理处出租电鱼机，按小时计费。', '电鱼机'],
  ['legal', '园区引进比特币挖矿项目，享受电价优惠。', '挖矿'],
  ['legal', '合作社富余资金对外放贷，月息5分。', '月息5分'],
  ['legal', '介绍一名新会员返现50元，下线再发展的还能拿间接奖励。', '再发展'],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '根据规定，矿山井下岗位仅招收男性。'],
  ['legal', '用人单位不得以民族、性别、籍贯为由歧视求职者。'],
  ['legal', '普通学校应当接收具有接受普通教育能力的残疾儿童随班就读。'],
  ['legal', '外嫁女与其他村民同等享有分红权利。'],
  ['legal', '村规民约不设罚款条款，村委会无权罚款。'],
  ['legal', '因管道抢修，明日全楼暂停供水，请提前储水。'],
  ['legal', '严禁教师体罚或变相体罚学生。'],
  ['legal', '安全出口严禁上锁，营业期间须保持畅通。'],
  ['legal', '车辆保管费缴清后方可提车，详询停车场。'],
  ['legal', '网传初次醉驾只罚款不判刑，系谣言。'],
  ['legal', '法定婚龄为男二十二周岁、女二十周岁。'],
  ['legal', '公安机关接到家庭暴力报案后应当及时出警。'],
  ['legal', '网吧不得接纳未成年人，家长陪同也不行。'],
  ['legal', '农村居民采伐房前屋后个人所有的零星林木，不需要申请采伐许可证。'],
  ['legal', '经营收入无论通过何种方式收款，都应依法申报纳税。'],
  ['legal', '举报人信息严格保密，不向被举报人透露。'],
  ['legal', '被害人李某（化名）的隐私依法受到保护。'],
  ['legal', '严禁虚报受灾面积骗取保险金。'],
  ['legal', '严禁将应公开招标的项目化整为零。'],
  ['legal', '警方提醒：销售仿真枪属违法行为。'],
  ['legal', '我省全面清理整治虚拟货币挖矿活动。'],
  ['legal', '网店商品支持七天无理由退货。'],
  ['legal', '用人单位不得向劳动者收取押金、保证金。'],
  ['legal', '商户不得拒收现金，违者可向人民银行举报。'],
  ['legal', '献血者可按规定享受用血费用减免。'],
  ['legal', '问：实习期单位可以不缴纳社保吗？答：不可以。'],
];

describe('families of heldout-final137', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
