// False-alarm guards of the heldout-final30 measurement (the session's last rules, no round of
// families after it): a place whose name holds a slur (黑瞎子岛), an abolished card asked about in a
// question and told replaced under 原 in the answer, and a style guide that quotes wrong wordings
// (“台湾总统”) to correct them — each with the wrong use that must stay reported.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '那个瞎子又来窗口闹事了', '瞎子'],
  ['political', '“台湾总统”昨日出访南太平洋岛国', '台湾总统'],
  ['policy', '外来务工人员请携带暂住证到社区登记', '暂住证'],
];

// [gate, text or page that must get no block or warn finding of the gate]
const CLEAN: Array<[Gate, string]> = [
  ['political', '黑瞎子岛湿地公园冬季开放时间调整为9:00至16:00'],
  [
    'political',
    '编辑提示：不得使用“台湾政府”“台湾总统”等错误表述，应称“台湾当局”“台湾地区领导人”。',
  ],
  [
    'policy',
    '问：以前办的暂住证还有效吗？\n答：不再使用。本市已全面实行居住证制度，原暂住证已由居住证取代。',
  ],
];

describe('heldout-final30 guards', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
