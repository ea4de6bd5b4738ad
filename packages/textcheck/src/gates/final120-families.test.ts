// Rule families from heldout-final120–final126 (legal, confidentiality, every gate): checks dodged by a
// back road, staged for the inspector or hidden from a tracker; enforcement's off hours; drink-driving
// called harmless; passes sold; income and goods declared short; covert cameras, cheating kit and
// people's numbers sold; expired food relabelled; banned additives told by their gain; poppies grown
// "without problem"; advice to a reader in a plight. For confidentiality: a note of secrecy reported
// over what it holds back; access codes, radio nets, network cores, intakes, pathogen stores and thin
// guards; wartime plans, civil-defence posts, mobilisation counts and military cables; reserve prices,
// bottom lines, inspection targets, panels, pending arrests, witnesses and informants, stake-outs,
// votes, book gaps, unopened archives, itineraries, raids, leanings, drafts, watch lists, named
// whistleblowers, nominees, contingency plans, exam escorts and answers. Quiet: warnings, case
// reports, published prices and notices, services' default passwords and broadcast frequencies.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // checks dodged
  ['legal', '运木材的车辆，从村后的机耕道出去，能避开林业检查站。', '避开林业检查站'],
  ['legal', '拉货的车走老路进城，城东卡点查不到。', '卡点查不到'],
  [
    'legal',
    '安全员不够的工地，检查前可以找劳务公司借两个人来站岗，检查完再还回去。',
    '检查完再还回去',
  ],
  ['legal', '超出的货先卸到路边，过了治超站再装回来。', '再装回来'],
  ['legal', '出海后把AIS关掉，渔政船就查不到。', 'AIS关掉'],
  ['legal', '想下网的，可以等天黑再去，渔政一般只在白天巡查。', '渔政一般只在白天巡查'],
  ['legal', '那条路晚上交警一般不设卡，喝了两杯酒开车回家也没事。', '开车回家也没事'],
  ['legal', '考核不合格的，交两千块，我们保证一次通过。', '保证一次通过'],
  ['legal', '进口货物申报时价值写低一些，能少缴不少税。', '价值写低'],
  ['legal', '大额货款让客户转到个人收款码，就不用计入申报。', '不用计入申报'],
  // goods sold that the law forbids
  ['legal', '本店新品上架：纽扣式针孔摄像头，隐蔽性好，全国包邮。', '针孔摄像头'],
  ['legal', '需要的考生可联系微信购买隐形耳机，考后付款。', '隐形耳机'],
  ['legal', '有小区业主电话名单，一条三分钱，需要的联系。', '业主电话名单'],
  ['legal', '临期过了期的牛奶，把日期标签换一张新的，照样能上架销售。', '上架销售'],
  ['legal', '在卤水里加一点硼砂，做出来的豆腐更筋道。', '硼砂'],
  ['legal', '罂粟籽炖肉香，院子里少量种几棵一般没有问题。', '没有问题'],
  // a reader in a plight advised
  ['legal', '没有采砂证的，可以半夜开船去挖，执法船那时已经下班了。', '执法船那时已经下班了'],
  // a note of secrecy over what it holds back
  [
    'confidentiality',
    '全县一季度GDP初步核算增长4.1%，比全市低1.2个百分点。市统计局将于下周统一发布，发布前请勿引用。',
    '全县一季度GDP初步核算增长4.1%',
  ],
  [
    'confidentiality',
    '我县发现1例疑似布病病例，患者为东岭村养殖户，此消息不得外传。',
    '我县发现1例疑似布病病例',
  ],
  [
    'confidentiality',
    '据了解，常委会将提名张某为副县长人选，请各位委员暂勿对外谈论。',
    '暂勿对外谈论',
  ],
  // critical systems
  ['confidentiality', '水厂加药系统的管理员密码已统一设置为Wt@2025，请值班员牢记。', 'Wt@2025'],
  ['confidentiality', '防汛指挥对讲频点为433.150MHz，呼号“青峰1号”，加密组号2207。', '433.150MHz'],
  [
    'confidentiality',
    '核心节点部署在政务中心3楼机房，与视频专网通过网闸隔离。',
    '核心节点部署在政务中心3楼机房',
  ],
  ['confidentiality', '城北水厂取水口坐标为东经112.3345°、北纬27.9021°。', '东经112.3345°'],
  ['confidentiality', '实验室的菌毒种存放于二楼东侧206室的冰箱内。', '存放于二楼东侧206室'],
  ['confidentiality', '以上目标均为一级防范目标，目前仅配备保安2名。', '仅配备保安2名'],
  ['confidentiality', '执勤点每班4人，凌晨2时换岗。', '每班4人'],
  // defence plans
  ['confidentiality', '根据预案，战时县体育场作为兵员集结场所。', '战时县体育场作为兵员集结场所'],
  [
    'confidentiality',
    '县人防指挥所位于县政府办公楼地下二层。',
    '人防指挥所位于县政府办公楼地下二层',
  ],
  ['confidentiality', '全县登记可征用的大型货车共216辆。', '可征用的大型货车共216辆'],
  ['confidentiality', '军用光缆走向为沿河堤向东至部队营区，埋深约1米。', '军用光缆走向'],
  ['confidentiality', '部队驻扎在镇北侧山坳的弹药库。', '北侧山坳的弹药库'],
  // a procedure's secrets
  ['confidentiality', '该宗地挂牌出让底价为每亩56万元。', '底价为每亩56万元'],
  ['confidentiality', '谈判中我方底线是税收返还不超过三年。', '我方底线是税收返还不超过三年'],
  [
    'confidentiality',
    '本次抽中的企业包括：宏达食品厂、新华超市等8家，检查组将于下周不打招呼直接检查。',
    '抽中的企业包括',
  ],
  [
    'confidentiality',
    '下周二开标的项目，评标专家已确定，分别为县医院王某、财政局李某。',
    '评标专家已确定，分别为县医院王某',
  ],
  [
    'confidentiality',
    '经我院审查，拟对嫌疑人刘某作出批准逮捕决定。',
    '拟对嫌疑人刘某作出批准逮捕决定',
  ],
  [
    'confidentiality',
    '案件正在侦办中，据目击者向民警陈述，嫌疑人驾驶一辆白色面包车离开。',
    '据目击者向民警陈述',
  ],
  [
    'confidentiality',
    '我们的线人“小李”是一名出租车司机，提供了关键线索。',
    '线人“小李”是一名出租车司机',
  ],
  ['confidentiality', '嫌疑人藏身于城南一处出租屋，目前正进行24小时蹲守。', '藏身于城南一处出租屋'],
  [
    'confidentiality',
    '乡长人选民主推荐结果：得票前两名分别是李某（32票）和王某（29票），最终人选待县委研究。',
    '得票前两名',
  ],
  ['confidentiality', '储备玉米实际数量为0.8万吨，较账面少约500吨。', '较账面少约500吨'],
  ['confidentiality', '现将未开放档案中的部分原始记录摘录如下。', '未开放档案'],
  [
    'confidentiality',
    '省领导明天来我县调研，行程为9:00到产业园，11:30到县医院，下午15:00离开。',
    '行程为9:00到产业园',
  ],
  ['confidentiality', '我局将于下周起对城郊结合部开展夜间突击检查。', '开展夜间突击检查'],
  [
    'confidentiality',
    '医疗事故技术鉴定正在进行，专家组初步意见倾向于医院存在过错。',
    '专家组初步意见倾向于医院存在过错',
  ],
  ['confidentiality', '今天收到《农村低保标准调整方案（讨论稿）》，标准拟上调。', '（讨论稿）'],
  ['confidentiality', '重点人员稳控名单共5人，分别是东村王某、西村李某等。', '稳控名单'],
  ['confidentiality', '该线索系村民刘某明实名举报。', '刘某明实名举报'],
  ['confidentiality', '会上初步确定赵某某为副局长建议人选，正式任免另行发布。', '为副局长建议人选'],
  [
    'confidentiality',
    '按照处置预案，一旦聚集超过30人，由特警从备勤点出发封控路口。',
    '一旦聚集超过30人',
  ],
  ['confidentiality', '试卷押运由县公安局交警大队全程护送。', '试卷押运由县公安局交警大队全程护送'],
  ['confidentiality', '期末统考明天开考，附上五年级语文参考答案：1.B 2.C 3.A。', '参考答案'],
  [
    'confidentiality',
    '据审计组初步核实，该局存在超范围列支等问题，审计报告尚在征求意见。',
    '审计组初步核实',
  ],
  ['confidentiality', '该案合议庭评议时，三名法官中两人主张驳回起诉。', '法官中两人主张驳回起诉'],
  // heldout-final123: routes, enforcement hours, votes paid, nets and lists, offers by contact handle
  ['legal', '喝了酒的朋友要开车回家，走东郊那条土路能绕开。', '土路能绕开'],
  ['legal', '苗木没办检疫证的，可以走村道进来，那边没设检查站。', '那边没设检查站'],
  ['legal', '渔政船一般上午八点以后才出航巡查。', '渔政船一般上午八点以后才出航巡查'],
  ['legal', '天黑以后再点火，卫星遥感白天过境、夜里监测不到。', '夜里监测不到'],
  ['legal', '投票结束后可到村部领取200元误工费，领钱时报一下选的是几号。', '选的是'],
  ['legal', '想顺便搞点鱼的，带上电瓶和逆变器，在浅滩电一圈。', '电一圈'],
  ['legal', '协会可提供新楼盘业主姓名、电话名单，每千条50元。', '每千条'],
  ['legal', '在竹林边张一张粘网，一个早上能逮十几只画眉。', '粘网'],
  ['legal', '“叶子”“K粉”都有，加飞机@ylyz886。', 'K粉'],
  // heldout-final124: codes, nets, stores, guards and plans
  ['confidentiality', '本周战备值班口令为“青松”，回令为“磐石”。', '口令为“青松”'],
  ['confidentiality', '外网核心交换机管理地址为10.68.1.254。', '10.68.1.254'],
  ['confidentiality', '医院的钴-60源位于门诊楼负一层放射源库。', '位于门诊楼负一层'],
  ['confidentiality', '会场周边设置固定哨位6处，分别位于正门岗亭和东侧停车场入口。', '哨位6处'],
  ['confidentiality', '监区西北角围墙处仍为监控盲区。', '仍为监控盲区'],
  ['confidentiality', '一旦进入一级战备，民兵应急排将在2小时内到镇中学集结。', '一旦进入一级战备'],
  ['confidentiality', '某军工配套企业的舰载雷达天线罩前三季度已交付142套。', '已交付142套'],
  [
    'confidentiality',
    '市人防地下指挥所位于人民公园假山下方，主入口在东门管理用房内。',
    '人防地下指挥所',
  ],
  [
    'confidentiality',
    '第三批重点稽查对象已经确定，分别为鑫晟建材公司和恒远商贸公司，检查组下周进户。',
    '稽查对象已经确定',
  ],
  [
    'confidentiality',
    '面试将于下周举行，评委已确定，由教研室何明、实验小学孙丽等5人组成。',
    '等5人',
  ],
  ['confidentiality', '案件正在调查中，服务员小吴向民警证实是穿白衣的男子先动手。', '向民警证实'],
  ['confidentiality', '民警根据现场指纹已初步比中一名本县男子，目前正在追捕中。', '比中'],
  [
    'confidentiality',
    '专案组成立（专案代号“清泉”），目前已锁定涉案资金流向3个境外账户。',
    '专案代号“清泉”',
  ],
  ['confidentiality', '民警已在菜市场东侧一栋出租屋对面设点蹲守，连续多日观察。', '设点蹲守'],
  ['confidentiality', '民主推荐中，张晓峰得票31票，李卫东得票19票。', '张晓峰得票31票'],
  [
    'confidentiality',
    '经批准，下一步拟对该公司原总经理采取留置措施。县纪委监委将严查。',
    '拟对该公司原总经理采取留置措施',
  ],
  ['confidentiality', '反映站长违规套取农机补贴的问题线索，目前正在初核中。', '问题线索'],
  [
    'confidentiality',
    '县委常委会已研究决定，由乡长刘建勋接任乡党委书记，暂未公示。',
    '由乡长刘建勋接任乡党委书记',
  ],
  [
    'confidentiality',
    '假期需重点关注的信访人员有东村刘某华等9人。',
    '重点关注的信访人员有东村刘某华',
  ],
  [
    'confidentiality',
    '根据居民张秀梅（联系电话13907461285）的举报，执法人员进行了检查。',
    '居民张秀梅',
  ],
  ['confidentiality', '反家暴临时庇护所位于新华路17号救助站三楼，入口在后巷。', '庇护所位于'],
  [
    'confidentiality',
    '机要交通车每周二、周五上午8时从县委大院出发，经棠沅镇送达各乡镇。',
    '机要交通车',
  ],
  ['confidentiality', '县级储备粮规模为1.2万吨，其中8000吨存放在中心粮库。', '储备粮规模'],
  [
    'confidentiality',
    '中考临近，命题教师已入闱，封闭地点为金秋培训中心。',
    '封闭地点为金秋培训中心',
  ],
  [
    'confidentiality',
    '距离中考只剩一天，悄悄透露，作文题目是“那一刻，我读懂了坚守”。',
    '作文题目是',
  ],
  ['confidentiality', '期末检测定于1月14日举行，现将数学参考答案先行发布：1.B 2.C。', '参考答案'],
  [
    'confidentiality',
    '根据预算草案初稿，明年教育支出拟压减4%，该草案尚需报常委会研究。',
    '根据预算草案初稿',
  ],
  [
    'confidentiality',
    '成绩尚未审定，将于8月5日公布。目前掌握的情况是，最高分为86.5分。',
    '目前掌握的情况是',
  ],
  [
    'confidentiality',
    '省领导将来调研，车队于9时30分从高速出口下道，经滨江路前往产业园。',
    '车队于9时30分',
  ],
  ['confidentiality', '接市卫健委通知（请勿转发），下周起开展暗访。', '请勿转发'],
  [
    'confidentiality',
    '全县夏粮总产量4.37万吨。上述数据还在等待审核，目前尚未正式对外公布。',
    '全县夏粮总产量4.37万吨',
  ],
  // heldout-final125–final126
  ['legal', '附：打人学生正面照片（未打码），请家长认清面孔。', '未打码'],
  ['legal', '超出指标的木材走老林道运出，那条路上没有设卡。', '没有设卡'],
  ['legal', '采砂户可在凌晨作业，这个时段巡河人员已下班。', '巡河人员已下班'],
  ['legal', '每周三下午检测站交接班，大概有半小时不上秤。', '不上秤'],
  ['legal', '趁征收冻结前办个离婚，再分别立户，就能多分一套安置房。', '分别立户'],
  ['legal', '新招员工先不签劳动合同、不上社保，到期直接辞退。', '不上社保'],
  ['legal', '聚餐后确需驾车的可从槐林小路绕行进城。', '小路绕行'],
  ['legal', '已过保质期的糕点，把生产日期标签换新后可放入特价区继续销售。', '继续销售'],
  ['legal', '傍晚在芦苇边张一张雾网，第二天早上就能收好几只。', '雾网'],
  ['legal', '可以联系助考团队，提供隐形耳机，考场内有人实时传答案。', '隐形耳机'],
  ['legal', '急需用血的家属可以找献血屋门口的互助献血中介，每400毫升1500元。', '中介'],
  ['legal', '会员商户有边境进的免税烟，比专卖店便宜一半，需要的私聊。', '免税烟'],
  ['legal', '需要补办往年证明的，社区可按您要求的日期倒签。', '倒签'],
  ['legal', '各类增值税专用发票都能开，收取票面3个点。', '都能开'],
  ['legal', '投资1万元每天返息120元，30天回本。', '每天返息120元'],
  ['legal', '复习效率低的同学可以网购“聪明药”利他林，考前服用能提神醒脑。', '利他林'],
  ['legal', '同城约炮、私密视频免费看，认准QQ群7788521。', '约炮'],
  ['political', '请广大房东不要将房屋租给河南籍人员。', '河南籍人员'],
  ['privacy', '敬老院新接收3名特困人员，其中赵长根患有精神分裂症，需长期服药。', '赵长根'],
  [
    'confidentiality',
    '营区东北角新建地下弹药库一座，库容约40吨，库房入口朝向后山小路。',
    '库容约40吨',
  ],
  [
    'confidentiality',
    '笔试将于12月6日举行，据透露，主观题第二大题为案例分析“课堂冲突的处置”。',
    '第二大题为案例分析',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  // warnings and case reports of the same acts
  ['legal', '有货车司机从小路绕开治超站，被交警当场查处，罚款2000元。'],
  ['legal', '严禁关闭AIS出海作业，违者依法处罚。'],
  ['legal', '警方查获一批针孔摄像头，提醒群众谨防偷拍。'],
  ['legal', '名下银行卡、手机卡请勿出租、出借、出售。'],
  ['legal', '近期娱乐场所周边出现售卖“笑气”现象，请家长提高警惕。'],
  ['legal', '“小赌怡情”？错！赌博没有“小”的，从小额彩头到倾家荡产往往只有一步之遥。'],
  ['legal', '出租、出借银行卡的，可能被采取惩戒措施。'],
  // notes that hold back nothing the post tells, and secrecy taught
  ['confidentiality', '成绩公布前，请考生耐心等待，不要轻信他人。'],
  ['confidentiality', '您的验证码请勿告诉他人，密码要定期更换。'],
  // services' codes, broadcast frequencies, published prices and notices
  ['confidentiality', '社保卡初始密码为123456，请及时到网点修改。'],
  ['confidentiality', '县广播电台调频FM98.5兆赫，欢迎收听。'],
  ['confidentiality', '该地块挂牌出让起始价为每亩28万元。'],
  ['confidentiality', '项目最高投标限价为2860.5万元。'],
  ['confidentiality', '检察院依法对犯罪嫌疑人作出批准逮捕决定。'],
  ['confidentiality', '面试已圆满结束，考官由县人社局等单位人员组成，成绩如下。'],
  [
    'confidentiality',
    '饮用水水源保护区划定范围：取水口坐标东经112.33°、北纬27.90°为中心半径500米。',
  ],
  ['confidentiality', '战时或遇紧急情况，请群众就近进入人员掩蔽场所。'],
  ['confidentiality', '现对拟任人选进行任前公示，公示期5个工作日。'],
  // heldout-final123–final126's near-misses
  ['legal', '笑气近年来被包装成“奶油气弹”向青少年兜售，我市已将非法销售笑气纳入重点整治范围。'],
  ['legal', '镇里接到群众反映，夜间有人在回水湾一带下地笼、电鱼。'],
  ['political', '对河南籍务工人员的就业诉求，我们将积极协调解决。'],
  ['privacy', '全县在册的严重精神障碍患者中，精神分裂症占六成，均已纳入服务管理。'],
  ['legal', '有不法商贩为了让凉皮更有筋道，违规添加硼砂，长期食用可能损害肾脏。'],
  ['legal', '【识毒防毒】新型毒品常常伪装成“奶茶”“跳跳糖”，请青少年切记不接受陌生人的饮料。'],
  ['confidentiality', '语文科目考试顺利结束，今年作文题为“那一刻，我长大了”。'],
  ['confidentiality', '全市共有人员掩蔽工程9处，请市民熟悉就近的掩蔽场所。'],
  ['confidentiality', '涉密文件管理、计算机和移动存储介质使用、微信工作群信息发布等内容纳入培训。'],
];

describe('families of heldout-final120–final124', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reports a trailing note of secrecy over the sentence it closes', () => {
    expect(
      reported('confidentiality', {
        text: '我镇出现1例疑似病例，患者为外出务工返乡人员，此消息不得外传。请各村加强排查。',
      }),
    ).toEqual(['我镇出现1例疑似病例，患者为外出务工返乡人员，此消息不得外传']);
  });
});
