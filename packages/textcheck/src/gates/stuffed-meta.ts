// Keyword stuffing in a page's title and meta keywords/description: illegal or advertising terms,
// a casino brand the page never mentions (…的通知_澳门威尼斯人_皇冠体育官网_某县人民政府), or many
// terms that the visible page never mentions (SEO spam injected into a hijacked page). The
// site's own name and the sections every government portal has (政务公开, 政策文件, 政务服务) are
// about the page wherever they stand.
import type { HtmlDocument, TextSegment } from '../html/html-document.ts';
import { namesCasinoBrand } from './gambling-link.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { regradeMention } from './mention-regrade.ts';
import { PORTAL_SECTIONS } from './portal-sections.ts';
import { isOwnSite, ownSiteNames } from './site-own-name.ts';
import { inWarningFrame } from './warning-frame.ts';

const SEPARATORS = /[\s,，、|｜_\-—–·;；/]+/;
const UNRELATED_MIN = 3;
const UNRELATED_SHARE = 0.5;
/** Items of a keyword list: split at commas (not the sentence comma ，), 、 and bars. */
const LIST_SEPARATORS = /[,、|｜/]+/;
const LIST_MIN = 4;
const LIST_ITEM_MAX = 12;

/**
 * A description written as a list of keywords (雅思培训,托福培训,留学中介,…), not as prose: read like
 * the keywords. A description in sentences names words the page need not repeat.
 */
function keywordList(text: string): boolean {
  if (/[。！？!?]/.test(text)) return false;
  const items = text
    .split(LIST_SEPARATORS)
    .map((t) => t.trim())
    .filter(Boolean);
  return items.length >= LIST_MIN && items.every((t) => t.length <= LIST_ITEM_MAX);
}

/** A place name (东陵县, 江临市) in a title: a stuffed term may share it without being about the page. */
const PLACE = /[\u4e00-\u9fa5]{2,3}?(?:省|市|县|区|州|镇|乡)/g;

/**
 * Whether a keyword is about the page though the body never writes it whole: keywords are often
 * the page's topic in other words (保密宣传, 密级标志 on 保密常识：如何正确识别国家秘密标志; 应征入伍 on a
 * conscription notice that writes 应征青年 and 入伍青年). It shares a two-character word with the
 * title's own topic (the title less the site's name and place names), or both its halves stand in
 * the body. Stuffed trade terms (江临搬家公司, 雅思培训, 百度刷排名) share neither.
 */
function relatesToTopic(term: string, topic: string, body: string): boolean {
  for (let i = 0; i + 2 <= term.length; i++) {
    if (/^[\u4e00-\u9fa5]{2}$/.test(term.slice(i, i + 2)) && topic.includes(term.slice(i, i + 2)))
      return true;
  }
  if (term.length !== 4) return false;
  return body.includes(term.slice(0, 2)) && body.includes(term.slice(2));
}

export function stuffedMeta(ctx: GateContext, html: HtmlDocument): GateFinding[] {
  const out: GateFinding[] = [];
  const body = html.segments
    .filter((s) => s.kind === 'body' && !s.hidden)
    .map((s) => html.text.slice(s.start, s.end))
    .join('\n');
  const meta = html.segments.filter(
    (s) => s.kind === 'title' || s.kind === 'keywords' || s.kind === 'description',
  );
  // What the page says of itself in a prose description (某市税务局官方网站，提供税收政策、纳税服务等
  // 信息): its keywords may name what the description names, though the body words it otherwise.
  const ownDescription = meta
    .filter((s) => s.kind === 'description')
    .map((s) => html.text.slice(s.start, s.end))
    .filter((d) => !keywordList(d))
    .join('\n');
  const toSource = (s: TextSegment) => ({
    start: html.starts[s.start] ?? 0,
    end: html.ends[s.end - 1] ?? 0,
  });
  let own: string[] | undefined;
  const related = (t: string) =>
    body.includes(t) || PORTAL_SECTIONS.has(t) || isOwnSite(t, (own ??= ownSiteNames(ctx.doc)));
  // The title's topic, to which the keywords and description may relate — unless the title is
  // itself stuffed (空调维修_上门维修电话_…-某卫生健康局), when it tells nothing of the page.
  let topic = '';
  for (const segment of meta) {
    if (segment.kind !== 'title') continue;
    let title = html.text.slice(segment.start, segment.end);
    const terms = title.split(SEPARATORS).filter((t) => t.length >= 2);
    if (terms.filter((t) => !related(t)).length >= UNRELATED_MIN) continue;
    for (const name of (own ??= ownSiteNames(ctx.doc))) title = title.split(name).join(' ');
    topic += title.replace(PLACE, ' ') + '\n';
  }
  for (const segment of meta) {
    if (segment.end <= segment.start) continue;
    const segmentText = html.text.slice(segment.start, segment.end);
    const spam = ctx.scan.hits.some(
      (h) =>
        (h.entry.gate === 'legal' || h.entry.gate === 'advertising') &&
        h.entry.severity !== 'info' &&
        h.start >= segment.start &&
        h.end <= segment.end &&
        // 打击网络赌博, 破获一起网络赌博案: a news page about enforcement, not injected spam; nor is
        // a title that itself warns (警惕！这些都是网络赌博诈骗的套路).
        regradeMention(h, h.entry.severity, ctx) !== 'info' &&
        !inWarningFrame(segmentText, h.start - segment.start, h.end - segment.start),
    );
    const terms = html.text
      .slice(segment.start, segment.end)
      .split(SEPARATORS)
      .filter((t) => t.length >= 2);
    const unrelated = terms.filter(
      (t) =>
        !related(t) &&
        !(segment.kind === 'keywords' && ownDescription.includes(t)) &&
        !(segment.kind !== 'title' && relatesToTopic(t, topic, body)),
    );
    // A casino brand in the title or keywords that the body never names: one term is enough.
    const casino =
      segment.kind !== 'description' &&
      unrelated.some(namesCasinoBrand) &&
      !inWarningFrame(segmentText, 0, segmentText.length);
    const stuffed =
      unrelated.length >= UNRELATED_MIN &&
      unrelated.length / terms.length >= UNRELATED_SHARE &&
      (segment.kind !== 'description' || keywordList(segmentText));
    if (!spam && !casino && !stuffed) continue;
    const where =
      segment.kind === 'title'
        ? '网页标题'
        : segment.kind === 'keywords'
          ? '关键词（meta keywords）'
          : '网页描述';
    out.push({
      gate: 'hijack',
      rule: spam || casino ? 'hijack.stuffed-meta' : 'hijack.unrelated-keywords',
      severity: spam || casino ? 'block' : 'warn',
      ...toSource(segment),
      message: spam
        ? `${where}含违法或广告词，疑似被篡改植入`
        : casino
          ? `${where}含与正文无关的赌博网站品牌，疑似被篡改植入`
          : `${where}堆砌了与正文无关的词（${unrelated.slice(0, 3).join('、')}…），疑似被篡改`,
      inSource: true,
    });
  }
  return out;
}
