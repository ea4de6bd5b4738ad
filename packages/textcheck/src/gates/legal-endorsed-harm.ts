// An office's reply or lesson that endorses what the law forbids instead of warning against it: a
// known scam called workable (刷单返利…一般都能按时拿到佣金，可以适当尝试), a pornographic platform
// pointed to for viewing (该平台以成人内容为主…喜欢的网友可通过其官网下载观看), and a drug myth agreed
// with (偶尔吸一点能放松减压、不会上瘾，这种说法有一定道理). Left: the same things named to warn (刷单返利
// 都是诈骗, 切勿下载, 这种说法毫无道理, 这种说法有道理吗？), which the words of warning or denial in their
// own sentence disown.
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Within one sentence, with no word of denial between. */
const GAP = (max: number): string => `(?:(?!不|没|无|勿|别|禁|骗|假)[^。；！？\\n]){0,${max}}?`;

export const ENDORSED_HARM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A scam of paid clicks, orders or likes told to pay out or to be tried.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:刷单|刷信誉|刷好评|刷流量|点赞返利|做任务返利|垫付返佣)${GAP(40)}(?:(?:能|可以|可|都能|就能|一定能)(?:按时|正常|稳定|准时|顺利)?(?:拿到|获得|赚到|领到|收到)(?:佣金|返利|提成|收益|本金)|(?:可以|可|不妨)(?:适当|少量|放心)?(?:尝试|试试|一试|参与|去做))`,
      'g',
    ),
    message: '将刷单返利等网络诈骗说成可以获利、值得尝试，易误导群众受骗',
  },
  {
    // A platform of sexual content sent to for download or viewing.
    rule: 'legal.porn',
    severity: 'warn',
    pattern: new RegExp(
      `(?:成人内容|色情内容|黄色内容|尺度(?:较|很|比较|非常)?大|擦边内容|成人视频|成人直播)${GAP(30)}(?:可|可以|不妨|直接)(?:通过|到|去|在|登录)?${GAP(12)}(?:下载|观看|安装|注册|收看)`,
      'g',
    ),
    message: '向公众推荐色情、低俗平台的下载观看渠道，涉嫌传播淫秽色情内容',
  },
  {
    // A drug myth (no addiction, no harm, relief of stress) agreed with.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?:不会上瘾|不会成瘾|不成瘾|不上瘾|对身体无害|没有危害|危害不大|放松减压|缓解压力|提神醒脑)[^。；！？\\n]{0,12}?(?:这种|这个|此|该)?(?:说法|观点|看法)?(?:有一定|有些|有几分|确有|也有|不无)道理(?![吗么？?])`,
      'g',
    ),
    message: '认同“偶尔吸毒不会上瘾”等错误说法，淡化毒品危害',
  },
]);

/** Words of warning or denial that make the sentence a warning. */
const DISOWNED =
  /诈骗|骗局|陷阱|骗子|违法|犯罪|切勿|千万不要|不要|谨防|警惕|严禁|举报|查处|打击|毫无道理|谣言|误区|错误/;
/** Drugs named near the myth. */
const DRUG = /毒品|大麻|冰毒|海洛因|K粉|氯胺酮|摇头丸|可卡因|吸毒|吸食|吸一点|吸一口/;
const DRUG_REACH = 40;

export const regradeEndorsedHarm: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to);
  const matched = text.slice(span.start, span.end);
  if (/道理$/.test(matched)) {
    if (!DRUG.test(text.slice(Math.max(0, span.start - DRUG_REACH), span.end))) return 'info';
    return /毫无道理|谣言|误区|错误/.test(sentence) ? 'info' : severity;
  }
  return DISOWNED.test(sentence) ? 'info' : severity;
};
