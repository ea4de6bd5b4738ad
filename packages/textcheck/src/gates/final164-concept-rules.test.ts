// The rules for the misses of two blind every-gate sets measured on the code of the two rounds before
// them (final164, final165), each written for a concept: a party condemned with an intensifier and an
// idiom of scorn, a school's job promised in full, the work-death grant told as other than twenty
// times, a citizen reproached with a question, and a county-level city put in the wrong province
// where someone goes. Quiet: a safety slogan's idiom, a year's employment rate, the grant stated
// right, a question that helps, a citizen's own question, a city in its own province, and a
// province's cooperation (公正 → 公证 is in typo-detector.test.ts).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a party condemned with an intensifier and an idiom of scorn (opinion.emotion)
  ['opinion', '该企业主明知隐患仍组织生产，真是利欲熏心。', '真是利欲熏心'],
  ['opinion', '这些人为了赚钱违规收购野生动物，简直无法无天。', '简直无法无天'],
  // a school's job promised in full (advertising.guarantee)
  ['advertising', '选择我们的培训班，上岗有百分之百的保障。', '上岗有百分之百的保障'],
  // the work-death grant told as other than twenty times (legal.work-death-grant-misstated)
  [
    'legal',
    '职工因工死亡，其近亲属可领取一次性工亡补助金，标准为上年度全国城镇居民人均可支配收入的十倍。',
    '十倍',
  ],
  // a citizen reproached with a question (opinion.sarcasm)
  ['opinion', '您好，您签租房合同之前为什么不仔细看看条款？', '为什么不仔细看看条款？'],
  // a county-level city in the wrong province where someone goes (political.division-hierarchy)
  ['political', '本周，县招商团队前往广东昆山对接电子信息产业项目。', '广东昆山'],
  ['political', '考察团一行赴湖南晋江学习民营经济发展经验。', '湖南晋江'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['opinion', '安全生产切莫要钱不要命，企业主要守住安全底线。'],
  ['advertising', '2024届毕业生就业率达96.5%，其中对口就业率超过八成。'],
  ['legal', '一次性工亡补助金标准为上一年度全国城镇居民人均可支配收入的20倍。'],
  ['opinion', '您看清楚了吗？请再核对一遍申请表。'],
  ['opinion', '网友留言：你们为什么不早点通知？'],
  ['political', '本周，县招商团队前往江苏昆山对接电子信息产业项目。'],
  ['political', '我市将进一步加强与浙江合作。'],
];

describe('concept rules for the misses of final164 and final165', () => {
  itReportsFamilies(CATCHES, QUIET);
});
