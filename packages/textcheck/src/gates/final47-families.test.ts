// Rule families of the heldout-final47 round, each with wordings other than the set's: an online
// contest's entry rate punished with a veto (参赛率不达100%的单位，年终考核一票否优) and a follow quota
// unfinished losing an honour (未完成任务的，取消…评选资格); a figure under the post's own caveat
// (（未经审定，暂不对外）：累计入库2.36亿元), a result it calls unpublished (尚未公开的…暗访结果：…), the
// members' positions at a meeting that decided nothing and a raid told with its time and target
// (confidentiality); a shop linked from a page by its address, produce called top-grade and quality
// said to reach a national grade (advertising); COVID-19 still under class-A measures (policy); 即
// written 既 in words of time (text). And the false-alarm classes: a marking's fields explained in a
// secrecy lesson, a hospital or school of the site's own government as its source, a service guide's
// choice of channels, and 我县 read as a slip of 我现在 — each with the near misses that stay quiet or
// the faults still reported.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an online contest's entry rate under a threshold punished
  [
    'coercion',
    '各医疗卫生单位：全省健康知识网络竞赛正在进行中，要求全体医务人员必须参加，参赛率将纳入单位年度目标管理考核，参赛率不达100%的单位，年终考核一票否优。',
    '参赛率不达100%的单位，年终考核一票否优',
  ],
  [
    'coercion',
    '全市青年网上答题活动正在开展，团员参与率低于95%的支部，年度考核一票否优。',
    '一票否优',
  ],
  [
    'coercion',
    '线上知识竞答要求每名教职工参加，参赛率未达到100%的学校，取消年度评先资格。',
    '参赛率未达到100%的学校',
  ],
  ['coercion', '在线竞赛已启动，各科室参赛人数不足80%的，年终评优一票否决。', '参赛人数不足80%'],
  [
    'coercion',
    '网络知识竞赛请各村组织党员参加，参赛率达不到90%的村，取消评先评优资格。',
    '参赛率达不到90%的村',
  ],
  [
    'coercion',
    '防溺水网络竞赛每名学生必须参加，参赛率不达100%的班级，班主任年度考核一票否优。',
    '一票否优',
  ],
  // a follow or download quota shown by screenshot, unfinished, losing an honour
  [
    'coercion',
    '各所队：为提升县局公众号影响力，每名民警辅警至少邀请10名亲友关注“平安云溪”公众号，并将邀请截图发至本群。周五统计，未完成任务的，取消本季度“优秀民警”评选资格。',
    '未完成任务的，取消本季度“优秀民警”评选资格',
  ],
  [
    'coercion',
    '每名网格员须邀请20名居民关注“平安社区”公众号，截图发群里，未完成任务的，取消年度“优秀网格员”评选资格。',
    '未完成任务的',
  ],
  [
    'coercion',
    '请各位老师动员家长下载“智慧校园”APP并截图上报，未完成指标的，取消本学期评优资格。',
    '未完成指标的',
  ],
  ['coercion', '每名党员转发文章不少于5次并截图，未完成任务者暂停本季度评先资格。', '未完成任务者'],
  [
    'coercion',
    '各班组织家长在“安全教育平台”答题并截图，周五前未完成目标的，不得参评文明班级。',
    '未完成目标的',
  ],
  [
    'coercion',
    '请职工转发活动海报并截图发至工会群，未完成任务的取消年度评优资格。',
    '未完成任务的',
  ],
  // a figure under the post's own caveat
  [
    'confidentiality',
    '各分局：本季度全县税收收入完成情况（未经审定，暂不对外）：累计入库2.36亿元，同比下降7.8%，其中增值税减收较多。',
    '累计入库2.36亿元',
  ],
  [
    'confidentiality',
    '各单位：上半年全县一般公共预算收入（未经审定，暂不对外）为5.8亿元，同比增长3.2%。',
    '5.8亿元',
  ],
  [
    'confidentiality',
    '一季度全市实现税收3.2亿元（内部数据，暂勿外传），请各部门对照分析。',
    '3.2亿元（内部数据，暂勿外传）',
  ],
  [
    'confidentiality',
    '本月全县城镇新增就业情况（暂不公开）：新增就业1.2万人，完成年度任务的85%。',
    '新增就业1.2万人',
  ],
  [
    'confidentiality',
    '各乡镇：今年粮食产量（未经核定，请勿对外）：预计总产量达到42.6万吨。',
    '42.6万吨',
  ],
  [
    'confidentiality',
    '以下数据未经审定，暂不对外：全县规上工业产值增长8.2%，税收收入2.1亿元。',
    '增长8.2%',
  ],
  // a result the post calls unpublished, with what it found
  [
    'confidentiality',
    '会议通报了上级尚未公开的秋季学校食堂暗访结果：全县43所学校食堂中有17所存在问题，结果不得对外公布。',
    '全县43所学校食堂中有17所存在问题',
  ],
  [
    'confidentiality',
    '据未对外公布的抽检结果显示，我县6批次食用农产品不合格。',
    '我县6批次食用农产品不合格',
  ],
  [
    'confidentiality',
    '会上通报了尚未正式公布的营商环境评价排名：我县位列全市第9名。',
    '我县位列全市第9名',
  ],
  [
    'confidentiality',
    '局务会通报了暂未公开的年度考核结果：共有3个单位被评为“较差”等次。',
    '共有3个单位',
  ],
  [
    'confidentiality',
    '省里尚未发布的巡查问题清单如下：涉及我县的问题共12条。',
    '涉及我县的问题共12条',
  ],
  [
    'confidentiality',
    '还未向社会公开的水质监测数据显示，城区3个取水点总磷超标。',
    '城区3个取水点总磷超标',
  ],
  // the members' positions at a meeting that decided nothing
  [
    'confidentiality',
    '会上，张镇长提出每平方米补偿2800元，分管副镇长认为标准偏高，建议控制在2400元以内，财政所所长表示镇里资金缺口较大，会议未形成一致意见，待下次会议继续研究。',
    '张镇长提出每平方米补偿2800元',
  ],
  [
    'confidentiality',
    '局党组会研究了新办公楼选址问题，李局长主张建在城东新区，王副局长认为应保留老城区办公，双方意见分歧较大，择期再议。',
    '李局长主张建在城东新区',
  ],
  [
    'confidentiality',
    '县政府常务会议讨论公交票价调整方案时，有的同志提出票价上调至2元，有的同志担心群众负担加重，会议未能达成一致。',
    '有的同志提出票价上调至2元',
  ],
  [
    'confidentiality',
    '村两委班子会上，村支部书记提出把集体收益的30%用于分红，村委会主任反对，此事留待下次会议研究。',
    '村支部书记提出把集体收益的30%用于分红',
  ],
  [
    'confidentiality',
    '学校行政会研究绩效分配办法，校长建议向一线教师倾斜，工会主席质疑方案的公平性，会议暂缓表决。',
    '工会主席质疑方案的公平性',
  ],
  [
    'confidentiality',
    '镇党委会研究了垃圾中转站选址，有的主张建在河东村，也有人认为应放在工业园，会议未形成一致意见。',
    '有的主张建在河东村',
  ],
  // a raid told with its time and target
  [
    'confidentiality',
    '县公安局已成立专案组，已锁定嫌疑人落脚点。专案组计划于本周五凌晨4时对城东锦绣小区实施集中收网抓捕，届时请周边居民不要惊慌。',
    '专案组计划于本周五凌晨4时对城东锦绣小区实施集中收网抓捕',
  ],
  [
    'confidentiality',
    '禁毒大队定于明晚10点在城南物流园对贩毒团伙统一收网。',
    '明晚10点在城南物流园',
  ],
  ['confidentiality', '下周二凌晨，警方将对城北两处赌博窝点实施突袭。', '实施突袭'],
  [
    'confidentiality',
    '经过周密部署，专案组决定于12日凌晨3时赴邻县对嫌疑人实施抓捕。',
    '赴邻县对嫌疑人实施抓捕',
  ],
  [
    'confidentiality',
    '今晚11时，县公安局将在滨江花园小区同步开展抓捕行动。',
    '滨江花园小区同步开展抓捕',
  ],
  [
    'confidentiality',
    '专案组研究决定，收网行动定于本周五凌晨4时，地点为城东锦绣小区。',
    '收网行动定于本周五',
  ],
  // produce called top-grade
  [
    'advertising',
    '镇里出产的顶级富硒大米远销广东、上海等地，成为群众增收致富的“金饭碗”。',
    '顶级富硒大米',
  ],
  ['advertising', '我村的极品高山云雾茶今年产量喜人。', '极品高山云雾茶'],
  ['advertising', '合作社种植的顶级有机脐橙已进入采摘期。', '顶级有机脐橙'],
  ['advertising', '这里出产顶级的生态散养土鸡，欢迎品尝。', '顶级的生态散养土鸡'],
  ['advertising', '当地的至尊野生蜂蜜深受游客喜爱。', '至尊野生蜂蜜'],
  ['advertising', '扶贫车间生产的顶级手工挂面供不应求。', '顶级手工挂面'],
  // a product's quality said to reach a banned grade
  [
    'advertising',
    '其中“云溪香”牌山茶油采用传统压榨工艺，品质达到国家级水准，是家庭餐桌上的放心油。',
    '品质达到国家级水准',
  ],
  ['advertising', '这款米酒口感堪比世界级水平。', '口感堪比世界级水平'],
  ['advertising', '我县腊肉制作工艺已跻身国家级行列。', '工艺已跻身国家级行列'],
  ['advertising', '新品种猕猴桃甜度超过国际顶尖品质。', '甜度超过国际顶尖品质'],
  ['advertising', '该基地出产的黑猪肉肉质达到顶级水准。', '肉质达到顶级水准'],
  // COVID-19 still under class-A measures
  [
    'policy',
    '答：新型冠状病毒肺炎目前纳入乙类传染病，按甲类传染病采取预防、控制措施。',
    '按甲类传染病采取预防、控制措施',
  ],
  [
    'policy',
    '新型冠状病毒感染仍参照甲类采取预防、控制措施，请群众做好防护。',
    '参照甲类采取预防、控制措施',
  ],
  ['policy', '新冠肺炎属于乙类传染病，按照甲类传染病实施防控措施。', '按照甲类传染病实施防控措施'],
  [
    'policy',
    '目前新冠病毒感染按甲类传染病进行管理，发热患者须到定点医院就诊。',
    '按甲类传染病进行管理',
  ],
  ['policy', '新冠肺炎目前按甲类防控措施执行，发热患者请到发热门诊就诊。', '按甲类防控措施'],
  ['policy', '对新冠病毒感染继续按甲类传染病采取预防、控制措施。', '甲类传染病采取预防、控制措施'],
  // coercion still caught beside the narrowed guide wording
  [
    'coercion',
    '各单位务必组织职工下载“个税”APP，完成情况纳入年终考核，并在全市通报。',
    '下载“个税”APP',
  ],
  [
    'coercion',
    '请各村务必督促群众下载“医保服务”小程序，下载情况纳入年终考核并通报排名。',
    '下载“医保服务”小程序',
  ],
  // a marking's fields given by a document, not explained
  ['confidentiality', '本文件密级为机密，保密期限为10年。', '密级为机密'],
  ['confidentiality', '密级：秘密  保密期限：5年', '密级：秘密'],
  ['confidentiality', '关于印发《2025年度工作要点》的通知（密级为秘密）', '密级为秘密'],
  ['confidentiality', '该报告密级是绝密，保密期限为30年，请妥善保管。', '密级是绝密'],
  ['confidentiality', '本通报密级为秘密，保密期限为5年。', '保密期限'],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  ['coercion', '本次网络知识竞赛自愿参加，参赛率不纳入考核。'],
  ['coercion', '全市网络竞赛共有2万人参赛，参赛率较去年提高5个百分点。'],
  ['coercion', '网络竞赛参赛率不达预期，主办方将延长答题时间。'],
  ['coercion', '未完成任务的原因主要是人手不足。'],
  ['coercion', '本季度截图整理工作已完成，未完成任务的科室请说明原因。'],
  [
    'coercion',
    '【灵活就业人员如何缴纳社保费？】灵活就业人员可通过以下方式缴纳企业职工基本养老保险费：1.登录电子税务局（自然人业务）办理；2.通过“税务社保缴费”小程序办理；3.到户籍所在地或居住地办税服务厅办理。首次缴费前，需先到社保经办机构办理参保登记。缴费基数可在当地公布的缴费基数上下限范围内自主选择。',
  ],
  [
    'coercion',
    '办理不动产登记可通过以下渠道预约：“不动产登记”小程序、窗口现场取号，须先备齐材料，预约结果将在平台公布。',
  ],
  [
    'coercion',
    '城乡居民医保缴费可任选其一：微信小程序、银行柜台或村级代收点。须先确认参保信息，缴费标准以当地公布为准。',
  ],
  ['confidentiality', '县图书馆新馆（暂不对外开放）：建筑面积1.2万平方米，预计明年启用。'],
  ['confidentiality', '全县一般公共预算收入5.8亿元，同比增长3.2%（数据来源：县财政局）。'],
  ['confidentiality', '尚未公布的中考成绩，请考生耐心等待，以官方发布为准。'],
  ['confidentiality', '目前抽检结果尚未公布，我局将依法及时向社会公开。'],
  ['confidentiality', '对尚未公开的检查结果，任何人不得擅自泄露。'],
  ['confidentiality', '会上，张镇长提出每平方米补偿2800元的方案，会议研究同意，将按程序公示。'],
  [
    'confidentiality',
    '县人大常委会审议时，有的委员认为补偿标准偏低，建议适当提高，存在分歧的条款将继续修改。',
  ],
  ['confidentiality', '听证会上，群众代表认为水价调整幅度偏高，意见分歧较大。'],
  ['confidentiality', '镇党委书记强调，要扎实做好防汛工作，会议要求各村严格落实24小时值班制度。'],
  ['confidentiality', '10月12日凌晨4时，专案组在锦绣小区实施收网抓捕，抓获犯罪嫌疑人5名。'],
  ['confidentiality', '凌晨4时，民警将嫌疑人在其住处抓捕归案。'],
  ['confidentiality', '公安机关将于近期开展打击电信诈骗专项行动，欢迎群众举报线索。'],
  ['confidentiality', '县公安局将于明天上午10时在局机关通报抓捕情况。'],
  ['confidentiality', '此次抓捕行动于昨日凌晨展开，共抓获嫌疑人6名。'],
  [
    'confidentiality',
    '【保密知识小课堂｜密级标志怎么看？】国家秘密分为“绝密”“机密”“秘密”三个等级。文件首页标注的“机密★10年”，表示该文件密级为机密、保密期限为10年，“★”前为密级，“★”后为保密期限；只标注“秘密★”而未注明期限的，保密期限按10年认定。',
  ],
  ['confidentiality', '公文首页标注“绝密★30年”，意味着该文件的密级是绝密，保密期限为30年。'],
  ['confidentiality', '“秘密★5年”即密级为秘密、保密期限为5年。'],
  ['confidentiality', '如果文件密级为绝密，保密期限一般不超过30年。'],
  ['advertising', '县医院邀请省内顶级专家开展义诊。'],
  ['advertising', '大红袍在华夏属于顶尖的茶叶品种，每年产出不过数十斤。'],
  ['advertising', '产品质量达到国家标准，请放心选购。'],
  ['advertising', '经检测，水质达到国家一类标准。'],
  ['advertising', '该基地被认定为国家级示范基地，品质有保障。'],
  ['advertising', '我县腊肉制作技艺入选国家级非物质文化遗产名录。'],
  ['advertising', '口感达到了消费者的预期。'],
  [
    'policy',
    '2020年1月，国家卫生健康委将新型冠状病毒肺炎纳入乙类传染病，按甲类传染病采取预防、控制措施。',
  ],
  [
    'policy',
    '自2023年1月8日起，新型冠状病毒感染从“乙类甲管”调整为“乙类乙管”，不再采取甲类传染病预防、控制措施。',
  ],
  ['policy', '鼠疫、霍乱属于甲类传染病，应按甲类传染病采取预防、控制措施。'],
  [
    'policy',
    '问：新冠现在还按甲类管理吗？答：自2023年1月8日起实施“乙类乙管”，不再采取甲类传染病预防、控制措施。',
  ],
];

/** A page of a site: its name in meta SiteName, the title and the footer; `body` in the article. */
const page = (site: string, body: string): { html: string } => ({
  html: `<html><head><meta charset="utf-8"><meta name="SiteName" content="${site}"><title>工作动态_${site}</title></head><body><div class="article"><h1>工作动态</h1>${body}</div><div class="footer"><p>主办单位：${site}</p></div></body></html>`,
});
const byline = (site: string, source: string) =>
  page(
    site,
    `<div class="info">发布时间：2025-04-08\u3000来源：${source}</div><p>近日，相关工作顺利开展。</p>`,
  );

/** A shop linked from a page, whatever the anchor says, and the links that are no shop. */
const SHOP_LINKS: Array<[{ html: string }, string]> = [
  [
    page(
      '云溪县白沙镇人民政府',
      '<p>网购请点击京东店铺：<a href="https://mall.jd.com/index-10283756.html">https://mall.jd.com/index-10283756.html</a>，下单即送品鉴装。</p>',
    ),
    'https://mall.jd.com/index-10283756.html',
  ],
  [
    page(
      '某县农业农村局',
      '<p>高山茶叶已上线，<a href="https://item.jd.com/100012.html">点击购买</a>。</p>',
    ),
    'https://item.jd.com/100012.html',
  ],
  [
    page(
      '某镇人民政府',
      '<p>合作社土蜂蜜<a href="https://shop123.taobao.com/">淘宝店铺</a>欢迎选购。</p>',
    ),
    'https://shop123.taobao.com/',
  ],
  [
    page('某县商务局', '<p><a href="//detail.tmall.com/item.htm?id=6001">天猫旗舰店</a></p>'),
    '//detail.tmall.com/item.htm?id=6001',
  ],
  [
    page(
      '某县乡村振兴局',
      '<p>扶贫产品专区：<a href="https://mobile.yangkeduo.com/goods.html?goods_id=77">拼多多</a></p>',
    ),
    'https://mobile.yangkeduo.com/goods.html?goods_id=77',
  ],
  [
    page(
      '某村民委员会',
      '<p>腊肉预订请进<a href="https://weidian.com/item.html?itemID=88">微店</a>。</p>',
    ),
    'https://weidian.com/item.html?itemID=88',
  ],
];
const QUIET_LINKS: Array<{ html: string }> = [
  page('某县农业农村局', '<p>详见<a href="https://www.moa.gov.cn/xw/">农业农村部网站</a>。</p>'),
  page('某县农业农村局', '<p>关注我局<a href="https://weibo.com/u/123456">官方微博</a>。</p>'),
  page('某县农业农村局', '<p><a href="/xczx/2025/0410.html">返回乡村振兴栏目</a></p>'),
];

/** A hospital, school or library of the site's own government as the byline's source, and others. */
const OWN_INSTITUTIONS: Array<{ html: string }> = [
  byline('云溪县卫生健康局', '县人民医院'),
  byline('云溪县卫生健康局', '云溪县人民医院'),
  byline('云溪县卫生健康局', '县中医院'),
  byline('云溪县教育局', '县第一中学'),
  byline('云溪县文化和旅游局', '县图书馆'),
  byline('青山区卫生健康局', '区妇幼保健院'),
];
const OTHER_INSTITUTIONS: Array<[{ html: string } | { text: string }, string]> = [
  [byline('云溪县卫生健康局', '市人民医院'), '市人民医院'],
  [byline('云溪县卫生健康局', '康华医院'), '康华医院'],
  [byline('云溪县卫生健康局', '长沙县人民医院'), '长沙县人民医院'],
  [byline('云溪县教育局', '县星光培训学校'), '县星光培训学校'],
  [{ text: '发布时间：2025-04-08\u3000来源：县人民医院' }, '县人民医院'],
];

// 即 written 既 in words of time (the typo detector's table), and the right words left alone.
const JI: Misspelt[] = [
  ['为进一步规范殡葬服务收费行为，既日起，全县殡葬服务机构应当公示收费标准。', '既日起', '即日起'],
  ['本通知自既日开始执行。', '既日开始', '即日开始'],
  ['新规定既刻生效。', '既刻生效', '即刻生效'],
  ['对巡察发现的问题要既知既改。', '既知既改', '即知即改'],
  ['既便如此，我们仍要坚持。', '既便如此', '即便如此'],
  ['本办法自公布之日起既日施行。', '既日施行', '即日施行'],
];
const JI_CLEAN = [
  '自即日起施行。',
  '他既刻苦钻研，又乐于助人。',
  '既将党建工作抓实，又将业务工作做好。',
  '即知即改，立行立改。',
];

/** 我县, 本市, 全镇 as the office's own division, never a slip of 我现在 or 我真. */
const OWN_DIVISION = [
  '4月3日，县人民医院成功实施手术，标志着我县在急性心肌梗死救治方面实现“零”的突破。',
  '改造工程完工后，我县在2010年建成的老城区将焕然一新。',
  '我镇真抓实干，全面完成年度目标任务。',
];

describe('heldout-final47 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it.each(SHOP_LINKS)('advertising reports the shop linked from page %#', (input, href) => {
    expect(reported('advertising', input).some((e) => e.includes(href))).toBe(true);
  });
  it.each(QUIET_LINKS)('advertising stays quiet on the links of page %#', (input) => {
    expect(reported('advertising', input)).toEqual([]);
  });

  it.each(OWN_INSTITUTIONS)('source takes the own institution of page %# as its own', (input) => {
    expect(reported('source', input)).toEqual([]);
  });
  it.each(OTHER_INSTITUTIONS)('source reports the other institution of input %#', (input, name) => {
    expect(reported('source', input)).toContain(name);
  });

  itReportsMisspellings(JI, JI_CLEAN);

  describe('the text gate', () => {
    const warned = textGateWarnings;
    it.each(OWN_DIVISION)('leaves the own division alone in %s', (text) => {
      expect(warned(text)).toEqual([]);
    });
    it('still reports a slip beside it', () => {
      expect(warned('我县既日起施行新的收费标准。')).toContain('既日起');
    });
  });
});
