// The political rules for the misses of four blind every-gate sets (final214 to final217), each
// written for a concept: a spirit of labour listed with a sibling spirit's member (勇于创新的工匠精神),
// a national session numbered past five (十四届全国人大第十一次会议 for the standing committee's), and
// the police's training words with a wrong member (执法为民 for 执法公正). Quiet: the right members, a
// spirit explained in the writer's own words, a run beside two spirits' names, the standing
// committee's meetings, a local congress's sessions, the plenary sittings of a session, the fire and
// rescue force's training words and the police's older core values.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a spirit of labour with a sibling spirit's member (political-formulation-intruders)
  [
    'political',
    '赛场上，选手们用行动诠释了执着专注、精益求精、一丝不苟、勇于创新的工匠精神。',
    '勇于创新',
  ],
  ['political', '大力弘扬工匠精神，做到爱岗敬业、精益求精、一丝不苟、追求卓越。', '爱岗敬业'],
  [
    'political',
    '他身上体现了爱岗敬业、争创一流、艰苦奋斗、精益求精、淡泊名利、甘于奉献的劳模精神。',
    '精益求精',
  ],
  ['political', '倡导崇尚劳动、热爱劳动、甘于奉献、诚实劳动的劳动精神。', '甘于奉献'],
  // a national session numbered past five (political-member-titles)
  [
    'political',
    '2024年9月13日，十四届全国人大第十一次会议表决通过关于实施渐进式延迟法定退休年龄的决定。',
    '十四届全国人大第十一次会议',
  ],
  ['political', '第十四届全国人民代表大会第八次会议审议通过了该法律修正案。', '第八次会议'],
  ['political', '全国政协十四届第六次会议在京召开，审议了相关提案。', '第六次会议'],
  ['political', '中国人民政治协商会议第十三届全国委员会第12次会议听取了有关报告。', '第12次会议'],
  // the police's training words with a wrong member (political-formulation-intruders)
  [
    'political',
    '全体民警重温习近平总书记授旗训词“对党忠诚、服务人民、执法为民、纪律严明”，立誓以忠诚守护平安。',
    '执法为民',
  ],
  ['political', '全市民警牢记对党忠诚、服务人民、执法公正、清正廉洁的训词精神。', '清正廉洁'],
  [
    'political',
    '践行“对党忠诚、秉公执法、执法公正、纪律严明”总要求，锻造过硬公安铁军。',
    '秉公执法',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['political', '选手们用行动诠释了执着专注、精益求精、一丝不苟、追求卓越的工匠精神。'],
  ['political', '弘扬爱岗敬业、争创一流、艰苦奋斗、勇于创新、淡泊名利、甘于奉献的劳模精神。'],
  // the three spirits one after the other, as the speech of 24 November 2020 lists them
  [
    'political',
    '培育形成了爱岗敬业、争创一流、艰苦奋斗、勇于创新、淡泊名利、甘于奉献的劳模精神，崇尚劳动、热爱劳动、辛勤劳动、诚实劳动的劳动精神，执着专注、精益求精、一丝不苟、追求卓越的工匠精神。',
  ],
  // the writer's own words, not a sibling's member
  ['political', '倡导敬业、精益、专注、创新的工匠精神，坚持守正创新、精雕细琢、勤学苦练。'],
  ['political', '他们坚持精益求精、勤学苦练、守正创新、一丝不苟的工匠精神。'],
  // a run beside two spirits' names
  [
    'political',
    '弘扬劳模精神和工匠精神，做到爱岗敬业、争创一流、精益求精、追求卓越，在岗位上建功立业。',
  ],
  // the standing committee's meetings, a local congress, a session's plenary sittings
  ['political', '十四届全国人大常委会第十一次会议表决通过关于实施渐进式延迟法定退休年龄的决定。'],
  ['political', '第十四届全国人民代表大会常务委员会第六次会议于2023年10月在京举行。'],
  ['political', '全国政协十四届常委会第六次会议在京闭幕。'],
  ['political', '十四届全国人大三次会议于2025年3月5日在京开幕。'],
  ['political', '县第十七届人民代表大会第七次会议选举产生了新一届县人民政府县长。'],
  ['political', '十四届全国人大二次会议第三次全体会议听取全国人大常委会工作报告。'],
  // the right training words, the fire and rescue force's and the police's older core values
  ['political', '民警与大家一起重温习近平总书记授旗训词“对党忠诚、服务人民、执法公正、纪律严明”。'],
  ['political', '消防指战员牢记训词精神，做到对党忠诚、纪律严明、赴汤蹈火、竭诚为民。'],
  ['political', '践行忠诚、为民、公正、廉洁的人民警察核心价值观，牢记授旗训词。'],
];

describe('political rules for the misses of final214 to final217', () => {
  itReportsFamilies(CATCHES, QUIET);
});
