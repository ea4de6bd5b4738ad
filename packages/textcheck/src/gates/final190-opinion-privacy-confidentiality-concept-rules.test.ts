// The opinion, privacy and confidentiality rules for the misses of four blind sets (final190 to
// final193: emergency management, housing, street lighting, heating, maritime affairs, fisheries,
// government service centres), each written for a concept: the asker rebuked with the staff's own
// limits (我们也是人), the asker asked in scorn whether they never read the news, a single household or
// a single casualty ruled out for good; a person named in full after a serious illness; a leader's or
// an inspection group's arrival told ahead by the minute at a named site. The coercion gate had no
// miss. Quiet: a civility appeal, a helper's question about one message, a target, a doubted pledge, a
// masked name, a model's story, a donation appeal, a visit reported after it, a reception day.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the asker rebuked with the staff's own limits (opinion.cold-reply)
  [
    'opinion',
    '回复：您一上午催了四次，我们抢修队员也是人，也要吃饭休息，请耐心等待。',
    '我们抢修队员也是人',
  ],
  ['opinion', '答复：管道疏通需要排期，我中心师傅不可能随叫随到。', '不可能随叫随到'],
  // the asker asked in scorn whether they never read the news (opinion.sarcasm)
  [
    'opinion',
    '回复：停水通知提前三天就发了，您平时是从来不看公众号吗？',
    '您平时是从来不看公众号吗？',
  ],
  ['opinion', '答：社区群里早就发过了，难道你没看过群消息吗？', '难道你没看过群消息吗？'],
  // a single household or a single casualty ruled out for good (opinion.over-promise)
  [
    'opinion',
    '我局郑重承诺，今年汛期全镇绝不会有一户群众遭遇房屋倒塌伤亡。',
    '承诺，今年汛期全镇绝不会有一户群众遭遇房屋倒塌伤亡',
  ],
  [
    'opinion',
    '我们保证，本次寒潮期间全县绝不会出现任何人员冻伤死亡。',
    '保证，本次寒潮期间全县绝不会出现任何人员冻伤死亡',
  ],
  // a person named in full after a serious illness (privacy.patient)
  [
    'privacy',
    '确诊白血病的村民孙海涛日前在驻村干部帮助下办好了大病医保报销。',
    '确诊白血病的村民孙海涛',
  ],
  // a leader's or an inspection group's arrival told ahead by the minute (confidentiality.operation)
  [
    'confidentiality',
    '市长王建国将于下周二下午3时乘车抵达城西污水处理厂，检查提标改造进度。',
    '市长王建国将于下周二下午3时乘车抵达城西污水处理厂',
  ],
  [
    'confidentiality',
    '后天上午10:00，省安委会检查组将到我县化工园区督导安全生产。',
    '检查组将到我县化工园区督导安全生产',
  ],
];

const QUIET: Array<[Gate, string]> = [
  ['opinion', '接线员也是普通人，请大家文明通话。'],
  ['opinion', '我们都是人，难免有犯错的时候。'],
  ['opinion', '我们也是人民的公仆，理应热情服务。'],
  ['opinion', '请问您是不是没有收到验证短信？可点击重新发送。'],
  ['opinion', '我们将全力以赴，确保不发生人员伤亡。'],
  ['opinion', '谁能保证绝不会有任何一户出现问题？'],
  ['privacy', '身患尿毒症的市民周某在家属陪同下来到中心办理业务。'],
  ['privacy', '身患癌症的教师李芳仍坚守讲台。'],
  ['privacy', '为身患白血病的村民王小明发起爱心捐款。'],
  ['confidentiality', '昨日上午9时30分，市长王建国到城西污水处理厂检查提标改造进度。'],
  ['confidentiality', '县委书记将于本周四上午9时至11时在县信访局接待来访群众。'],
  ['confidentiality', '省督查组将于下月到我市开展检查，请各单位做好准备。'],
];

describe('opinion, privacy and confidentiality concept rules for the misses of final190 to final193', () => {
  itReportsFamilies(CATCHES, QUIET);
});
