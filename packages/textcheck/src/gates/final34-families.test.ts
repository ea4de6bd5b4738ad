// Rule families of the heldout-final34 round, widened past the wording of earlier sets: a group
// judged low in 素质 by its origin with the judgement in the next clause (这部分人员, 其中不少人) or
// first; Hong Kong, Macao and Taiwan named together among foreign places (港澳台等国外地区); China's
// islands called disputed; a state post bought through an inside channel, money or no exam; a
// certificate without its exam that "checks out" (无需考试，全国可查); beating a thief allowed or
// covered for; town land offices of before the 2018 reform (镇国土资源所); an estimate told with its
// release pending in brackets; a merger plan awaiting approval; a cadre list settled before the
// meeting; a cure rate of 100%; a destination ranked in a region (华东地区最佳避暑胜地); a scolding
// intensifier at the clause end (简直让人恶心) and 这种…的人不配 — and what stays quiet: terms quoted
// as words to avoid (避免使用“残废”“瞎子”), secrecy rules that name markings (严禁将标注“内部资料”的
// 材料上传至互联网), health posts that 谨防 an ailment before they sell (the advertising regrade keeps
// them reported), the right wording of each family and releases that are public.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a group judged low in 素质 by its origin, the judgement in the next clause or first
  [
    'political',
    '流动摊贩中河南籍人员占比较高，这部分人员素质普遍偏低、屡教不改',
    '河南籍人员占比较高，这部分人员素质普遍偏低',
  ],
  ['political', '外来务工人员较多，其中不少人没素质，乱扔垃圾', '其中不少人没素质'],
  ['political', '素质差的大多是外地租户，请房东严格把关', '素质差的大多是外地租户'],
  [
    'political',
    '四川籍商户集中在东街一带，他们卫生习惯普遍较差',
    '四川籍商户集中在东街一带，他们卫生习惯普遍较差',
  ],
  ['political', '安徽籍摊主流动性大，该群体文明程度偏低', '安徽籍摊主流动性大，该群体文明程度偏低'],
  // Hong Kong, Macao and Taiwan named together among foreign places
  ['political', '登记备案人员因私出国及赴港澳台等国外地区，须提前报批', '港澳台等国外'],
  ['political', '前往港澳台地区等其他国家旅游的，请注意防疫', '港澳台地区等其他国家'],
  ['political', '赴港澳等海外国家务工人员须办理相关手续', '港澳等海外国家'],
  ['political', '国外（含港澳台）留学人员回国就业补贴', '国外（含港澳台'],
  // China's islands called disputed
  [
    'political',
    '东海海域的中日争议岛屿钓鱼岛及其附属岛屿，总面积约5.69平方千米',
    '中日争议岛屿钓鱼岛',
  ],
  ['political', '钓鱼岛是中日之间存在争议的领土', '钓鱼岛是中日之间存在争议的领土'],
  ['political', '黄岩岛属于争议岛礁，渔民作业需注意安全', '黄岩岛属于争议岛礁'],
  ['political', '南沙群岛等争议岛礁附近海域渔业资源丰富', '南沙群岛等争议岛礁'],
  // a state post bought through an inside channel, money or no exam
  [
    'legal',
    '不想考试也能进编？通过内部渠道可保证编制录用，需缴纳服务费3.8万元，不成功全额退款',
    '内部渠道可保证编制',
  ],
  ['legal', '有内部关系，交5万元就能进编，名额有限', '交5万元就能进编'],
  ['legal', '不用考试也能进事业单位，详情私信', '不用考试也能进事业单位'],
  ['legal', '走关系直接入编，不成功退款', '走关系直接入编'],
  ['legal', '花钱即可安排入编，全程保密', '花钱即可安排入编'],
  // a certificate without its exam that checks out
  [
    'legal',
    '需办理学历证书、职称证书的群众，可联系本站合作机构快速办理，无需考试，全国可查',
    '无需考试，全国可查',
  ],
  ['legal', '各类职业资格证，不考试直接拿证，官网可查', '不考试直接拿证，官网可查'],
  ['legal', '成人本科学历，学信网可查，免考试，半年毕业', '学信网可查，免考试'],
  ['legal', '免试拿证，人社部可查询，名额有限', '免试拿证，人社部可查'],
  // beating a thief allowed or covered for
  ['legal', '凡抓到小偷者，可先打一顿再送派出所，出了事村里担着', '可先打一顿'],
  ['legal', '逮到偷狗贼尽管揍一顿，打伤了算我们的', '尽管揍一顿'],
  ['legal', '发现有人偷电缆，可以打断他的腿，有什么事村委会兜着', '可以打断他的腿'],
  ['legal', '抓到小偷先打一顿再扭送公安机关', '先打一顿再扭送'],
  // land offices of before the 2018 reform
  ['policy', '村委会审查后报镇国土资源所审核，镇政府审批', '国土资源所'],
  ['policy', '请到县国土分局办理不动产登记', '国土分局'],
  ['policy', '建房申请材料交乡镇国土所初审', '国土所'],
  ['policy', '用地审批由市国土资源管理局负责', '国土资源管理局'],
  // an estimate told with its release pending in brackets
  [
    'confidentiality',
    '据市统计局初步测算（尚未正式发布），一季度全市GDP同比增长5.9%，规上工业增加值增长7.1%。',
    '据市统计局初步测算（尚未正式发布），一季度全市GDP同比增长5.9%',
  ],
  [
    'confidentiality',
    '一季度全县地区生产总值增长6.2%（初步核算数，尚未对外公布）',
    '生产总值增长6.2%（初步核算数，尚未对外公布）',
  ],
  [
    'confidentiality',
    '经初步测算，尚未正式公布，上半年财政收入增长3.5%',
    '经初步测算，尚未正式公布，上半年财政收入增长3.5%',
  ],
  [
    'confidentiality',
    '据县统计局测算（暂未发布），前三季度社会消费品零售总额增长4.8%',
    '社会消费品零售总额增长4.8%',
  ],
  // a merger plan awaiting approval
  [
    'confidentiality',
    '据悉，市里正在研究将开发区与高新区合并的方案，目前尚未报省政府批准，相关干部调整也在酝酿中',
    '研究将开发区与高新区合并的方案，目前尚未报省政府批准',
  ],
  [
    'confidentiality',
    '县里正酝酿将城关镇和东关乡撤并，方案还未获省政府批复',
    '酝酿将城关镇和东关乡撤并，方案还未获省政府批复',
  ],
  ['confidentiality', '尚未获批的乡镇撤并方案显示，石桥乡将并入城关镇', '尚未获批的乡镇撤并方案'],
  [
    'confidentiality',
    '区里计划把两个街道整合为一个，方案尚在审批中',
    '计划把两个街道整合为一个，方案尚在审批',
  ],
  // a cadre list settled before the meeting that decides
  [
    'confidentiality',
    '拟任干部名单已初步确定（尚未提交常委会研究），其中区住建局、区教育局主要负责人拟作调整',
    '主要负责人拟作调整',
  ],
  [
    'confidentiality',
    '干部人选已基本确定，尚未经常委会讨论，城建局局长拟作调整',
    '干部人选已基本确定',
  ],
  ['confidentiality', '镇班子成员拟作调整，目前尚未考察', '班子成员拟作调整'],
  [
    'confidentiality',
    '调整名单已初步敲定，还未提交党委会研究，请大家先做好交接准备',
    '名单已初步敲定',
  ],
  // a cure rate of 100%; a health post that 谨防 an ailment still sells
  [
    'advertising',
    '梅雨季节谨防湿气困身。我院中医科自主研制的祛湿茶，祛湿100%有效，门诊部有售。',
    '100%有效',
  ],
  ['advertising', '本店祖传膏药，治疗腰椎间盘突出有效率100%', '有效率100%'],
  ['advertising', '夏季警惕中暑，本品疗效百分百，欢迎选购', '疗效百分百'],
  ['advertising', '该药品有效率达100%，专治湿疹', '有效率达100%'],
  // a destination ranked in a region
  [
    'advertising',
    '天目山景区平均气温比城区低8℃左右，是华东地区最佳避暑胜地。',
    '华东地区最佳避暑胜地',
  ],
  ['advertising', '莫干山是长三角一带最理想的避暑去处', '长三角一带最理想的避暑去处'],
  ['advertising', '说到避暑胜地，华东地区首屈一指的就是这里', '华东地区首屈一指'],
  ['advertising', '这里是江浙沪最好的亲子游目的地', '江浙沪最好的亲子游目的地'],
  // a scolding intensifier at the clause end
  [
    'opinion',
    '某小区居民在绿化带内随意倾倒装修垃圾、焚烧杂物，简直让人恶心。城管部门已责令其清理',
    '简直让人恶心',
  ],
  ['opinion', '这种行为真是令人作呕！', '真是令人作呕'],
  ['opinion', '乱扔垃圾的人实在是让人窝火', '实在是让人窝火'],
  ['opinion', '高空抛物，简直无耻。', '简直无耻'],
  // 这种…的人不配
  ['opinion', '说实话，这种素质的人就不配住在城里。', '这种素质的人就不配'],
  ['opinion', '这样的家伙根本没资格当业主代表', '这样的家伙根本没资格'],
  ['opinion', '这些乱停车的人不配拥有驾照', '这些乱停车的人不配'],
  ['opinion', '那种随地吐痰的人压根不配做文明市民', '那种随地吐痰的人压根不配'],
];

// [gate, text that must get no block or warn finding of the gate]
const CLEAN: Array<[Gate, string]> = [
  // terms quoted as words to avoid
  [
    'political',
    '我们应使用“残疾人”“视力残疾人”等规范用语，避免使用“残废”“瞎子”“聋子”等带有歧视色彩的称呼。',
  ],
  ['political', '应称“残疾人”而不是“残废”'],
  ['political', '“瞎子”“聋子”等说法应避免使用'],
  ['political', '文明用语小贴士：不要叫“乡巴佬”“外地佬”，尊重每一位来客'],
  ['opinion', '文明用语：不说“滚”“笨蛋”等脏话'],
  ['advertising', '广告中不得使用“国家级”“最高级”“最佳”等用语'],
  ['policy', '机构改革后，“卫计委”“国土局”等旧称不再使用'],
  // secrecy rules that name markings
  [
    'confidentiality',
    '国家秘密载体应当在显著位置标明密级和保密期限。涉密文件严禁通过互联网、普通手机等传递，严禁在政务新媒体上发布。',
  ],
  [
    'confidentiality',
    '保密提醒｜这些材料严禁上网发布\n严禁将标注“内部资料”“不得外传”等字样的材料以及尚未公开的统计数据、未经批准的工作方案上传至互联网。',
  ],
  ['confidentiality', '涉密材料严禁在微信群中转发，严禁使用普通U盘存储'],
  ['confidentiality', '工作人员不得把标有“秘密”字样的文件带回家中，不得通过快递邮寄涉密载体'],
  ['confidentiality', '但其实它可以说只是“内部文件”，也没要“打土豪分田地”'],
  // a group by origin, right
  ['political', '外地人员较多，部分村民素质偏低'],
  ['political', '部分外省籍务工人员文化素质偏低，县人社局开展技能培训'],
  ['political', '河南籍务工人员占比较高，这部分人员技能培训需求大'],
  ['political', '不能说外地租户素质差，这是一种地域偏见'],
  // Hong Kong, Macao and Taiwan, right
  ['political', '赴美国、英国、港澳台等国家和地区的游客请关注出行提示'],
  ['political', '境外（含港澳台）人员入境须如实申报'],
  ['political', '港澳及国外留学生均可报名'],
  // China's islands, right
  ['political', '钓鱼岛不存在争议，是中国固有领土'],
  ['political', '日方所谓争议领土的说法站不住脚，钓鱼岛是中国的'],
  ['political', '两村之间有争议的土地已调解'],
  // a state post, right
  ['legal', '事业单位招聘严格按照考试录用，凡声称可保证录用的都是诈骗'],
  ['legal', '本次招聘通过笔试、面试择优录用'],
  ['legal', '退役士兵免笔试直接录用的，按规定办理'],
  // certificates, right
  ['legal', '驾驶证期满换证无需考试，可通过交管12123申请'],
  ['legal', '证书信息全国联网可查，请持证人妥善保管'],
  ['legal', '免试入学政策：学生免试就近入学，学籍信息全国可查询'],
  // violence, right
  ['legal', '抓到小偷不可以先打一顿，应及时报警'],
  ['legal', '男子将小偷打了一顿，被依法行政拘留'],
  ['legal', '施工中出了问题由施工单位负责'],
  // land offices, right
  ['policy', '原国土资源所已并入自然资源所'],
  ['policy', '我国国土所辖海域辽阔'],
  // statistics, right
  ['confidentiality', '国家统计局发布：初步核算，一季度国内生产总值同比增长5.3%'],
  ['confidentiality', '据初步统计，国庆假期全县接待游客12.6万人次，数据尚未审定'],
  ['confidentiality', '一季度全市GDP同比增长5.2%（数据已于4月18日正式发布）'],
  // mergers and cadres, right
  ['confidentiality', '经省政府批准，开发区与高新区合并设立新区'],
  ['confidentiality', '市里正在研究开发区发展规划'],
  ['confidentiality', '任前公示：拟任干部名单已确定，现予公示'],
  ['confidentiality', '网传局长拟作调整的消息不实，尚未经常委会研究的事项请勿传播'],
  // advertising, right
  ['advertising', '景区被评为华东地区最佳旅游目的地'],
  ['advertising', '7月是华东地区避暑的最佳时节'],
  ['advertising', '本次活动参与率100%'],
  ['advertising', '谨防“包治百病”“有效率100%”等虚假宣传'],
  // opinion, right
  ['opinion', '晕车时会让人恶心、呕吐，建议提前服药'],
  ['opinion', '这类企业没有资格参加投标'],
  ['opinion', '这种人不配合调查的，依法处理'],
];

describe('heldout-final34 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
