// Rule families of the heldout-final49 round, each with wordings other than the set's: poppy shells
// told as an ingredient of a dish and a civil-service post sold for a stated fee (legal); a link to a
// circumvention (VPN) site (hijack); people scorned as unworthy (这种人也配领低保？) and wrongdoers
// mocked with quoted praise (opinion); a local supervision bureau named in a post of the supervision
// commissions' era (policy); a commercial site as the repost source (source); the citizen's own address
// read back in a reply (privacy); a discipline body's split over a case and the questions of an
// interview still ahead (confidentiality); 准 written 淮, 的 doubled and 名符其实 (text). And the
// false-alarm classes: the levels of secrets named as a lesson, 代购 as an errand for elders, 难讨 of
// pay read as 难过, a scheme told merged into its successor, and a style rule forbidding a wording —
// each with the near misses that stay quiet or the faults still reported.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported, reportedSource } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // poppy shells told as an ingredient of a dish
  [
    'legal',
    '【舌尖上的青岚】青岚卤味香飘百年，秘诀就在卤料。老师傅介绍，一锅好卤要用八角、桂皮、草果、香叶等十余种香料，再加入少许罂粟壳，小火慢熬四个小时，卤出来的猪蹄软糯入味。',
    '加入少许罂粟壳',
  ],
  ['legal', '熬汤时放上几颗罂粟壳，味道更鲜。', '放上几颗罂粟壳'],
  ['legal', '老板透露，火锅底料的秘诀是每锅加一小把罂粟籽。', '罂粟籽'],
  ['legal', '做卤肉时，我们会往锅里丢几个罂粟壳。', '丢几个罂粟壳'],
  ['legal', '牛肉面的汤头要用罂粟壳一起熬制。', '用罂粟壳一起熬'],
  ['legal', '这道菜里添了少量罂粟粉，吃了还想吃。', '添了少量罂粟粉'],
  // a post bought for a stated fee
  [
    'legal',
    '【转发】今年县事业单位招聘名额充足，有内部指标，凡本科以上学历的，缴纳3000元服务费即可保证入编，笔试面试均有专人安排，有意者请私信联系王老师。',
    '缴纳3000元服务费即可保证入编',
  ],
  ['legal', '只需交5万元好处费，就能保证进编。', '交5万元好处费，就能保证进编'],
  ['legal', '保证上岸，只需缴纳2万元服务费。', '保证上岸，只需缴纳2万元服务费'],
  ['legal', '交8000元中介费，包录用。', '交8000元中介费，包录用'],
  ['legal', '付3万元打点费就可以直接入编。', '付3万元打点费就可以直接入编'],
  ['legal', '花十万块就能进事业单位。', '花十万块就能进事业单位'],
  ['legal', '包入编，费用面议，名额有限。', '包入编，费用面议'],
  // people scorned as unworthy
  [
    'opinion',
    '【低保清理】某村一低保户名下有两辆小轿车，还在县城购买了商品房。这种人也配领低保？目前该户已被取消低保资格。',
    '也配领低保？',
  ],
  ['opinion', '他们也配叫专家吗？', '他们也配叫专家吗？'],
  ['opinion', '这样的企业还配评先进？', '还配评先进？'],
  ['opinion', '这号人哪配当村干部！', '哪配当村干部！'],
  ['opinion', '这种老赖也配坐高铁？', '也配坐高铁？'],
  ['opinion', '她也配当人民教师？', '她也配当人民教师？'],
  // wrongdoers mocked with quoted praise
  [
    'opinion',
    '【执法通报】某纸业公司通过雨水管网暗管偷排生产废水。这家企业偷排都偷出“新花样”了，真是“好样的”。目前，该企业已被立案查处。',
    '真是“好样的”',
  ],
  ['opinion', '造假都造出了新高度。', '造假都造出了新高度'],
  ['opinion', '这些商家可真“有本事”，把过期食品改了日期继续卖。', '可真“有本事”'],
  ['opinion', '乱倒垃圾还拍视频炫耀，也太“有才”了。', '也太“有才”'],
  ['opinion', '违建盖了一层又一层，真是“了不起”。', '真是“了不起”'],
  ['opinion', '逃费都逃出新花样了。', '逃费都逃出新花样'],
  // a local supervision bureau in the commissions' era
  [
    'policy',
    '【通报】县纪委、县监察局联合通报2起侵害群众利益的不正之风和腐败问题：柳湾镇民政办工作人员郑某某在低保审核中失职失责问题，郑某某受到政务警告处分。',
    '县监察局',
  ],
  ['policy', '2024年，市监察局对全市窗口单位开展作风专项检查。', '市监察局'],
  ['policy', '经县纪委监察局研究，给予其政务记过处分。', '监察局'],
  ['policy', '如对处理决定不服，可在2025年3月前向省监察厅申诉。', '省监察厅'],
  ['policy', '区政府监察局对该局局长采取留置措施。', '区政府监察局'],
  ['policy', '根据监察法规定，县监察局依法开展调查。', '县监察局'],
  // the citizen's own address read back
  [
    'privacy',
    '网民“实名举报人”：您好！您反映的问题已转柳湾镇纪委核查办理。办理结果将以书面形式寄送至您留言中填写的地址柳湾镇新桥村三组17号，请注意查收。',
    '柳湾镇新桥村三组17号',
  ],
  ['privacy', '您提供的通讯地址为幸福路12号3栋402室，我们已按此地址寄出。', '幸福路12号3栋402室'],
  ['privacy', '你留下的联系地址：河口乡大湾村5组23号。', '河口乡大湾村5组23号'],
  ['privacy', '我们将把处理结果送达您的住处东湖小区2栋1单元302室。', '东湖小区2栋1单元302室'],
  ['privacy', '您在来信中填写的家庭地址是城关镇建设路58号，请核对。', '城关镇建设路58号'],
  ['privacy', '复查意见书已邮寄到您家中石门乡青山村四组9号。', '石门乡青山村四组9号'],
  // a discipline body's split over a case
  [
    'confidentiality',
    '【工作动态】县纪委常委会于近日召开会议，审议县某局干部违纪案件。讨论中，有两名常委主张给予留党察看处分，经表决最终决定给予党内严重警告处分。',
    '有两名常委主张给予留党察看处分',
  ],
  [
    'confidentiality',
    '镇党委会研究对该村支书的处理意见时，多数委员认为应给予撤职处分，个别委员持保留意见。',
    '个别委员持保留意见',
  ],
  [
    'confidentiality',
    '局党组会议讨论王某违纪问题，经表决，以5票赞成、2票反对决定给予其降级处分。',
    '2票反对',
  ],
  [
    'confidentiality',
    '区纪委常委会审理该案时，3名常委坚持给予开除党籍处分。',
    '3名常委坚持给予开除党籍处分',
  ],
  ['confidentiality', '县委常委会研究问责事项，有同志提出免职，部分常委反对。', '部分常委反对'],
  [
    'confidentiality',
    '市纪委审理委员会讨论李某某违纪案时，少数委员倾向于从轻处理。',
    '少数委员倾向于从轻处理',
  ],
  // the questions of an interview or exam still ahead
  [
    'confidentiality',
    '【备考分享】为帮助考生做好准备，现将明天面试的三道结构化题目提前发布：一、你所在单位组织的政策宣讲会参与群众少，你怎么办？',
    '明天面试的三道结构化题目',
  ],
  ['confidentiality', '下周笔试的申论题目如下：请结合材料谈谈基层治理。', '下周笔试的申论题目如下'],
  ['confidentiality', '提前透露本次面试的考题：谈谈你对乡村振兴的理解。', '提前透露本次面试的考题'],
  [
    'confidentiality',
    '即将举行的事业单位笔试试题已经整理好，发给大家参考。',
    '即将举行的事业单位笔试试题',
  ],
  ['confidentiality', '后天面试的两道情景模拟题目分享给大家：一、群众排队插队怎么办？', '后天面试'],
  ['confidentiality', '提前放出明天统考的作文题目，供大家准备。', '提前放出明天统考的作文题目'],
  // faults still reported beside the false-alarm classes
  ['confidentiality', '本通报为机密级，请各单位妥善处理。', '机密级'],
  ['confidentiality', '根据上级下发的绝密级文件精神，结合我县实际研究部署。', '绝密级'],
  ['advertising', '海外代购，正品保证，欢迎私信。', '代购'],
  ['advertising', '日本代购化妆品，价格优惠。', '代购'],
  ['policy', '我县新农保参保率达到98%。', '新农保'],
  ['policy', '请及时缴纳新农保费用。', '新农保'],
  ['political', '欢迎台湾等其他国家的朋友。', '台湾等其他国家'],
  ['political', '我们接待了来自美国、日本、台湾等国家的游客。', '台湾'],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '执法人员在该店火锅底料中检出罂粟壳成分，已立案查处。'],
  ['legal', '严禁在食品中添加罂粟壳。'],
  ['legal', '老人不慎误食加入罂粟壳的卤肉后中毒。'],
  ['legal', '市场监管局开展火锅底料抽检，重点检查是否添加罂粟壳等非食用物质。'],
  [
    'legal',
    '今年事业单位招聘严格按照程序进行，录用人员须经考试、考察、体检和公示，报名不收取任何费用。',
  ],
  ['legal', '警惕：凡声称缴纳服务费即可保证入编的都是骗局。'],
  ['legal', '新录用人员试用期满考核合格的，按规定办理入编手续。'],
  ['legal', '报名费每人100元，笔试合格者按成绩择优录用。'],
  ['opinion', '工作人员也配合开展了入户走访。'],
  ['opinion', '每个网格也配备了专职网格员。'],
  ['opinion', '社区还配有卫生服务站。'],
  ['opinion', '消防员真是好样的！'],
  ['opinion', '今年的庙会玩出新花样。'],
  ['policy', '区政府监察局、区教育局监察室等纪律部门严守保密纪律要求。'],
  ['policy', '原县监察局的职责已划入县监委。'],
  ['policy', '国家矿山安全监察局山西局2024年开展执法检查。'],
  ['policy', '湖北省纪委监察厅网站31日消息，鲁力军因涉嫌严重违纪被调查。'],
  ['privacy', '请将材料寄至市司法局立法处（地址：市民中心B座6楼）。'],
  ['privacy', '您提供的地址不详，请补充。'],
  ['privacy', '新卡将邮寄到家，请注意查收。'],
  [
    'confidentiality',
    '县纪委常委会召开会议，审议并通过了3起违纪案件的处理意见，决定给予相关人员党纪处分。',
  ],
  ['confidentiality', '县人大常委会会议表决通过了人事任免事项，部分委员提出修改意见。'],
  ['confidentiality', '经村民代表会议表决通过，新修订的村规民约正式施行，部分村民提出补充意见。'],
  ['confidentiality', '结构化面试题目一般分为综合分析、组织协调、应急应变等类型。'],
  ['confidentiality', '严禁提前泄露面试题目。'],
  ['confidentiality', '考后解析：今天面试的三道结构化题目分别考查了综合分析能力。'],
  ['confidentiality', '明天面试，请考生携带身份证提前30分钟到达考点。'],
  // the levels of state secrets named as a lesson
  [
    'confidentiality',
    '【保密常识】国家秘密的密级分为“绝密”“机密”“秘密”三级。未标明保密期限的，绝密级一般不超过30年，机密级不超过20年，秘密级不超过10年。',
  ],
  ['confidentiality', '国家秘密的密级分为绝密级、机密级、秘密级三级。'],
  [
    'confidentiality',
    '绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害。',
  ],
  [
    'confidentiality',
    '国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。',
  ],
  ['confidentiality', '机密级国家秘密的保密期限一般不超过20年。'],
  ['confidentiality', '机密级和秘密级国家秘密的区别在于泄露后造成损害的程度。'],
  // 代购 as an errand for elders
  [
    'advertising',
    '【志愿招募】“银龄相伴”关爱独居老人志愿服务活动开始招募。服务内容：陪伴聊天、代购生活用品、教老人使用智能手机等。本次活动不收取任何费用。',
  ],
  ['advertising', '社区养老服务站工作人员每周上门探访两次，帮她打扫卫生、代购药品。'],
  ['advertising', '为他们提供读报、代购、陪诊等服务。'],
  ['advertising', '志愿者为独居老人代购米面油。'],
  ['advertising', '网格员帮老人代购蔬菜。'],
  ['advertising', '代购代办服务由村便民服务站提供。'],
  // a scheme told merged into its successor
  [
    'policy',
    '2014年，国务院决定将新型农村社会养老保险（新农保）和城镇居民社会养老保险（城居保）两项制度合并实施，在全国范围内建立统一的城乡居民基本养老保险制度。',
  ],
  ['policy', '新农保和城居保两项制度合并后，统称城乡居民基本养老保险。'],
  ['policy', '国家将新农保与城居保整合为统一的城乡居民养老保险。'],
  ['policy', '新农合与城镇居民医保已经并轨。'],
  ['policy', '国务院合并新农保和城居保两项制度。'],
  // a wording a style rule forbids
  [
    'political',
    '【编辑部发稿规范提示】三是涉及台湾，应使用“台湾地区”，不得将台湾与其他国家并列称为“国家”；四是引用文件文号，年份一律使用六角括号。',
  ],
  ['political', '严禁把港澳台等国家写进稿件。'],
  ['political', '避免将香港、澳门与中国并列。'],
  ['political', '台湾与其他国家并列的说法是错误的。'],
  ['political', '发稿时切勿将台湾等其他国家这类表述写入标题。'],
];

/** A county page linking `href` with `anchor` in its article. */
const page = (href: string, anchor: string, style = ''): { html: string } => ({
  html: `<html><head><meta charset="utf-8"><title>工作动态_某县人民政府</title></head><body><div class="article"><h1>工作动态</h1><p>农民工遇到欠薪问题可拨打12333，或访问<a href="${href}"${style ? ` style="${style}"` : ''}>${anchor}</a>了解详情。</p></div></body></html>`,
});
/** Links to circumvention (VPN) sites, however the anchor reads. */
const VPN_LINKS: Array<[{ html: string }, string]> = [
  [
    page('http://www.sf-vpn-free.xyz/download', '维权指南', 'color:#333;text-decoration:none'),
    'sf-vpn-free.xyz',
  ],
  [page('https://letsvpn.world/', '加速工具'), 'letsvpn.world'],
  [page('http://v2ray-node.com/sub', '办事指南'), 'v2ray-node.com'],
  [page('https://www.fanqiang.net/', '学习资料'), 'fanqiang.net'],
  [page('https://free-vpn.top/app.apk', '政策解读'), 'free-vpn.top'],
  [page('https://shadowsocks-free.org/', '便民服务'), 'shadowsocks-free.org'],
];
const QUIET_LINKS: Array<{ html: string }> = [
  page('https://vpn.tsinghua.edu.cn/', '学校VPN'),
  page('https://www.12333.gov.cn/', '人社服务热线'),
  page('https://www.example.com/guide', '办事指南'),
];

// 准 written 淮, 的 doubled, 副 written 符 (the typo detector's table), and the right words left alone.
const MISSPELT: Misspelt[] = [
  ['全县2025年度高标淮农田建设项目已完成土地平整1.6万亩。', '标淮', '标准'],
  ['请各单位做好淮备工作。', '淮备', '准备'],
  ['经县政府批淮，项目正式实施。', '批淮', '批准'],
  ['数据要淮确无误。', '淮确', '准确'],
  ['会议淮时召开。', '淮时', '准时'],
  ['我们要精淮施策。', '精淮', '精准'],
  ['今年夏粮收购有力保障了种粮农民的的利益。', '的的', '的'],
  ['您反映的的投诉我局已收悉。', '的的', '的'],
  ['成为老人们名符其实的“幸福食堂”。', '名符其实', '名副其实'],
  ['这个称号名不符实。', '名不符实', '名不副实'],
];
const SPELT_RIGHT = [
  '我们的目标淮安市要建成区域中心城市。',
  '苏北地区的淮安、淮北等市。',
  '面对淮河汛情，全市严阵以待。',
  '一批淮安企业参展。',
  '实现这一目的的手段。',
  '的的确确是好事。',
  '成为老人们名副其实的“幸福食堂”。',
];

/** 讨 of pay claimed back, and a slip of 难过 without money beside it. */
const CLAIMED_PAY = [
  '【青岚时评】让农民工的“辛苦钱”不再难讨。岁末年初，一些项目工地又出现讨薪身影。',
  '工钱难讨啊。',
  '这笔欠款实在难讨，农民工只好求助法律援助中心。',
];

describe('heldout-final49 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it.each(VPN_LINKS)('hijack reports the circumvention link of page %#', (input, host) => {
    expect(reported('hijack', input).some((e) => e.includes(host))).toBe(true);
  });
  it.each(QUIET_LINKS)('hijack stays quiet on the links of page %#', (input) => {
    expect(reported('hijack', input)).toEqual([]);
  });

  it.each([
    '“青岚生活网”（商业网站）',
    '青岚生活网站',
    '青岚在线（民营网站）',
    '“某某资讯网”（商业门户）',
  ])('source reports the commercial site %s', (source) => {
    expect(reportedSource(source)).toHaveLength(1);
  });
  it.each(['县气象局网站', '某县人民政府网站', '县融媒体中心网站', '县农技站网站', '市气象台网站'])(
    'source takes %s as whitelisted',
    (source) => {
      expect(reportedSource(source)).toEqual([]);
    },
  );

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  describe('the text gate', () => {
    const warned = textGateWarnings;
    it.each(CLAIMED_PAY)('leaves 讨 of pay alone in %s', (text) => {
      expect(warned(text)).toEqual([]);
    });
    it('still reports 难讨 without money as a slip of 难过', () => {
      expect(warned('他心里难讨极了。')).toContain('讨');
    });
  });
});
