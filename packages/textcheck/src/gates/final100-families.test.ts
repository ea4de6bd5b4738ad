// Rule families from heldout-final100, measured unseen and then read: traders watched or cleared by
// their nation or home province (重点盯防维吾尔族摊贩); a place in a public queue moved up through an
// insider for a price (内部渠道可以帮忙往前调整排位，费用面议); an office announcing it lets an offence go
// when buyers are adults and willing (只要买家是成年人且自愿购买，原则上不予立案); a holdout household's
// water and power cut to make it sign (可协调供水、供电单位采取停水停电措施); a professional certificate
// named before the deal that lends it to a firm for a yearly fee (…挂靠到…企业，年费3万至5万元，不用到岗);
// a cost-engineering standard cited by a replaced edition (GB 50500-2008); a plan whose period
// ended years ago set as today's guide (以《…规划（2016—2020年）》为指导); a product by its quoted name ranked
// first of its trade or promised never to err (“算得准”计价软件，行业排名第一，计算结果零误差); a partner
// firm's package sold at its price by the office (本中心合作的“洁家帮”家政推出…套餐，…只要299元); a QR
// code's 识别 no warning when the reminder stands in another sentence; a shop worker's diagnosis and
// an expropriated household's mobile read after their role (店员郑丽华, 被征收人李国强). Quiet again: a
// street's 首店、旗舰店 counted in its statistics, 未注册的 before a certificate holder or a trade mark, and
// 个别 read as no 别.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // traders watched or cleared by nation or home province
  [
    'political',
    '【整治动态】本周，我大队对火车站周边流动摊贩开展集中整治。下一步，各中队要重点盯防维吾尔族摊贩，发现一个清理一个，坚决防止问题反弹。',
    '盯防维吾尔族摊贩',
  ],
  ['political', '对藏族商贩要严加盘查，发现问题立即上报。', '对藏族商贩要严加盘查'],
  ['political', '近期要集中清理新疆籍流动人员，确保辖区稳定。', '清理新疆籍流动人员'],
  ['political', '各网格员对回族租户要逐一核查登记。', '对回族租户要逐一核查'],
  ['political', '对河南籍务工人员一律重点排查。', '对河南籍务工人员一律重点排查'],
  ['political', '巡逻队员要提防彝族青年，夜间加强巡查。', '提防彝族青年'],
  ['political', '发现藏族小贩一律劝离。', '藏族小贩一律劝离'],
  // a place in a public queue moved up through an insider for a price
  [
    'legal',
    '【答疑】目前全市正常轮候周期约为18至24个月。个别家庭确有急需的，可以私信小编，我们有内部渠道可以帮忙往前调整排位，费用面议。',
    '内部渠道可以帮忙往前调整排位，费用面议',
  ],
  ['legal', '有熟人可以帮您优先分配公租房，需交一定好处费。', '优先分配公租房'],
  ['legal', '想插队的可以找我们内部人员，给点辛苦费就行。', '内部人员'],
  ['legal', '小编有特殊渠道，保障房轮候排位可以往前排，收费另谈。', '往前排'],
  ['legal', '托关系能让孩子提前入园，费用私聊。', '提前入园'],
  ['legal', '通过内部关系可以提前挂号就诊，有偿服务，详询小编。', '提前挂号就诊'],
  // an offence let go when the parties are adults or willing
  [
    'legal',
    '【网络交易监管】本季度，我局共巡查辖区网店1260家。需要说明的是，对于店铺销售成人影片网盘资源的，只要买家是成年人且自愿购买，原则上不予立案处理，请各网店经营者知悉。',
    '只要买家是成年人且自愿购买，原则上不予立案',
  ],
  ['legal', '卖淫嫖娼双方自愿的，派出所一般不予处罚。', '卖淫嫖娼双方自愿的'],
  ['legal', '成年人之间自愿买卖黄色视频不算违法，大家不必担心。', '不算违法'],
  ['legal', '只要是熟人之间小打小闹，赌钱的事我们一般不过问。', '赌钱的事我们一般不过问'],
  ['legal', '在家里少量吸食大麻自用的，公安机关原则上不予追究。', '原则上不予追究'],
  ['legal', '网店出售色情小说，只要不公开宣传，买家自愿购买的，暂不作处理。', '暂不作处理'],
  // a holdout household's water, power, gas or road cut to make it sign
  [
    'legal',
    '【工作部署】老城东片区征收签约已进入攻坚阶段。对仍不签约的“钉子户”，各工作组可协调供水、供电单位采取停水停电措施，必要时组织人员上门“做工作”，务必在月底前实现签约清零。',
    '停水停电措施',
  ],
  ['legal', '对拒不搬迁户，一律断水断电，直至签约为止。', '断水'],
  ['legal', '剩余的未签约户，工作组可联系燃气公司予以停气。', '予以停气'],
  ['legal', '通过封堵进出道路，迫使被征收人尽快签约。', '封堵进出道路，迫使被征收人尽快签约'],
  ['legal', '对不配合腾退的商户，可直接切断水电，倒逼其搬离。', '切断水电'],
  ['legal', '被拆迁户迟迟不签字的，要协调供电部门停电，加快推进进度。', '协调供电部门停电'],
  ['legal', '征收户不搬的，可以安排人把进出道路挖断。', '进出道路挖断'],
  // a certificate named before the deal that lends it for a fee or spares the work
  [
    'legal',
    '【行业资讯】近日，我站发布了第三季度全省造价咨询企业经营情况统计。另：有一级造价工程师证书、暂未注册的同志，可通过站里老师介绍挂靠到省内甲级造价咨询企业，年费3万至5万元，不用到岗。',
    '挂靠到省内甲级造价咨询企业',
  ],
  ['legal', '二建证书挂靠一年2万，有意者私信。', '二建证书挂靠'],
  ['legal', '高价收一建证挂靠，无需到岗，欢迎咨询。', '一建证挂靠，无需到岗'],
  [
    'legal',
    '注册安全工程师可以挂在我们合作的企业名下，每年给5万元补贴。',
    '挂在我们合作的企业名下',
  ],
  ['legal', '持有监理工程师证的同志，挂证到外省公司年薪3万，不用坐班。', '挂证到外省公司'],
  ['legal', '有消防工程师证的可挂靠到消防公司，报酬面议，不需要到岗。', '挂靠到消防公司'],
  // a cost-engineering or project standard cited by a replaced edition
  [
    'policy',
    '【答疑】问：目前工程量清单编制应执行哪个版本的计价规范？\n答：全省房屋建筑和市政基础设施工程工程量清单编制，统一执行《建设工程工程量清单计价规范》（GB 50500-2008），各专业工程计量规范配套使用。',
    'GB 50500-2008',
  ],
  ['policy', '招标控制价编制应执行GB 50500-2013。', 'GB 50500-2013'],
  ['policy', '严格按照GB/T 50353-2005计算建筑面积。', 'GB/T 50353-2005'],
  ['policy', '监理单位须按照GB 50319-2000开展监理工作。', 'GB 50319-2000'],
  ['policy', '安装工程工程量计算统一执行GB 50856-2013。', 'GB 50856-2013'],
  ['policy', '项目管理工作应符合GB/T 50326-2006的要求。', 'GB/T 50326-2006'],
  // a plan whose period ended years ago set as today's guide
  [
    'policy',
    '今年，我处将继续以《市城市排水（雨水）防涝综合规划（2016—2020年）》为指导，加快推进主城区12处易涝点改造。',
    '《市城市排水（雨水）防涝综合规划（2016—2020年）》',
  ],
  [
    'policy',
    '下一步，我局将按照《全市旅游业发展“十三五”规划》要求，加快景区提档升级。',
    '《全市旅游业发展“十三五”规划》',
  ],
  [
    'policy',
    '我们要深入实施《城乡环境整治三年行动计划（2021—2023年）》，持续改善人居环境。',
    '《城乡环境整治三年行动计划（2021—2023年）》',
  ],
  [
    'policy',
    '各乡镇要对照全县农村公路建设规划（2016—2020年）确定的目标任务，加快推进通组公路建设。',
    '全县农村公路建设规划（2016—2020年）',
  ],
  [
    'policy',
    '当前，全市正以《养老服务体系建设规划（2011—2015年）》为依据，推进养老机构建设。',
    '《养老服务体系建设规划（2011—2015年）》',
  ],
  [
    'policy',
    '按照《市“十二五”城市绿地系统规划》的部署，今年新增绿地50公顷。',
    '《市“十二五”城市绿地系统规划》',
  ],
  // a product by its quoted name ranked first of its trade or promised never to err
  [
    'advertising',
    '“算得准”计价软件，行业排名第一，计算结果零误差！我站本季度人工费、材料价格信息已同步更新至各类计价软件数据接口，请各单位及时更新数据包。',
    '“算得准”计价软件，行业排名第一',
  ],
  ['advertising', '“易测通”检测仪器，业内排名第一，测量结果绝对准确。', '业内排名第一'],
  ['advertising', '“智算”APP，同类产品排名第一，计算从不出错。', '同类产品排名第一'],
  ['advertising', '“快考”题库软件，全省排名第一，押题准确率100%。', '全省排名第一'],
  ['advertising', '“精算宝”造价软件，计算结果百分之百准确。', '百分之百准确'],
  ['advertising', '“安居宝”智能门锁销量全国排名第一，识别准确率百分之百。', '全国排名第一'],
  // a partner firm's package sold at its price by the office
  [
    'advertising',
    '换季了，家里需要保洁的业主看过来！本中心合作的“洁家帮”家政推出深度保洁套餐，三室两厅只要299元，长按识别下方二维码即可下单。另提醒各位业主，入冬前请检查门窗密封情况。',
    '三室两厅只要299元',
  ],
  [
    'advertising',
    '我局联合“安心修”维修平台推出家电清洗套餐，空调清洗每台仅需59元，欢迎居民预约。',
    '每台仅需59元',
  ],
  [
    'advertising',
    '社区携手“邻家乐”超市推出粮油惠民套餐，5公斤大米只要29.9元，欢迎选购。',
    '只要29.9元',
  ],
  [
    'advertising',
    '本站合作单位“快通”驾校推出暑期学车套餐，学费仅需2980元，名额有限。',
    '学费仅需2980元',
  ],
  [
    'advertising',
    '我们与“美家”装修公司合作推出旧房翻新套餐，每平方米只要199元。',
    '每平方米只要199元',
  ],
  ['advertising', '本所合作的“好运来”搬家公司推出特惠服务，同城搬家低至99元。', '低至99元'],
  // a QR code's 识别 is no warning when the reminder stands in another sentence
  [
    'advertising',
    '本中心合作的“洁家帮”家政推出深度保洁套餐，长按识别下方二维码即可下单。另提醒各位业主，入冬前请检查门窗密封情况。',
    '长按识别下方二维码即可下单',
  ],
  [
    'advertising',
    '新鲜土鸡蛋到货，长按识别图中二维码即可下单。温馨提醒：鸡蛋请冷藏保存。',
    '长按识别图中二维码即可下单',
  ],
  [
    'advertising',
    '年货礼盒限时供应，长按识别二维码即可购买。另外提醒大家，节日期间注意用火安全。',
    '长按识别二维码即可购买',
  ],
  [
    'advertising',
    '家政服务套餐上线啦，长按识别下方二维码立即抢购。同时提醒业主，出门请关好门窗。',
    '长按识别下方二维码立即抢购',
  ],
  [
    'advertising',
    '助农大米开售，长按识别文末二维码即可下单。我们也提醒大家，雨天路滑注意安全。',
    '长按识别文末二维码即可下单',
  ],
  [
    'advertising',
    '社区团购水果上新，长按识别海报二维码即可下单。另提醒：本周六上午停水。',
    '长按识别海报二维码即可下单',
  ],
  // a shop or service worker's diagnosis, an expropriated household's mobile, read after the role
  [
    'privacy',
    '【食品安全检查】10月份，中心对步行街餐饮商户从业人员健康证开展检查。检查发现，“郑记小笼”店员郑丽华系乙肝病毒携带者，已要求其暂停工作。',
    '店员郑丽华系乙肝病毒携带者',
  ],
  ['privacy', '检查中发现，营业员李春梅患有肺结核，已责令其离岗治疗。', '患有肺结核'],
  ['privacy', '经体检，服务员王小芳系丙肝病毒携带者，已调离岗位。', '丙肝'],
  [
    'privacy',
    '【工作通报】解放路45号被征收人李国强（联系电话13857126439）对评估结果存在异议，工作组已多次上门沟通。',
    '13857126439',
  ],
  ['privacy', '拆迁户王建军（手机13912345678）至今未签约，请其尽快到指挥部协商。', '13912345678'],
  ['privacy', '产权人张德明（联系电话13705711234）未按期办理登记手续。', '13705711234'],
];

const CLEAN: Array<[Gate, string]> = [
  // help given to a group, a ban on profiling
  ['political', '要重点关注少数民族困难群众的生产生活，及时帮扶。'],
  ['political', '严禁以民族身份对群众区别对待，不得盘查少数民族群众。'],
  ['political', '我大队对辖区流动摊贩开展集中整治，劝离流动摊点36个。'],
  ['political', '维吾尔族人员反映的诉求要及时核查。'],
  ['political', '要及时排查少数民族人员就业需求。'],
  // a queue told fixed, a free priority the rules give
  ['legal', '轮候排序由系统自动生成，任何人无法通过内部渠道调整排位，请勿相信交钱插队的说法。'],
  ['legal', '对急需的困难家庭，经审核后可优先配租，不收取任何费用。'],
  ['legal', '符合条件的退役军人可通过绿色通道优先办理，费用按规定标准收取。'],
  // the law told right
  ['legal', '销售淫秽物品，无论买家是否成年、是否自愿，均属违法。'],
  ['legal', '有人以为只要是成年人自愿购买，销售成人影片就不违法，这种想法是错误的。'],
  ['legal', '对卖淫嫖娼行为，即使双方自愿，也将依法处理。'],
  // an exemption the law gives
  ['legal', '吸毒人员主动到公安机关登记或者自愿接受戒毒治疗的，不予处罚。'],
  ['legal', '不以营利为目的，亲属之间进行带有少量财物输赢的娱乐活动，不予处罚。'],
  // the ban, supply ended after the move, an outage notice
  ['legal', '严禁采取停水停电、封堵道路等非法方式迫使被征收人搬迁。'],
  ['legal', '被征收人搬迁后，由供水、供电单位办理停水停电销户手续。'],
  ['legal', '因管网改造，明日8时至18时解放路片区停水，请居民提前储水。'],
  // the campaign against 挂证, registration with one's own employer
  ['legal', '我省开展工程建设领域专业技术人员职业资格“挂证”等违法违规行为专项整治。'],
  ['legal', '一级造价工程师应注册到本人所在的单位，并在该单位执业。'],
  // the edition in force, the old one told replaced, a project of its day
  ['policy', '工程量清单计价统一执行《建设工程工程量清单计价标准》（GB/T 50500-2024）。'],
  ['policy', 'GB/T 50500-2024已于2025年9月1日起实施，原GB 50500-2013同时废止。'],
  ['policy', '该项目于2012年按照GB 50500-2008编制了工程量清单。'],
  // a plan reviewed, one of the new period, a period just ended
  ['policy', '《市城市排水（雨水）防涝综合规划（2016—2020年）》实施以来，全市累计改造易涝点36处。'],
  [
    'policy',
    '目前，我处正在编制新一轮排水防涝规划，对《市城市排水（雨水）防涝综合规划（2016—2020年）》实施情况进行总结评估。',
  ],
  [
    'policy',
    '2019年，我处以《市城市排水（雨水）防涝综合规划（2016—2020年）》为指导，改造易涝点12处。',
  ],
  ['policy', '今年，我处将以《市城市排水防涝综合规划（2021—2035年）》为指导，加快推进易涝点改造。'],
  ['policy', '全市上下要以《“十四五”规划纲要》为指导，奋力完成全年目标。'],
  ['policy', '目前，我局正在编制《全市生态环境保护规划（2021—2025年）》。'],
  ['policy', '2021年，全面完成《全县农村公路建设规划（2016—2020年）》确定的目标任务。'],
  // a rank an assessment gave, accuracy as a goal
  ['advertising', '我市“i城管”APP在全省政务服务APP评比中排名第一。'],
  ['advertising', '“浙里办”APP注册用户数全省排名第一。'],
  ['advertising', '确保计算结果零误差，是造价人员的基本要求。'],
  ['advertising', '我站开发的造价软件已更新数据接口，请各单位及时更新。'],
  // a partnership with no price, a free service
  ['advertising', '我局与“洁家帮”家政公司签订合作协议，规范家政服务行为。'],
  ['advertising', '我站联合“仁和”医院推出免费体检活动，欢迎辖区老人参加。'],
  // a code scanned to register for a free service, a warning in the same sentence
  ['advertising', '长按识别下方二维码即可报名参加免费体检。另提醒各位居民，体检前请空腹。'],
  ['advertising', '警方提醒：陌生人发来的二维码不要随意长按识别，以免下单被骗。'],
  // no diagnosis of anyone, an office's landline
  ['privacy', '检查发现，店员王某某健康证已过期，已要求其补办。'],
  ['privacy', '步行街餐饮从业人员均持有效健康证明上岗。'],
  ['privacy', '被征收人对评估结果有异议的，可拨打征收办咨询电话0571-88886666。'],
  // a street's first and flagship shops counted, a certificate holder not yet registered
  [
    'advertising',
    '近年来，步行街累计完成立面改造12万平方米，引进首店、旗舰店56家，数字化管理平台实现客流实时监测。',
  ],
  ['advertising', '今年全区新增品牌首店、旗舰店23家。'],
  ['coercion', '有一级造价工程师证书、暂未注册的同志，请及时到所在单位办理初始注册。'],
  ['coercion', '未注册的商标也可以依法使用，但不得冒充注册商标。'],
];

describe('families of heldout-final100', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
