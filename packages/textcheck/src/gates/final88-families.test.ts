// Rule families from heldout-final88, measured unseen and then read: a banned pesticide or
// rodenticide recommended (legal-banned-pesticides.ts), pupils under sixteen invited to paid work
// (legal-child-labour.ts), a pupil named with school and grade after poaching or a police station's
// admonition (the crime context words); staff quotas of sign-ups and unit quotas of volunteers with a
// sanction for falling short; 中国国务院 beside 中共中央; a deposit's rate ranked highest of a place;
// ruin wished as the deserved penalty and a critic mocked as never having known the thing; a mobile
// after a name, birth month and home village in an award's notice, a penalty party's old sentence, a
// relative's condition in the sentence after the household is named; 密级：内部 as a field, an
// internal issuance's number (×内发〔…〕), a suspect's confession of the upline still hunted, the
// bidders named before the bidding closes. And a village station's 代购代销 no longer read as a
// shopping agent's trade.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a banned pesticide recommended
  [
    'legal',
    '各基层社农资门市已备足灭鼠药，农户可到店购买毒鼠强、溴敌隆等药剂，使用时请远离儿童和家禽。',
    '毒鼠强',
  ],
  [
    'legal',
    '可选用甲胺磷、氯虫苯甲酰胺等药剂喷雾防治，注意交替轮换用药，施药后7天内不得排水。',
    '甲胺磷',
  ],
  ['legal', '在供销社农资门市，农户可购买甲胺磷用于防治稻飞虱。', '甲胺磷'],
  ['legal', '推荐使用对硫磷拌种，防治地下害虫效果好。', '对硫磷'],
  ['legal', '老鼠多的话可以用毒鼠强拌毒饵投放。', '毒鼠强'],
  ['legal', '防治棉铃虫可选用久效磷兑水喷雾。', '久效磷'],
  ['legal', '果园红蜘蛛可用三氯杀螨醇喷施，效果明显。', '三氯杀螨醇'],
  // pupils under sixteen invited to paid work
  [
    'legal',
    '暑假期间，欢迎12岁以上中小学生到果园参加采摘务工，日结工资80元，果园提供午餐。',
    '欢迎12岁以上中小学生到果园参加采摘务工',
  ],
  ['legal', '招收初中生到厂里打工，每天100元，包吃住。', '招收初中生到厂里打工'],
  ['legal', '茶季用工紧张，小学生也可以来帮忙采茶，按斤计酬。', '小学生也可以来帮忙'],
  ['legal', '暑期招募14岁以上学生到基地做零工，工资日结。', '招募14岁以上学生到基地做零工'],
  ['legal', '欢迎中小学生来园区打零工，一天60元。', '欢迎中小学生来园区打零工'],
  ['legal', '合作社招用15岁以上初中生到车间做工，计件发放报酬。', '招用15岁以上初中生到车间做工'],
  // a pupil named with school and grade after poaching or before a police station's admonition
  [
    'legal',
    '保护区巡护人员发现3名少年使用弹弓猎捕鸟类，经调查，其中一人为县第二中学初二学生张子豪。',
    '张子豪',
  ],
  [
    'legal',
    '巡护员发现两名少年在林区偷猎野鸡，其中一人为镇中心小学五年级学生李浩然，已移交派出所。',
    '李浩然',
  ],
  [
    'legal',
    '林业站发现有人在林区设套，涉事少年系县实验中学初一学生王梓轩，派出所已对其批评教育。',
    '王梓轩',
  ],
  ['legal', '保护区内3名少年非法捕猎斑鸠，其中一名为城关二小六年级学生赵子墨。', '赵子墨'],
  ['legal', '有人举报少年在湿地猎捕候鸟，经查为县第一中学高一学生孙浩宇，家长已被约谈。', '孙浩宇'],
  ['legal', '两名少年在保护区非法狩猎，其中一人系镇第二中学初三学生周俊杰。', '周俊杰'],
  // a staff quota of sign-ups with a sanction
  [
    'coercion',
    '每名员工本月须完成20户手机银行开户任务，完不成的扣减当月绩效工资。',
    '每名员工本月须完成20户手机银行开户任务，完不成的扣减当月绩效工资',
  ],
  ['coercion', '每位网格员须推广50人注册APP，未完成的扣发当月奖金。', '未完成的扣发当月奖金'],
  [
    'coercion',
    '各村干部要发展30户群众下载“村务通”，完不成任务的通报批评。',
    '完不成任务的通报批评',
  ],
  ['coercion', '每名职工至少完成10名客户绑定社保卡，未达到的扣除绩效分。', '未达到的扣除绩效分'],
  ['coercion', '每位员工须动员20人关注公众号，没完成的取消评优资格。', '没完成的取消评优资格'],
  ['coercion', '全体教师须完成15户家长实名认证，不达标的扣减考核分。', '不达标的扣减考核分'],
  // a unit quota of volunteers with a sanction
  [
    'coercion',
    '“世界湿地日”志愿服务活动开始招募。每个成员单位须报满10人，未报满的单位将予以通报批评。',
    '每个成员单位须报满10人，未报满的单位将予以通报批评',
  ],
  [
    'coercion',
    '志愿植树活动开始招募。各科室须选派5人，未报满的科室扣考核分。',
    '未报满的科室扣考核分',
  ],
  [
    'coercion',
    '无偿献血志愿活动，各村至少组织20人参加，人数不足的将通报批评。',
    '人数不足的将通报批评',
  ],
  [
    'coercion',
    '公益环保志愿行动中，每家企业须派出10人，未完成的企业予以通报批评。',
    '未完成的企业予以通报批评',
  ],
  ['coercion', '志愿者招募：各社区要推荐8名居民，达不到的社区全县通报。', '达不到的社区全县通报'],
  [
    'coercion',
    '志愿献血活动中，每个支部须动员15人参加，未报满的支部约谈书记。',
    '未报满的支部约谈',
  ],
  // 中国国务院 beside 中共中央
  ['political', '中共中央、中国国务院近日印发《意见》。', '中国国务院'],
  ['political', '中共中央办公厅、中国国务院办公厅印发了《方案》。', '中国国务院'],
  ['political', '党中央和中国国务院高度重视乡村振兴工作。', '中国国务院'],
  ['political', '中共中央 中国国务院关于做好2024年全面推进乡村振兴重点工作的意见', '中国国务院'],
  ['political', '中国国务院办公厅、中共中央办公厅联合发文。', '中国国务院'],
  ['political', '根据中共中央与中国国务院的部署，我县开展专项行动。', '中国国务院'],
  // a deposit's or a product's rate ranked highest of a place
  ['advertising', '我社三年期整存整取定期存款利率全县最高，现在存款还送精美礼品。', '利率全县最高'],
  ['advertising', '本行理财产品收益率同行最高，欢迎选购。', '收益率同行最高'],
  ['advertising', '我行存款利息全市最高，存一万送一桶油。', '利息全市最高'],
  ['advertising', '来我社办理定期，享受全县最高的存款利率！', '全县最高的存款利率'],
  ['advertising', '这款理财年化收益全省第一，限时发售。', '年化收益全省第一'],
  ['advertising', '大额存单利率本地最优，名额有限。', '利率本地最优'],
  // ruin wished as the deserved penalty
  [
    'opinion',
    '保护区查获一起非法采挖野生石斛案件。这种人就该重罚到倾家荡产！',
    '这种人就该重罚到倾家荡产',
  ],
  ['opinion', '这类奸商就得罚到破产。', '这类奸商就得罚到破产'],
  ['opinion', '这帮人就该判到牢底坐穿！', '这帮人就该判到牢底坐穿'],
  ['opinion', '像这样的黑心老板真该罚得倾家荡产。', '黑心老板真该罚得倾家荡产'],
  ['opinion', '这些毁林的人理应被关到牢底坐穿。', '这些毁林的人理应被关到牢底坐穿'],
  ['opinion', '那些偷排的企业就该重罚到倾家荡产。', '那些偷排的企业就该重罚到倾家荡产'],
  // a critic mocked as never having known the thing
  ['opinion', '某些所谓专家怕不是连正经蜂蜜都没吃过吧？', '怕不是连正经蜂蜜都没吃过吧'],
  ['opinion', '说这话的人恐怕连麦苗和韭菜都分不清吧。', '恐怕连麦苗和韭菜都分不清吧'],
  ['opinion', '这些人怕是连农田都没下过吧？', '怕是连农田都没下过吧'],
  ['opinion', '那位博主估计连一棵茶树都没亲眼见过吧。', '估计连一棵茶树都没亲眼见过吧'],
  ['opinion', '造谣的人八成连我们景区都没去过呢。', '八成连我们景区都没去过呢'],
  ['opinion', '发帖的人怕不是连合同都没看过吧！', '怕不是连合同都没看过吧'],
  // a mobile after a name, birth month and home village in a notice of persons
  [
    'privacy',
    '“优秀农村电商带头人”评选结果公示：张晓兰，女，1992年6月生，石门村人，联系电话13937215846，经营店铺年销售额280万元。',
    '13937215846',
  ],
  [
    'privacy',
    '拟表彰“最美家庭”名单：李桂芳，女，汉族，1968年3月生，东岭村人，手机13812345678。',
    '13812345678',
  ],
  [
    'privacy',
    '获评“致富能手”人员：陈建军，男，1985年生，河口镇人，电话13698765432。',
    '13698765432',
  ],
  ['privacy', '评选结果公示：王秀兰，女，1990年5月生，联系电话13577778888。', '13577778888'],
  ['privacy', '拟推荐人选：赵德明，男，1975年出生，柳树村人，联系方式13766665555。', '13766665555'],
  ['privacy', '获奖者名单：刘春燕，女，回族，南关社区人，电话15912341234。', '15912341234'],
  // a penalty party's old sentence after name and sex
  [
    'privacy',
    '行政处罚决定书（摘要）：当事人孙建军，男，曾因盗窃罪于2015年被判处有期徒刑一年。',
    '孙建军',
  ],
  ['privacy', '当事人李志刚，男，45岁，曾因诈骗被判刑三年。经查，当事人无证经营。', '李志刚'],
  ['privacy', '村民赵永平，男，早年因吸毒被强制隔离戒毒，现已戒断。', '赵永平'],
  ['privacy', '当事人王建华，男，汉族，曾因故意伤害罪服刑两年，现经营一家农资店。', '王建华'],
  ['privacy', '当事人陈国庆，女，52岁，有盗窃前科，经营的超市销售过期食品。', '陈国庆'],
  ['privacy', '职工周海涛，男，曾于2012年因赌博被行政拘留。', '周海涛'],
  // a relative's condition in the sentence after the household is named
  [
    'privacy',
    '蚕农吴建平家今年养蚕8张，年收入3万余元。因妻子患有精神分裂症，家庭负担较重。',
    '妻子患有精神分裂症',
  ],
  ['privacy', '果农李长春家种了20亩苹果。妻子患有抑郁症，儿子在外务工。', '妻子患有抑郁症'],
  [
    'privacy',
    '东岭村养殖户陈国富一家养牛12头。由于儿子患有自闭症，家里缺少劳力。',
    '儿子患有自闭症',
  ],
  [
    'privacy',
    '村民赵永刚家今年种植烟叶15亩。母亲患有阿尔茨海默病，需要人照看。',
    '母亲患有阿尔茨海默病',
  ],
  ['privacy', '菜农孙德明夫妇经营大棚3个。丈夫患有癫痫，不能干重活。', '丈夫患有癫痫'],
  ['privacy', '茶农周玉梅家有茶园6亩。女儿患有智力障碍，常年需要陪护。', '女儿患有智力障碍'],
  // a document's status as its own field
  ['confidentiality', '密级：内部\n县供销合作社联合社关于基层社资产清查情况的通报', '密级：内部'],
  ['confidentiality', '密级：工作秘密\n关于秋粮收购情况的报告', '密级：工作秘密'],
  [
    'confidentiality',
    '关于印发《乡村振兴考核办法》的通知 公开属性：不予公开',
    '公开属性：不予公开',
  ],
  ['confidentiality', '公开方式：不公开　　县财政局关于预算调整的请示', '公开方式：不公开'],
  ['confidentiality', '密级：内部使用\n县农业农村局工作简报', '密级：内部使用'],
  ['confidentiality', '文件属性：限内部传阅　县林业局关于防火检查的通报', '文件属性：限内部传阅'],
  // an internal issuance's number
  [
    'confidentiality',
    '根据联社《关于进一步加强不良贷款清收工作的通知》（信联内发〔2024〕37号），各网点要于9月底前完成台账建立。',
    '内发〔2024〕37号',
  ],
  ['confidentiality', '按照社内发〔2023〕5号文件要求，各基层社开展自查。', '内发〔2023〕5号'],
  ['confidentiality', '依据农商行内发〔2024〕12号通知精神，全面开展排查。', '内发〔2024〕12号'],
  ['confidentiality', '公司内发〔2022〕8号文件明确了考核办法。', '内发〔2022〕8号'],
  ['confidentiality', '执行联社内发[2023]21号规定，严格贷款审批。', '内发[2023]21号'],
  ['confidentiality', '参照集团内发（2024）3号文，调整网点营业时间。', '内发（2024）3号'],
  // a suspect's confession of those still pursued
  [
    'confidentiality',
    '目前案件仍在侦查阶段。据办案民警介绍，犯罪嫌疑人已供述其收购上线为邻县一名花卉商贩，警方正在进一步追查。',
    '犯罪嫌疑人已供述其收购上线为邻县一名花卉商贩',
  ],
  [
    'confidentiality',
    '该案正在侦查中，嫌疑人交代其同伙藏匿在城郊一处出租屋，民警正在抓捕。',
    '嫌疑人交代其同伙藏匿在城郊一处出租屋',
  ],
  [
    'confidentiality',
    '案件尚在侦查，犯罪嫌疑人供认毒品来源为外省一名男子，另一名同伙仍在逃。',
    '犯罪嫌疑人供认毒品来源为外省一名男子',
  ],
  [
    'confidentiality',
    '目前案件正在进一步侦查中，涉案人员供出上家系本市某物流公司老板。',
    '涉案人员供出上家系本市某物流公司老板',
  ],
  [
    'confidentiality',
    '侦查过程中，嫌疑人指认其下线为三名本地商贩，警方正在追捕。',
    '嫌疑人指认其下线为三名本地商贩',
  ],
  [
    'confidentiality',
    '此案仍在侦查，犯罪嫌疑人交代赃物去向为邻市一家废品站，民警正在追查。',
    '犯罪嫌疑人交代赃物去向为邻市一家废品站',
  ],
  // the bidders named before the bidding closes
  [
    'confidentiality',
    '项目挂牌期至6月20日。截至目前，已有3家意向受让方报名，分别为绿源林业公司、宏达苗木合作社和个人投资者王某，竞价会将于挂牌期满后举行。',
    '分别为绿源林业公司、宏达苗木合作社和个人投资者王某',
  ],
  [
    'confidentiality',
    '目前已有两家单位报名投标，投标人分别是宏远建设公司和华通路桥公司，开标时间为7月5日。',
    '分别是宏远建设公司和华通路桥公司',
  ],
  [
    'confidentiality',
    '该地块拍卖会将于下周举行，目前竞买人包括鑫达置业公司、个人李某等4家。',
    '包括鑫达置业公司、个人李某等4家',
  ],
  [
    'confidentiality',
    '村集体鱼塘承包权挂牌期内，意向承租方分别为张某和兴旺水产合作社。',
    '分别为张某和兴旺水产合作社',
  ],
  [
    'confidentiality',
    '截至报名截止日，报名单位依次为：恒通物流公司、顺达运输公司。',
    '依次为：恒通物流公司、顺达运输公司',
  ],
  [
    'confidentiality',
    '挂牌期内共有2名意向竞买人，分别为刘某和丰收农业合作社，竞价会将于月底举行。',
    '分别为刘某和丰收农业合作社',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '严禁销售、使用甲胺磷等禁用农药，发现请举报。'],
  ['legal', '农户可到店购买溴敌隆等合法灭鼠药。'],
  ['legal', '欢迎中小学生参加采摘体验活动，感受劳动乐趣。'],
  ['legal', '招收16周岁以上人员务工，日结工资120元。'],
  ['legal', '县第二中学初二学生张子豪在全省青少年科技创新大赛中获一等奖。'],
  ['legal', '派出所民警走进县第二中学，为初二学生讲授防溺水知识。'],
  ['coercion', '每个单位可推荐2名志愿者参加培训。'],
  ['coercion', '每名员工本月须完成存款任务50万元。'],
  ['political', '中共中央、国务院印发《意见》。'],
  ['political', '据外媒报道，中国国务院日前召开常务会议。'],
  ['advertising', '今天全县最高气温38℃，请注意防暑。'],
  ['advertising', '贷款利率最高不超过LPR的4倍，超出部分不受法律保护。'],
  ['advertising', '培训结束后，学员将返村为群众提供代购代销服务。'],
  ['advertising', '供销社网点为村民代购代销农资和农产品。'],
  ['opinion', '赌博往往让人倾家荡产，请远离赌博。'],
  ['opinion', '许多城市孩子连麦苗都没见过，研学活动让他们走进田间。'],
  ['privacy', '评选结果公示：咨询电话13912345678（县电商办）。'],
  ['privacy', '当事人王建华，经营一家农资店，现已整改。'],
  ['privacy', '当事人刘某，男，曾因盗窃被判刑。'],
  ['privacy', '今年全镇种植蚕桑1200亩。因妻子患有精神分裂症而家庭困难的农户可申请帮扶。'],
  ['confidentiality', '密级：公开'],
  ['confidentiality', '公开属性：主动公开'],
  ['confidentiality', '根据内政发〔2024〕1号文件，自治区推进乡村振兴。'],
  ['confidentiality', '依据县政办发〔2024〕3号文件执行。'],
  ['confidentiality', '经审理查明，被告人供述其上线为外地男子，法院依法判处其有期徒刑三年。'],
  ['confidentiality', '该案正在侦查中，犯罪嫌疑人对其犯罪事实供认不讳。'],
  [
    'confidentiality',
    '项目挂牌期至6月20日，截至目前已有3家意向受让方报名，竞价会将于挂牌期满后举行。',
  ],
  [
    'confidentiality',
    '项目成交结果公示：竞得人为绿源林业公司。意向受让方分别为绿源林业公司、宏达苗木合作社。',
  ],
];

describe('final88 rule families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
