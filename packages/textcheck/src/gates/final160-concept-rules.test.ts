// The rules for the misses and false alarms of two blind every-gate sets measured on the code of the
// session before them (final160, final161), each written for a concept: an objection to a tender's
// result put after the publicity period, the written labour contract's month told as longer, a cure
// claimed for a device beside its reminder feature, a citizen told not to call again or that the
// office's business is not theirs, the complainant's name handed on with the call record, and an
// appointee's own mobile number. Quiet: the lawful statements, a kind of material classed by a rule,
// secret files as the subject of an audit, a list of Hong Kong, Macao, Taiwan and 内地 by full names,
// and an adult defendant named in a public judgement.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an objection to a tender's result put after publicity (legal.bid-objection-period-misstated)
  [
    'legal',
    '各投标人对评标结果有异议的，可于公示期满后五个工作日内向招标人书面提出。',
    '公示期满后',
  ],
  ['legal', '对中标候选人有异议的，请在公示期结束之日起3日内以书面形式提出。', '公示期结束之日起'],
  // the written labour contract's month (legal.written-contract-deadline-misstated)
  ['legal', '用人单位须自用工之日起2个月内与职工签订书面劳动合同。', '用工之日起2个月内'],
  ['legal', '新员工入职三个月内，单位应与其签订劳动合同。', '入职三个月内'],
  // a cure claimed beside a device's reminder feature (advertising.medical-claim)
  [
    'advertising',
    '这款理疗仪带有定时提醒功能，坚持使用可根治颈椎病，已在社区卫生服务站推广。',
    '根治',
  ],
  // told not to call again (opinion.cold-reply)
  ['opinion', '该问题已经反复解释过了，请不要再打电话投诉。', '不要再打电话投诉'],
  ['opinion', '您别再来电了，处理结果以书面答复为准。', '您别再来电了'],
  // told the office's business is not theirs (opinion.cold-reply)
  ['opinion', '村里怎么定是村里的事，轮不到村民说三道四。', '轮不到村民说三道四'],
  ['opinion', '社区怎么安排就是社区的事，请各位业主不要再议论。', '社区怎么安排就是社区的事'],
  // the complainant's name handed on with the call record (confidentiality.whistleblower)
  [
    'confidentiality',
    '我们已把您的手机号码和投诉记录转告了该物业公司，请保持电话畅通。',
    '把您的手机号码和投诉记录转告了该物业',
  ],
  // an appointee's own mobile number (privacy.mobile-number)
  [
    'privacy',
    '经考察，拟录用李晓峰为镇农业综合服务中心工作人员（手机：13907315528），现予公示。',
    '13907315528',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '对评标结果有异议的，应当在中标候选人公示期间向招标人提出。'],
  [
    'legal',
    '供应商对中标结果有异议的，可以在中标结果公告期限届满之日起七个工作日内向采购人提出质疑。',
  ],
  ['legal', '用人单位应当自用工之日起一个月内与劳动者订立书面劳动合同。'],
  ['legal', '新员工入职三个月内须完成岗前安全培训。'],
  ['advertising', '智能药盒具备定时提醒功能，帮助独居老人按时服药。'],
  ['opinion', '如问题已解决，无需再来电，感谢您的支持。'],
  ['opinion', '欢迎家长对课后服务安排提出意见建议。'],
  ['confidentiality', '我局已将您的来电记录转交属地街道办理，办理结果将及时反馈。'],
  ['privacy', '拟录用李晓峰为镇农业综合服务中心工作人员。公示期间，监督电话：0731-84562210。'],
  [
    'confidentiality',
    '按照规定，中考试题、答案及评分参考在启用前均列为机密级事项，印制、运送全程封闭管理。',
  ],
  ['confidentiality', '检查发现部分科室存在涉密文件登记不全、借阅手续不规范等问题，已当场整改。'],
  ['political', '论坛吸引了香港特别行政区、澳门特别行政区、台湾地区及内地的青年代表100余人参加。'],
  [
    'privacy',
    '区人民法院依法公开宣判，被告人孙志刚（男，41岁）犯非法吸收公众存款罪，判处有期徒刑四年。',
  ],
];

describe('concept rules for the misses of final160 and final161', () => {
  itReportsFamilies(CATCHES, QUIET);
});
