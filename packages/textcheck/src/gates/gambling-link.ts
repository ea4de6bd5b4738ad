// Gambling brands beside a bare address: 澳门新葡京 … wns8899.cc, 威尼斯人 最新地址 js3388点com.
// A host (or a domain spelt with 点/dot to dodge link filters) whose name mixes letters with a
// run of digits, or is digits only, within reach of a casino brand or gambling word in the same
// paragraph, or of a gambling site's own offer (注册送38元, 返水1.5%, 赔率高多了, 六合彩特码). Known
// and suspicious hosts are the URL rule's; this family needs the brand or the offer.
import { classifyUrl, findUrls } from '../rules/patterns/url.ts';
import { parse } from 'tldts';
import type { HtmlDocument, Link } from '../html/html-document.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import { guard, guardedTest } from './regex-guard.ts';

/** Casino brands and gambling words that sell a site (not 彩票 or 体育, which official sites use). */
const GAMBLING = guard(
  /葡京|威尼斯人|金沙(?:娱乐|国际|城|官网|集团)|永利(?:娱乐|皇宫|官网)|必赢(?:亚洲|国际|娱乐|官网|网址|平台|体育|集团)|银河(?:娱乐|国际|官网)|太阳城|皇冠(?:体育|娱乐|现金|官网|网址|网投|足球|比分|信用|开户|代理)|网投(?:平台|官网|网址|app|APP)?|娱乐城|娱乐场|赌场|博彩|百家乐|真人视讯|彩金|首充|首存|存款秒到|投注|下注|老虎机|电子游艺|棋牌(?:官网|平台|网址)|在线棋牌|充值秒到|[A-Za-z0-9]{2,}体育(?:官网|平台|投注)|[大小]发娱乐|澳门(?:娱乐|赌|官方|正规|网上|线上)|线上娱乐|在线娱乐|娱乐(?:官网|平台|网址)|返水|洗码|(?:注册|充值|首存)(?:就|即|立)?送[0-9０-９]+|赔率(?:高|更高|最高)|(?:高|更高|最高)赔率|六合彩|六合宝典|特码|时时彩|外围(?:投注|网站|平台|赌球)?|赌球|私彩/,
);
/**
 * Casino brands that name nothing but a gambling site (澳门威尼斯人, 皇冠体育, 金沙娱乐, 百家乐): a page
 * title or keyword that is one of them, and that the page never mentions, was injected. Not the
 * gambling words an enforcement page uses (赌博, 投注, 下注).
 */
const CASINO_BRAND = guard(
  /葡京|威尼斯人|金沙(?:娱乐|国际|城|官网|集团)|永利(?:娱乐|皇宫|官网)|必赢(?:亚洲|国际|娱乐|官网|网址|平台|体育|集团)|银河(?:娱乐|官网)|太阳城(?:娱乐|集团|官网|网址|平台)|皇冠(?:体育|娱乐|现金|官网|网址|网投|足球|比分|信用|开户|代理)|娱乐城|博彩|百家乐|真人视讯|网投|[A-Za-z0-9]{2,}体育(?:官网|平台|投注)/,
);
const REACH = 60;
/** A domain spelt out to dodge link filters: xpj5577点com, js3388 dot net, pj6688。vip. */
const SPELT =
  /(?<![A-Za-z0-9])([A-Za-z0-9-]{3,30})\s*(?:点|點|dot|DOT|\[\.\]|。)\s*(com|net|cc|vip|top|xyz|me|co|org|app|club|in|la|tv|ws|bet|cn)(?![A-Za-z])/g;

/** Whether the registrable name reads like a throwaway gambling host: letters + 2 digits, or 3+ digits. */
function numberedName(hostname: string): boolean {
  const info = parse(hostname);
  if (!info.domain || !info.publicSuffix || info.publicSuffix.endsWith('gov.cn')) return false;
  const name = info.domain.slice(0, -info.publicSuffix.length - 1).toLowerCase();
  const letters = /[a-z]/.test(name);
  const digits = name.match(/\d+/g) ?? [];
  return digits.some((d) => d.length >= 3) || (letters && digits.some((d) => d.length >= 2));
}

function paragraphAround(text: string, span: Span): string {
  const from = Math.max(0, span.start - REACH);
  const before = text.slice(from, span.start);
  const after = text.slice(span.end, span.end + REACH);
  const cutBefore = before.lastIndexOf('\n');
  const cutAfter = after.indexOf('\n');
  return (
    (cutBefore >= 0 ? before.slice(cutBefore + 1) : before) +
    (cutAfter >= 0 ? after.slice(0, cutAfter) : after)
  );
}

/** Spans of numbered hosts or spelt-out domains next to a gambling brand. */
export function findGamblingLinks(text: string): Span[] {
  const out: Span[] = [];
  if (!guardedTest(GAMBLING, text)) return out;
  const candidates: Span[] = [];
  for (const url of findUrls(text)) {
    if (numberedName(url.hostname)) candidates.push({ start: url.start, end: url.end });
  }
  for (const m of text.matchAll(SPELT)) {
    const host = `${m[1]}.${m[2]}`;
    if (classifyUrl(host) && numberedName(host))
      candidates.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const span of candidates) {
    if (out.some((s) => s.start < span.end && span.start < s.end)) continue;
    if (GAMBLING.test(paragraphAround(text, span))) out.push(span);
  }
  return out;
}

/** Words of a report about gambling, not an offer of it (破获…赌博案, 打击…): a news link's title. */
const REPORTED = /破获|案|打击|警方|公安|判|查处|捣毁|抓获|提醒|谨防|远离/;

/**
 * An online gaming platform's name (开元棋牌, pg电子娱乐平台, 捕鱼达人, 彩票平台): in a title or keywords
 * term the body never names it is the injected casino's, not a club's card room (棋牌室, 棋牌比赛).
 */
const GAMING_PLATFORM =
  /棋牌(?!室|协会|比赛|赛|活动|文化|运动|俱乐部|馆|爱好)|电子(?:娱乐|游艺)(?:平台|官网|城)?|(?:pg|PG|AG|ag|BBIN|bbin|MG|mg|PT|pt)电子|娱乐平台|捕鱼(?:达人|游戏|平台)|老虎机|彩票(?:平台|官网|app|APP)/;

/** Whether a term of a page's title or keywords names a casino brand, not a report about one. */
export function namesCasinoBrand(term: string): boolean {
  return (CASINO_BRAND.test(term) || GAMING_PLATFORM.test(term)) && !REPORTED.test(term);
}

/**
 * Anchors of a page whose visible text is a casino brand or gambling word (友情链接：皇冠网投 |
 * 太阳城娱乐): an injected gambling link whatever its host. Source span of the href and text span
 * of the anchor text.
 */
export function findGamblingAnchors(
  source: string,
  html: HtmlDocument,
): Array<{ link: Link; text: Span }> {
  const out: Array<{ link: Link; text: Span }> = [];
  for (const link of html.links) {
    if (link.tag !== 'a' || !/^(?:https?:)?\/\//i.test(link.href)) continue;
    const open = source.indexOf('>', link.end);
    const close = source.indexOf('</a', open);
    if (open < 0 || close < 0) continue;
    const anchor = source.slice(open + 1, close).replace(/<[^>]*>/g, '');
    if (!GAMBLING.test(anchor) || REPORTED.test(anchor)) continue;
    let start = -1;
    let end = -1;
    for (let i = 0; i < html.text.length; i++) {
      if (html.starts[i]! < open || html.ends[i]! > close) continue;
      if (start < 0) start = i;
      end = i + 1;
    }
    if (start >= 0) out.push({ link, text: { start, end } });
  }
  return out;
}
