// Rule families of the heldout-final69 round, each with wordings other than the set's: 中台 before
// young people or pupils, Hong Kong's return called a handover of sovereignty, the discipline
// commission named with the abolished 监察部 (political); a minor told as a named parent's 之子
// (legal); the well-off society's decisive stage as today's (policy); what the setters told of an exam
// ahead (confidentiality); a place called the visitor's best destination (advertising); a critic told
// they worry too much, the public told to obey, a repeat asker told to stop wasting resources, some
// people's 素质 judged too low (opinion); a betting brand's host (hijack). Clean: a repealed law told
// repealed at length (policy), a demand quoted in a citizen's question (coercion), a court's division
// named by the court's short name (source).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  [
    'political',
    '暑假期间，我校12名师生赴台中参加第十届中台青少年文化交流营，与当地学生共同体验书法、茶艺和布袋戏。',
    '中台青少年',
  ],
  ['political', '中台学生交流活动在厦门举行。', '中台学生'],
  ['political', '举办中台师生书画联展。', '中台师生'],
  ['political', '中台高校合作论坛开幕。', '中台高校'],
  ['political', '促进中台体育交流。', '中台体育'],
  ['political', '中台儿童夏令营开营。', '中台儿童'],
  [
    'political',
    '值此香港主权移交27周年之际，我校初二年级开展“紫荆花开·同心筑梦”主题班会。',
    '香港主权移交',
  ],
  ['political', '1999年澳门主权交接仪式在澳门举行。', '澳门主权交接'],
  ['political', '英国向中国移交香港主权。', '移交香港主权'],
  ['political', '庆祝香港移交25周年。', '香港移交'],
  ['political', '纪念澳门移交纪念日文艺晚会。', '澳门移交'],
  ['political', '港澳主权移交以来，两地经济持续发展。', '港澳主权移交'],
  [
    'political',
    '近日，中央纪委国家监察部网站通报了5起违反中央八项规定精神典型问题。',
    '中央纪委国家监察部',
  ],
  ['political', '据中央纪委监察部网站消息，某厅长接受审查调查。', '中央纪委监察部'],
  ['political', '市纪委市监察局通报三起典型案例。', '纪委市监察局'],
  ['political', '县纪委县监察局开展专项检查。', '纪委县监察局'],
  ['political', '省纪委省监察厅联合发文。', '纪委省监察厅'],
  ['political', '区纪委区监察局公开曝光问题。', '纪委区监察局'],
  [
    'legal',
    '【安全提醒】3月5日，我村一名14岁少年因盗窃电动车被公安机关带走调查，该少年系本村村民王德福之子。',
    '王德福之子',
  ],
  ['legal', '一名15岁少年持刀抢劫被警方抓获，该少年系镇上个体户李建国之子。', '李建国之子'],
  ['legal', '涉嫌盗窃的女孩年仅13岁，系本村村民张玉兰之女。', '张玉兰之女'],
  ['legal', '16岁少年因打架斗殴被治安拘留，其为村民刘长福之孙。', '刘长福之孙'],
  ['legal', '一名初中生涉嫌寻衅滋事被公安机关传唤，系村民赵德胜之长子。', '赵德胜之长子'],
  ['legal', '涉嫌抢夺的少年系王建军之子，目前已被警方控制。', '王建军之子'],
  [
    'policy',
    '2024年是实现“十四五”规划目标任务的关键一年。当前，我县正处于全面建成小康社会的决胜阶段，必须坚持稳中求进。',
    '全面建成小康社会的决胜阶段',
  ],
  ['policy', '目前我镇正处在全面建成小康社会决胜阶段，要全力抓项目。', '全面建成小康社会决胜阶段'],
  [
    'policy',
    '当前全县正处在全面建成小康社会的攻坚期，各村要扎实推进。',
    '全面建成小康社会的攻坚期',
  ],
  ['policy', '今年是全面建成小康社会攻坚期，全县上下要鼓足干劲。', '全面建成小康社会攻坚期'],
  ['policy', '现阶段我市处于全面建成小康社会的冲刺阶段。', '全面建成小康社会的冲刺阶段'],
  ['policy', '当前我区正处于全面建成小康社会决胜期。', '全面建成小康社会决胜期'],
  [
    'confidentiality',
    '【考试资讯】据命题组专家透露，今年全市事业单位面试题目将重点围绕乡村振兴、基层治理两方面展开，建议考生提前做好准备。',
    '据命题组专家透露',
  ],
  ['confidentiality', '听出题老师说，明天笔试作文会考乡村振兴。', '听出题老师说'],
  [
    'confidentiality',
    '据命题专家私下透露，本次遴选笔试的申论题将围绕营商环境出题。',
    '据命题专家私下透露',
  ],
  ['confidentiality', '阅卷组成员透露，今年中考作文重点考家国情怀。', '阅卷组成员透露'],
  ['confidentiality', '据出题人透露，下周面试的题目主要涉及应急管理。', '据出题人透露'],
  ['confidentiality', '命题组老师悄悄告知，选调考试试题集中在基层治理方面。', '命题组老师悄悄告知'],
  [
    'advertising',
    '平均海拔1800米，盛夏平均气温仅22℃，这里是您夏日避暑的最佳目的地。',
    '最佳目的地',
  ],
  ['advertising', '我县堪称游客休闲度假的最理想去处。', '最理想去处'],
  ['advertising', '这里是周末出游的最好去处。', '最好去处'],
  ['advertising', '黄山是大家赏雪的最佳胜地。', '最佳胜地'],
  ['advertising', '仙女湖是市民踏青的最好目的地。', '最好目的地'],
  ['advertising', '清凉峰堪称您消夏的最舒适度假区。', '最舒适度假区'],
  [
    'opinion',
    '回复：感谢您的关注。个别网友“操心”操得实在太多了，工程质量自有专业部门把关，不如先管好自家门前事。',
    '“操心”操得实在太多了',
  ],
  ['opinion', '回复：有些人操的心也太多了。', '操的心也太多了'],
  ['opinion', '回复：您还是先管好自己的事吧。', '管好自己的事'],
  ['opinion', '回复：这位网友操心操得也太宽了。', '操心操得也太宽了'],
  ['opinion', '回复：真是咸吃萝卜淡操心。', '咸吃萝卜淡操心'],
  ['opinion', '回复：您“操心”操得太多了。', '操得太多了'],
  [
    'opinion',
    '回复：征收补偿方案是县政府研究决定的，老百姓照办就是，不要再反复留言。',
    '老百姓照办就是',
  ],
  ['opinion', '回复：这是上级规定，群众照做就行了。', '群众照做就行了'],
  ['opinion', '回复：政策已定，你们只管执行就好。', '你们只管执行就好'],
  ['opinion', '回复：村民服从就是了，别问那么多。', '村民服从就是了'],
  ['opinion', '回复：方案已公布，您照办就行。', '您照办就行'],
  ['opinion', '回复：这事不用讨论，百姓照办就可以了。', '百姓照办就可以了'],
  [
    'opinion',
    '回复：您反映的路灯问题已于上周修复。同样的问题您已经留言五次了，请不要再浪费公共资源。',
    '请不要再浪费公共资源',
  ],
  ['opinion', '回复：此事已答复过您，别再占用热线资源。', '别再占用热线资源'],
  ['opinion', '回复：您的来电已登记，请勿再耽误工作人员的时间。', '请勿再耽误工作人员的时间'],
  ['opinion', '回复：你反映的问题早已处理，不要再浪费大家的时间。', '不要再浪费大家的时间'],
  ['opinion', '回复：留言已转交，请您不要再挤占政务资源。', '请您不要再挤占政务资源'],
  ['opinion', '回复：您投诉的事项已办结，莫再浪费行政资源。', '莫再浪费行政资源'],
  [
    'opinion',
    '垃圾分类宣传了大半年，有些人素质真的太低了，厨余垃圾还是往其他垃圾桶里扔。',
    '素质真的太低了',
  ],
  ['opinion', '个别居民素质实在太差，乱扔垃圾。', '个别居民素质实在太差'],
  ['opinion', '某些人的素质也太低了吧。', '某些人的素质也太低了'],
  ['opinion', '有些市民觉悟太低，屡劝不改。', '有些市民觉悟太低'],
  ['opinion', '这些人教养极差，随地吐痰。', '这些人教养极差'],
  ['opinion', '你们素质太差了。', '你们素质太差了'],
  [
    'opinion',
    '周末过后，沿河步道垃圾遍地。有些市民素质实在太差，随手乱扔，看看你们干的好事！',
    '看看你们干的好事',
  ],
  ['opinion', '绿化带又被踩秃了，瞧瞧你们做的好事。', '瞧瞧你们做的好事'],
  ['opinion', '看看某些人干的好事，公厕水龙头又被拧走了。', '看看某些人干的好事'],
  ['opinion', '公共座椅被涂得乱七八糟，看看这些人干出来的好事！', '看看这些人干出来的好事'],
  ['opinion', '瞅瞅你们办的好事，停车场全堵死了。', '瞅瞅你们办的好事'],
  ['opinion', '看一看有些人搞的好事，垃圾扔满河道。', '看一看有些人搞的好事'],
];

// [gate, clean text of the same topic]
const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '2024年海峡两岸青少年文化交流营在厦门开营。'],
  ['political', '企业搭建数据中台青少年服务平台。'],
  ['political', '庆祝香港回归祖国27周年。'],
  ['political', '香港移交逃犯条例修订风波。'],
  ['political', '近日，中央纪委国家监委网站通报了5起典型问题。'],
  ['political', '原市纪委市监察局于2018年改设为市纪委监委。'],
  ['legal', '村民王德福之子王小明考上清华大学，全村为之高兴。'],
  ['legal', '民警救助走失儿童，经核实该儿童系外地务工人员之子。'],
  ['policy', '2020年，我县如期打赢全面建成小康社会的决胜阶段各项硬仗。'],
  ['policy', '回顾全面建成小康社会攻坚期的历程，我们倍感振奋。'],
  [
    'policy',
    '回复：您好！您询问的《中华人民共和国婚姻法》已于2021年1月1日《中华人民共和国民法典》施行之日起废止，离婚相关规定现适用民法典婚姻家庭编。',
  ],
  ['policy', '《婚姻法》已于2021年1月1日起废止，现适用民法典。'],
  ['confidentiality', '命题组专家表示，今年考试大纲与去年保持不变。'],
  ['confidentiality', '考试结束后，据命题组专家透露，今年试题紧扣时事热点。'],
  ['confidentiality', '严禁命题组专家透露试题内容。'],
  ['advertising', '7月至8月是避暑的最佳时节。'],
  ['advertising', '我县被评为“中国最佳避暑旅游目的地”。'],
  ['opinion', '我们将持续改进服务，让群众少操心、少跑腿。'],
  ['opinion', '家长要管好自家孩子，注意防溺水。'],
  ['opinion', '各单位要认真照办，确保落实到位。'],
  ['opinion', '群众反映的问题，我们将照办理程序处理。'],
  ['opinion', '节约用水用电，请不要浪费公共资源。'],
  ['opinion', '部分群众文明素质有待提高。'],
  ['opinion', '学生身体素质太差，要加强锻炼。'],
  ['opinion', '请大家看看志愿者们做的好事，向他们学习。'],
  ['opinion', '欢迎大家看看志愿者们做的好事实事。'],
  ['advertising', '今年我县被评为全国最佳避暑旅游目的地之一，来县游客同比增长20%。'],
  [
    'coercion',
    '网民留言：孩子学校要求家长必须关注公众号，不关注影响孩子评优，这合理吗？\n回复：经核实，该校已于当日撤回相关通知，并在家长群说明关注与否完全自愿，不与学生评价挂钩。',
  ],
  ['coercion', '问：单位要求职工必须下载学习强国，不下载扣绩效，是否合规？'],
  ['coercion', '社区要求居民必须关注公众号，否则不予办理居住证明，这样是不是形式主义？'],
  ['coercion', '网友留言：老师要求每个家长都必须转发投票链接，不转发就不给孩子评三好，有依据吗？'],
];

/** A page whose friendly links hold one to `href` with the words `anchor`. */
const linkPage = (href: string, anchor: string) =>
  `<html><body><div class="links">相关链接：<a href="https://www.court.gov.cn">最高人民法院</a><a href="${href}" target="_blank">${anchor}</a></div></body></html>`;

// A betting brand's host among a page's links: [page, excerpt that must be reported].
const HIJACK_PAGES: Array<[string, string]> = [
  [linkPage('http://www.kaiyun-ty.vip', '开云体育'), 'kaiyun-ty.vip'],
  [linkPage('https://kaiyuntiyu.com/', '体育新闻'), 'kaiyuntiyu.com'],
  [linkPage('https://leyu88.com/', '乐鱼'), 'leyu88.com'],
  [linkPage('http://hth-sports.cc/', '华体会'), 'hth-sports.cc'],
  [linkPage('https://m.huatihui.top/', '友情链接'), 'huatihui.top'],
  [linkPage('http://xinpujing-8866.net/', '新闻中心'), 'xinpujing-8866.net'],
];
const HIJACK_CLEAN = [
  linkPage('https://www.jinsha-museum.cn/', '金沙遗址博物馆'),
  linkPage('https://kaiyun-travel.com/', '开云旅行社'),
];

/** A court's page whose byline names `source`. */
const courtPage = (source: string) =>
  `<html><head><meta name="SiteName" content="鄂尔多斯市东胜区人民法院"><title>集中宣判_鄂尔多斯市东胜区人民法院</title></head><body><div class="info">发布时间：2024-06-26\u3000来源：${source}\u3000打印本页</div><p>东胜区人民法院对5起案件进行集中宣判。</p><p>主办单位：鄂尔多斯市东胜区人民法院</p></body></html>`;

describe('heldout-final69 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it.each(HIJACK_PAGES)('hijack reports in %s', (html, excerpt) => {
    expect(reported('hijack', { html }).some((e) => e.includes(excerpt))).toBe(true);
  });
  it.each(HIJACK_CLEAN)('hijack stays quiet on %s', (html) => {
    expect(reported('hijack', { html })).toEqual([]);
  });
  it.each(['区法院刑事审判庭', '区法院立案庭', '区法院民事审判庭', '区法院办公室'])(
    'source stays quiet on %s named on its court page',
    (source) => {
      expect(reported('source', { html: courtPage(source) })).toEqual([]);
    },
  );
  // Another court's division is still a source to check.
  it.each(['市法院刑事审判庭', '县法院立案庭'])('source still reports %s', (source) => {
    expect(reported('source', { html: courtPage(source) }).length).toBeGreaterThan(0);
  });
  it('coercion still reports the demand made, not asked about', () => {
    expect(
      reported('coercion', { text: '孩子学校要求家长必须关注公众号，不关注影响孩子评优。' }).length,
    ).toBeGreaterThan(0);
  });
});
