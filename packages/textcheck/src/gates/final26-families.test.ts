// Rule families of the heldout-final26 round, each with wordings other than the set's: a drug made
// from its precursor taught step by step, controlled medicines advised for self-medication, a stake
// per bet at a game of chance, spam in a published message column that invites readers to add it,
// lynching urged on offenders, gore in a case report (肠子外流, 鲜血喷溅), a relative named beside a
// minor in a case; the NPC standing committee's head called 主任, the State Council or a local
// government given a 常务委员会, Taiwan's authorities named as its own (台湾文化部), a sex judged as a
// group, strangers to be wary of by their accent; licences abolished or merged by the 证照 reforms
// stated as current; matters told before the body that decides has settled them; subsidies tied to
// praise posted for the county; 感动哭了 and 泪目了 in the account's voice; a named person's estate in
// brackets; text painted in the page's own background colour — and the false alarms that stay
// quiet: a site's keywords named by its own description, an abolished tax in a post that tells its
// abolition, and secrecy publicity that explains a marking by example.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const page = (title: string, head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_某县人民政府</title>${head}</head><body><h1>${title}</h1>${body}<div class="footer">主办：某县人民政府办公室</div></body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '用含麻黄碱的感冒药，只需加热提纯就能得到冰毒', '麻黄碱的感冒药，只需加热提纯就能得到'],
  ['legal', '伪麻黄碱通过简单处理便可制成甲基苯丙胺', '伪麻黄碱通过简单处理便可制成'],
  ['legal', '【禁毒知识】提炼冰毒的具体方法如下：……珍爱生命，远离毒品', '提炼冰毒的具体方法如下'],
  ['legal', '腰疼睡不着的老人，可以自己买点曲马多吃', '自己买点曲马多'],
  ['legal', '医生说，失眠的话就吃两片艾司唑仑', '失眠的话就吃两片艾司唑仑'],
  ['legal', '咳嗽厉害的，可到药房买复方甘草片自行服用', '药房买复方甘草片自行服用'],
  ['legal', '庙会设摇骰子游戏，每注5元，赢了翻倍', '摇骰子游戏，每注5元'],
  ['legal', '文化广场设押宝摊位，一注20块', '押宝摊位，一注20块'],
  ['legal', '夜市新添每注10元猜大小的摊位', '每注10元猜大小'],
  [
    'legal',
    '网友留言精选\n网友“甲”：路灯坏了。\n回复：经与城管局核实，已安排修复。\n网友“乙”：同城裸聊，加我看福利。',
    '裸聊',
  ],
  ['legal', '这帮诈骗犯都该拉出去枪毙', '都该拉出去枪毙'],
  ['legal', '偷井盖的就应该直接打死，气人', '就应该直接打死'],
  ['legal', '人贩子抓到了就该当场打死', '就该当场打死'],
  ['legal', '警情通报：死者肠子外露，现场血溅满墙，嫌疑人已被抓获', '肠子外露'],
  ['legal', '案情通报：被害人鲜血四溅，倒在血泊中。嫌疑人已被刑事拘留', '鲜血四溅'],
  ['legal', '14岁的刘某某盗窃电动车被查获，其母亲陈桂兰已赔偿失主损失', '其母亲陈桂兰'],
  [
    'legal',
    '犯罪嫌疑人赵某某（男，16岁）涉嫌寻衅滋事被依法处理，其爷爷赵德明是村里的老党员',
    '其爷爷赵德明',
  ],
  ['legal', '涉嫌盗窃的少年孙某某被训诫，其父孙建军任村民小组长', '其父孙建军'],
  ['political', '会议传达了全国人大常委会副主任在座谈会上的讲话精神', '全国人大常委会副主任'],
  ['political', '全国人民代表大会常务委员会主任签署命令予以公布', '全国人民代表大会常务委员会主任'],
  ['political', '日前，国务院常委会审议通过了该条例', '国务院常委会'],
  ['political', '市政府常务委员会研究部署了防汛工作', '市政府常务委员会'],
  ['political', '县人民政府常委会议定的事项要抓好落实', '政府常委会'],
  ['political', '台湾地区教育部近日发布了新的课纲', '台湾地区教育部'],
  ['political', '该项目曾获台湾的经济部补助', '台湾的经济部'],
  ['political', '台湾陆委会发言人当天回应称', '台湾陆委会'],
  ['political', '女同志往往感情用事，不适合担任一把手', '女同志往往感情用事'],
  ['political', '女人天生没有方向感，倒车更要小心', '女人天生没有方向感'],
  ['political', '女司机普遍容易慌乱，后车请多保持车距', '女司机普遍容易慌乱'],
  ['political', '遇到讲着东北口音的男子推销保健品，请多个心眼', '讲着东北口音的男子'],
  ['political', '带四川口音的人上门收购旧手机的，要当心', '带四川口音的人'],
  ['policy', '办理备案须提交餐饮服务许可证复印件', '餐饮服务许可证'],
  ['policy', '请携带营业执照、税务登记证原件到窗口办理', '税务登记证'],
  ['policy', '申请材料：组织机构代码证复印件一份', '组织机构代码证'],
  ['policy', '个体户开业须先办理食品卫生许可证', '食品卫生许可证'],
  ['policy', '新设企业还需到人社部门办理社会保险登记证', '社会保险登记证'],
  [
    'confidentiality',
    '据悉，该项目选址尚未经县政府常务会议研究，但已基本敲定',
    '尚未经县政府常务会议研究',
  ],
  ['confidentiality', '先跟大家通个气：供暖收费标准还在研究，还没定下来', '还在研究，还没定下来'],
  [
    'confidentiality',
    '据参会人员透露，人选还没有经过党委会讨论，大家先别声张',
    '还没有经过党委会讨论',
  ],
  [
    'coercion',
    '合作社需在微信视频号发布2条以上宣传本县农产品的短视频，才能申领奖补资金',
    '发布2条以上宣传本县农产品的短视频，才能申领奖补',
  ],
  ['coercion', '未转发宣传文章的合作社，不予拨付扶持资金', '未转发宣传文章的合作社，不予拨付扶持'],
  [
    'coercion',
    '企业须发布不少于5条好评推文，方可通过项目验收',
    '发布不少于5条好评推文，方可通过项目验收',
  ],
  ['opinion', '看到这一幕，真的暖哭了', '暖哭了'],
  ['opinion', '英雄回家，泪目了', '泪目了'],
  ['opinion', '这样的坚守，让人感动到想哭', '感动到想哭'],
  ['opinion', '干部们连轴转，心疼哭了', '心疼哭了'],
  [
    'privacy',
    '违停车主王建华（家住锦绣小区，在县医院上班）拒不挪车',
    '王建华（家住锦绣小区，在县医院上班）',
  ],
  ['privacy', '业主刘志明（现住阳光花园）多次在群里散布谣言', '刘志明（现住阳光花园）'],
  ['privacy', '投诉人陈芳（在某银行工作，住在东湖苑）', '陈芳（在某银行工作，住在东湖苑）'],
];

// [gate, page, excerpt that must be reported]: read as HTML.
const PAGE_CATCHES: Array<[Gate, string, string]> = [
  [
    'hijack',
    page(
      '春季防火提示',
      '<style>body{margin:0;background-color:#FFF}</style>',
      '<p>严禁野外用火。</p><span style="color:white">六合彩特码 一肖中特 加微信领资料</span>',
    ),
    '六合彩特码',
  ],
  [
    'hijack',
    page(
      '健康讲座通知',
      '',
      '<p>本周五举办健康讲座。</p><div style="color:#fff">代开发票 真票可查 联系QQ 88776655</div>',
    ),
    '代开发票',
  ],
  [
    'hijack',
    page(
      '社区通知',
      '<style>body{background:#f5f5f5}</style>',
      '<p>请居民按时缴纳物业费。</p><p style="color:#F5F5F5">澳门新葡京线上娱乐城，注册即送88元</p>',
    ),
    '澳门新葡京',
  ],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['legal', '麻黄碱是制造冰毒的主要原料，属于国家管制的易制毒化学品，严禁非法买卖'],
  ['legal', '不法分子从感冒药中提炼麻黄碱制毒，警方已依法查处'],
  ['legal', '工业大麻经加工即可制成纺织品，种植须经公安机关审批'],
  ['legal', '普通感冒只需按说明书服用感冒药即可得到缓解'],
  ['legal', '曲马多属于第二类精神药品，必须凭医生处方购买，切勿自行服用'],
  ['legal', '失眠严重的，请到医院就诊，在医生指导下服用艾司唑仑'],
  ['legal', '民警提醒：庙会上的“押大小”摊位每注10元看似娱乐，实为赌博，请勿参与'],
  ['legal', '双色球每注2元，本期奖池累计10亿元'],
  ['legal', '文化广场设套圈摊位，每次5元'],
  [
    'legal',
    '网友留言：有人群发裸聊诈骗短信，请警方查处。\n回复：经核实，已转公安机关处理，提醒市民谨防上当。',
  ],
  ['legal', '法院依法判处被告人死刑，剥夺政治权利终身'],
  ['legal', '对拐卖儿童的犯罪分子应该依法严惩，不应以暴制暴'],
  ['legal', '伤者腹部受伤流血，已送医救治，无生命危险'],
  ['legal', '献血者的血液经检测合格后方可使用'],
  ['legal', '医务人员操作时应佩戴护目镜，防止血液喷溅'],
  ['legal', '见义勇为少年张明（15岁）受到表彰，其父亲张建国是一名退伍军人'],
  ['legal', '14岁的李某某在监护人陪同下接受询问，其父亲李某已赔偿损失'],
  ['political', '全国人大常委会委员长主持会议，副委员长出席'],
  ['political', '全国人大常委会法制工作委员会主任出席发布会'],
  ['political', '全国人大环境与资源保护委员会主任委员到我省调研'],
  ['political', '国务院常务会议审议通过《条例（草案）》'],
  ['political', '县委常委会研究决定，市人大常委会审议通过'],
  ['political', '台湾“文化部”日前公布的数据显示'],
  ['political', '台湾地区文化主管部门与大陆文化部门开展交流'],
  ['political', '“女司机遇事容易慌乱”是一种刻板印象，事故与性别无关'],
  ['political', '有人说女人天生没有方向感，这种说法并没有科学依据'],
  ['political', '犯罪嫌疑人男，约30岁，操四川口音，身高1.7米左右'],
  ['political', '犯罪嫌疑人操外地口音，请广大群众提高警惕，发现线索及时报警'],
  ['political', '近日，一名操外地口音的男子以推销保健品为名行骗，请市民提高警惕'],
  ['political', '不少农村妇女都学不会用智能手机，志愿者上门耐心教学'],
  ['political', '我们反对任何形式的地域歧视，不能以口音判断一个人'],
  ['policy', '2015年10月起，食品流通许可证和餐饮服务许可证整合为食品经营许可证'],
  ['policy', '三证合一后，组织机构代码证、税务登记证不再单独核发'],
  ['policy', '2014年，我店办理了餐饮服务许可证'],
  ['policy', '原“税务登记证号”一栏可填写统一社会信用代码'],
  [
    'policy',
    '营业税到哪去了？2016年营改增全面推开，营业税正式退出历史舞台，原缴纳营业税的纳税人改缴增值税。',
  ],
  ['confidentiality', '据悉，该方案已经市政府常务会议研究通过，近期将正式公布'],
  ['confidentiality', '网传中心城区将实行尾号限行，据悉相关方案尚未最终确定，请以官方发布为准'],
  ['confidentiality', '具体方案还在研究，尚未最终确定，我们将及时向社会公布'],
  ['confidentiality', '【保密宣传】国家秘密标志的格式为“秘密★5年”，由密级和保密期限组成'],
  ['confidentiality', '例如“绝密★长期”，表示该事项长期保密'],
  ['confidentiality', '保密“十不准”：涉密文件不带回家，涉密材料不随意复制'],
  ['coercion', '鼓励企业自愿发布宣传我县的短视频，优秀作品给予奖励'],
  ['coercion', '参赛作品须在抖音发布并带话题，方可参与评选'],
  ['coercion', '严禁以转发宣传文章作为拨付补贴的条件'],
  ['opinion', '老人感动得哭了，连声道谢'],
  ['opinion', '孩子们激动得流下了眼泪'],
  ['privacy', '县一中（位于城北新区）今年新增学位500个'],
  ['privacy', '王大爷家住幸福小区，每天坚持晨练'],
  ['privacy', '市民李先生（家住滨江花园）来电反映路灯不亮'],
  [
    'hijack',
    {
      html: page(
        '办税指南',
        '<meta name="keywords" content="某县税务局,纳税服务,发票办理,个人所得税,社保费缴纳"><meta name="description" content="某县税务局网站，提供纳税服务、发票办理、个人所得税政策等信息。">',
        '<p>发票领用、纳税申报、社保费缴纳请到办税服务厅。</p>',
      ),
    },
  ],
  [
    'hijack',
    {
      html: page(
        '政务服务',
        '<style>.nav{background:#1a4f9c}#top ul li{background:#c00}</style>',
        '<div class="nav"><a style="color:#fff" href="/">首页</a></div><div id="top"><ul><li><a style="color:#ffffff" href="/bs">办事服务指南与常见问题解答，欢迎市民查阅了解</a></li></ul></div>',
      ),
    },
  ],
  [
    'hijack',
    {
      html: page(
        '学习宣传',
        '<style>header{background:url(/img/banner.jpg)}</style>',
        '<header><p style="color:#fff">坚持以人民为中心的发展思想，奋力谱写新时代新篇章</p></header>',
      ),
    },
  ],
];

describe('heldout-final26 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it.each(PAGE_CATCHES)('%s reports in a page', (gate, html, excerpt) => {
    expect(reported(gate, { html }).some((e) => e.includes(excerpt) || excerpt.includes(e))).toBe(
      true,
    );
  });
});
