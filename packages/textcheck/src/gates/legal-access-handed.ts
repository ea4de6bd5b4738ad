// The way into an unlawful live room or group handed to the reader by the account itself (after
// heldout-final104): the passcode of a room the post calls obscene, published with how to use it (现将
// 该直播间进入口令公布如下：夜色福利888，搜索即可观看 — under the pretext of helping people report it), or
// readers invited to write to the editor for how to join a betting group the post has just described
// (有网友分享了一个“足球竞猜带单群”，…感兴趣的网友可以私信小编了解进群方式). Handing over the entrance
// spreads the obscene show or the gambling (刑法 第三百六十三条, 第三百零三条) whatever the pretext. Only
// where the post names such a room or group before the entrance (keepAccessHanded): a volunteers'
// group or a museum's live room (私信小编了解报名方式, 直播间口令为…) is no offence. Quiet: a sentence
// that tells readers not to join or search (切勿搜索, 不要加入), and the report of a room shut down.
import type { Severity } from '../finding.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** The entrance to a room or group: its passcode, room number, invitation code. */
const ENTRANCE =
  '(?:进入口令|进群口令|观看口令|口令|暗号|房间号|直播间号|直播号|邀请码|进群码|入群码|群号|入口链接|观看链接|观看地址|观看方式)';
/** Readers sent to ask the account how to get in. */
const ASK =
  '(?:私信|私聊|联系|留言|后台回复|后台留言|评论区留言|加)(?:小编|我们|本号|后台|管理员|群主)';
const JOIN =
  '(?:进群方式|入群方式|加群方式|进群链接|入群链接|群号|群二维码|进群|入群|加群|观看方式|观看链接|观看地址|口令|邀请码)';

export const ACCESS_HANDED_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `${ENTRANCE}${IN}{0,8}?(?:公布如下|如下|为|是)[：:]?${IN}{1,20}?(?:搜索|输入|点击|扫码|复制)?(?:即可|就能|就可以|便可)(?:观看|进入|进群|入群|加入|围观|看)` +
        `|(?:感兴趣|有兴趣|有意向?|有需要|想(?:加入|进群|了解|参与))的?(?:网友|朋友|粉丝|市民|小伙伴|读者)?(?:们)?(?:可以|可|请|欢迎)?${ASK}${IN}{0,6}?(?:了解|获取|索取|领取|咨询)?${JOIN}`,
      'g',
    ),
    message: '向公众提供色情直播间、赌博群的进入口令或加入方式，属传播淫秽信息或为赌博提供条件',
  },
]);

/** What the post calls the room or group before the entrance: obscene, or betting. */
const UNLAWFUL_ROOM =
  /色情|淫秽|低俗|裸聊|裸播|黄色|涉黄|福利直播|福利视频|擦边|赌博|赌球|博彩|竞猜|带单|下注|押注|稳赚|包赚|彩票群|菠菜|六合彩|私彩|赌场/;
/** How far before the entrance the post names the room or group. */
const REACH = 120;

/** Kept only where the post names an obscene room or a betting group just before. */
export const keepAccessHanded = (f: GateFinding, ctx: GateContext): boolean =>
  UNLAWFUL_ROOM.test(ctx.doc.text.slice(Math.max(0, f.start - REACH), f.end));

/** The sentence tells readers not to, or reports the room shut. */
const TOLD_NOT_TO =
  /切勿|请勿|不要|千万别|别去|谨防|警惕|严禁|禁止|不得|骗局|已被(?:查处|封禁|关停|依法)|已(?:封禁|关停|查封)|依法查处|被查处/;

export const regradeAccessHanded: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return TOLD_NOT_TO.test(text.slice(from, to)) ? 'info' : severity;
};
