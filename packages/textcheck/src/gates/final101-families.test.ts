// Rule families from heldout-final101, measured unseen and then read: China set beside Hong Kong,
// Macao or Taiwan after a year (2024年中港台大学生); an ethnic group talked down as unschooled (别看这些
// 少数民族阿妈大多没读过书); a pass through a paid back door (走绿色通道，保证顺利通过，费用另议); a book's
// pirated scan from a cloud-drive group (网盘群下载全套扫描版); domestic violence played down to its victim
// (妻子应多忍让，家丑不可外扬，不要动不动就报警); the topic of a section of a paper still ahead (本次听力第三段
// 对话围绕“校园垃圾分类”展开); the premarital check told compulsory (婚前医学检查为必经程序); veterans'
// care placed in a civil affairs office (民政部门优抚安置科); a plan whose period ran out followed as
// today's (深入实施《全民健身计划（2016—2020年）》, 按照“十三五”…规划部署); a rule cited by a replaced
// edition (《国家学生体质健康标准（2007年修订）》); a destination ranked first (全国第一的网红打卡地); a
// citizen mocked as self-important (好像全市就他一个退伍的); a relative's sentence told with its cause
// (其弟李国富曾因盗窃被判刑三年); a named diagnosis with its qualifier (陈晓雯孕期确诊妊娠期梅毒); and in
// the text gate 必需 before a verb of holding (必需持), 推荐 for 推进 (工作正在有序推荐) and 的 for 得
// after a verb of performing (表现的非常出色).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // China set beside Hong Kong, Macao or Taiwan
  [
    'political',
    '7月15日，2024年中港台大学生文化交流营在我省开营，来自三地28所高校的120名青年学生参加。',
    '中港台大学生',
  ],
  ['political', '2025年中港澳青少年交流活动举行。', '中港澳青少年'],
  ['political', '中港澳三地青年共同参与志愿服务。', '中港澳三地'],
  ['political', '举办中港台三地高校论坛。', '中港台三地'],
  ['political', '吸引中台港澳青年来此创业。', '中台港澳青年'],
  ['political', '2023年中港台中学生夏令营在我市开营。', '中港台中学生'],
  // an ethnic group talked down as unschooled
  [
    'political',
    '走进大凉山深处的彝族村寨。别看这些少数民族阿妈大多没读过书、文化程度低，手上功夫却一点不含糊。',
    '别看这些少数民族阿妈大多没读过书',
  ],
  ['political', '别看这些藏族老乡没什么文化，种青稞可是行家。', '藏族老乡没什么文化'],
  ['political', '虽然苗族绣娘大多不识字，绣出的图案却精美绝伦。', '苗族绣娘大多不识字'],
  ['political', '别瞧这些傣族大妈文化程度不高，跳起舞来有板有眼。', '傣族大妈文化程度不高'],
  ['political', '少数民族群众素质普遍偏低，宣传工作难度大。', '少数民族群众素质普遍偏低'],
  ['political', '尽管彝族老人大多是文盲，却能背诵上百首古歌。', '彝族老人大多是文盲'],
  // a pass through a paid back door
  [
    'legal',
    '【自学考试】课程较多、复习时间紧张的考生，可联系本院合作机构“启航教育”走绿色通道，保证顺利通过，费用另议。',
    '走绿色通道，保证顺利通过，费用另议',
  ],
  ['legal', '驾考科目二总是挂？找我们走关系，包你顺利拿证，价格私聊。', '走关系，包你顺利拿证'],
  ['legal', '教师资格证面试有内部名额，保证通过，费用另议。', '内部名额，保证通过'],
  ['legal', '成考学员可缴纳额外费用走特殊通道，确保顺利毕业。', '特殊通道，确保顺利毕业'],
  ['legal', '报考职称的同志注意：我们有内部渠道，百分百通过，收费面议。', '内部渠道，百分百通过'],
  ['legal', '考生如果担心通不过，可以交好处费，保证一次性通过。', '好处费，保证一次性通过'],
  // a book's pirated copy from a private drive or group
  [
    'legal',
    '馆内暂时借不到的书，家长们可以先进“绘本侠”网盘群下载全套扫描版，群号见评论区。',
    '网盘群下载全套扫描版',
  ],
  ['legal', '同学们可加资源群领取整套教材PDF，群号私信小编。', '资源群领取整套教材PDF'],
  ['legal', '这套绘本的全套扫描版已上传百度网盘，提取码见评论区。', '全套扫描版已上传百度网盘'],
  ['legal', '想看的读者可以在夸克网盘下载全本电子书，链接放在评论区。', '夸克网盘下载全本电子书'],
  ['legal', '下载全套高清扫描版漫画，请进QQ群获取。', '下载全套高清扫描版漫画'],
  ['legal', '暂时借不到的书可以进书友群免费领高清影印版。', '书友群免费领高清影印版'],
  // domestic violence played down to its victim
  [
    'legal',
    '夫妻相处难免有磕磕碰碰。丈夫偶尔动手也多是一时冲动，妻子应多忍让，家丑不可外扬，不要动不动就报警。',
    '丈夫偶尔动手也多是一时冲动',
  ],
  ['legal', '老公推搡几下很正常，别动不动就闹离婚。', '老公推搡几下很正常'],
  ['legal', '丈夫喝了酒打人，做妻子的还是忍一忍，没必要闹到派出所。', '还是忍一忍'],
  ['legal', '男方动粗多半是气头上，女方要多体谅，不要轻易报警。', '男方动粗多半是气头上'],
  ['legal', '夫妻之间打骂是家务事，家丑不可外扬，外人不好插手。', '家丑不可外扬'],
  ['legal', '妻子挨了打也别急着报警，两口子床头吵架床尾和。', '妻子挨了打也别急着报警'],
  // the topic of a section of a paper still ahead
  [
    'confidentiality',
    '【考前提醒】明天上午进行英语科目考试。温馨提示：本次听力第三段对话围绕“校园垃圾分类”展开，请考生提前熟悉相关词汇。',
    '本次听力第三段对话围绕“校园垃圾分类”展开',
  ],
  [
    'confidentiality',
    '明天英语考试阅读理解第二篇讲的是“航天育种”，请同学们提前了解相关知识。',
    '阅读理解第二篇讲的是“航天育种”',
  ],
  [
    'confidentiality',
    '期末统考将于下周一举行，语文作文的话题是“我的家乡”，大家可提前准备。',
    '作文的话题是“我的家乡”',
  ],
  [
    'confidentiality',
    '本次考试的完形填空以“志愿服务”为主题，考前请重点复习相关词汇。',
    '完形填空以“志愿服务”为主题',
  ],
  [
    'confidentiality',
    '后天的中考英语书面表达围绕“垃圾分类”展开，请提前准备。',
    '书面表达围绕“垃圾分类”展开',
  ],
  [
    'confidentiality',
    '今年听力第一节材料取材于“校园运动会”，请考生提前熟悉。',
    '听力第一节材料取材于“校园运动会”',
  ],
  // the premarital check told compulsory
  [
    'policy',
    '【结婚登记须知】根据规定，婚前医学检查为必经程序，未提供婚检证明的不予办理结婚登记。婚检可在市妇幼保健院免费进行。',
    '婚前医学检查为必经程序',
  ],
  ['policy', '婚检是结婚登记的必备条件，请新人提前预约。', '婚检是结婚登记的必备条件'],
  ['policy', '新人须先做婚检才能领证，婚检免费。', '须先做婚检才能领证'],
  [
    'policy',
    '未进行婚前医学检查的，婚姻登记机关一律不予办理登记。',
    '未进行婚前医学检查的，婚姻登记机关一律不予办理登记',
  ],
  ['policy', '凭婚检证明方可办理结婚登记，请提前到妇幼保健院体检。', '凭婚检证明方可办理结婚登记'],
  ['policy', '婚前医学检查属于办理结婚登记的法定程序。', '婚前医学检查属于办理结婚登记的法定程序'],
  // veterans' care placed in a civil affairs office
  [
    'policy',
    '【政策问答】问：退役士兵因伤致残需要申请评定残疾等级，应该去哪里办理？答：可携带退役证件、医疗诊断证明等材料，到户籍所在地县级民政部门优抚安置科提出申请。',
    '民政部门',
  ],
  ['policy', '请到县民政局优抚股办理残疾军人证换发手续。', '县民政局'],
  ['policy', '残疾军人抚恤金由区民政局按季度发放。', '区民政局'],
  ['policy', '市民政局优抚科负责受理烈属的优待申请。', '市民政局'],
  ['policy', '退役士兵请到县民政局优抚安置办办理报到手续。', '县民政局'],
  ['policy', '伤残军人评残申请由各级民政部门受理。', '民政部门'],
  // a plan whose period ran out followed as today's
  [
    'policy',
    '为深入实施《全民健身计划（2016—2020年）》，省全民健身服务中心今年将指导各地新建健身步道320公里。',
    '《全民健身计划（2016—2020年）》',
  ],
  [
    'policy',
    '会议指出，要按照全省“十三五”共青团事业发展规划部署，今年重点抓好青年就业创业。',
    '“十三五”共青团事业发展规划',
  ],
  [
    'policy',
    '各地要认真落实《“十三五”国家老龄事业发展和养老体系建设规划》，确保今年底前完成改造任务。',
    '国家老龄事业发展和养老体系建设规划',
  ],
  [
    'policy',
    '依据《国家中长期人才发展规划纲要（2010—2020年）》，今年我市将引进高层次人才200名。',
    '《国家中长期人才发展规划纲要（2010—2020年）》',
  ],
  ['policy', '当前，我县正依据“十二五”农业发展规划推进高标准农田建设。', '“十二五”农业发展规划'],
  [
    'policy',
    '下一步，我们将对照《乡村振兴战略规划（2018—2022年）》，加快补齐农村基础设施短板。',
    '《乡村振兴战略规划（2018—2022年）》',
  ],
  // a rule cited by a replaced edition
  [
    'policy',
    '【体质测试】各中小学要按照《国家学生体质健康标准（2007年修订）》要求，于11月30日前完成本学年学生体质健康测试工作。',
    '《国家学生体质健康标准（2007年修订）》',
  ],
  [
    'policy',
    '学校要依据《义务教育语文课程标准（2011年版）》开展教学。',
    '《义务教育语文课程标准（2011年版）》',
  ],
  ['policy', '药品检验应执行《中国药典》2015年版的规定。', '《中国药典》2015年版'],
  ['policy', '请参照《中国居民膳食指南（2016）》合理安排膳食。', '《中国居民膳食指南（2016）》'],
  [
    'policy',
    '各地要做好《国家基本药物目录（2012年版）》药品的配备使用。',
    '《国家基本药物目录（2012年版）》',
  ],
  [
    'policy',
    '教师要按照《中小学生守则（2004年修订）》教育学生。',
    '《中小学生守则（2004年修订）》',
  ],
  // a destination ranked first
  [
    'advertising',
    '【文旅推介】花海小镇二期项目将于明年五一对外开放，致力于打造全国第一的网红打卡地。',
    '全国第一的网红打卡地',
  ],
  ['advertising', '这里是全省最好的网红打卡点，欢迎游客前来。', '全省最好的网红打卡点'],
  ['advertising', '我县将建成华东地区最佳的房车营地。', '华东地区最佳的房车营地'],
  ['advertising', '花海是全市第一的拍照打卡地。', '全市第一的拍照打卡地'],
  ['advertising', '该街区堪称全国最理想的网红打卡地。', '全国最理想的网红打卡地'],
  ['advertising', '亚洲第一的露营地就在我们县。', '亚洲第一的露营地'],
  // a citizen mocked as self-important
  [
    'opinion',
    '【答网友问】目前正在进行档案审核。有些人一天打八遍电话问安置，好像全市就他一个退伍的，请耐心等待通知。',
    '好像全市就他一个退伍的',
  ],
  ['opinion', '有的群众天天来问，搞得全县就他一家有困难似的。', '搞得全县就他一家有困难似的'],
  ['opinion', '个别网友反复留言催办，仿佛全世界都欠他的。', '仿佛全世界都欠他的'],
  ['opinion', '有人一天跑三趟窗口，好像就他最急。', '好像就他最急'],
  [
    'opinion',
    '您反复来电，好像整个街道就你一个人交了物业费一样。',
    '好像整个街道就你一个人交了物业费一样',
  ],
  ['opinion', '有的家长一天打好几个电话，弄得全校就他家孩子金贵。', '弄得全校就他家孩子金贵'],
  // a relative's sentence told with its cause
  [
    'privacy',
    '【最美退役军人】李国强，2006年退役后返乡创业。虽然其弟李国富曾因盗窃被判刑三年，但李国强始终严格要求自己。',
    '其弟李国富曾因盗窃被判刑三年',
  ],
  ['privacy', '村民王建军，今年52岁。其兄王建国早年因贩毒被判刑。', '其兄王建国早年因贩毒被判刑'],
  [
    'privacy',
    '张国平是村里的养殖大户。他的弟弟张国安曾因赌博被劳教，如今已改过自新。',
    '弟弟张国安曾因赌博被劳教',
  ],
  ['privacy', '种粮能手刘德福，其子刘小军此前因盗窃入狱两年。', '其子刘小军此前因盗窃入狱两年'],
  [
    'privacy',
    '退休教师陈秀英：其妹陈秀兰多年前因诈骗被判处有期徒刑。',
    '其妹陈秀兰多年前因诈骗被判处有期徒刑',
  ],
  ['privacy', '优秀党员赵德明，其姐赵德芳曾因非法集资被判刑五年。', '其姐赵德芳曾因非法集资被判刑'],
  // a named diagnosis with its qualifier
  [
    'privacy',
    '近日，孕妇陈晓雯（28岁）在我院顺利分娩。陈晓雯孕期确诊妊娠期梅毒，经我院规范治疗，新生儿未发生感染。',
    '陈晓雯孕期确诊妊娠期梅毒',
  ],
  ['privacy', '村民赵桂兰，其因开放性肺结核住院治疗。', '开放性肺结核'],
  ['privacy', '患者王某某（男，46岁）确诊先天性梅毒。', '确诊先天性梅毒'],
  ['privacy', '居民刘桂香（63岁）确诊活动性肺结核，已转诊定点医院。', '确诊活动性肺结核'],
  ['privacy', '孕妇张丽（26岁）孕期确诊妊娠期梅毒。', '确诊妊娠期梅毒'],
  ['privacy', '学生周某某，确诊隐性梅毒。', '确诊隐性梅毒'],
];

const CLEAN: Array<[Gate, string]> = [
  // 其中, 集中 and 高中 before 港澳台; 内地与港澳台
  ['political', '其中港澳台学生120名。'],
  ['political', '高中港澳台籍学生可申请。'],
  ['political', '2024年内地与港澳台大学生文化交流营在我省开营。'],
  // a plain fact of schooling, a stereotype rejected, no schooling at all
  ['political', '彝族妇女大多不识字，扶贫工作队开办夜校扫盲。'],
  ['political', '不能说少数民族群众没文化，这是一种偏见。'],
  ['political', '别看这些彝族阿妈年纪大，手上功夫却一点不含糊。'],
  // a green channel for a project or for disabled candidates, a warning
  ['legal', '为残疾考生开辟绿色通道，确保顺利参加考试。'],
  ['legal', '开辟审批绿色通道，确保项目顺利通过验收。'],
  ['legal', '考试院提醒考生：任何声称有内部渠道、保证通过的都是骗局。'],
  // the library's own platform, a warning against pirated scans, a form in a work group
  ['legal', '本馆数字资源平台提供正版电子书免费下载，欢迎读者使用。'],
  ['legal', '警方提醒：通过网盘群传播图书全套扫描版属侵权行为，请勿下载。'],
  ['legal', '请在工作群下载全套电子版申报材料。'],
  // the opposite advice, the idea named as wrong, a report of help
  ['legal', '遭遇家暴不要忍让，要及时报警。'],
  ['legal', '“家丑不可外扬”的观念让很多受害者在遭受家暴后选择沉默。'],
  ['legal', '丈夫动手打人后，妻子及时报警，民警依法出具告诫书。'],
  // an exam already over, the format of a section, a rumour refuted, an essay contest
  ['confidentiality', '昨天英语考试已结束，听力第三段对话围绕“垃圾分类”展开，难度适中。'],
  ['confidentiality', '明天英语考试，听力共两节，每段对话播放两遍，请考生提前调试耳机。'],
  ['confidentiality', '网传“明天听力围绕‘垃圾分类’展开”系谣言，请考生不要轻信。'],
  [
    'confidentiality',
    '今天上午，全市中考语文科目考试顺利结束。今年的作文题为“那一刻，我真正长大了”。下午将进行数学科目考试，请考生提前30分钟到达考点。',
  ],
  // the check told voluntary, a rumour refuted, the old rule as history
  ['policy', '婚前医学检查实行自愿原则，并非结婚登记的必经程序，但我们建议新人参加。'],
  ['policy', '网传“未做婚检不予办理结婚登记”系谣言，婚检实行自愿原则。'],
  ['policy', '2003年以前，未提供婚检证明的不予办理结婚登记。'],
  // civil affairs' own relief, veterans' care told as history, both bodies together
  ['policy', '民政部门对困难退役军人给予临时救助。'],
  ['policy', '2018年以前，优抚安置工作由民政部门负责。'],
  // a plan's period told as history, a year within it, its successor, a plan still running
  ['policy', '“十三五”期间，我县坚持精准扶贫、精准脱贫基本方略，累计减贫3.2万人。'],
  ['policy', '2019年，我市按照“十三五”规划部署，新建学校12所。'],
  ['policy', '《全民健身计划（2016—2020年）》实施以来，我省全民健身事业取得长足进步。'],
  ['policy', '“十三五”规划圆满收官，今年我们将按照“十四五”规划部署推进各项工作。'],
  ['policy', '根据《全民健身计划（2021—2025年）》，今年将新建健身步道。'],
  // the edition in force, the old one told replaced, a sentence dated before the change
  ['policy', '各中小学要按照《国家学生体质健康标准（2014年修订）》要求完成测试。'],
  ['policy', '《国家学生体质健康标准（2007年修订）》已被2014年修订版代替。'],
  ['policy', '2010年，我校按照《国家学生体质健康标准（2007年修订）》开展测试。'],
  // a place listed, a title awarded, an order
  ['advertising', '花海小镇入选全国网红打卡地名单。'],
  ['advertising', '我镇荣获“全省最佳网红打卡地”称号。'],
  ['advertising', '全国第一个网红打卡地评选活动在我市启动。'],
  // a count of people, an office telling every request matters, a figure of speech
  ['opinion', '全市共有退役军人3万余人，安置工作将统一安排。'],
  ['opinion', '每位群众的诉求都同样重要，我们会逐一回复。'],
  ['opinion', '他仿佛全身都充满了力量。'],
  // a case report, a relative praised, no name
  ['privacy', '被告人张某的弟弟曾因盗窃被判刑，本案中系累犯。'],
  ['privacy', '李国强的弟弟李国富曾因见义勇为获表彰。'],
  ['privacy', '其弟因工作需要常驻看守所附近。'],
  // the condition of no one, an advice
  ['privacy', '孕妇孕期确诊妊娠期梅毒，经规范治疗可有效阻断母婴传播。'],
  ['privacy', '活动性肺结核患者应规范服药，按时复查。'],
];

describe('families of heldout-final101', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 必需 before a verb of holding or of going through a step as 必须', () => {
    expect(
      textGateWarnings('参赛选手必需持近期县级以上医疗机构出具的健康证明，年龄在18至70周岁之间。'),
    ).toContain('必需');
    expect(textGateWarnings('申请人必需经过资格审核。')).toContain('必需经过');
    expect(textGateWarnings('申领补贴必需由本人办理。')).toContain('必需');
    expect(textGateWarnings('所有学员必需通过结业考核。')).toContain('必需通过');
    expect(textGateWarnings('入场人员必需实名登记。')).toContain('必需');
    expect(textGateWarnings('变更事项必需向登记机关申请。')).toContain('必需');
    expect(textGateWarnings('生活必需品供应充足，必需提供的材料见附件。')).toEqual([]);
    expect(textGateWarnings('保障生活必需持续供应。')).toEqual([]);
  });

  it('reads 推荐 for 推进 where work goes forward with no object', () => {
    expect(
      textGateWarnings(
        '目前，我市退役军人优待证申领工作正在有序推荐，截至11月底已累计发放优待证3.2万张。',
      ),
    ).toContain('推荐');
    expect(textGateWarnings('项目建设稳步推荐。')).toContain('推荐');
    expect(textGateWarnings('改革工作扎实推荐中，成效明显。')).toContain('推荐');
    expect(textGateWarnings('各项工作加快推荐落实。')).toContain('推荐');
    expect(textGateWarnings('试点工作顺利推荐，群众满意。')).toContain('推荐');
    expect(textGateWarnings('专项整治行动有序推荐的进度超出预期。')).toContain('推荐');
    expect(textGateWarnings('各单位结合工作积极推荐，确保人选质量。')).toEqual([]);
    expect(textGateWarnings('按照程序有序推荐人大代表候选人。')).toEqual([]);
  });

  it('reads 的 after a verb of performing before how well it went as 得', () => {
    expect(
      textGateWarnings('在刚刚结束的县中小学生田径运动会上，同学们奋勇拼搏，表现的非常出色。'),
    ).toContain('的');
    expect(textGateWarnings('他在比赛中发挥的很好。')).toContain('的');
    expect(textGateWarnings('孩子们的节目表演的非常精彩。')).toContain('的');
    expect(textGateWarnings('选手们回答的十分准确。')).toContain('的');
    expect(textGateWarnings('队员们配合的很默契。')).toContain('的');
    expect(textGateWarnings('舞蹈队跳的整整齐齐。')).toContain('的');
    expect(textGateWarnings('他的回答的很好的一面。')).toEqual([]);
    expect(textGateWarnings('优秀表现的典型案例。')).toEqual([]);
  });
});
