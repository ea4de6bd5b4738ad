// The political and text rules for the misses and false alarms of four blind every-gate sets
// (final210 to final213: natural resources, transport, civil affairs, environment and construction),
// each written for a concept: an observance day dated wrongly (its name quoted after 全国, 中华慈善日,
// a heading's greeting to the day), a closed formulation's intruder (五位一体, 四好农村路, the core
// socialist values), 的 for 地 before talking something over with someone, and the second character
// of a two-character city's name read as a slip. Quiet: the right dates and members, a day greeted
// before it comes, 党的建设 beside the five, prose lists of 好, 与会, and real slips kept.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import { loadTypoDetector } from '../node/typo-detector.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an observance day's name quoted after its scope word (political-history-dates)
  ['political', '今年6月24日是第36个全国“土地日”，主题是节约集约用地。', '6月24日'],
  // 中华慈善日 is 5 September (慈善法 第七条)
  ['political', '每年的9月15日是中华慈善日，欢迎市民参与。', '9月15日'],
  ['political', '9月6日是中华慈善日，区民政局发起慈善募捐。', '9月6日'],
  // a heading's date greeting the day (political-history-dates)
  ['political', '【6月6日｜共赴世界环境日】市生态环境局邀您参加。', '6月6日'],
  // a closed formulation's intruder (political-formulation-intruders)
  [
    'political',
    '坚持经济建设、政治建设、文化建设、社会建设、党风建设五位一体统筹推进。',
    '党风建设',
  ],
  ['political', '我县持续推动农村公路建好、管好、养好、运营好，打造美丽乡村路。', '养好'],
  [
    'political',
    '核心价值观即富强、民主、文明、和谐，自由、平等、公平、法治，爱国、敬业、诚信、友善。',
    '公平',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['political', '6月25日是第36个全国“土地日”。'],
  ['political', '9月5日是中华慈善日，区民政局发起慈善募捐。'],
  ['political', '【8月15日，相约全国生态日】欢迎参加。'],
  ['political', '【8月14日，喜迎全国生态日】明天活动欢迎参加。'],
  ['political', '统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设。'],
  ['political', '推动经济建设、政治建设、文化建设、社会建设、生态文明建设协调发展。'],
  ['political', '建好、管好、护好、运营好农村公路，服务乡村振兴。'],
  ['political', '各村要把健身器材管好、用好、护好。'],
  ['political', '积极营造团结、友爱、互助、文明、和谐的社区氛围。'],
  [
    'political',
    '践行富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善的价值准则。',
  ],
];

describe('political rules for the misses of final210 to final213', () => {
  itReportsFamilies(CATCHES, QUIET);
});

describe('的 for 地 before talking it over, and a city name (text gate with the typo detector)', () => {
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
    // a manner word, 的, 与/同/跟 someone, then talking it over (de-di-de-rule)
    ['社区网格员主动的同业主代表协商停车位分配方案。', '的'],
    ['客服人员及时的跟申请人联系，补齐了材料。', '的'],
    // a close slip of a real city's second character stays a slip (typo-rule)
    ['代表团一行到杭洲市考察学习。', '洲'],
    // and of its first
    ['据沉阳市气象台消息，明天有小到中雨。', '沉'],
  ])('reports %s', (text, excerpt) => {
    expect(reportedText(text).some((e) => e.includes(excerpt))).toBe(true);
  });
  it.each([
    '会场上满是热情的与会代表。',
    '他那份耐心的与众不同之处在于细致。',
    // the second character of a city's name is not read as a slip (proper-name-guard)
    '市民可到梧川市政务服务中心办理。',
    '来自梧川区的志愿者参加了活动。',
  ])('stays quiet on %s', (text) => {
    expect(reportedText(text)).toEqual([]);
  });
});
