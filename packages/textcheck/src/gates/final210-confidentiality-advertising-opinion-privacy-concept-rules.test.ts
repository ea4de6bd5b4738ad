// The confidentiality, advertising, opinion and privacy rules for the misses of four blind every-gate
// sets (final210 to final213), each written for a concept: a survey's first count told from an internal
// meeting while the province reviews it, a leader's way in told by the clock, a price plan told while
// it is before the government for approval, a fugitive's hiding place told while the arrest is still
// being organised, a product for sale called the most authoritative of the country, a platform's
// new-user coupon passed on by the office, the asker told to be ashamed in a rhetorical question, a
// named driver's hidden illness, and a private person's own mobile ending their words. Quiet: the
// figure released, the visit reported after it, the hearing's notice, the arrest made, a rank without
// a sale, a public voucher programme, the asker's own view asked for, a masked name, and an office's
// line.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a first count from an internal meeting while the body above reviews it (confidentiality-draft-figures)
  [
    'confidentiality',
    '昨日，县林业局召开森林资源年度监测成果内部审核会。据初步汇总，全县森林覆盖率下降0.8%，相关数据正在报市局核定。',
    '初步汇总',
  ],
  // a leader's way in told by the clock (confidentiality-movements-ahead)
  [
    'confidentiality',
    '5月8日下午3时，市长一行将从东环高速城北出口驶入我区，实地察看智能制造产业园建设情况。',
    '将从东环高速城北出口驶入',
  ],
  // a price plan told while it is before the government for approval (confidentiality-draft-figures)
  [
    'confidentiality',
    '目前正在报县政府审批的方案拟将城区停车收费标准由每小时2元调整为3元。',
    '由每小时2元调整为3元',
  ],
  // a fugitive's hiding place while the arrest is still being organised (confidentiality-case-leaks)
  [
    'confidentiality',
    '尚未归案的一名财务人员躲藏在邻县某宾馆内，专案组正在部署抓捕。',
    '躲藏在邻县某宾馆内',
  ],
  // a product for sale called the most authoritative or exact of a place (advertising-promoted-superlatives)
  [
    'advertising',
    '这套方志丛书是全省最全面、最详尽的地情读本，全市各新华书店均有销售。',
    '全省最全面',
  ],
  // a platform's new-user coupon for downloading its app (advertising-patterns)
  [
    'advertising',
    '下载“闪送外卖”App注册成为会员，可获得20元新用户外卖红包。',
    '可获得20元新用户外卖红包',
  ],
  // the asker told to be ashamed in a rhetorical question (opinion-asker-rebukes)
  [
    'opinion',
    '经核实，您已在外地享受过该项补贴，重复申请你难道不觉得过分吗？',
    '你难道不觉得过分吗',
  ],
  ['opinion', '明明有稳定收入，您还好意思来申请困难救助吗？', '您还好意思来申请困难救助吗'],
  // a named driver's or applicant's hidden illness (privacy-person-conditions)
  [
    'privacy',
    '经查，申请人周海涛瞒报精神分裂症病史报考驾驶证，车管所已依法不予受理。',
    '周海涛瞒报精神分裂症',
  ],
  // a private person's own mobile ending their words (citizen-contact)
  ['privacy', '受助村民李大姐说，欢迎大家来她的果园采摘，手机号13812345678。', '13812345678'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  [
    'confidentiality',
    '据统计公报，全县森林覆盖率为63.2%，比上年提高0.5个百分点，数据已经市统计局审定发布。',
  ],
  [
    'confidentiality',
    '5月8日下午3时，市长一行从东环高速城北出口进入我区，实地察看了智能制造产业园建设情况。',
  ],
  [
    'confidentiality',
    '停车收费调整听证会定于6月10日召开，听证方案拟将城区停车收费标准由每小时2元调整为3元。',
  ],
  ['confidentiality', '另一名在逃财务人员曾藏匿于邻县某宾馆，已于当晚被民警抓获归案。'],
  ['advertising', '我市建成全省最全面的地质资料数据库，为国土空间规划提供支撑。'],
  ['advertising', '下载“云闪付”App并完成实名注册，即可领取50元消费券，本轮消费券由市商务局发放。'],
  ['opinion', '如您觉得审核结果不合适，可自收到通知之日起60日内申请行政复议。'],
  ['privacy', '驾驶人孙某隐瞒身体状况申领驾驶证，依法被撤销驾驶许可。'],
  ['privacy', '县民政局表示，愿意为有收养意愿的家庭提供咨询，联系电话13905786142。'],
];

describe('concept rules for the confidentiality, advertising, opinion and privacy misses of final210 to final213', () => {
  itReportsFamilies(CATCHES, QUIET);
});
