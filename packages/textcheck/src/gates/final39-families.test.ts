// Rule families of the heldout-final39 round, each with wordings other than the set's: the complainant
// asked whether they have nothing else to do, a shop entered through a code, a brand name before 品牌
// in an office's advice, an indicator's figure to be kept back, an ethnic group's people judged
// backward, an interview question told before the interview, a patient's record number, a guaranteed
// return after an office's 提醒, a level heading an attachment, an illegal service injected into a page
// with a private contact, and a unit's name with a bare channel in brackets as a repost source — and
// the near misses that stay quiet.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported, reportedSource } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const page = (line: string): { html: string } => ({
  html: `<html><head><title>工作动态 - 某市卫生健康委员会</title></head><body><main><article><h1>某市开展健康家庭评选</h1><p>市卫健委在全市开展评选活动。</p><p>${line}</p><p>结果将在官网公示。</p></article></main></body></html>`,
});

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the complainant asked whether they have nothing else to do
  ['opinion', '执法人员已两次到现场检查。天天投诉，您是没别的事干吗？', '您是没别的事干吗'],
  ['opinion', '该店已整改到位，你们就没别的事可做了吗？', '你们就没别的事可做了吗'],
  ['opinion', '同一问题反映了二十次，您是没其他事干了吧。', '您是没其他事干了吧'],
  ['opinion', '已答复多次，你是闲着没事干吗？', '你是闲着没事干吗'],
  // a shop entered through a code
  [
    'advertising',
    '长按识别下方二维码进入“健康优选商城”，专业降压器械一站购齐。',
    '长按识别下方二维码进入“健康优选商城”',
  ],
  [
    'advertising',
    '扫描下方二维码进入“助农优品小店”，土特产包邮到家。',
    '扫描下方二维码进入“助农优品小店”',
  ],
  ['advertising', '识别图中小程序码直接进入官方旗舰店。', '识别图中小程序码直接进入官方旗舰店'],
  ['advertising', '长按二维码进入老字号专卖店选购年货。', '长按二维码进入老字号专卖店'],
  // a brand name before 品牌 in an office's advice
  ['advertising', '我局推荐大家选购格力品牌变频空调，节能效果更好。', '格力品牌'],
  ['advertising', '建议广大市民选用美的品牌电暖器。', '美的品牌'],
  ['advertising', '推荐家长给孩子购买得力品牌文具。', '得力品牌'],
  ['advertising', '建议车主认准米其林品牌轮胎。', '米其林品牌'],
  // an indicator's figure to be kept back
  [
    'confidentiality',
    '各位同事：一季度全市GDP初步核算增长6.2%，正式数据将于下周发布会统一公布，请先不要对外。',
    '请先不要对外',
  ],
  ['confidentiality', '上半年规上工业增加值增长7.1%，暂勿外传。', '增加值增长7.1%'],
  ['confidentiality', '1至5月社会消费品零售总额增长4.8%，请勿对外公布。', '增长4.8%'],
  ['confidentiality', '前三季度一般公共预算收入增长3.5%，务必先不要外传。', '收入增长3.5%'],
  // an ethnic group's people judged backward
  [
    'political',
    '调研发现，部分少数民族地区群众思想落后、接受新事物慢。',
    '少数民族地区群众思想落后',
  ],
  ['political', '一些藏区农牧民观念陈旧，难以接受新技术。', '藏区农牧民观念陈旧'],
  ['political', '当地彝族群众思想普遍落后。', '彝族群众思想普遍落后'],
  ['political', '民族村寨的村民头脑封闭，不愿外出务工。', '民族村寨的村民头脑封闭'],
  // an interview question told before the interview
  [
    'confidentiality',
    '明天上午全市公务员面试即将开始，提前给大家透个底：结构化面试第二题是“如何看待基层干部‘留痕’过多的问题”。',
    '面试第二题是',
  ],
  ['confidentiality', '后天就要笔试了，透个底：笔试第三题考关于乡村振兴的论述。', '笔试第三题考'],
  [
    'confidentiality',
    '下周一事业单位面试，面试第1题为“如何做好群众工作”，大家复习一下。',
    '面试第1题为',
  ],
  ['confidentiality', '距离考试还有三天，提前告诉大家，试卷第五大题是材料分析。', '试卷第五大题是'],
  // a patient's record number
  ['privacy', '走访慰问了辖区艾滋病感染者李秀英（住院号20240517），送去慰问品。', '住院号20240517'],
  ['privacy', '患者张某平，病案号：A0031287，已转入康复科。', '病案号：A0031287'],
  ['privacy', '结核病患者王建军（门诊号为9087123）按时服药。', '门诊号为9087123'],
  ['privacy', '精神障碍患者刘某，病历号 3345129，病情稳定。', '病历号 3345129'],
  // a guaranteed return after an office's 提醒
  ['advertising', '市住建局提醒：“江岸华府”项目配套齐全，现在入手投资稳赚不赔。', '稳赚不赔'],
  ['advertising', '区金融办提醒：该理财产品年化6%，保本保息。', '保本保息'],
  ['advertising', '镇政府提醒：入股合作社只赚不赔，欢迎踊跃参与。', '只赚不赔'],
  ['advertising', '建议大家购买本地商铺，稳赚不赔。', '稳赚不赔'],
  // a level heading an attachment
  [
    'confidentiality',
    '关于做好防汛值班工作的通知\n附件：秘密 2024年水库联合调度方案（含闸门控制参数）',
    '秘密',
  ],
  ['confidentiality', '现将有关事项通知如下。\n附件1：机密 应急物资储备布点表', '机密'],
  ['confidentiality', '请各单位认真贯彻落实。\n附件2：秘密★1年 重点目标防护方案', '秘密'],
  ['confidentiality', '附件：绝密 城市电网调度图', '绝密'],
];

// [gate, text or page that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string | { html: string }]> = [
  // the injected illegal service is in HIJACK below; here the quiet siblings
  ['opinion', '您如果没别的事，可以先回去，我们处理后会电话告知。'],
  ['opinion', '请问您还有别的事需要反映吗？'],
  ['advertising', '扫描下方二维码进入“政务服务”小程序，即可在线办理。'],
  ['advertising', '长按识别二维码进入“网上办事大厅”，查询办件进度。'],
  ['advertising', '市场监管局建议消费者选购正规品牌的电暖器，认准3C标志。'],
  ['advertising', '建议市民选用知名品牌、有质量保障的产品。'],
  ['confidentiality', '国家统计局发布：一季度GDP同比增长5.3%，欢迎转发。'],
  ['confidentiality', '网传“一季度GDP增长2%”系谣言，请勿传播不实信息。'],
  ['political', '民族地区发展相对落后，要加大帮扶力度。'],
  ['political', '引导少数民族群众转变落后观念，积极发展特色产业。'],
  ['confidentiality', '2024年公务员面试已结束，第二题是“如何看待留痕”，下面进行解析。'],
  ['confidentiality', '面试共设三道题，请考生合理分配答题时间。'],
  ['privacy', '出院时请凭住院号到一楼窗口办理结算手续。'],
  ['privacy', '患者可通过就诊卡号查询检查报告。'],
  ['advertising', '警方提醒：凡宣称“稳赚不赔”的投资都是骗局。'],
  ['advertising', '谨防“保本保息”类非法集资陷阱。'],
  ['confidentiality', '秘密的泉水养育了一方百姓。\n附件：报名表'],
  ['confidentiality', '附件：保密工作自查表'],
  ['hijack', page('市公安局打击代孕违法犯罪，举报电话13900001111。')],
  ['hijack', page('评选咨询电话：0455-8888888，联系人：王老师。')],
];

const HIJACK: Array<[string, string]> = [
  ['【推广】正规代孕机构，包成功包男孩，咨询微信dy6688', '代孕'],
  ['专业代孕，包男孩，加V:sy8899', '代孕'],
  ['办证刻章，各类证件，微信 bz168168', '办证'],
  ['代开发票，正规渠道，联系电话13912345678', '代开发票'],
];

describe('heldout-final39 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it.each(HIJACK)('hijack reports an injected illegal service with a contact: %s', (line, word) => {
    expect(reported('hijack', page(line)).some((e) => e.includes(word))).toBe(true);
  });

  it.each([
    '应急管理部（微信公众号）',
    '公安部（官方微博）',
    '国家卫生健康委员会（微信公众号）',
    '中国气象局（官方网站）',
  ])('source accepts a unit with its channel in brackets: %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
  it.each(['本地吃瓜（微信公众号）', '吃瓜群众（官方微博）'])(
    'source still reports an unlisted name with a channel: %s',
    (s) => {
      expect(reportedSource(s)).toHaveLength(1);
    },
  );
});
