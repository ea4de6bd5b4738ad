// The political, text and advertising rules for the misses of four blind sets (final186 to final189),
// each written for a concept: historic events and statutory days given a wrong month and day, a closed
// Party formulation (四个意识, 四个自信, 四个全面) listed with a wrong member, 的 for 地 before a verb marked
// with 了 or 着, 召回 written 招回 and 债券 written 债卷, and a public body's post turned into a seller's
// advert (a facility ranked top of a province in a sign-up post, a shop's sale with a call to buy, a
// developer's sales office, a named firm's discount, a lottery's promised win). Quiet: the right dates and
// members, Hong Kong and Macao named as 特别行政区 beside 国家, 的 before a noun, a sale reported without a
// call, a warning about sales offices, a firm named without a price, a win rate denied.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import { loadTypoDetector } from '../node/typo-detector.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // historic events and statutory days with a wrong month and day (political.history-date)
  ['political', '1997年7月2日，中国政府恢复对香港行使主权，香港特别行政区成立。', '7月2日'],
  ['political', '澳门于1999年12月21日回归祖国，开启了“一国两制”新篇章。', '12月21日'],
  ['political', '每年的12月14日被确定为国家宪法日，各地开展宪法宣传活动。', '12月14日'],
  ['political', '2014年起，国家将每年的9月13日设立为中国人民抗日战争胜利纪念日。', '9月13日'],
  ['political', '9月29日是第十一个烈士纪念日，我县举行公祭活动。', '9月29日'],
  ['political', '国家公祭日（12月3日）当天，全市拉响防空警报。', '12月3日'],
  ['political', '全民国防教育日定在每年的9月18日，各学校组织国防教育。', '全民国防教育日'],
  // a closed formulation with a wrong member (political.formulation-member)
  ['political', '全体党员要牢固树立政治意识、大局意识、看齐意识、纪律意识。', '纪律意识'],
  ['political', '坚定道路自信、理论自信、制度自信、历史自信，凝聚奋进力量。', '历史自信'],
  [
    'political',
    '协调推进“四个全面”——全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治军。',
    '全面从严治军',
  ],
  // a public body's post turned into a seller's advert (advertising.*)
  [
    'advertising',
    '训练中心配备全市一流的攀岩、游泳和射箭训练场地。周末班正在招生，欢迎广大青少年报名参加。',
    '全市一流',
  ],
  ['advertising', '万悦商城店庆期间全场8折，欢迎广大消费者前往选购。', '全场8折'],
  ['advertising', '项目样板间已开放，欢迎市民到营销中心预约看房。', '营销中心'],
  [
    'advertising',
    '企业办理商标注册，可联系明信知识产权代理有限公司，本月签约享受9折优惠。',
    '有限公司',
  ],
  ['advertising', '本期即开型彩票百分百中奖，快来购买吧！', '百分百中奖'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['political', '1999年12月20日零时，中葡两国政府澳门政权交接仪式举行。'],
  ['political', '9月30日是第十一个烈士纪念日，我县举行公祭活动。'],
  ['political', '9月29日，烈士纪念日前夕，学生们来到陵园祭扫。'],
  ['political', '国家宪法日是每年的12月4日。'],
  ['political', '增强宗旨意识、服务意识、责任意识，提升服务水平。'],
  [
    'political',
    '增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。',
  ],
  ['political', '欢迎赴美国、日本等国家和香港、澳门特别行政区及台湾地区交流访问的学生报名。'],
  ['advertising', '据统计，节日期间商场打折促销带动社会消费品零售总额增长12%。'],
  ['advertising', '购房时请到售楼处核实预售许可证，谨防上当受骗。'],
  ['advertising', '纳税人可委托涉税专业服务机构代为办理，也可通过个人所得税APP自行办理。'],
  ['advertising', '体彩中心提醒：彩票并非百分之百中奖，请理性购彩。'],
  ['advertising', '社区邻里节设置趣味游戏，参与者100%中奖，奖品为环保袋。'],
  ['advertising', '我市建成全省一流的污水处理设施，日处理能力达到10万吨。'],
];

describe('political, text and advertising rules for the misses of final186 to final189', () => {
  itReportsFamilies(CATCHES, QUIET);
});

describe('的 for 地 before a marked verb, 招回 and 债卷 (text gate with the typo detector)', () => {
  const checker = createChecker({
    asOf: '2026-01-01',
    classifier: false,
    textGateDetector: loadTypoDetector(),
  });
  const reportedText = (text: string) =>
    checker
      .check({ text }, { gates: ['text'] })
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => f.excerpt);
  it.each([
    ['社区工作人员耐心的解答了居民提出的问题。', '的'],
    ['老党员亲切的询问着孩子们的学习情况。', '的'],
    ['厂家已启动招回程序，对问题车辆免费检修。', '招回'],
    ['今年我市共发行政府债卷45亿元。', '债卷'],
  ])('reports %s', (text, excerpt) => {
    expect(reportedText(text).some((e) => e.includes(excerpt))).toBe(true);
  });
  it.each([
    '代表团一行受到了热情的接待。',
    '市财政局督促项目单位加快专项债券资金支出进度。',
    '企业主动召回缺陷产品，消费者可免费更换。',
  ])('stays quiet on %s', (text) => {
    expect(reportedText(text)).toEqual([]);
  });
});
