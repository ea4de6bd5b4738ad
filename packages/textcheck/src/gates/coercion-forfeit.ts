// Pattern family of the coercion gate for a benefit or honour forfeited over an online task: 请于本周日
// 前登录小程序完成投票，逾期未完成的，视为自动放弃本年度春节慰问和优待证申领资格; 不参加投票的农户取消
// 下一年度村集体分红和惠农补贴申报资格; 下载注册反诈APP并截图发给班主任，未按时完成的家庭，孩子本学期
// 将不能参评“三好学生”; 完成“智慧作业”平台注册和绑定，未注册的，孩子不得参加本学期“三好学生”等评优
// 评先; 请各学校组织学生家长在线观看，未观看的学生将影响本学期“三好学生”评选; 全体村民必须加入村微信群…，不入群的一律不发放今年的惠农补贴; and a citizen's request refused
// unless they share (请您先…转发本条微博，否则我们将不予受理). A vote,
// joining a chat group, a download or a screenshot earlier in the post is the task; a welfare
// visit, a dividend, a subsidy or a pupil's honour does not depend on it. A deadline for the benefit's
// own application (逾期未提交申请材料的，视为自动放弃补贴资格) names no such task. Registering in an app or a
// mini program is such a task too (after heldout-final105: 请辖区退役军人于本周内在“退役军人之家”小程序完成
// 信息登记，未按时登记者将影响优待证办理), and an election's
// 未参加投票的视为弃权 forfeits no benefit; a sentence that forbids or reports it only informs.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** The online task set earlier in the post (up to 180 characters before the task not done). */
const TASK =
  '(?:(?:在线|线上|网上|直播)(?:观看|收看)|观看(?:直播|视频|回放)|直播|投票|点赞|转发|集赞|拉票|刷票|关注公众号|截图|入群|进群|加群|加入[^。；\\n]{0,8}?群|下载[^。；\\n]{0,14}?(?:APP|App|app|客户端|软件|小程序)|(?:平台|APP|App|app|客户端|小程序|账号)(?:的)?(?:注册|绑定|实名认证|激活)|(?:平台|APP|App|app|客户端|小程序|公众号)[”"」]?(?:上|中|里|内)?(?:完成|进行|提交)?(?:个人)?(?:信息)?(?:登记|填报|录入|申报))';
/** The task not done: 逾期未完成, 未按时完成, 不参加投票. */
const NOT_DONE =
  '(?:逾期|到期|超时|过期)?(?:未|没有|没|不|拒不)(?:按时|按期|如期|按要求|及时)?(?:完成|参加|参与|投票|下载|注册|关注|转发|点赞|认证|激活|绑定|入群|进群|加群|加入|观看|收看|登记|填报|录入)';
/** Forfeited: 视为自动放弃…资格, 取消…分红, 不能参评. */
const FORFEIT =
  '(?:视为(?:自动|主动|本人)?放弃|(?:将|会)?影响|取消|不能参评|不得参评|不予参评|不能参加评?|不得参加评?|不允许参加评?|不再享受|停发|暂停发放|不予发放|不发放|不再发放|停止发放|扣发)';
/** What is forfeited: a welfare visit, a dividend, a subsidy, an honour or a pupil's title. */
const BENEFIT =
  '(?:慰问|优待证|分红|补贴|补助|救助|待遇|低保|三好学生|优秀少先队员|优秀学生|评优|评先|先进|荣誉|奖励|奖学金)';

export const FORFEIT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${NOT_DONE}(?<=${TASK}[^\\n]{0,180}?)${IN}{0,8}?(?:的|者)${IN}{0,16}?${FORFEIT}(?!${IN}{0,24}?(?:选举|表决|投票权))${IN}{0,24}?${BENEFIT}`,
      'g',
    ),
    message: '以取消慰问、补贴、分红或评优资格强制群众投票、下载注册、截图上报，属强制参与',
  },
  {
    // A citizen's request refused unless they share, like or vote: 请您先下载注册并转发本条微博，否则我们
    // 将不予受理. A channel the request must come through (须通过APP提交材料，否则无法受理) asks for no
    // share or like, and is not read.
    rule: 'coercion.sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?:转发|点赞|集赞|拉票|投票|关注公众号|截图)${IN}{0,12}?(?:否则|不然)${IN}{0,6}?(?:不予受理|不予办理|不受理|不办理|无法受理|无法办理|不予回复|不予处理)`,
      'g',
    ),
    message: '以不予受理、不予办理强制群众转发、点赞、投票，属强制参与',
  },
]);

/**
 * A sentence that forbids or reports the practice (严禁以取消补贴资格强制群众投票, 有群众反映…) only
 * informs. Not the gate's wider list: the forfeited 补贴申报资格 is itself an application's word.
 */
const NOT_A_DEMAND =
  /形式主义|(?<![将会要])被通报|查处|纠治|整治|纠正|严禁|禁止|不得(?!参评|参加)|杜绝|(?:有|据|接到?)[^，,。；\n]{0,6}?(?:反映|投诉|举报)/;

export const regradeForfeit: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return NOT_A_DEMAND.test(text.slice(from, to)) ? 'info' : severity;
};
