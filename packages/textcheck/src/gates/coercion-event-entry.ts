// A public event closed to whoever does not sign up to an app or an account (after heldout-final107):
// 市民须先下载“绿城积分”APP并完成注册，否则不得参加活动; 关注本馆公众号，否则不能参与本次义诊; 未注册
// 小程序的居民不得参加健步走. An event an office holds for the public (义务植树, 义诊, 志愿服务, 健步走)
// is open to all; tying entry to a download or a follow forces the interaction that 国办发〔2018〕123号
// forbids. The family of coercion-channel.ts withholds a service; this one an event, which the public
// also signs up for (网上报名), so the gate's reading of 报名 as an exam's own channel does not apply.
// Quiet: an exam or an event registered online through its own form (完成网上报名，否则不能参加考试;
// 请于周五前报名，否则无法参加活动: no app or account is demanded), a ban or a report of the practice
// (不得以下载APP作为参加活动的条件), and anti-fraud advice.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** An app or an account. */
const APP = '(?:APP|app|App|客户端|小程序|公众号|视频号|抖音号|微信群|平台|账号)';
/** Signing up to it: 下载“绿城积分”APP, 注册小程序, 关注本馆公众号. */
const SIGN_UP = `(?:下载|注册|安装|关注|绑定|激活|加入)${IN}{0,12}?(?:${APP}|[“"][^”"]{2,12}[”"])`;
/** Kept out: 不得参加, 不能参与, 无法报名参加, 不允许入场. */
const KEPT_OUT =
  '(?:不得|不能|无法|不可|不予|不允许|不让|谢绝|拒绝)(?:其|您)?(?:报名)?(?:参[加与]|入场|进场|入园|领取)';
/** An event the office holds for the public. */
const EVENT =
  '(?:活动|植树|义诊|义务劳动|志愿服务|健步走|运动会|比赛|游园|抽奖|观影|演出|讲座|宣讲会|培训|游园会|赛事|庙会|集市|文艺汇演)';
/** Not signed up: 未注册小程序的居民, 没有关注公众号的. */
const NOT_SIGNED = `(?:未|没有?|不)(?:下载|注册|安装|关注|绑定|激活|加入)${IN}{0,12}?${APP}`;

export const EVENT_ENTRY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern: new RegExp(
      `${SIGN_UP}${IN}{0,30}?(?:否则|不然|要不然)${IN}{0,6}?(?:一律|将|均|都|就)?${KEPT_OUT}${IN}{0,8}?${EVENT}|${NOT_SIGNED}${IN}{0,10}?(?:一律|将|均|都|就)?${KEPT_OUT}${IN}{0,8}?${EVENT}`,
      'g',
    ),
    message: '以下载、注册、关注移动应用作为参加公共活动的条件，属强制互动（国办发〔2018〕123号）',
  },
]);

/** A ban, a report or a refutation of the practice; a fraud warned of. */
const NOT_A_DEMAND =
  /谣言|谣传|辟谣|网传|形式主义|查处|纠治|整治|不得(?:以|将|把|强制|强迫|要求)|严禁|禁止|自愿|不强制|杜绝|反对|防止|避免|反映|投诉|举报|反诈|诈骗|骗子/;

export const regradeEventEntry: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return NOT_A_DEMAND.test(text.slice(from, to)) ? 'info' : severity;
};
