// Piracy offers of the legal gate: free viewing of films in cinemas or behind a paywall, with the
// website that gives it.
import { findUrls } from '../rules/patterns/url.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { regradeLegal } from './legal-regrade.ts';

/**
 * Free viewing of films still in cinemas or behind a paywall (免费看最新院线大片, 无需会员追热播剧)
 * is piracy when a site is given for it; a public screening names no website.
 */
const FREE_FILM =
  /(?:免费|无需会员|免会员|不用会员|不要会员|VIP免费|vip免费)[^。；！？\n]{0,8}?(?:看|观看|追|下载|播放|在线看)[^。；！？\n]{0,6}?(?:院线|热映|首映|新上映|上映中|枪版|抢先版|大片|热播剧|全集|VIP|vip|会员(?:剧|片|专享)|最新(?:电影|电视剧|影视|剧集|美剧|韩剧))/g;
const PIRACY_REACH = 40;
/**
 * Films sent to a site named in quotes for free full viewing (可在“片库网”在线免费观看高清完整版, 上“某某
 * 影院”免费看全集): an unlicensed streaming site, since licensed platforms charge for new films. The
 * official and public platforms (央视频, 学习强国, 国家中小学智慧教育平台) are not such sites.
 */
const NAMED_FREE_SITE =
  /(?:在|到|上|登录|搜索|打开)[“"「](?<site>[^“”"「」\n，,。]{1,8}?(?:网|影院|影视|视频|TV|tv|电影|剧场|资源站))[”"」](?:上|里)?(?:在线)?免费(?:观看|看|下载|收看|播放)[^。；！？\n]{0,4}?(?:高清|完整版|全集|无删减|蓝光|超清)/g;
const PUBLIC_PLATFORM = /央视|CCTV|学习强国|智慧教育|国家|人民|新华|官方|中国/;

export function findPiracyOffers(ctx: GateContext): GateFinding[] {
  const text = ctx.doc.text;
  const urls = findUrls(text).filter((u) => !/\.gov\.cn$|\.edu\.cn$/.test(u.hostname));
  const out: GateFinding[] = [];
  for (const m of text.matchAll(FREE_FILM)) {
    const end = m.index + m[0].length;
    const url = urls.find((u) => u.start < end + PIRACY_REACH && u.end > m.index - PIRACY_REACH);
    if (!url) continue;
    const span = { start: Math.min(m.index, url.start), end: Math.max(end, url.end) };
    out.push({
      gate: 'legal',
      rule: 'legal.illegal',
      severity: regradeLegal(span, 'block', ctx),
      ...span,
      message: '提供免费观看院线、付费影视的网站，涉嫌传播盗版内容',
    });
  }
  for (const m of text.matchAll(NAMED_FREE_SITE)) {
    if (PUBLIC_PLATFORM.test(m.groups?.['site'] ?? '')) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({
      gate: 'legal',
      rule: 'legal.illegal',
      severity: regradeLegal(span, 'warn', ctx),
      ...span,
      message: '引导到非正规网站免费观看影视完整版，涉嫌传播盗版内容',
    });
  }
  return out;
}
