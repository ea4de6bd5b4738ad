// Rule families of the heldout-final67 round, each with wordings other than the set's: a ministry
// called by a near word (中华人民共和国财务部) (political); gore in detail (头部被挤碎，脑浆和血迹溅满
// 驾驶室), a sex-chat lure (同城美女在线视频，私密福利免费看), a host posing as a public service on a
// throwaway TLD (etc-rzzx.top) (legal); a test asked of travellers entering China in a post dated
// after 2023-08-30 (policy); a cadre's problem clues and their planned referral, an indicator given
// as an estimate before its release, a draft budget's figures before the congress, a customs
// targeting told ahead (重点布控), an internal sign-off report cited by number (审办签〔2024〕45号)
// (confidentiality); half-width brackets of a Chinese aside, 度 for 渡 before a barrier (度过难关)
// (text); a firm's product recommended to the public, a brand called the first choice (首选“快滴
// 出行”) (advertising); feigned awe at a wrong (只能佩服得五体投地), the public told they are owed no
// account (用不着向每个老百姓解释) (opinion); a share demanded before a service (须先…转发…方可预约)
// (coercion); a repost from an accounting or law firm (会计师事务所) (source). No longer flagged: 截止
// in a long quoted example sentence named wrong (把后者写成“截止5月31日，已有3000人报名”).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reportedSource } from '../../test/support/reported.ts';
import { itReadsCitedWrongForms, type CitedForm } from '../../test/support/cited-wrong.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a ministry called by a near word
  [
    'political',
    '【政策速递】近日，中华人民共和国财务部、税务总局联合发布公告，明确对小型微利企业减按25%计算应纳税所得额。',
    '中华人民共和国财务部',
  ],
  ['political', '国家财务部发布通知。', '国家财务部'],
  ['political', '国务院商贸部有关负责人表示。', '国务院商贸部'],
  ['political', '中国外事部发言人回答记者提问。', '中国外事部'],
  ['political', '国家水务部部署防汛工作。', '国家水务部'],
  ['political', '国家卫健部印发方案。', '国家卫健部'],
  // gore in detail
  [
    'legal',
    '【事故通报】3日凌晨，G70福银高速某路段一辆小客车追尾大货车，驾驶员头部被挤碎，脑浆和血迹溅满驾驶室，当场死亡。提醒广大驾驶员夜间行车务必保持安全车距。',
    '头部被挤碎',
  ],
  ['legal', '骑车人头部被撞碎，当场死亡。', '头部被撞碎'],
  ['legal', '伤者头颅被挤烂，场面惨烈。', '头颅被挤烂'],
  ['legal', '现场脑浆与鲜血流了一地。', '脑浆与鲜血流'],
  ['legal', '车内血迹和脑浆混在一起。', '血迹和脑浆'],
  ['legal', '死者身体被挤扁在车厢里。', '身体被挤扁'],
  // a sex-chat lure
  [
    'legal',
    '寂寞的夜晚需要陪伴，同城美女在线视频，私密福利免费看，点击主页链接立即进入。',
    '同城美女在线视频',
  ],
  ['legal', '附近寂寞少妇在线视频，私密直播免费看。', '少妇在线视频'],
  ['legal', '同城辣妹一对一视频聊天，尺度你定。', '辣妹一对一视频聊天'],
  ['legal', '本地美女在线裸聊，加微信即可。', '在线裸聊'],
  ['legal', '女主播私密视频免费看，点击链接进入。', '女主播私密视频'],
  ['legal', '深夜福利：同城妹子在线视频，无码直播。', '妹子在线视频'],
  // a host posing as a public service or a bank
  [
    'legal',
    '【ETC用户注意】您的ETC卡认证已过期，系统将于今日24时停止使用，请尽快登录 etc-rzzx.top 进行在线认证，逾期将影响高速公路正常通行。',
    'etc-rzzx.top',
  ],
  ['legal', '您有一笔交通违法未处理，请登录 12123-jf.top 处理。', '12123-jf.top'],
  ['legal', '社保卡资格认证请访问 shebao-rz.xyz 完成。', 'shebao-rz.xyz'],
  ['legal', '个税退税请登录 chinatax-tuishui.vip 申领。', 'chinatax-tuishui.vip'],
  ['legal', '医保卡升级请登录 ybj-sj.cc 办理。', 'ybj-sj.cc'],
  ['legal', '您的工商银行账户已冻结，请登录 icbc-jd.top 解冻。', 'icbc-jd.top'],
  // a test asked of travellers entering China after 2023-08-30
  [
    'policy',
    '【入境须知】2024年暑期出入境高峰来临，提醒入境旅客：入境前须持48小时内核酸检测阴性证明，并如实进行海关健康申报。',
    '48小时内核酸检测阴性证明',
  ],
  ['policy', '2025年春节将至，来华旅客登机前须提供48小时内核酸检测阴性证明。', '核酸检测阴性证明'],
  ['policy', '2024年起，入境人员须凭72小时内核酸检测阴性报告登机。', '核酸检测阴性报告'],
  ['policy', '2024年国庆假期，出入境旅客请出示48小时核酸阴性证明。', '核酸阴性证明'],
  ['policy', '2025年暑运高峰来临，乘坐国际航班入境须持核酸检测阴性证明。', '核酸检测阴性证明'],
  ['policy', '2024年12月起，旅客入境前须提供48小时核酸检测阴性结果。', '核酸检测阴性结果'],
  // a cadre's problem clues and their planned referral
  [
    'confidentiality',
    '【工作动态】近日，厅党组会议专题研究某县财政局领导班子问题线索，会议决定拟将该局主要负责人问题线索移送省纪委监委，目前相关情况仍在进一步核实中。',
    '拟将该局主要负责人问题线索移送省纪委',
  ],
  ['confidentiality', '经研究，拟将某镇党委书记的问题线索移交市纪委监委处置。', '问题线索移交'],
  [
    'confidentiality',
    '局党组决定将该公司负责人涉嫌违纪问题线索移送驻局纪检监察组。',
    '问题线索移送',
  ],
  ['confidentiality', '审计组准备把某村支书的问题线索移送县纪委。', '问题线索移送'],
  ['confidentiality', '拟将该院院长问题线索转交省监委。', '问题线索转交'],
  ['confidentiality', '厅党组会议研究决定，将其问题线索移送公安机关。', '问题线索移送'],
  // an indicator given as an estimate before its release
  [
    'confidentiality',
    '据初步核算，全省一季度地区生产总值增速预计为5.3%，高于全国0.3个百分点。正式数据将于4月下旬由省统计局新闻发布会发布，敬请关注。',
    '生产总值增速预计为5.3%',
  ],
  [
    'confidentiality',
    '上半年全市GDP增速初步测算约为5.1%，正式数据待统计局审核后发布。',
    'GDP增速初步测算约为5.1%',
  ],
  [
    'confidentiality',
    '前三季度规上工业增加值预计增长6.8%，正式数据尚未发布。',
    '增加值预计增长6.8%',
  ],
  [
    'confidentiality',
    '全县一季度社会消费品零售总额预计达到45.2亿元，正式数据将于下月发布。',
    '社会消费品零售总额预计达到45.2亿元',
  ],
  [
    'confidentiality',
    '1-5月固定资产投资增速预计为4.2%，该数据将于6月中旬正式发布。',
    '固定资产投资增速预计为4.2%',
  ],
  [
    'confidentiality',
    '全年一般公共预算收入预计为210亿元，最终数据以统计部门公布为准。',
    '一般公共预算收入预计为210亿元',
  ],
  // a draft budget's figures before the people's congress
  [
    'confidentiality',
    '【预算早知道】2025年市本级预算草案显示，一般公共预算支出拟安排186.5亿元，其中教育支出32.4亿元。该草案尚未提交市人代会审议，最终数据以批准的预算为准。',
    '支出拟安排186.5亿元',
  ],
  [
    'confidentiality',
    '2025年县级预算草案显示，教育经费拟安排5.2亿元，草案尚未经县人代会审议。',
    '经费拟安排5.2亿元',
  ],
  [
    'confidentiality',
    '据明年预算初步方案，民生支出初步安排80亿元，方案还未提交人大审查。',
    '支出初步安排80亿元',
  ],
  [
    'confidentiality',
    '市本级预算草案中，城市建设资金拟安排30亿元，目前尚未提请市人代会审议批准。',
    '资金拟安排30亿元',
  ],
  [
    'confidentiality',
    '预算草案显示，一般公共预算收入预计为210亿元，该草案尚未提交审议。',
    '收入预计为210亿元',
  ],
  [
    'confidentiality',
    '区级预算草案里卫生健康支出拟安排12.6亿元，尚未报区人大批准。',
    '支出拟安排12.6亿元',
  ],
  // a customs targeting told ahead with its target
  [
    'confidentiality',
    '【专项行动】自下周一起，我关将在昌北机场口岸对来自东南亚的进境航班实施为期一个月的重点布控，对申报不实的高风险旅客实施100%开箱查验。',
    '对来自东南亚的进境航班实施为期一个月的重点布控',
  ],
  ['confidentiality', '下周起，我关将对来自南美的邮包实施重点布控。', '重点布控'],
  ['confidentiality', '海关计划对某国进口冷链货物开展为期两周的专项布控。', '专项布控'],
  ['confidentiality', '本月底前，我局拟对城东三个物流园进行定向布控。', '定向布控'],
  ['confidentiality', '自明天起将对经停迪拜的航班旅客实施重点布控。', '重点布控'],
  ['confidentiality', '我关准备对申报为“配件”的货物实施精准布控。', '精准布控'],
  // an internal sign-off report cited by number
  [
    'confidentiality',
    '根据局内部签报（审办签〔2024〕45号）安排，我局将于下月对市住建局开展保障性住房专项审计调查。',
    '审办签〔2024〕45号',
  ],
  [
    'confidentiality',
    '按照《关于开展专项检查的签报》（财办签〔2024〕12号）要求，各科室做好准备。',
    '财办签〔2024〕12号',
  ],
  [
    'confidentiality',
    '经局长签批的呈批件（市监呈〔2024〕3号）同意，启动招标。',
    '市监呈〔2024〕3号',
  ],
  ['confidentiality', '依据办公室签报（办签〔2023〕88号）执行。', '办签〔2023〕88号'],
  ['confidentiality', '根据内部请示（教办〔2024〕7号），调整开学时间。', '教办〔2024〕7号'],
  ['confidentiality', '详见签报（人社签〔2025〕2号）。', '人社签〔2025〕2号'],
  // half-width brackets of a Chinese aside
  [
    'text',
    '《财政部 税务总局关于增值税小规模纳税人减免增值税政策的公告》(以下简称“公告”)明确，小规模纳税人月销售额10万元以下（含本数）的，免征增值税。',
    '(',
  ],
  ['text', '《通知》(以下简称“通知”)要求各地抓好落实。', ')'],
  ['text', '请携带身份证(原件及复印件)前往办理。', '('],
  ['text', '该办法(试行)自发布之日起施行。', ')'],
  ['text', '本次会议由李主任(市委常委)主持。', '('],
  ['text', '《条例》(修订草案)已公开征求意见。', ')'],
  // a firm's product recommended to the public
  [
    'advertising',
    '【发票服务】推荐广大纳税人使用华税通公司开发的“智票宝”开票软件，安全可靠、操作简单，可享受一对一上门服务。',
    '推荐广大纳税人使用华税通公司开发的“智票宝”',
  ],
  [
    'advertising',
    '建议广大车主下载某某科技公司推出的“e停车”APP缴纳停车费。',
    '科技公司推出的“e停车”',
  ],
  ['advertising', '推荐市民使用鑫达公司研发的“垃圾分类通”小程序。', '鑫达公司研发的“垃圾分类通”'],
  ['advertising', '欢迎家长使用智学公司开发的“作业帮手”学习软件。', '智学公司开发的“作业帮手”'],
  ['advertising', '推荐企业选用云联科技公司提供的“财税云”记账系统。', '科技公司提供的“财税云”'],
  ['advertising', '建议农户使用丰农公司生产的“田丰”牌复合肥。', '丰农公司生产的“田丰”'],
  // a brand called the first choice
  [
    'advertising',
    '【便捷出行】节假日期间打车难？市民出行首选“快滴出行”网约车平台，新用户注册即领50元打车券。',
    '首选“快滴出行”',
  ],
  ['advertising', '年货采购首选“鲜丰”超市，品种齐全。', '首选“鲜丰”'],
  ['advertising', '就医首选“康宁”民营医院。', '首选“康宁”'],
  ['advertising', '装修首选“家美”装饰公司。', '首选“家美”'],
  ['advertising', '充电首选“速能”充电桩。', '首选“速能”'],
  ['advertising', '点外卖首选“饱了么”平台。', '首选“饱了么”'],
  // feigned awe at a wrong
  [
    'opinion',
    '审计发现，某单位“办公用品”支出一年高达80万元。这账做得真是“漂亮”，审计人员也只能佩服得五体投地。',
    '佩服得五体投地',
  ],
  ['opinion', '该单位虚报冒领补贴的手法花样百出，真让人叹为观止。', '叹为观止'],
  ['opinion', '假账做得天衣无缝，我们也只能甘拜下风。', '甘拜下风'],
  ['opinion', '套取专项资金的理由五花八门，实在让人佩服得五体投地。', '佩服得五体投地'],
  ['opinion', '违规发放津贴的名目之多，小编自愧不如。', '自愧不如'],
  ['opinion', '这笔公款吃喝的账算得滴水不漏，令人大开眼界。', '大开眼界'],
  // the public told they are owed no account
  [
    'opinion',
    '@清风徐来 关于您询问的街道改造资金去向问题，政府的钱怎么花，用不着向每个老百姓解释，请勿再反复留言。',
    '用不着向每个老百姓解释',
  ],
  ['opinion', '项目怎么安排，没必要跟你们交代。', '没必要跟你们交代'],
  ['opinion', '资金使用的事轮不到老百姓来管。', '轮不到老百姓来管'],
  ['opinion', '这不是你们该过问的，请勿再留言。', '不是你们该过问的'],
  ['opinion', '我们犯不着向每位网友一一解释。', '犯不着向每位网友一一解释'],
  ['opinion', '具体标准不需要向群众汇报。', '不需要向群众汇报'],
  // a share demanded before a service
  [
    'coercion',
    '即日起，纳税人预约办税须先关注本公众号并转发指定推文至朋友圈，凭转发截图方可预约。',
    '须先关注本公众号并转发指定推文至朋友圈',
  ],
  ['coercion', '办理居住证须先转发本条微博，凭截图方可受理。', '须先转发本条微博'],
  ['coercion', '群众申请低保需点赞并转发本推文，才能办理。', '需点赞并转发本推文'],
  ['coercion', '预约挂号须先分享本文到朋友圈，截图后方可挂号。', '须先分享本文到朋友圈'],
  ['coercion', '学生报名必须转发活动推文至朋友圈，凭截图才能报名。', '必须转发活动推文'],
  ['coercion', '务必先关注公众号并点赞置顶文章，凭截图方可取号。', '点赞置顶文章'],
];

// [gate, clean text of the same topic]
const CLEAN: Array<[Gate, string]> = [
  ['political', '集团公司财务部组织业务培训。'],
  ['political', '中华人民共和国财政部发布公告。'],
  ['political', '健全国家财务部门协同机制。'],
  ['legal', '驾驶员头部受重伤，经抢救无效死亡。'],
  ['legal', '车辆被挤扁，所幸无人员伤亡。'],
  ['legal', '美女主播在线直播带货，为家乡农产品代言。'],
  ['legal', '警惕“同城美女视频聊天”诈骗，切勿点击陌生链接。'],
  ['legal', 'ETC办理请登录 www.etc-service.com 查询。'],
  ['legal', '个税汇算请登录 https://etax.chinatax.gov.cn 办理。'],
  ['legal', '警惕仿冒网站：不法分子冒充ETC客服，诱导登录 etc-rzzx.top 等钓鱼网址，切勿点击。'],
  ['policy', '自2023年8月30日起，入境人员无需再提供核酸检测阴性证明。'],
  ['policy', '2022年，入境旅客须持48小时内核酸检测阴性证明。'],
  ['policy', '来华人员须持48小时内核酸检测阴性证明登机。'],
  ['confidentiality', '今年以来，全市审计机关共向纪检监察机关移送问题线索56件。'],
  ['confidentiality', '审计发现的问题线索，将依法依规移送有关部门处理。'],
  ['confidentiality', '初步核算，一季度全省地区生产总值同比增长5.3%。'],
  ['confidentiality', '政府工作报告提出，预计全年地区生产总值增长5%左右。'],
  [
    'confidentiality',
    '经市十七届人大三次会议审议批准的2025年预算中，一般公共预算支出安排186.5亿元。',
  ],
  ['confidentiality', '2025年预算草案提请市人代会审议，一般公共预算支出拟安排186.5亿元。'],
  ['confidentiality', '海关通过风险布控，今年以来查获走私案件12起。'],
  ['confidentiality', '海关依托大数据实施精准布控，提升通关效率。'],
  ['confidentiality', '你局《关于调整收费标准的请示》（某政〔2024〕5号）收悉，现批复如下。'],
  ['confidentiality', '根据《关于印发审计工作方案的通知》（审办发〔2024〕45号）要求开展工作。'],
  ['text', '函数f(x)的值域为全体实数。'],
  ['text', '请登录网站(www.gov.cn)查询。'],
  ['text', '《公告》（以下简称“公告”）明确，小规模纳税人免征增值税。'],
  ['advertising', '推荐广大纳税人使用国家税务总局开发的“个人所得税”APP办理汇算。'],
  ['advertising', '节假日出行首选“12306”官方渠道购票。'],
  ['advertising', '绿色出行首选公共交通。'],
  ['advertising', '出行首选“公交+慢行”方式。'],
  ['opinion', '古桥的建造工艺令人叹为观止。'],
  ['opinion', '志愿者坚守一线二十年，让人佩服得五体投地。'],
  ['opinion', '我们将依法向群众解释清楚资金用途。'],
  ['opinion', '办理该业务，市民无需向社区说明情况，可直接线上申请。'],
  ['coercion', '转发本文可参与抽奖，欢迎大家积极参与。'],
  ['coercion', '关注本公众号后可在线查询办理进度。'],
  ['coercion', '须转发活动海报，方可领取纪念品。'],
];

// [text, wrong form, right form]
const MISSPELT: Misspelt[] = [
  ['省财政厅出台十条措施，帮助中小微企业度过难关、稳定就业。', '度过难关', '渡过难关'],
  ['一起度过难关，共创美好未来。', '度过难关', '渡过难关'],
  ['推出助企度难关十条措施。', '度难关', '渡难关'],
  ['小客船安全度过险滩。', '度过险滩', '渡过险滩'],
  ['帮助受灾群众度过险关。', '度过险关', '渡过险关'],
  ['携手度过难关，再创佳绩。', '度过难关', '渡过难关'],
];
const SPELT_RIGHT: string[] = [
  '确保安全度过汛期。',
  '陪伴老人度过困难时期。',
  '帮助企业渡过难关。',
];

// A wrong form inside a long quoted example named wrong (round 67's false alarm) only informs.
const CITED_WRONG: CitedForm[] = [
  ['把后者写成“截止5月31日，已有3000人报名”，是公文中常见的错误。', '截止'],
  ['不要写成“截止2024年底，全市共完成投资120亿元”。', '截止'],
  ['误写为“截止今年6月底，全县新增就业岗位1200个”。', '截止'],
];
const NOT_CITED: CitedForm[] = [
  ['截止2024年底，全市共完成投资120亿元。', '截止'],
  ['举办“截止2024年底全市共完成投资120亿元”成果展。', '截止'],
];

// Reposts from firms that sell accounting, legal or tax services are no authoritative source.
const FIRM_SOURCES = [
  '鼎诚会计师事务所微信公众号',
  '金诚律师事务所',
  '华信税务师事务所官方微博',
  '明远专利事务所公众号',
  '正衡资产评估事务所',
  '信达会计师事务所（特殊普通合伙）',
];
const STATE_SOURCES = ['某县司法局城关镇司法所', '中国科学院地理科学与资源研究所'];

describe('heldout-final67 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  itReadsCitedWrongForms(CITED_WRONG, NOT_CITED);

  it.each(FIRM_SOURCES)('source reports a repost from %s', (s) => {
    expect(reportedSource(s)).toHaveLength(1);
  });
  it.each(STATE_SOURCES)('source accepts a repost from %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
});
