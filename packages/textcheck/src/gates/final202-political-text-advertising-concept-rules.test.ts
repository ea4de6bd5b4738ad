// The political, text and advertising rules for the misses of four blind every-gate sets (final202 to
// final205: statistics notes, typhoon news, energy and science study pieces, IP week, volunteers,
// funeral services, a town's tourism, a housing fund's and an IP office's replies), each written for a
// concept: Hong Kong, Macao or Taiwan alone summed up as 国家和地区, a route from Taiwan into 我国, a
// closed formulation's intruder (四个革命, 四个面向), an observance day dated wrongly right before its
// name, 的 for 得 after a verb of a trend and for 地 before a service, 一但 and 不记报酬, a city's name
// read as a slip, a time-limited discount with a call to book, a gift for a viewing and a named firm's
// success told as certain. Quiet: a list with a foreign country, 进入大陆, the right members and dates,
// nouns after 的, junctions of real words, a public fee relief, an office's own rate.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import { loadTypoDetector } from '../node/typo-detector.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the three alone summed up as 国家和地区 (political-hmt-country-lists)
  ['political', '本次展会吸引了来自港澳台等国家和地区的客商参展。', '港澳台等国家和地区'],
  ['political', '欢迎境外及香港、澳门等国家和地区的青年来我市创业。', '香港、澳门等国家和地区'],
  // a route from Taiwan into 我国 (political-taiwan-route)
  ['political', '冷空气自台湾海峡北上进入中国境内后逐渐减弱。', '自台湾海峡北上进入中国境内'],
  ['political', '该热带低压途经台湾岛后将进入我国，请做好防范。', '途经台湾岛后将进入我国'],
  // a closed formulation's intruder (political-formulation-intruders)
  [
    'political',
    '推进能源消费革命、能源供给革命、能源市场革命、能源体制革命，保障能源安全。',
    '能源市场革命',
  ],
  [
    'political',
    '坚持面向世界科技前沿、面向经济主战场、面向产业发展需求、面向人民生命健康。',
    '面向产业发展需求',
  ],
  // an observance day dated wrongly right before its name (political-history-dates)
  ['political', '6月6日世界环境日当天，我局在广场开展宣传。', '6月6日世界环境日'],
  // a time-limited discount with a call to book (advertising-office-promotions)
  ['advertising', '县文旅局联合景区推出研学线路，限时7折，扫描二维码立即抢购。', '限时7折'],
  // a gift for a viewing or a purchase (advertising-office-promotions)
  ['advertising', '楼盘开盘期间认购即送两年物业费，欢迎咨询。', '认购即送两年物业费'],
  // a named firm's success told as certain (advertising-success-rate)
  [
    'advertising',
    '推荐大家找华通财税服务有限公司，营业执照代办包通过，电话0736-1234567。',
    '包通过',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['political', '今年我市对美国、日本、香港等国家和地区的出口保持增长。'],
  ['political', '欢迎来自港澳台及其他国家和地区的游客。'],
  ['political', '台风穿过台湾海峡后将在福建沿海再次登陆，之后进入江西。'],
  ['political', '冷空气经台湾海峡进入大陆东南沿海。'],
  ['political', '推动能源消费革命、能源供给革命、能源技术革命、能源体制革命，全方位加强国际合作。'],
  ['political', '教育要面向现代化、面向世界、面向未来。'],
  ['political', '6月5日世界环境日当天，我局在广场开展宣传。'],
  ['political', '4月23日世界读书日当天，图书馆举办读书分享会。'],
  ['political', '4月24日世界知识产权日前夕，我局开展咨询活动。'],
  ['advertising', '60岁以上老人凭证购票享受8折优惠，可扫码预约。'],
  ['advertising', '前来办理业务的群众可领取防诈宣传手册。'],
  ['advertising', '业主反映，购买商铺时开发商承诺送全套家电，但至今未兑现。'],
  ['advertising', '今年全县人民调解成功率100%，群众满意率100%。'],
  ['advertising', '该县诚达知识产权事务所今年代理的专利申请授权率100%，受到表彰。'],
];

describe('political and advertising rules for the misses of final202 to final205', () => {
  itReportsFamilies(CATCHES, QUIET);
});

describe('的 for 得 and 地, 一但, 不记报酬 and a city name (text gate with the typo detector)', () => {
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
    // a verb of a trend, 的, a complement of degree (de-di-de-rule)
    ['进入三月，蔬菜价格回落的十分明显。', '的'],
    // a manner word, 的, whom for and a service (de-di-de-rule)
    ['志愿者热情的给外地游客带路。', '的'],
    // 一但 and 不记 for 不计 (misspellings.tsv)
    ['一但发现火情，请立即拨打119。', '一但'],
    ['党员干部不记个人得失，冲锋在前。', '不记个人得失'],
    // a close slip of a real city stays a slip beside the city-name guard (typo-rule)
    ['据沉阳市气象台消息，明天有小到中雨。', '沉'],
  ])('reports %s', (text, excerpt) => {
    expect(reportedText(text).some((e) => e.includes(excerpt))).toBe(true);
  });
  it.each([
    '气温回升的速度很快。',
    '他们耐心的服务态度赢得了群众好评。',
    '各地标准不统一但总体向好。',
    '我不记得失物招领处在哪里。',
    // a city's name is not read as a slip (proper-name-guard)
    '5月份，沅阳市居民消费价格同比上涨0.6%。',
  ])('stays quiet on %s', (text) => {
    expect(reportedText(text)).toEqual([]);
  });
});
