// The rules for the misses and false alarms of a sealed round (final147), each widened or written for a
// concept, not for one sentence: a job closed to unmarried or childless women, a lead's source or a
// complainant named, a sentence announced before trial, an age floor under sixteen for a job, the
// worker's one year to apply for work-injury recognition told as days, a sex-crime victim with age
// and home, a village body's fines and subsidy cuts, and an office Wi-Fi password for a network shared
// with the government's. Quiet: the lawful statement, a court's judgment, a ban, an anonymous source,
// a guest network kept apart; and the round's two false alarms, an office contact's mobile number
// given for enquiries and an essay title told after the exam.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a job closed to women by marriage or childbearing (legal.discrimination, legal-unequal-treatment.ts)
  [
    'legal',
    '【县住房公积金管理中心招聘劳务派遣人员启事】因窗口业务量增长，中心拟招聘柜员4名。基本条件：大专及以上学历，熟练使用办公软件，普通话标准；限男性或已婚已育女性，未婚女性不在招聘范围；有银行或政务服务窗口工作经验者优先。工作地点为县政务服务中心二楼公积金窗口。有意者请于8月15日前将简历发送至中心邮箱，联系电话0715-3361082。',
    '限男性或已婚已育女性',
  ],
  ['legal', '本岗位限男性或已婚已育女性报名，有意者请投递简历。', '限男性或已婚已育女性'],
  ['legal', '招聘条件：仅招已婚已育的女性，身体健康，能适应倒班。', '仅招已婚已育的女性'],
  ['legal', '应聘要求：未婚女性暂不在本次招聘范围内，敬请谅解。', '未婚女性暂不在本次招聘范围'],
  ['legal', '招聘启事：未育女青年一律不予录用，男性不限。', '未育女青年一律不予录用'],
  // a lead's source named by post and name (confidentiality.whistleblower-lead-source)
  [
    'confidentiality',
    '【县粮储局严肃查处一起粮食储存违规问题】近日，县粮储局根据群众举报，对县第三粮库开展检查，发现部分仓房存在虚报库存、以陈顶新等问题。该线索系第三粮库保管员赵志平实名向局纪检组反映，局党组高度重视，已责令粮库限期整改，对相关责任人进行立案调查。举报电话：0735-8813706。',
    '线索系第三粮库保管员赵志平实名向',
  ],
  [
    'confidentiality',
    '据悉，本案线索由该厂统计员王建军提供，他多次向监管部门反映。',
    '线索由该厂统计员',
  ],
  [
    'confidentiality',
    '举报人为该公司仓管员刘某，其向纪委实名反映了相关问题。',
    '举报人为该公司仓管员刘某',
  ],
  [
    'confidentiality',
    '该线索系县农资站营业员孙丽实名向纪委监委反映，已立案核查。',
    '线索系县农资站营业员',
  ],
  // a sentence announced before trial (legal.guilt-prejudged)
  [
    'legal',
    '【盗伐林木，终将付出代价】近日，县林业局森林资源保护股在巡查中发现金田乡西山村集体林地内有30余株杉木被砍伐。经森林公安调查，系该村村民刘某为卖钱私自砍伐，立木蓄积达12立方米。目前刘某已被移送审查起诉，其行为已构成盗伐林木罪，将依法被判处三年以下有期徒刑并处罚金。县林业局提醒：采伐林木须依法申请采伐许可证，咨询电话0571-8823416。',
    '将依法被判处',
  ],
  ['legal', '其行为已构成盗伐林木罪，将依法被判处三年以下有期徒刑并处罚金。', '将依法被判处'],
  ['legal', '犯罪嫌疑人张某已被刑事拘留，将被判处十年以上有期徒刑。', '将被判处'],
  ['legal', '目前该案已移送审查起诉，李某将被依法判处有期徒刑并处罚金。', '将被依法判处'],
  // an age floor under sixteen for a job (legal.illegal, legal-child-labour.ts)
  [
    'legal',
    '【退役军人就业创业服务专场招聘会邀请函】为帮助退役军人及家属实现就业，县退役军人事务局定于6月8日在县体育馆举办专场招聘会，共有42家企业提供岗位600余个。本次招聘会同时面向社会开放，年满十五周岁、身体健康的城乡劳动者均可入场应聘全职岗位。请求职者携带身份证、简历参加。咨询电话：0719-4428601。',
    '年满十五周岁',
  ],
  ['legal', '本次招聘面向15周岁以上人员，提供车间操作工岗位200个。', '15周岁以上'],
  ['legal', '招聘启事：招收年满14岁的员工，男女不限，包吃住。', '年满14岁'],
  ['legal', '服装厂招工，要求年满十四周岁，能吃苦耐劳。', '年满十四周岁'],
  // the worker's year to apply for work-injury recognition told as days or months (legal.work-injury-deadline-misstated)
  [
    'legal',
    '【工伤认定，这些时限要记牢】职工发生事故伤害或者被诊断为职业病，所在单位应当自事故伤害发生之日起30日内向社会保险行政部门提出工伤认定申请。单位未按规定提出申请的，职工本人或其近亲属须在事故发生之日起30日内自行申请，超过时限将无法认定工伤。职工在维权过程中遇到困难，可拨打职工服务热线0716-12351寻求帮助。',
    '职工本人或其近亲属须在事故发生之日起30日内自行申请',
  ],
  [
    'legal',
    '发生工伤后，受伤职工应在15日内向人社部门提交工伤认定申请，逾期不予受理。',
    '受伤职工应在15日内向人社部门提交',
  ],
  [
    'legal',
    '关于工伤认定：近亲属只能在事故发生后三个月内申请，过期作废。',
    '近亲属只能在事故发生后三个月内申请',
  ],
  ['legal', '单位不申报工伤的，工会组织须于30天内代为提出申请。', '工会组织须于30天内代为提出'],
  // a sex-crime victim with age and home (legal.sex-crime-victim-details)
  [
    'legal',
    '【以案释法｜遭遇性侵害要勇敢说“不”】近日，西城街道发生一起强奸案，受害人为辖区某超市收银员张某婷（19岁，住幸福里小区6栋），犯罪嫌疑人已被公安机关依法刑事拘留。西城司法所提醒广大女性朋友：夜间出行尽量结伴，遭受侵害后要第一时间报警并保留证据。需要法律援助的群众可到司法所咨询，电话0553-2260148，工作日上午8:30-12:00，下午14:30-17:30。',
    '受害人为辖区某超市收银员张某婷（19岁，住',
  ],
  [
    'legal',
    '一起猥亵案中，被害人刘某娜，22岁，住东城小区3号楼，在商场工作。',
    '被害人刘某娜，22岁，住',
  ],
  [
    'legal',
    '性侵案受害人王某，17岁，家住城南花园5栋2单元，目前情绪稳定。',
    '受害人王某，17岁，家住',
  ],
  // a village or residents' body fining or cutting subsidies (legal.fine-by-village-body)
  [
    'legal',
    '【关于规范村内建房秩序的通知】为加强村庄规划管理，现将有关事项通知如下：一、村民新建、改建住房须先向村委会提出申请，经乡镇审核批准后方可动工；二、未经审批擅自动工的，村委会将对户主处以每平方米200元罚款，并暂停其享受的各类补贴；三、建房应服从村庄规划，不得占用耕地。咨询电话：0557-6608124（村委会值班室）。龙潭村民委员会 2024年3月5日',
    '村委会将对户主处以每平方米200元罚款',
  ],
  ['legal', '居委会规定：楼道堆放杂物的住户，每次罚款100元。', '罚款'],
  ['legal', '村民小组决定，不参加义务劳动的农户一律罚200元，并暂停发放当年补贴。', '一律罚'],
  [
    'legal',
    '违反村规的，村委会将暂停其享受的各类补贴；村民应遵守规划，不得乱搭乱建。',
    '暂停其享受',
  ],
  // a public Wi-Fi password for a network shared with the government's (confidentiality.operation, confidentiality-office-wifi.ts)
  [
    'confidentiality',
    '【温馨提示】为方便群众办事期间查询资料、线上提交材料，镇便民服务中心大厅已实现无线网络全覆盖。群众可连接“HXZW-Office”网络，密码hx@2024zwww，该网络与政务外网办公网络共用。如遇网络故障请联系服务中心前台，电话0737-5521006。服务时间：周一至周五上午8:30-12:00，下午14:30-17:30。',
    '密码hx@2024zwww',
  ],
  [
    'confidentiality',
    '大厅无线网络与单位内网互通，访客连接时输入密码zw123456即可上网。',
    '密码zw123456',
  ],
  [
    'confidentiality',
    '办事群众可使用WiFi“XX-GOV”，口令Gov@8888，该WiFi接入政务外网。',
    '口令Gov@8888',
  ],
  // a complainant named with a phone number (confidentiality.whistleblower-identified)
  [
    'confidentiality',
    '【12345回复】网友反映：新丰大道某小区楼下餐馆油烟扰民问题。回复：您好！您反映的问题已转办至县城市管理局。经核实，该问题由小区3栋502住户李红梅（电话13870652218）多次来电举报，执法人员已于5月9日现场检查，责令该餐馆限期加装油烟净化设施。感谢您对我们工作的支持和监督！',
    '住户李红梅（电话13870652218）多次来电举报',
  ],
  [
    'confidentiality',
    '该噪音问题系业主王建华（手机13912345678）来电投诉，城管已处理。',
    '业主王建华',
  ],
  ['confidentiality', '据查，此事由网友张立新（电话13800001111）多次电话举报。', '网友张立新'],
];

// [gate, text that must stay without a block or warn finding]
const QUIET: Array<[Gate, string]> = [
  // a job closed to women by marriage or childbearing
  ['legal', '招聘条件：年满十八周岁，男女不限，已婚未婚均可。'],
  ['legal', '本次招聘不限性别、婚育状况，欢迎符合条件的人员报名。'],
  ['legal', '用人单位不得以未婚、未育为由拒绝录用女性，否则依法查处。'],
  // a lead's source, a complainant
  ['confidentiality', '举报人信息严格保密，欢迎群众积极提供线索。'],
  ['confidentiality', '该线索由群众匿名举报，县纪委已介入调查。'],
  ['confidentiality', '经核实，该问题系群众来电举报，执法人员已于5月9日现场检查。'],
  ['confidentiality', '群众发现违法行为可拨打管理局值班电话0839-8623110举报。'],
  ['confidentiality', '住户发现电梯带“病”运行的，可向市场监管部门举报。'],
  // a reply telling where to complain (real text r120442)
  ['confidentiality', '网友：您反映的问题可以直接向L市消费者协会投诉、举报，电话：0742-1234567。'],
  ['confidentiality', '网友您好，该问题可向县市场监管局举报，电话12315。'],
  // a sentence announced before trial
  ['legal', '经审理，法院依法判处被告人刘某有期徒刑三年，并处罚金。'],
  ['legal', '盗伐林木数量较大的，如构成犯罪，将被依法判处三年以下有期徒刑。'],
  ['legal', '经审理查明，被告人刘某的行为已构成盗伐林木罪，法院依法判处其有期徒刑三年，并处罚金。'],
  // an age floor for a job
  ['legal', '年满十六周岁、身体健康的城乡劳动者均可入场应聘。'],
  ['legal', '已满十四周岁不满十六周岁的人，犯故意杀人罪的，应当负刑事责任。'],
  ['legal', '严禁招用不满16周岁的未成年人，违者依法查处。'],
  // work-injury recognition deadlines
  [
    'legal',
    '用人单位应当自事故伤害发生之日起30日内提出工伤认定申请；用人单位未提出的，职工或者其近亲属可在1年内直接申请。',
  ],
  [
    'legal',
    '工伤职工或者其近亲属、工会组织在事故伤害发生之日起1年内，可以直接向社保部门提出工伤认定申请。',
  ],
  // a sex-crime victim
  [
    'legal',
    '近日，西城街道发生一起强奸案，犯罪嫌疑人已被公安机关依法刑事拘留，受害人信息依法不予公开。',
  ],
  ['legal', '受害人为一名19岁女性，住所已被警方保护。'],
  // a village body and fines
  ['legal', '村规民约提醒：建房须先申请，经乡镇审批后方可动工，请各户自觉遵守。'],
  ['legal', '村委会无权罚款，对违规建房行为将报请镇综合执法部门依法处理。'],
  // Wi-Fi for visitors
  ['confidentiality', '大厅提供免费访客WiFi“HX-Guest”，无需密码，与办公网络物理隔离。'],
  ['confidentiality', '访客网络密码Guest2024，该网络与政务外网物理隔离，请放心使用。'],
];

describe('concept rules for the misses of final147', () => {
  itReportsFamilies(CATCHES, QUIET);
});

describe('the false alarms of final147', () => {
  // An office's contact asked to be rung (请联系项目部安全员，电话…) is not a private person's number.
  it.each([
    [
      '【项目部工人进场须知】欢迎各位工友加入清河大桥建设！进场前请注意：1.须参加三级安全教育并考试合格；2.正确佩戴安全帽、系好安全带；3.进场时出示身份证原件进行实名登记，核验后当场退还本人；4.工资按月通过农民工工资专用账户直接发放至本人银行卡，项目部设维权公示牌；5.生活区严禁私拉电线。如有问题请联系项目部安全员，电话13907264418。',
    ],
    ['如有问题请联系项目部安全员，电话13907264418。'],
    ['施工期间如有疑问，可联系工程项目部，电话13812345678。'],
  ])('privacy stays quiet on an office contact number: %s', (text) => {
    expect(reported('privacy', { text })).toEqual([]);
  });
  it('privacy still reports a volunteer named to be rung', () => {
    const text = '爱心认领：流浪犬寻找新家，有意领养者请联系志愿者陈女士 158-7403-6621。';
    expect(reported('privacy', { text })).not.toEqual([]);
  });
  it("privacy still reports a private person's number", () => {
    expect(
      reported('privacy', { text: '村民张建国家住东风村3组，手机13812345678，欠款未还。' }),
    ).not.toEqual([]);
  });
  // An essay title told once the exam has ended is news, not a leak.
  it.each([
    [
      '【中考作文题出炉】6月16日上午，全市中考语文科目考试结束，今年作文题为“那一刻，我读懂了坚持”。县教研室语文学科组老师点评认为，题目贴近学生生活，引导考生关注成长中的精神品质，有利于考生真实表达。明天上午将进行数学科目考试，请考生带齐准考证、身份证，提前30分钟到达考点。',
    ],
    ['今天上午语文考试结束，今年作文题为“家乡的变化”，明天考数学。'],
  ])('confidentiality stays quiet after the exam: %s', (text) => {
    expect(reported('confidentiality', { text })).toEqual([]);
  });
  it('confidentiality still reports answers while the exam runs, with its end yet to come', () => {
    const text =
      '目前数学考试正在进行中。据命题老师透露，本场试卷第24题答案为x=3。考试结束后，我们将带来更多报道。';
    expect(reported('confidentiality', { text })).not.toEqual([]);
  });
  it('confidentiality still reports a title told with the time left (train tconfidentiality-1-108)', () => {
    const text =
      '考试正在进行中，距离数学考试结束还有一个半小时！今年中考数学压轴题是求抛物线顶点，同学们加油！';
    expect(reported('confidentiality', { text })).not.toEqual([]);
  });
  it('confidentiality still reports an essay title before the exam ends', () => {
    expect(
      reported('confidentiality', {
        text: '明天上午语文考试，据可靠消息，今年作文题为“家乡的变化”。',
      }),
    ).not.toEqual([]);
  });
});
