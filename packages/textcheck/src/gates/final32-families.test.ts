// Rule families of the heldout-final32 round, each with wordings other than the set's: an ethnic
// group given a trait by nature (彝族群众天生懒散), tenants judged low in 素质 by their 籍, women
// judged unfit for work once married or mothers, and the southern tip of the territory put on Hainan;
// gore footage offered to watch and a stabbing counted with the victim between, a licence sold without
// its exam (无需考试，包过，3天拿证); the former national and local tax offices named as current
// (国税、地税办税服务厅, 国地税) and COVID-19 still under class-A measures; a unit's cover designation
// with its station or recruits, an office's own estimate of an indicator before its release; a
// mobile number after a private person named with their role, a passport or disability-card number;
// a complaint answered with "move somewhere remote" and a rhetorical question with a word between 不会
// and the verb; the tally of an app's use tied to appraisal — and the near misses that stay quiet:
// positive traits, schooling facts, help for working mothers, the mainland's southern tip, safety
// films, licence renewal without an exam, the tax reform told as history, the change to 乙类乙管, an
// abolished card told stopped in the answer, trade secrets, recruitment notices of a unit, official
// releases, office contacts, cards without numbers, and appraisal with no app.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an ethnic group given a trait by nature
  [
    'political',
    '针对部分山区彝族群众天生懒散、不愿外出务工的问题，该局组织驻村工作队上门宣讲',
    '彝族群众天生懒散',
  ],
  [
    'political',
    '个别村干部反映，当地少数民族同胞普遍好吃懒做，帮扶难度大',
    '少数民族同胞普遍好吃懒做',
  ],
  ['political', '这些藏族老乡生性散漫，组织起来很费劲', '藏族老乡生性散漫'],
  ['political', '驻村干部说，天生懒惰的苗族群众很难脱贫', '天生懒惰的苗族'],
  // people judged low in 素质 by their 籍
  ['political', '问题多集中在出租屋，特别是河南籍租户素质普遍偏低', '河南籍租户素质普遍偏低'],
  ['political', '外省籍务工人员大多不讲卫生，请房东严格把关', '外省籍务工人员大多不讲卫生'],
  ['political', '据物业反映，四川租客素质太差，楼道杂物屡清屡堆', '四川租客素质太差'],
  // women judged unfit once married or mothers
  [
    'political',
    '因需经常下乡驻点，且女同志婚育后难以兼顾工作，该岗位限男性报考',
    '女同志婚育后难以兼顾工作',
  ],
  ['political', '考虑到女职工生孩子后精力有限，本科室暂不安排女性', '女职工生孩子后精力有限'],
  ['political', '女性结婚生子以后很难全身心投入，提拔时要慎重', '女性结婚生子以后很难全身心投入'],
  // the southern tip of the territory put on Hainan
  ['political', '我国领土最南端为海南岛南端的三亚市', '我国领土最南端为海南岛'],
  ['political', '三亚天涯海角是我国国土的最南端，每年吸引大量游客', '天涯海角是我国国土的最南端'],
  ['political', '小知识：中国领土的最南端在海南省三亚市', '中国领土的最南端在海南省'],
  // gore footage offered to watch; a stabbing counted with the victim between
  [
    'legal',
    '监控视频完整记录了嫌疑人持刀连砍受害人十余刀、现场血流满地的全过程，点击下方原视频观看。',
    '持刀连砍受害人十余刀、现场血流满地的全过程，点击下方原视频观看',
  ],
  ['legal', '男子当街行凶的画面触目惊心，完整视频戳下方观看', '行凶的画面触目惊心，完整视频戳'],
  ['legal', '两伙人持刀互砍，倒在血泊中的全程都拍下来了，点此观看原视频', '点此观看原视频'],
  ['legal', '嫌疑人连捅被害人数刀后逃离现场', '连捅被害人数刀'],
  // a licence sold without its exam
  ['legal', '4.驾驶证代办：无需参加科目考试，包过，3天拿证', '无需参加科目考试，包过，3天拿证'],
  ['legal', '驾照代办，不用去驾校，保过，7个工作日出证', '不用去驾校，保过，7个工作日出证'],
  ['legal', '各类资格证书，15天拿证，包过不过退款', '15天拿证，包过'],
  // the former national and local tax offices named as current
  ['policy', '纳税人可分别前往国税、地税办税服务厅办理税务登记信息确认', '国税、地税办税服务厅'],
  ['policy', '请到区政务中心国地税联合办税窗口办理申报', '国地税'],
  ['policy', '个体户请于15日前到县政务大厅地税窗口缴纳社保费', '地税窗口'],
  // COVID-19 still under class-A measures
  ['policy', '对新型冠状病毒肺炎继续实施“乙类甲管”，严格落实密切接触者集中隔离等措施', '乙类甲管'],
  ['policy', '目前新冠病毒感染仍按甲类传染病管理，请大家配合核酸检测', '按甲类传染病管理'],
  ['policy', '我县对新型冠状病毒感染继续采取甲类传染病预防、控制措施', '甲类传染病预防、控制措施'],
  // a unit's cover designation with its station or recruits
  [
    'confidentiality',
    '新兵将分别补入驻新疆喀什的陆军某部（部队番号为69315部队）和驻福建的海军某部',
    '部队番号为69315部队',
  ],
  ['confidentiality', '我县新兵将补入驻西藏日喀则的某部（77625部队）', '77625部队'],
  ['confidentiality', '今年入伍的大学生士兵被分配到驻扎在福建的73066部队', '73066部队'],
  // an office's own estimate of an indicator before its release
  [
    'confidentiality',
    '据局内初步测算，一季度全市GDP同比增长约4.1%，正式数据待省统计局审核后发布。',
    '据局内初步测算，一季度全市GDP同比增长约4.1%',
  ],
  [
    'confidentiality',
    '我局初步测算，上半年规上工业增加值同比增长6.3%，正式数据尚未发布。',
    '我局初步测算，上半年规上工业增加值同比增长6.3%',
  ],
  [
    'confidentiality',
    '经内部估算，前三季度全县地区生产总值增速约5.5%，待市统计局审定后公布。',
    '前三季度全县地区生产总值增速约5.5%',
  ],
  // a mobile number after a private person named with their role
  ['privacy', '获奖学生代表：初三（2）班马小燕，家长马文山，联系电话13993842175', '13993842175'],
  ['privacy', '受助儿童刘某某，监护人：李建国，手机13812345678', '13812345678'],
  ['privacy', '拟纳入低收入人口：户主张德海（电话15907312345）', '15907312345'],
  // a passport, travel-permit or disability-card number
  ['privacy', '窗口拾获护照一本，持照人刘建明，护照号码E58124637，请本人领取', '护照号码E58124637'],
  [
    'privacy',
    '王永福，残疾证号41272319650314321342，肢体二级，家住大王庄村',
    '残疾证号41272319650314321342',
  ],
  ['privacy', '失主李某，港澳通行证号C12345678，请到服务大厅认领', '港澳通行证号C12345678'],
  // a complaint answered with "move somewhere remote"
  ['opinion', '你天天投诉广场舞噪音，要不你搬到山里住？', '要不你搬到山里'],
  ['opinion', '嫌楼下烧烤店吵，那你干脆住到深山老林去', '那你干脆住到深山老林'],
  ['opinion', '受不了工地噪音，您不如搬到没人的地方住', '您不如搬到没人的地方'],
  // a rhetorical question with a word between 不会 and the verb
  ['opinion', '我们上个月就在平台回复过了，自己不会往前翻一翻吗？', '自己不会往前翻一翻吗'],
  ['opinion', '通知早就发了，你就不会先看看置顶公告吗？', '你就不会先看看置顶公告吗'],
  ['opinion', '办事指南写得清清楚楚，就不能自己仔细读一读吗？', '就不能自己仔细读一读吗'],
  // the tally of an app's use tied to appraisal
  [
    'coercion',
    '请全体教职工于本周五前下载注册“智慧教育”APP，每日登录学习不少于20分钟。各学校要指定专人负责统计，完成情况纳入个人年度考核。',
    '完成情况纳入个人年度考核',
  ],
  [
    'coercion',
    '各科室组织干部职工安装“政务学习”客户端，学习时长计入年终绩效。',
    '学习时长计入年终绩效',
  ],
  [
    'coercion',
    '请网格员督促居民注册“平安社区”小程序，注册情况作为评先评优依据。',
    '注册情况作为评先评优',
  ],
];

// [gate, text that must get no block or warn finding of the gate]
const CLEAN: Array<[Gate, string]> = [
  ['political', '彝族群众能歌善舞，火把节期间游客络绎不绝'],
  ['political', '藏族同胞历来热情好客，献上洁白的哈达'],
  ['political', '不能说彝族群众天生懒散，这是一种刻板印象'],
  ['political', '河南籍务工人员张某拾金不昧，受到社区表扬'],
  ['political', '部分外省籍务工人员文化素质偏低，县人社局开展技能培训'],
  ['political', '外来租户占比较高，社区将加强出租屋管理'],
  ['political', '工会开设爱心托管班，解决女职工婚育后难以兼顾工作的后顾之忧'],
  ['political', '女职工生育后可依法享受产假和哺乳时间'],
  ['political', '女性生育后难以兼顾工作与家庭的问题，需要全社会共同关注'],
  ['political', '我国领土最南端是南沙群岛的曾母暗沙'],
  ['political', '我国领土最南端曾母暗沙隶属海南省三沙市'],
  ['political', '我国大陆最南端在雷州半岛的徐闻县'],
  ['legal', '点击下方视频观看交通安全宣传片'],
  ['legal', '监控视频完整记录了嫌疑人作案过程，为破案提供了关键线索'],
  ['legal', '网传男子持刀砍人视频系旧闻，请勿点击观看、转发'],
  ['legal', '遭受家庭暴力殴打时，请及时报警，点击观看普法视频了解更多'],
  ['legal', '驾驶证期满换证无需考试，可通过交管12123申请，3个工作日内邮寄到家'],
  ['legal', '警方提醒：声称“无需考试、包过拿证”的都是骗局'],
  ['legal', '本期培训班学员考试通过率98%'],
  ['policy', '2018年国税地税征管体制改革后，原国税、地税机构合并为税务局'],
  ['policy', '国地税合并后，纳税人办税只需进一个门'],
  ['policy', '问：我以前办过暂住证，现在还能用吗？答：暂住证已停止使用，请申领居住证。'],
  ['policy', '老暂住证现已作废，请持居住证办理相关业务'],
  ['policy', '自2023年1月8日起，新型冠状病毒感染从“乙类甲管”调整为“乙类乙管”'],
  ['policy', '2020年1月，我国对新冠肺炎采取甲类传染病的预防、控制措施'],
  ['policy', '肺炭疽、传染性非典型肺炎继续实行乙类甲管'],
  ['confidentiality', '中国人民解放军32150部队2024年面向社会公开招考文职人员公告'],
  ['confidentiality', '部队番号属于军事秘密，新闻报道中应以“某部”代替'],
  ['confidentiality', '我县新兵将补入驻新疆的陆军某部'],
  ['confidentiality', '经测算，项目投产后年增加值可达2亿元，项目待省发展改革委批准后实施'],
  ['confidentiality', '国家统计局发布：初步核算，一季度国内生产总值同比增长5.3%'],
  ['confidentiality', '据初步统计，国庆假期全县接待游客12.6万人次，正式数据待文旅局审核后发布'],
  ['confidentiality', '据我局测算，去年全市GDP同比增长5.2%，数据已于1月20日正式发布'],
  [
    'confidentiality',
    '【企业合规指引】企业应对技术信息等商业秘密采取保密措施，如对涉密文件标注“企业秘密”。',
  ],
  ['confidentiality', '公司员工离职时须交回全部涉密材料，并遵守竞业限制协议'],
  ['privacy', '如有疑问，家长可拨打咨询电话13812345678'],
  ['privacy', '联系人：学生处张老师，电话13812345678'],
  ['privacy', '遗失护照的，请携带身份证到出入境接待大厅补办，咨询电话0371-69111234'],
  ['privacy', '社保卡服务热线12333，护照号码由字母和数字组成'],
  ['opinion', '您可以搬到新建的安置小区，配套设施齐全'],
  ['opinion', '易地扶贫搬迁让群众从深山里搬到了县城'],
  ['opinion', '周末带你们住进山里的星空民宿，感受田园生活'],
  ['opinion', '如果您不会操作，可以往前翻看我们发布的操作指南'],
  ['coercion', '各单位安全生产工作完成情况纳入年度考核'],
  ['coercion', '市民可自愿下载“便民服务”APP，使用情况不纳入任何考核'],
  ['coercion', '本次培训采取线下集中授课方式，学习情况纳入干部年度考核'],
];

describe('heldout-final32 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
