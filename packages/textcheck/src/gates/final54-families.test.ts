// Rule families of the heldout-final54 round, each with wordings other than the set's: meta keywords
// that name the page's topic in other words, an internal marking explained in a secrecy lesson, a
// home told down to the flat, a person listed in a public notice with their mobile, drugs offered
// under a commenter's quoted handle, a gambling site's address spelt out in a case report, violence
// called for, a court's blacklist lifted for a fee, counted suspects called criminals, a raid's hour
// planned, a firing position located, an internal count quoted, a meeting's deliberation to hold a
// penalty back, people derided as coddled, and 部署 and 一致好评 misspelt — and the near misses that
// stay quiet.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';

/** A county portal's article page with the given title, keywords and body. */
const page = (title: string, keywords: string, body: string) =>
  `<html><head><title>${title}_东陵县人民政府</title><meta name="keywords" content="${keywords}"><meta name="description" content="东陵县人民政府发布${title}。"></head><body><h1>${title}</h1><div class="content"><p>${body}</p></div></body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a home told down to the flat after the road's number, or of a case said to live there
  [
    'privacy',
    '被执行人郑某现住址为县城建设路26号金色家园小区11栋1803室。',
    '金色家园小区11栋1803室',
  ],
  ['privacy', '该病例系城关镇幸福里小区7栋2单元502室居民，已隔离治疗。', '幸福里小区7栋2单元502室'],
  ['privacy', '当事人为阳光花园3号楼1102室住户，现已被送医。', '阳光花园3号楼1102室'],
  ['privacy', '新增确诊病例系锦绣家园5栋2单元301室居民。', '锦绣家园5栋2单元301室'],
  ['privacy', '经查，死者是东湖新村12幢602室住户。', '东湖新村12幢602室'],
  ['privacy', '申请人家住解放路18号滨江花园2栋1单元1201室。', '滨江花园2栋1单元1201室'],
  ['privacy', '现居住在人民路9号桂花苑6栋502室。', '桂花苑6栋502室'],
  // a person listed in a public notice of those who passed, with sex, age and mobile
  [
    'privacy',
    '【体检合格人员公示】张浩，男，19岁，联系电话13807451234；刘宇航，男，20岁。',
    '13807451234',
  ],
  ['privacy', '拟录用人员公示：李明，男，24岁，手机13912345678。', '13912345678'],
  ['privacy', '预征对象：王强，男，18岁，电话15011112222。', '15011112222'],
  ['privacy', '入围人员公示 陈静，女，22岁，联系电话18655556666。', '18655556666'],
  ['privacy', '【拟征集对象公示】赵磊，男，21岁，电话13700001111。', '13700001111'],
  // drugs offered under a commenter's handle in quotes
  [
    'legal',
    '网友“夜猫子”：出冰、K粉，同城当面交易，懂的私聊。（该评论位于《禁毒宣传月启动》视频下方）',
    'K粉',
  ],
  ['legal', '用户“老王”：有冰毒，同城交易，量大从优。', '冰毒'],
  ['legal', '网友“阿杰”：摇头丸现货，货到付款，禁毒宣传看看就好。', '摇头丸'],
  ['legal', '昵称“小七”：K粉同城配送，需要的私信。', 'K粉'],
  ['legal', '网友“夜行”：大麻叶子，全国包邮。', '大麻'],
  // a gambling or fraud site's address spelt out in a case report
  ['legal', '涉案赌博网站为www.wns888.vip，请广大群众提高警惕。', 'www.wns888.vip'],
  ['legal', '警方提醒：诈骗平台网址：www.js888.vip，切勿访问。', 'www.js888.vip'],
  ['legal', '该色情网站网址是www.yy99.cc，请勿点击。', 'www.yy99.cc'],
  ['legal', '警惕！该赌博网站网址为www.bc777.vip，以充值返利为诱饵。', 'www.bc777.vip'],
  ['legal', '涉案博彩平台为www.hg3088.vip，请提高警惕。', 'www.hg3088.vip'],
  ['legal', '提醒：涉赌平台地址为www.hg3088.app，请远离。', 'www.hg3088.app'],
  // violence called for against a person
  ['legal', '这种老赖就该拉到广场上打断腿，看他还敢不还钱。', '就该拉到广场上打断腿'],
  ['legal', '偷电瓶的就应该抓起来打断他的手。', '就应该抓起来打断他的手'],
  ['legal', '这种人真该吊起来打。', '真该吊起来打'],
  ['legal', '这帮骗子都该揍一顿。', '都该揍一顿'],
  ['legal', '虐猫的人就得挂牌游街。', '就得挂牌游街'],
  // a court's blacklist lifted for a fee
  ['legal', '专业处理失信名单、限制高消费，不用还钱三天撤销，不成功不收费。', '不用还钱三天撤销'],
  ['legal', '代撤销限高，无需还款七天解除，需要的私聊。', '无需还款七天解除'],
  ['legal', '帮你移除失信被执行人名单，价格私聊。', '移除失信被执行人名单'],
  ['legal', '包洗白老赖名单，当天出结果。', '包洗白老赖名单'],
  ['legal', '不需要还债也能删除失信记录，加微信咨询。', '不需要还债也能删除'],
  // counted suspects called criminals before judgement
  [
    'legal',
    '我局赴外省成功抓获4名电信网络诈骗犯罪分子，目前4人已被依法刑事拘留。',
    '4名电信网络诈骗犯罪分子',
  ],
  ['legal', '警方抓获2名毒贩，二人已被刑事拘留。', '2名毒贩'],
  ['legal', '民警连夜抓获3名盗窃犯罪分子，案件正在侦办中。', '3名盗窃犯罪分子'],
  ['legal', '5名涉黑犯罪分子已被依法批捕。', '5名涉黑犯罪分子'],
  ['legal', '专案组一举抓获十二名跨境赌博犯罪分子。', '十二名跨境赌博犯罪分子'],
  // a raid's hour planned in one clause, its target told before
  [
    'confidentiality',
    '专案组已掌握3处窝点位置，计划于本周五凌晨统一收网，请群众静候佳音。',
    '计划于本周五凌晨统一收网',
  ],
  ['confidentiality', '目前已锁定嫌疑人，准备在明晚10点实施抓捕。', '准备在明晚10点实施抓捕'],
  ['confidentiality', '团伙成员均已摸清，拟于下周二凌晨集中收网。', '拟于下周二凌晨集中收网'],
  ['confidentiality', '线索已查实，决定于今晚12点统一抓捕。', '决定于今晚12点统一抓捕'],
  ['confidentiality', '窝点已被掌握，打算在周六凌晨突击清剿。', '打算在周六凌晨突击清剿'],
  // a firing position located by its landmark
  [
    'confidentiality',
    '民兵高炮分队在城北凤凰山东侧山腰预设阵地完成部署。',
    '在城北凤凰山东侧山腰预设阵地',
  ],
  [
    'confidentiality',
    '炮兵连于水库大坝北侧500米处的隐蔽阵地待命。',
    '于水库大坝北侧500米处的隐蔽阵地',
  ],
  ['confidentiality', '导弹营进入青龙山后山山坳的发射阵地。', '进入青龙山后山山坳的发射阵地'],
  ['confidentiality', '防空分队在县城西郊高地预备阵地集结。', '在县城西郊高地预备阵地'],
  ['confidentiality', '雷达连占领大青山山顶的伪装阵地。', '占领大青山山顶的伪装阵地'],
  // an internal count quoted, unreleased or of a disease
  [
    'confidentiality',
    '据内部统计，截至今日我市累计发现猴痘病例7例，该数据尚未对外发布。',
    '据内部统计，截至今日我市累计发现猴痘病例7例',
  ],
  ['confidentiality', '根据内部汇总，全县本周新增诺如病毒感染者23人。', '根据内部汇总'],
  ['confidentiality', '据我局内部摸排，辖区共有重点人员46名，上述数据暂未公开。', '据我局内部摸排'],
  ['confidentiality', '据内部统计，流感死亡病例已达3例。', '据内部统计'],
  ['confidentiality', '按内部测算，全年财政缺口约2.3亿元，该数据尚未正式发布。', '按内部测算'],
  // a closed meeting's deliberation to hold a penalty back
  [
    'confidentiality',
    '在昨天的局党组会上，大家讨论认为对某乳企的虚假广告处罚决定暂缓公开。',
    '暂缓公开',
  ],
  ['confidentiality', '局长办公会研究决定暂不公布该企业的处罚结果。', '暂不公布'],
  ['confidentiality', '上周的专题会上，领导要求对涉事药店的处罚先不对外公开。', '先不对外公开'],
  ['confidentiality', '党委会讨论后认为该违纪问题推迟通报，暂时不曝光。', '暂时不曝光'],
  ['confidentiality', '联席会议商定对涉案企业名单延后公示。', '延后公示'],
  // people derided as coddled
  ['opinion', '现在的年轻人吃不了苦，一个个都是妈宝，希望家长多加反思。', '妈宝'],
  ['opinion', '这些新兵都是妈宝男，一点苦都受不了。', '妈宝'],
  ['opinion', '现在的大学生就是草莓族，一压就垮。', '草莓族'],
  ['opinion', '体检没过的多半是妈宝。', '妈宝'],
  ['opinion', '别当妈宝，该吃的苦要吃。', '妈宝'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  // keywords that name the page's topic in other words
  [
    'hijack',
    {
      html: page(
        '保密常识：如何正确识别国家秘密标志',
        '保密宣传,密级标志,国家秘密,保密法',
        '国家秘密的密级分为绝密、机密、秘密三级。发现遗失的国家秘密载体应及时送交保密行政管理部门。',
      ),
    },
  ],
  [
    'hijack',
    {
      html: page(
        '东陵县2025年征兵公告',
        '征兵,兵役登记,应征入伍,大学生参军',
        '根据上级征兵命令，我县征兵工作即将开始。应征青年登录全国征兵网报名，入伍青年享受优待政策。',
      ),
    },
  ],
  [
    'hijack',
    {
      html: page(
        '关于做好2025年秋季森林防火工作的通知',
        '森林防火,防火宣传,野外用火,火灾隐患',
        '各乡镇要加强巡山护林，严禁野外违规用火，及时排查隐患。',
      ),
    },
  ],
  // an internal marking explained in a secrecy lesson
  [
    'confidentiality',
    '有网友问：文件上印着“内部资料 注意保存”，是不是国家秘密？答：不一定。“内部资料”通常是工作秘密的管理标识，不等同于密级标志。',
  ],
  ['confidentiality', '【保密常识】“内部资料”字样不属于密级标志，但同样不得擅自公开。'],
  ['confidentiality', '问：标有“内部文件”的材料算不算涉密？答：要看是否标注了密级。'],
  // near misses of the privacy families
  ['privacy', '该病例系幸福里小区居民，已在定点医院隔离治疗。'],
  ['privacy', '县政务服务中心地址：建设路26号，咨询电话0539-7821100。'],
  ['privacy', '【体检合格人员公示】张某，男，19岁；刘某，男，20岁。咨询电话：0539-7823651。'],
  // near misses of the legal families
  ['legal', '网友“禁毒志愿者”：有人在群里说“出冰、K粉，同城当面交易”，已向警方举报。'],
  ['legal', '警方提醒：涉案赌博网站为www.wns***.vip，请勿访问。'],
  ['legal', '请广大群众提高警惕，不要访问www.abc888.vip等可疑网站。'],
  ['legal', '这种老赖就该依法严惩，列入失信名单。'],
  ['legal', '被执行人履行义务后，法院将依法删除失信信息，解除限制高消费措施。'],
  ['legal', '成功抓获4名电信网络诈骗犯罪嫌疑人，目前4人已被依法刑事拘留。'],
  ['legal', '3名盗窃犯罪团伙成员已被抓获归案。'],
  // near misses of the confidentiality families
  ['confidentiality', '警方于本周五凌晨统一收网，抓获嫌疑人12名。'],
  ['confidentiality', '我局计划于下周召开新闻发布会通报抓捕情况。'],
  ['confidentiality', '学生们在凤凰山东侧山腰的高炮阵地遗址参观。'],
  ['confidentiality', '县融媒体中心在城北新建宣传阵地。'],
  ['confidentiality', '根据内部统计，今年我局共办理群众来信300件，办结率98%。'],
  ['confidentiality', '经局党组会研究，决定对某乳企处以罚款20万元，并依法向社会公开。'],
  ['confidentiality', '市卫健委通报：截至今日我市累计报告猴痘病例7例。'],
  // near misses of the opinion family
  ['opinion', '今年体检合格率有所下降，请应征青年提前加强锻炼。'],
  ['opinion', '家长要培养孩子独立生活的能力。'],
];

// 部署 written 部暑 beside a word of planning, and 一致好评 written 一直好评 after a verb of receiving.
const MISSPELT: Misspelt[] = [
  ['县委保密委员会召开全体会议，部暑下半年重点任务。', '部暑下半年', '部署下半年'],
  ['会议对全年工作作出部暑。', '作出部暑', '作出部署'],
  ['各单位要按照统一部暑抓好落实。', '统一部暑', '统一部署'],
  ['会议研究部暑防汛工作。', '研究部暑', '研究部署'],
  ['要严格落实上级部暑要求。', '部暑要求', '部署要求'],
  ['圆满完成集中训练任务，受到上级领导的一直好评。', '的一直好评', '的一致好评'],
  ['活动赢得一直好评。', '赢得一直好评', '赢得一致好评'],
  ['服务质量得到一直好评。', '得到一直好评', '得到一致好评'],
];
const SPELT_RIGHT = [
  '教育部暑期将组织骨干教师培训。',
  '该产品上市以来一直好评如潮。',
  '会议研究部署了下半年重点任务。',
];

describe('heldout-final54 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
