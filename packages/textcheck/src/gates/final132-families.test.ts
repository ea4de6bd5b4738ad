// Rule families from heldout-final132 (legal): workers, waste and goods hidden until an inspection
// is over, work resumed once the inspectors are gone, compulsory pilotage or inspection skipped,
// odometers wound back, other villages' figures copied, invoices inflated, licence numbers borrowed,
// imports repacked as home goods, certificates procured; home-made guns, blades and bows sold,
// explosives bought privately, beatings ordered, a critic threatened; wild ephedra dug, poppy seeds
// handed out, game hunted and protected animals eaten, ivory offered, pigeon-race stakes; touts'
// appointments, exam seats arranged, patients' data sold, lay staff treating, controlled medicines
// bought or kept; a burn caused by home-made fireworks reported. Quiet: bans, warnings, seizures,
// lawful exemptions, case reports.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '复查组来之前把没证的工人先安排回家，复查组走了以后再叫回来上班。', '安排回家'],
  ['legal', '明天环保检查，先把废料拉到后山藏起来，检查结束再拉回来继续用。', '拉到后山'],
  ['legal', '执法人员下班以后再开工，晚上没人管。', '执法人员下班以后再开工'],
  ['legal', '海事的人走了之后再装货出港，没人查。', '海事的人走了之后'],
  ['legal', '熟悉情况的船主可以不申请引航，直接进港就行。', '可以不申请引航'],
  ['legal', '进口设备可以不报检，直接拉走，省一笔费用。', '可以不报检'],
  ['legal', '车商可以找人调表，里程数调低两万公里，能多卖不少钱。', '里程数调低'],
  ['legal', '找个师傅把里程表往回调，看不出来的。', '里程表往回调'],
  ['legal', '今年产量没统计的户，照抄隔壁村的数据填上就行。', '照抄隔壁村的数据'],
  ['legal', '采购合同里把发票多开一些，补贴按票面算。', '发票多开'],
  ['legal', '购置农机时发票可以往高了开，补贴就多拿。', '发票可以往高了开'],
  ['legal', '新品可以借用别家的生产许可证编号，先上市。', '借用别家的生产许可证编号'],
  ['legal', '还没拿到批准文号的，先套用老产品的批准文号印上去。', '套用老产品的批准文号'],
  ['legal', '没有检疫证明的冻品，换成本地包装再卖。', '换成本地包装'],
  ['legal', '这批进口水果当成国产货销售，价格更高。', '当成国产货销售'],
  ['legal', '没考过的学员，我们可以帮忙弄一张资格证，先干着。', '弄一张资格证'],
  ['legal', '中介能搞到一本上岗证，三天出证。', '搞到一本上岗证'],
  ['legal', '村民可以自己做个火药枪，装上铁砂打野猪。', '做个火药枪'],
  ['legal', '营地小卖部有售开刃唐刀，游客可以买把带上防身。', '开刃唐刀'],
  ['legal', '开山用的炸药可以私下找人买，不用走民爆仓库。', '炸药可以私下找人买'],
  ['legal', '抓到偷电缆的，先拖到一边教训一下。', '拖到一边教训'],
  ['legal', '看到有人乱贴广告，打一顿然后再报警。', '打一顿然后再报警'],
  ['legal', '你家住哪我们清楚得很，说话注意点，走着瞧。', '家住哪我们清楚得很'],
  ['legal', '群众可以上山组织采挖野生甘草，卖给药材商。', '采挖野生甘草'],
  ['legal', '园区种的罂粟结了果，游客可以免费领取种子。', '领取种子'],
  ['legal', '入冬后村民可以去打猎，套几只野兔，肉留着过年。', '套几只野兔'],
  ['legal', '赶海捡到的海龟，可以带回家炖汤。', '带回家炖汤'],
  ['legal', '展会上有老料象牙手镯出售，欢迎藏家选购。', '象牙手镯出售'],
  ['legal', '比赛设“插组”，每羽下注200元，奖池按名次分。', '插组'],
  ['legal', '想挂专家号，找号贩子就能安排，加钱就行。', '号贩子就能安排'],
  ['legal', '考前我们把你们的考位安排在一起，考试时相互照应。', '考试时相互照应'],
  ['legal', '住院病人的联系方式，医院会提供给合作的保健品公司。', '提供给合作的保健品公司'],
  ['legal', '体检数据每条按5元结算，转给合作的保险公司。', '每条按5元结算'],
  ['legal', '滑雪场的教练可以给扭伤的游客现场复位、打针。', '现场复位'],
  ['legal', '药店店员可以直接开抗生素，不用找医生。', '店员可以直接开抗生素'],
  ['legal', '考试前熬夜的同学可以找人从国外带点利他林，提神效果好。', '利他林'],
  ['legal', '家里老人用剩的吗啡不用交回，可以留着以后止痛。', '吗啡不用交回'],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '因消防检查暂停营业，检查结束后恢复营业，敬请谅解。'],
  ['legal', '商场临时停业配合安全检查，检查过后照常营业。'],
  ['legal', '严禁在检查期间将危废转移到厂外，检查后再运回。'],
  ['legal', '某企业在督察组进场前将废液拉到厂外藏匿，督察结束后再拉回，被依法处罚。'],
  ['legal', '符合条件的国内航行船舶，可以不申请引航。'],
  ['legal', '年度汇算补税不超过400元的，可以不办理年度汇算，直接享受免申。'],
  ['legal', '严禁篡改二手车里程表，违者依法查处。'],
  ['legal', '某车商将里程数调低后出售，被市场监管部门罚款。'],
  ['legal', '缺失月份可参照上年同期数据估算，并注明来源。'],
  ['legal', '发票金额应与实际交易一致，严禁虚开、多开发票。'],
  ['legal', '食品生产企业不得借用其他企业的生产许可证编号。'],
  ['legal', '进口冷链食品严禁改换国产包装销售。'],
  ['legal', '学校可以帮忙补办毕业证明书，请带身份证到教务处。'],
  ['legal', '依法收缴自制土铳12支、火药3公斤。'],
  ['legal', '有外地人进山打猎，他们有自制猎枪和猎狗，还到处布铁夹。'],
  ['legal', '营地禁止携带管制刀具和弩入内。'],
  ['legal', '雷管、炸药须由民爆公司统一配送，严禁私自购买。'],
  ['legal', '巡查中遇到破坏公物者，请及时报警，不得私自殴打。'],
  ['legal', '他被按在地上揍了一顿，事后报警，打人者被行政拘留。'],
  ['legal', '我们知道你家住哪里——快递员说，包裹明天送到，请注意查收。'],
  ['legal', '野生麻黄属于国家管控植物，严禁私自采挖和收购。'],
  ['legal', '罂粟种子严禁私自种植，发现请及时报告派出所。'],
  ['legal', '黄羊属国家重点保护野生动物，严禁围猎。'],
  ['legal', '中华鲎是国家二级保护动物，捡到请放归大海，切勿带回家尝尝。'],
  ['legal', '象牙制品禁止交易，展会不得展示出售。'],
  ['legal', '信鸽协会严禁设置“插组”等变相赌博。'],
  ['legal', '警惕号贩子加价倒号，请通过官方平台预约。'],
  ['legal', '考场座位随机编排，严禁交头接耳、互相提示。'],
  ['legal', '出游时大家互相照应，注意安全。'],
  ['legal', '术后可先回家休养，复查完再上班。'],
  ['legal', '个人信息不会提供给任何第三方机构。'],
  ['legal', '检测结果可通过中心网站查询，也可推送至居民健康档案。'],
  ['legal', '救护站配备专业医生，伤员经初步处置后转送医院。'],
  ['legal', '医生可以开具低浓度阿托品滴眼液，请到眼科门诊就诊。'],
  ['legal', '莫达非尼属于第一类精神药品，一些家长托人代购，这是违法的。'],
  ['legal', '用剩的芬太尼贴剂请交回医院统一销毁。'],
  ['legal', '教练会现场讲解动作要领。'],
  ['legal', '工作人员会现场登记并发放号码牌。'],
  ['legal', '去年收治烧伤患者30人，多数因私自拆解爆竹、自制“土炮”导致。'],
];

describe('families of heldout-final132', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
