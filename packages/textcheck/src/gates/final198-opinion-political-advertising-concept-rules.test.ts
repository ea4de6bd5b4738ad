// The opinion, political and advertising rules for the misses of four blind sets (final198 to
// final201), each written for a concept: a hindsight reproach with its subject left out, a critic told
// to learn common sense first, a fault excused by the offender's living, offenders called a tumour, a
// matter brushed off with the office named in full, an error of the office's own count or a harm a
// project brings on others ruled out for good, a day set by a week of a month given another week, a
// shop's discount named before the document that earns it, a driving school told as the best choice,
// and a harm promised filtered out whole by a product put to use.
// Quiet: advice without reproach, advice to learn a skill, an appeal for workers with no fault excused,
// a campaign against a harm, the body in charge named, a body's own target, the right week, a public
// venue's relief, advice of a kind and a measured rate.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a hindsight reproach without a subject (opinion.sarcasm)
  ['opinion', '须知早已张贴在窗口，但凡看一眼须知也不至于跑空。', '但凡看一眼须知也不至于'],
  // a critic told to learn common sense first (opinion.sarcasm)
  ['opinion', '对这类说法，评论之前麻烦先补补常识。', '评论之前麻烦先补补常识'],
  ['opinion', '这些人最好先学点常识再来发帖。', '先学点常识再来发帖'],
  ['opinion', '我们只想说，多懂点常识再来留言。', '多懂点常识'],
  // a fault excused by the offender's living (opinion.sarcasm)
  [
    'opinion',
    '外卖小哥送一单也不容易，晚到一会儿也是为了多挣点钱，还请您多多谅解。',
    '也是为了多挣点钱',
  ],
  // offenders called a tumour or scum (opinion.abuse)
  ['opinion', '这些无良商家唯利是图，简直就是社会毒瘤！', '简直就是社会毒瘤'],
  ['opinion', '个别黑心老板克扣工钱，丧尽天良。', '黑心老板克扣工钱，丧尽天良'],
  // a matter brushed off with the office named in full (opinion.cold-reply)
  ['opinion', '回复：此事不归我们社区居委会管，请另找他处。', '不归我们社区居委会管'],
  // an error of the office's own count, a harm a project brings (opinion.over-promise)
  ['opinion', '街道承诺：本次救助评定绝不会出现任何一户错评漏评。', '错评漏评'],
  ['opinion', '我们保证，新建变电站绝不会对沿线村民造成任何危害。', '任何危害'],
  // a day set by a week of a month given another week (political.history-date)
  ['political', '今天是5月的第一个星期日，也是全国助残日。', '5月的第一个星期日'],
  ['political', '全民国防教育日定在每年9月的第二个星期六。', '9月的第二个星期六'],
  // a shop named before the document earning its discount (advertising.promotion)
  ['advertising', '新人可到楼下“良缘”婚纱摄影拍照，持结婚证享9折。', '良缘'],
  // a driving school told as the best choice (advertising.absolute-term)
  ['advertising', '顺安驾校通过率高，是广大考生拿证的首选。', '首选'],
  // a harm filtered out whole by a product put to use (advertising.absolute-term)
  ['advertising', '家中可使用反渗透净水器，可100%过滤重金属。', '100%过滤'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['opinion', '但凡有一线希望，我们也不会放弃搜救。'],
  ['opinion', '建议市民多学点急救常识，关键时刻能救命。'],
  ['opinion', '环卫工人起早贪黑很辛苦，请大家多理解支持。'],
  ['opinion', '我局将严厉打击“黑心中介”，铲除黑恶势力这一社会毒瘤。'],
  ['opinion', '噪声问题由公安机关负责，我们已将您的诉求转交区公安分局办理。'],
  ['opinion', '我们将确保低保认定不出现错保漏保，欢迎群众监督。'],
  ['political', '9月的第三个星期六是全民国防教育日，各校开展防空演练。'],
  ['political', '5月的第三个星期日是全国助残日，各地开展助残活动。'],
  ['advertising', '持老年证到县博物馆可享免费参观。'],
  ['advertising', '公共交通是您出行的最佳选择。'],
  ['advertising', '经检测，该净水设备对重金属的去除率达到98%。'],
];

describe('opinion, political and advertising rules for the misses of final198 to final201', () => {
  itReportsFamilies(CATCHES, QUIET);
});
