// Rule families of the heldout-final43 round, each with wordings other than the set's: this year's
// exam question told before the exam, the statistics office's preliminary figure told before its
// release day, a list of stale entry checks reported whole, 按排 for 安排 in its usual phrases, an
// electronic card's sign-up ranked with a self-criticism as the penalty, the number of a citizen who
// wrote in (留言人, 来信人), a flat with a road's number before the estate or its resident in brackets,
// a drug recipe that ends in 自制, explicit sex acts named in a report — and the near misses that stay
// quiet. The source gate accepts a public-security bureau's own detachments.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reportedSource } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an exam question told while students are drilled for the exam
  [
    'confidentiality',
    '据内部消息，今年高考语文作文题目是“时间的答案”，请同学们抓紧准备。',
    '作文题目是“时间的答案”',
  ],
  [
    'confidentiality',
    '本次公考面试题为“如何看待年轻干部躺平”，请大家提前练习。',
    '面试题为“如何看待年轻干部躺平”',
  ],
  [
    'confidentiality',
    '听说今年中考数学压轴题是二次函数动点问题，请老师们针对性训练。',
    '压轴题是二次函数动点问题',
  ],
  [
    'confidentiality',
    '此次选调笔试申论题目为“数字乡村建设”，各位抓紧准备。',
    '申论题目为“数字乡村建设”',
  ],
  ['confidentiality', '今年学考作文题：“我与家乡”，请各班针对性辅导。', '作文题：“我与家乡”'],
  // the statistics office's preliminary figure told before its release day
  [
    'confidentiality',
    '据市统计局初步核算，上半年全市GDP同比增长5.2%，正式数据将于7月18日发布。',
    '据市统计局初步核算，上半年全市GDP同比增长5.2%',
  ],
  [
    'confidentiality',
    '经统计部门初步测算，1至4月社会消费品零售总额增长4.6%，正式数据尚未发布。',
    '社会消费品零售总额增长4.6%',
  ],
  [
    'confidentiality',
    '根据县统计局初步统计，一季度固定资产投资增长8.1%，最终数据待省统计局审核后公布。',
    '固定资产投资增长8.1%',
  ],
  [
    'confidentiality',
    '据省统计部门初步核算，全年一般公共预算收入增长3.9%，官方数据将于下月公布。',
    '一般公共预算收入增长3.9%',
  ],
  [
    'confidentiality',
    '据区统计局初步核算，前三季度规上工业增加值增长6.7%，正式数据将在月底发布。',
    '规上工业增加值增长6.7%',
  ],
  // a list of stale entry checks reported whole
  ['policy', '即日起进入政务大厅须出示健康码及72小时核酸检测阴性证明。', '72小时核酸检测阴性证明'],
  ['policy', '游客入园请出示行程卡和48小时核酸阴性报告。', '48小时核酸阴性报告'],
  ['policy', '来访人员须查验健康码、行程码及24小时核酸检测证明。', '24小时核酸检测证明'],
  ['policy', '学生返校需提供健康码绿码和48小时内核酸检测阴性结果。', '核酸检测阴性结果'],
  ['policy', '乘客进站凭场所码或72小时核酸检测报告。', '72小时核酸检测报告'],
  // an electronic card's sign-up ranked, with a self-criticism as the penalty
  [
    'coercion',
    '各乡镇要动员群众下载“赣服通”APP，每周通报注册进度，排名后三位的乡镇在全县大会上作检讨。',
    '排名后三位的乡镇在全县大会上作检讨',
  ],
  [
    'coercion',
    '各社区抓紧推进医保电子凭证激活，激活率排名倒数的社区书记作书面检讨。',
    '作书面检讨',
  ],
  [
    'coercion',
    '各单位组织职工关注公众号，关注人数排名末位的单位在例会上作表态发言。',
    '作表态发言',
  ],
  ['coercion', '电子社保卡申领工作每日通报排名，排名后三位的村在大会上作检查。', '大会上作检查'],
  ['coercion', '各校推广学习APP，每周统计完成情况，排名靠后的学校校长作检讨发言。', '检讨发言'],
  // the number of a citizen who wrote in
  ['privacy', '来信人张先生（联系电话：13812345678）反映小区路灯不亮的问题。', '13812345678'],
  ['privacy', '信访人李某某，联系电话15912345678，反映拆迁补偿问题。', '15912345678'],
  ['privacy', '留言人赵女士（联系电话18612345678）咨询公积金提取事宜。', '18612345678'],
  ['privacy', '求助人刘大爷，联系电话13712345678，家中水管爆裂。', '13712345678'],
  ['privacy', '报警人陈先生（联系电话13512345678）称其电动车被盗。', '13512345678'],
  // a flat with a road's number before the estate, or its resident in brackets
  [
    'privacy',
    '您反映的位于人民路12号阳光花园3栋2单元502室漏水的问题，已转物业处理。',
    '阳光花园3栋2单元502室',
  ],
  [
    'privacy',
    '你投诉的解放大道88号锦绣家园5栋1202室装修噪音问题，城管已上门劝导。',
    '锦绣家园5栋1202室',
  ],
  ['privacy', '经查，幸福小区6栋1单元301室（业主王建华）私自拆除承重墙。', '幸福小区6栋1单元301室'],
  ['privacy', '青石村4组17号（村民李长贵）违规占用耕地建房。', '青石村4组17号'],
  ['privacy', '滨江苑2栋802室（住户张某）在楼道堆放杂物。', '滨江苑2栋802室'],
  // a drug recipe that ends in making it oneself
  [
    'legal',
    '只要把麻黄素提纯后简单还原，就能在家里自制冰毒。',
    '麻黄素提纯后简单还原，就能在家里自制',
  ],
  ['legal', '伪麻黄碱经过加热处理，即可自己提炼出冰毒。', '伪麻黄碱经过加热处理，即可自己提炼'],
  ['legal', '将羟亚胺加入溶剂加热，便可轻松自制K粉。', '羟亚胺加入溶剂加热，便可轻松自制'],
  ['legal', '用含麻黄碱的药片再经还原，就可以在出租屋内合成毒品。', '就可以在出租屋内合成'],
  ['legal', '麻黄碱只需简单加热，便能自行制得冰毒。', '便能自行制得'],
  // explicit sex acts named in a report
  ['legal', '经查，该会所由按摩女为客人提供口交服务。', '为客人提供口交'],
  ['legal', '该足浴店设有胸推、毒龙等项目，每次收费500元。', '胸推、毒龙等项目'],
  ['legal', '技师给顾客做胸推，收费300元。', '给顾客做胸推'],
  ['legal', '店内推出“冰火两重天”套餐招揽嫖客。', '冰火两重天'],
  ['legal', '警方查明，该洗浴中心提供乳交、口交等色情服务。', '乳交、口交等色情服务'],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  ['confidentiality', '请各班组织学生针对性练习议论文写作，提高审题能力。'],
  ['confidentiality', '今年高考作文题目为“时间的答案”，考试已结束，下面是名师点评。'],
  ['confidentiality', '本次考试题目为单选题和多选题两种题型，请考生合理安排时间。'],
  ['confidentiality', '据市统计局初步核算，一季度全市GDP同比增长5.2%。'],
  ['confidentiality', '据统计，今年以来全市共接待游客320万人次，正式数据将于月底发布。'],
  ['policy', '2022年疫情期间，进入政务大厅须出示健康码及72小时核酸检测阴性证明。'],
  ['policy', '即日起不再查验健康码和核酸检测阴性证明。'],
  ['coercion', '各单位安全生产检查情况每周通报排名，排名后三位的作表态发言。'],
  ['coercion', '市民可自愿申领电子社保卡，申领后可在线查询参保信息。'],
  ['privacy', '来信人可拨打12345热线查询办理进度。'],
  ['privacy', '留言人如有疑问，请拨打咨询电话0871-12345678。'],
  ['privacy', '您反映的人民路12号附近施工噪音问题，已责令施工单位整改。'],
  ['privacy', '幸福小区6栋1单元301室（业主委员会办公室）开放时间为工作日。'],
  ['legal', '麻黄碱是易制毒化学品，购买含麻黄碱的复方制剂须实名登记。'],
  ['legal', '警方依法查处一家提供色情服务的足浴店，抓获卖淫嫖娼人员6名。'],
  ['legal', '二审法院认定，涉案场所提供的手淫服务定性存在争议。'],
  ['legal', '依法严厉打击性交易等违法犯罪活动。'],
];

// 按排 for 安排 in its usual phrases (the text gate's typo detector), and 按 before 排名, 排量 left alone.
const ANPAI: Misspelt[] = [
  '请各单位统筹按排好值班人员。',
  '镇里将妥善按排受灾群众的生活。',
  '会议对下一步工作作出按排部署。',
  '各村要按排专人负责信息报送。',
  '具体时间另行按排，请留意通知。',
].map((text) => [text, '按排']);
const ANPAI_CLEAN = ['请按排名先后顺序入场。', '车船税按排量分档征收。', '科学安排课后服务时间。'];

describe('heldout-final43 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(ANPAI, ANPAI_CLEAN);

  it.each([
    '曲靖市公安局治安管理支队',
    '某市公安局交通管理支队',
    '某县公安局网络安全保卫大队',
    '某区公安分局城关派出所',
    '某省公安厅出入境管理总队',
  ])('source accepts a public-security bureau’s own unit: %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
  it.each(['蓝天户外救援支队', '某某保安服务公司巡逻大队'])(
    'source still reports what is no police unit: %s',
    (s) => {
      expect(reportedSource(s)).toHaveLength(1);
    },
  );
});
