// A repost label heading a post or a line (【转发】, [转载], 〔转发〕, 转发：) says where the post comes
// from; it asks no one to share it. 【转发】暑期是溺水事故高发期。请家长务必做到：不让孩子私自下水 is safety
// advice reposted, and its 转发 beside 务必 and 家长 is no demand to repost. A finding whose only action
// word is such a label keeps as info; a real demand beside it (【转发】请各位家长务必转发到班级群，截图上报)
// still has its own action word and stays.
import type { GateFinding } from './gate-context.ts';

/** The label: bracketed at a line start (after other bracketed labels), or 转发/转载 and a colon. */
const REPOST_TAG =
  /(?<=^|\n|[】\]］〕）)][ \t\u3000]{0,2})[ \t\u3000]*(?:[【[［〔(（][ \t\u3000]*(?:转发|转载|转自|分享)[ \t\u3000]*[】\]］〕)）]|(?:转发|转载)[：:])/g;
/** Actions a coercion finding rests on: sharing, liking, installing, following, voting. */
const ACTION =
  /转发|转载|分享|点赞|集赞|下载|安装|注册|关注|投票|刷票|拉票|打卡|评论|好评|截图|签到|激活|绑定|入群|进群|扫码|学习强国|青年大学习|APP|app|App|小程序|公众号|视频号|抖音|快手|微博|客户端|阅读量|实名认证/;
/** How far around a finding its action may lie (the proximity window). */
const REACH = 40;

export function keepRepostTagAsInfo(text: string, findings: GateFinding[]): GateFinding[] {
  if (!/转发|转载|转自|分享/.test(text)) return findings;
  const tags = [...text.matchAll(REPOST_TAG)].map((m) => [m.index, m.index + m[0].length] as const);
  if (tags.length === 0) return findings;
  return findings.map((f) => {
    if (f.severity === 'info') return f;
    const overlaps = tags.filter(([s, e]) => s < f.end + REACH && e > f.start - REACH);
    if (overlaps.length === 0) return f;
    const from = Math.max(0, f.start - REACH);
    const to = Math.min(text.length, f.end + REACH);
    let around = text.slice(from, to);
    for (const [s, e] of overlaps) {
      const a = Math.max(s, from) - from;
      const b = Math.min(e, to) - from;
      if (b > a) around = around.slice(0, a) + '\u3000'.repeat(b - a) + around.slice(b);
    }
    return ACTION.test(around) ? f : { ...f, severity: 'info' };
  });
}
