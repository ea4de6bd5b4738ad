// Rule families from heldout-final90, measured unseen and then read: 报道 for 报到 at a gate by a time,
// a half-width comma after a figure in Chinese prose, 认真的清理; a named couple's divorce with the time
// between, a rescued person's past sentence after an age, a named father's drug rehabilitation beside a
// child's alias, an adopted child's original name and a birth parent placed by village, a named old
// person's savings; a banned service offered or brokered (代孕咨询, 私下送养), replica guns on sale, staff
// permitted to tie people up, a film site by its own name, a child victim masked but placed by school and
// home; the repealed adopter's age and veterans' work given to 民政; a guard route by gates, an interview
// question quoted before the exam; a named shop's discount, a product chosen first, an expert's product;
// scorn for tears too late and youths lectured against 躺平; watching a broadcast tied to an honour. Quiet
// again: a volunteer registration rate ranked first, a first-aid skill that saves lives, a welfare home
// as its own bureau's source.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // 报道 for 报到 where someone is told to arrive at a place by a time
  ['text', '请参加活动的团员青年于8:00前到县滨江公园北门报道，统一领取马甲。', '报道'],
  ['text', '新录用人员请于9月1日前到局人事科办公室报道。', '报道'],
  ['text', '请志愿者准时到社区服务中心报道。', '报道'],
  ['text', '参训学员须按时到党校3号楼报道。', '报道'],
  ['text', '请各位考生当天到指定地点报道。', '报道'],
  ['text', '请队员们于7时30分前到学校东门报道。', '报道'],
  // a half-width comma after a figure before Chinese, where the text uses full-width commas
  ['text', '办理时间为上午8:30至12:00，下午14:30至17:30,节假日不对外办理。', ','],
  ['text', '咨询电话：0734-5229061,工作日接听，节假日除外。', ','],
  ['text', '共发放慰问金12000元,惠及困难群众，受到好评。', ','],
  ['text', '活动时间为10月1日至7日，每天开放至18:00,请合理安排。', ','],
  ['text', '本次共接待游客3万人次,同比增长，秩序良好。', ','],
  ['text', '报名截止时间为6月30日，名额50个,额满为止。', ','],
  // named couple's divorce with the time between the pair and the divorce
  ['privacy', '其中，周志强与吴丽芳在结婚第三年办理了离婚登记。', '周志强与吴丽芳'],
  ['privacy', '村民李建国与王秀英在去年底协议离婚。', '李建国与王秀英'],
  ['privacy', '张伟和刘芳在婚后第五年离婚。', '张伟和刘芳'],
  ['privacy', '陈明与赵丽在2022年办理了离婚手续。', '陈明与赵丽'],
  ['privacy', '孙强与周梅在孩子出生后离婚。', '孙强与周梅'],
  ['privacy', '吴刚与郑红在今年3月正式离婚。', '吴刚与郑红'],
  // a rescued person's past sentence told after name and age
  ['privacy', '受助人员黄志强，45岁，曾因盗窃罪服刑三年，出狱后与家人失去联系。', '黄志强'],
  ['privacy', '受助人员刘建军，52岁，曾因诈骗罪被判刑。', '刘建军'],
  ['privacy', '流浪乞讨人员王海，38岁，早年因吸毒被强制隔离戒毒。', '王海'],
  ['privacy', '滞留人员赵德明，男，60岁，曾因故意伤害罪入狱。', '赵德明'],
  ['privacy', '受助者孙立新，41岁，曾因抢劫坐牢八年。', '孙立新'],
  ['privacy', '村民马晓东，36岁，曾因盗窃服刑两年。', '马晓东'],
  // a named father's or mother's drug or prison record beside a child's alias
  ['privacy', '9岁的小杰（化名）父亲王德明因吸毒正在强制隔离戒毒，目前由爷爷奶奶照顾。', '王德明'],
  ['privacy', '小雨（化名）的母亲李秀兰正在服刑，她由外婆照顾。', '李秀兰'],
  ['privacy', '12岁的小军（化名）父亲张国强因贩毒入狱。', '张国强'],
  ['privacy', '乐乐（化名）父亲陈建平正在强制隔离戒毒。', '陈建平'],
  ['privacy', '小花（化名）母亲刘春梅因吸毒被强制隔离戒毒。', '刘春梅'],
  ['privacy', '8岁的小宝（化名）父亲赵永刚在监狱服刑，由奶奶照料。', '赵永刚'],
  // an adopted child's original name; a birth parent placed by village who gave the child up
  ['privacy', '收养人赵建国、孙丽夫妇收养了一名2岁女童，孩子原名周小雨。', '原名周小雨'],
  ['privacy', '王先生夫妇领养了一名男孩，孩子原名叫李浩然。', '原名叫李浩然'],
  ['privacy', '本月办理收养登记2件，其中一名女婴原名陈思思，已改随养父姓。', '原名陈思思'],
  ['privacy', '被收养人原名张小军，现年5岁，收养后更名。', '原名张小军'],
  [
    'privacy',
    '经调查，其生母为本县城郊镇新村村民周某兰，2016年将其遗弃，目前已被列入送养计划。',
    '周某兰',
  ],
  ['privacy', '该童生父系石桥村村民李某军，因家庭困难将其丢弃在医院门口。', '李某军'],
  ['privacy', '经查，孩子的生母为外地务工人员王某，产后将其遗弃。', '王某'],
  // a named old person's savings with the amount
  [
    'privacy',
    '城东社区的钱桂兰老人今年83岁，每月退休金4800元，银行存款约26万元。',
    '银行存款约26万元',
  ],
  ['privacy', '独居老人张德山，每月养老金3200元，存款有15万元。', '存款有15万元'],
  ['privacy', '王秀英奶奶今年90岁，积蓄约8万元，平时节俭。', '积蓄约8万元'],
  ['privacy', '村民李建国的银行存款达30万元，被骗子盯上。', '银行存款达30万元'],
  ['privacy', '退休人员刘志明每月退休金5000元，定期存单20万元。', '定期存单20万元'],
  ['privacy', '孙桂芳老人存折余额12万元，工作人员提醒她防范诈骗。', '存折余额12万元'],
  // a banned service offered or brokered
  ['legal', '为有生育意愿的家庭提供孕前优生检查、辅助生殖、代孕咨询等服务。', '代孕咨询'],
  ['legal', '本中心开展试管婴儿、代孕服务等项目。', '代孕服务'],
  ['legal', '可提供借腹生子咨询等业务。', '借腹生子'],
  ['legal', '本中心可为有意向的家庭对接民间私下送养信息。', '对接民间私下送养信息'],
  ['legal', '村里可以帮忙牵线私下抱养孩子。', '牵线私下抱养孩子'],
  ['legal', '我们可为不孕家庭介绍私自领养渠道。', '介绍私自领养渠道'],
  // replica guns and controlled weapons sold
  ['legal', '活动室配备仿真枪射击靶位，现场还可购买同款仿真枪。', '购买同款仿真枪'],
  ['legal', '兴趣小组成员可在服务台选购气枪。', '选购气枪'],
  ['legal', '展会上各式仿真枪现场出售，欢迎选购。', '仿真枪现场出售'],
  ['legal', '体验结束后还可以购买钢珠枪。', '购买钢珠枪'],
  ['legal', '集市上管制刀具有售。', '管制刀具有售'],
  ['legal', '欢迎订购同款弩。', '订购同款弩'],
  // staff permitted to tie up or lock up the people in their care
  [
    'legal',
    '对醉酒、情绪激动且不听劝阻的受助人员，工作人员可采取捆绑等强制措施。',
    '采取捆绑等强制措施',
  ],
  ['legal', '对不服从管理的老人，护工可将其绑在床上。', '绑在床上'],
  ['legal', '对违纪学生，教官有权关禁闭。', '关禁闭'],
  ['legal', '对吵闹的受助人员，保安可以将其锁在房间里。', '锁在房间里'],
  ['legal', '不听劝阻者，值班人员可将其捆绑。', '捆绑'],
  ['legal', '对逃跑的学员，管教一律关小黑屋。', '关小黑屋'],
  // a film site by its own name offering films free
  [
    'legal',
    '同学们可登录“星辰影院”网站（www.xcyy88.com）免费观看，观后提交观后感。',
    '“星辰影院”网站',
  ],
  ['legal', '可在“极速影视”APP免费观看《长津湖》。', '“极速影视”APP'],
  ['legal', '通过“追剧达人影视”平台免费在线观看。', '平台免费在线观看'],
  ['legal', '大家可以打开“星空影城”小程序免费看。', '“星空影城”小程序'],
  ['legal', '登录“八一影院”网站免费观看各类影片。', '“八一影院”网站'],
  ['legal', '在“快看影视网”网站（kkys.cc）免费下载。', '免费下载'],
  // a child victim masked but placed by school and grade or home
  [
    'legal',
    '走访慰问遭受侵害的女童王某某（石桥镇中心小学四年级学生，家住柳塘村），送去学习用品。',
    '王某某（石桥镇中心小学四年级学生，家住柳塘村）',
  ],
  ['legal', '看望被性侵的女生李某（县实验中学初二学生）。', '李某（县实验中学初二学生）'],
  ['legal', '遭受欺凌的男孩张某某（城关小学五年级，家住东关村）已转学。', '城关小学五年级'],
  ['legal', '被猥亵的女童刘某（新华小学三年级学生）接受了心理疏导。', '新华小学三年级学生'],
  ['legal', '遭受家暴的男童陈某某（红星小学，家住河西村）由民政部门临时监护。', '陈某某'],
  ['legal', '受害女童赵某（育才小学二年级学生）情绪稳定。', '赵某'],
  // the adopter's age of the repealed Adoption Law
  [
    'policy',
    '【收养登记须知】收养人应当同时具备以下条件：无子女或者只有一名子女；年满三十五周岁。',
    '年满三十五周岁',
  ],
  ['policy', '收养人须年满35周岁，且无不良嗜好。', '年满35周岁'],
  ['policy', '办理收养登记，收养人应当满三十五周岁。', '满三十五周岁'],
  ['policy', '申请收养子女的夫妻双方均应年满三十五周岁。', '年满三十五周岁'],
  ['policy', '收养条件：1.年满三十五周岁；2.有抚养能力。', '年满三十五周岁'],
  ['policy', '收养人条件之一是已满35岁。', '已满35岁'],
  // veterans' work given to the civil affairs department
  [
    'policy',
    '按照上级民政部门关于做好军队离退休干部春节走访慰问工作的通知要求，我所将逐户走访。',
    '上级民政部门',
  ],
  ['policy', '县民政局负责军休干部的服务管理工作。', '县民政局'],
  ['policy', '退役士兵接收安置工作由县民政局负责。', '县民政局'],
  ['policy', '各级民政部门要按时发放优抚对象抚恤补助。', '各级民政部门'],
  ['policy', '市民政局组织开展烈士褒扬工作。', '市民政局'],
  ['policy', '区民政局将于春节前走访慰问军队离退休干部。', '区民政局'],
  // a guard route told by the gates it goes in and out by
  [
    'confidentiality',
    '4月4日上午9时市委主要领导将来园参加祭扫活动，安保路线为东门进、北门出。',
    '安保路线为东门进、北门出',
  ],
  ['confidentiality', '警卫路线为南门进入、西门离开。', '警卫路线为南门进入、西门离开'],
  ['confidentiality', '安保线路：正门进，侧门出。', '安保线路：正门进，侧门出'],
  [
    'confidentiality',
    '省长明日到校视察，警卫路线是从北门进、东门出。',
    '警卫路线是从北门进、东门出',
  ],
  ['confidentiality', '本次活动安保路线安排为大门进场、后门离场。', '大门进场、后门离场'],
  ['confidentiality', '保卫路线如下：西门进园，南门出园。', '西门进园，南门出园'],
  // an interview or exam question quoted in a recruitment notice before the exam
  [
    'confidentiality',
    '【招聘公告】笔试定于6月15日举行，面试题目为“请谈谈你如何安抚情绪激动的孤残儿童”。报名截至6月10日。',
    '面试题目为“请谈谈你如何安抚情绪激动的孤残儿童”',
  ],
  [
    'confidentiality',
    '公开招聘教师，试讲定于7月2日，试讲题目为“《静夜思》第一课时”。',
    '试讲题目为',
  ],
  ['confidentiality', '选聘考试将于下周举行，笔试作文题目是“我眼中的乡村振兴”。', '作文题目是'],
  [
    'confidentiality',
    '社区工作者招聘报名截止5月20日，面试试题为“如何化解邻里纠纷”。',
    '面试试题为',
  ],
  ['confidentiality', '招录面试定于8月1日，结构化面试题目为“谈谈你对基层工作的认识”。', '题目为'],
  [
    'confidentiality',
    '本次招聘将于周五进行技能测试，技能测试题目为“独立完成一份会议纪要”。',
    '题目为',
  ],
  // a named shop's discount passed on by an office
  ['advertising', '凭当日结婚证到“爱尚”婚纱摄影店拍摄婚纱照可享8折优惠。', '“爱尚”婚纱摄影店'],
  ['advertising', '持老年证到“福寿堂”养生馆消费立减20元。', '“福寿堂”养生馆'],
  ['advertising', '凭准考证在“悦来”酒店入住享受7折。', '“悦来”酒店'],
  ['advertising', '凭本通知到“金福”珠宝店购买首饰可享9折。', '“金福”珠宝店'],
  ['advertising', '持献血证到“好味”餐厅用餐可享优惠。', '“好味”餐厅'],
  ['advertising', '凭退役军人优待证到“强身”健身房办卡打8折。', '“强身”健身房'],
  // a product chosen first by name
  [
    'advertising',
    '孩子存钱首选该行“金娃娃”少儿储蓄卡，开卡即送学习用品。',
    '首选该行“金娃娃”少儿储蓄卡',
  ],
  ['advertising', '送礼就选“福满堂”礼盒。', '就选“福满堂”礼盒'],
  ['advertising', '理财首选“稳盈宝”理财产品。', '首选“稳盈宝”理财产品'],
  ['advertising', '养老保障首选本行“安享”保险。', '首选本行“安享”保险'],
  ['advertising', '宝宝营养首选“优贝”奶粉。', '首选“优贝”奶粉'],
  ['advertising', '出行通讯优选“畅联”套餐。', '优选“畅联”套餐'],
  // a named product on experts' authority
  [
    'advertising',
    '活动现场推介的国家级专家研发“益膝宝”护膝，老人们反响热烈。',
    '国家级专家研发“益膝宝”护膝',
  ],
  ['advertising', '权威专家推荐的“康复灵”理疗仪现场展示。', '权威专家推荐的“康复灵”理疗仪'],
  ['advertising', '院士团队研制“安眠宝”枕头。', '院士团队研制“安眠宝”枕头'],
  ['advertising', '知名教授监制“清肺茶”，现场可品尝。', '知名教授监制“清肺茶”'],
  ['advertising', '专家研制的“颈康贴”现场介绍。', '专家研制的“颈康贴”'],
  ['advertising', '名医配制“养胃膏”深受欢迎。', '名医配制“养胃膏”'],
  // scorn for tears too late
  ['opinion', '有的家长整天只顾着刷手机，孩子出事了才知道哭。', '才知道哭'],
  ['opinion', '个别村民平时不听劝，房子塌了才知道后悔。', '才知道后悔'],
  ['opinion', '有些司机喝了酒还开车，出了事才知道害怕。', '才知道害怕'],
  ['opinion', '某些业主装修乱搭乱建，被查了才知道着急。', '才知道着急'],
  ['opinion', '别等出事了才知道哭。', '出事了才知道哭'],
  ['opinion', '少数游客不守规矩，受了伤才想起求助。', '才想起求助'],
  // youths lectured against idling in slang
  ['opinion', '年轻人别总想着躺平，赶紧动起来！', '年轻人别总想着躺平'],
  ['opinion', '年轻人别老想着摆烂。', '年轻人别老想着摆烂'],
  ['opinion', '小伙子们别整天躺平了。', '小伙子们别整天躺平'],
  ['opinion', '你们别一天到晚想着啃老。', '你们别一天到晚想着啃老'],
  ['opinion', '现在的年轻人别总想着混日子。', '现在的年轻人别总想着混日子'],
  ['opinion', '青年人不要整天躺平。', '青年人不要整天躺平'],
  // watching a broadcast tied to an honour
  [
    'coercion',
    '请各学校组织学生家长在线观看，未观看的学生将影响本学期“三好学生”评选。',
    '未观看的学生将影响本学期“三好学生”评选',
  ],
  ['coercion', '请家长收看直播，未收看的家庭将影响孩子评优。', '未收看的家庭将影响孩子评优'],
  [
    'coercion',
    '请全体学生线上观看讲座，未观看者取消本学期评优资格。',
    '未观看者取消本学期评优资格',
  ],
  ['coercion', '各班组织观看直播，未观看的同学不能参评优秀学生。', '未观看的同学不能参评优秀学生'],
  [
    'coercion',
    '请村民在线观看培训直播，未观看的将影响今年补贴发放。',
    '未观看的将影响今年补贴发放',
  ],
  [
    'coercion',
    '请家长观看回放，不观看的学生将影响三好学生评选。',
    '不观看的学生将影响三好学生评选',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  ['text', '记者第一时间赶到现场报道。'],
  ['text', '据央视新闻报道，我县樱桃节开幕。'],
  ['text', '共投入资金1,200万元，完成项目5个。'],
  ['text', '请于第1,2,3项中选择一项。'],
  ['privacy', '王建国与李秀兰在结婚五十周年之际拍摄了金婚照。'],
  ['privacy', '婚姻登记处上月共办理离婚登记58对。'],
  ['privacy', '受助人员黄某，45岁，曾因盗窃罪服刑三年。'],
  ['privacy', '受助人员黄志强，45岁，已由工作人员护送返乡。'],
  ['privacy', '小杰（化名）的父亲因吸毒正在强制隔离戒毒。'],
  ['privacy', '父母一方服刑的儿童纳入保障范围。'],
  ['privacy', '该福利院原名城关儿童福利院，始建于1958年。'],
  ['privacy', '经多方查找，孩子生母身份不明，已依法办理弃婴户籍登记。'],
  ['privacy', '全县城乡居民人均储蓄存款余额5.6万元。'],
  ['privacy', '工作人员提醒钱桂兰老人，存款要存在正规银行。'],
  ['legal', '卫健部门将严厉打击非法代孕，严禁医疗机构提供代孕服务。'],
  ['legal', '私下送养、收养不受法律保护，请依法办理收养登记。'],
  ['legal', '家长不要给孩子购买仿真枪玩具。'],
  ['legal', '公安机关查获仿真枪120支，涉案人员已被刑事拘留。'],
  ['legal', '严禁工作人员捆绑、殴打受助人员。'],
  ['legal', '对醉酒的受助人员，工作人员应及时联系公安机关处置。'],
  ['legal', '周六晚到“星光影院”免费观看公益电影。'],
  ['legal', '登录县图书馆网站可免费观看红色经典影片。'],
  ['legal', '获奖学生王某某（石桥镇中心小学四年级学生）领取了证书。'],
  ['legal', '县妇联看望留守儿童王某某（石桥镇中心小学四年级学生），送去慰问品。'],
  ['policy', '收养人应当年满三十周岁，无不良嗜好。'],
  ['policy', '原《收养法》规定收养人须年满三十五周岁，民法典已调整为三十周岁。'],
  ['policy', '应聘人员年龄须在三十五周岁以下。'],
  ['policy', '民政部门和退役军人事务部门联合走访慰问军休干部。'],
  ['policy', '民政部门对困难退役军人给予临时救助。'],
  ['confidentiality', '游客请从东门进、北门出，有序参观。'],
  ['confidentiality', '本次活动结束后，安保人员已全部撤离。'],
  ['confidentiality', '往年面试题目为“谈谈你对乡村振兴的理解”，仅供参考。'],
  ['confidentiality', '招聘面试定于6月15日，面试题目将于考前现场抽取。'],
  ['advertising', '凭老年证到县博物馆可免费参观。'],
  ['advertising', '凭结婚证到婚姻登记处领取纪念证书。'],
  ['advertising', '出行首选“绿色出行”方式。'],
  ['advertising', '国家级专家团队来我县开展义诊。'],
  ['advertising', '谨防冒充“国家级专家”推销保健品。'],
  ['opinion', '很多家长在孩子出事后才意识到安全教育的重要性。'],
  ['opinion', '请家长切实履行监护职责，教育孩子不私自下水游泳。'],
  ['opinion', '青年要勇于奋斗，在基层建功立业。'],
  ['opinion', '拒绝躺平，奋斗正当时。'],
  ['coercion', '欢迎家长在线观看直播，未能观看的可收看回放。'],
  ['coercion', '严禁以取消评优资格强制学生观看直播。'],
  // quiet again after final90's false alarms
  ['coercion', '截至6月底，我县实名注册志愿者达8.6万人，注册率位居全市第一。'],
  ['advertising', '掌握急救技能，关键时刻能救命。心脏骤停后4至6分钟是抢救的黄金时间。'],
  ['advertising', '学会心肺复苏，关键时刻能救命。'],
];

describe('families of heldout-final90', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 的 before a verb of cleaning after a listed adverb as 地', () => {
    expect(textGateWarnings('志愿者们认真的清理河道两岸的垃圾。')).toContain('的');
    expect(textGateWarnings('大家认认真真的打扫了每个角落。')).toContain('的');
    expect(textGateWarnings('队员们认真的清扫积雪。')).toContain('的');
    expect(textGateWarnings('经过认真的清理工作，河道焕然一新。')).not.toContain('的');
  });
});
