// The @refutation term class of proximity.json, through the rules that name it: its words quiet a
// concept rule on a post that names the misconception to refute it (网传, 错误说法, 并不是, 误传 …),
// and its voids keep 以为 inside a longer word (可以为, 引以为戒) from quieting a real fault.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // 以为 inside 可以为, 引以为戒 is no refutation (legal.fine-by-village-body)
  [
    'legal',
    '村委会研究决定，对乱倒垃圾的农户处以罚款200元，罚没款项可以为村里修路。',
    '对乱倒垃圾的农户处以罚款',
  ],
  [
    'legal',
    '村委会对违规建房的3户各罚款500元，请广大村民引以为戒。',
    '村委会对违规建房的3户各罚款',
  ],
  // the rule still reports the statement when nothing refutes it
  ['legal', '试用期最长可以约定一年，具体由用人单位决定。', '试用期最长可以约定一年'],
];

const QUIET: Array<[Gate, string]> = [
  ['legal', '“试用期最长可以约定一年”，这是一种常见的错误说法。'],
  ['legal', '网传：村两委将对未按时缴纳卫生费的农户罚款50元。经核实，系误传。'],
  ['legal', '有观点认为醉酒驾驶要达到100毫克以上才算，这并不是法律的规定。'],
  ['legal', '“村委会可以对不缴卫生费的农户罚款100元”的说法不属实。'],
];

describe('the @refutation term class', () => {
  itReportsFamilies(CATCHES, QUIET);
});
