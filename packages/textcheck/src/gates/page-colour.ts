// Text painted in the page's own background colour: <p style="color:#ffffff"> on a page whose body
// is white — set for body or html by a type rule of a <style> block (body{background:#fff}), by the
// body tag itself, or the browser's white when the page sets none. The page reader sees backgrounds
// set on elements and by .class/#id rules; the page's own colour set by a type rule is read here.
// Where an ancestor may carry a background neither sees (its class or id is named in any stylesheet
// rule that sets one: .nav li{background:…}), the text is given the benefit of the doubt. Spam so
// painted blocks; other text says something only when it is long (like hidden-blocks.ts).
import { closingEnd, declarationsOf, SKIP, VOID } from '../html/element-rules.ts';
import type { HtmlDocument } from '../html/html-document.ts';
import { backgroundOf } from '../html/hidden-style.ts';
import type { Token } from '../html/tokenize.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { finding, type TextSpan } from './hijack-shared.ts';

const BROWSER_BACKGROUND = '#ffffff';
const CONCEALED_HAN = 12;
const HAN = /[\u4e00-\u9fff]/g;
/** CSS rules: selectors and declarations. */
const CSS_RULE = /([^{}]+)\{([^{}]*)\}/g;
const SETS_BACKGROUND = /background(?:-color|-image)?\s*:/i;
const NAMES_IN_SELECTOR = /[.#]([\w-]+)/g;
/** Element names in a selector (header, nav li): not after . or #, nor inside brackets. */
const TAGS_IN_SELECTOR = /(?<![.#\w-])([a-z][a-z0-9]*)(?![\w-]*\])/gi;

/** A colour as hidden-style.ts reads it (#fff → #ffffff, white, rgb()). */
const colourOf = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : backgroundOf(new Map([['background-color', value]]));

interface PageStyle {
  /** The page's background: body/html type rules, or the browser's white. */
  background: string;
  /** Classes and ids named in a rule that sets a background, however complex its selector. */
  backgrounded: Set<string>;
  /** Element names in such a rule (header{background:…}, .nav li{…}), html and body aside. */
  backgroundedTags: Set<string>;
}

function pageStyle(tokens: Token[], source: string): PageStyle {
  let background = BROWSER_BACKGROUND;
  const backgrounded = new Set<string>();
  const backgroundedTags = new Set<string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.kind !== 'open' || t.name !== 'style' || next?.kind !== 'text') return;
    const css = source.slice(next.start, next.end).replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selectors = '', body = ''] of css.matchAll(CSS_RULE)) {
      if (!SETS_BACKGROUND.test(body)) continue;
      for (const [, name] of selectors.matchAll(NAMES_IN_SELECTOR)) backgrounded.add(name!);
      for (const [, tag] of selectors.matchAll(TAGS_IN_SELECTOR)) {
        const name = tag!.toLowerCase();
        if (name !== 'html' && name !== 'body') backgroundedTags.add(name);
      }
      const own = selectors.split(',').some((s) => /^(?:html|body)$/i.test(s.trim()));
      const colour = /background(?:-color)?\s*:\s*([^;]+)/i.exec(body)?.[1];
      if (own && colour) background = colourOf(colour.trim().toLowerCase()) ?? background;
    }
  });
  return { background, backgrounded, backgroundedTags };
}

/** Source spans of elements whose text colour is the background behind them. */
function paintedAway(source: string, html: HtmlDocument): TextSpan[] {
  const { tokens, stylesheet: sheet } = html;
  const page = pageStyle(tokens, source);
  const out: TextSpan[] = [];
  // Per open element: the background behind its text ('?' when a rule may set one unseen).
  const stack: Array<{ name: string; background: string; skip: boolean }> = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'close') {
      const at = stack.map((s) => s.name).lastIndexOf(t.name);
      if (at >= 0) stack.length = at;
      return;
    }
    if (t.kind !== 'open') return;
    const top = stack[stack.length - 1];
    const decl = declarationsOf(t.attrs, sheet);
    const names = t.attrs
      .filter((a) => a.name === 'class' || a.name === 'id')
      .flatMap((a) => a.value.split(/\s+/));
    // A background image (<td background="…">) or a rule this reader does not resolve may lie behind.
    const unseen =
      names.some((n) => page.backgrounded.has(n)) ||
      page.backgroundedTags.has(t.name) ||
      t.attrs.some((a) => a.name === 'background');
    const background = backgroundOf(decl) ?? (unseen ? '?' : (top?.background ?? page.background));
    const skip = SKIP.has(t.name) || (top?.skip ?? false);
    const colour = colourOf(decl.get('color'));
    const inside = out.some((s) => s.start <= t.start && t.end <= s.end);
    if (!skip && !inside && colour && colour === background) {
      const end = VOID.has(t.name) || t.selfClosing ? t.end : closingEnd(tokens, i, t.name);
      // The page reader already reports what it finds hidden there.
      if (!html.hiddenElements.some((h) => h.start <= t.start && end <= h.end))
        out.push({ start: t.start, end });
    }
    if (!VOID.has(t.name) && !t.selfClosing) stack.push({ name: t.name, background, skip });
  });
  return out;
}

/** `spamText`: spans of the page text holding illegal or advertising wording (`spamSpans`). */
export function pageColourFindings(
  ctx: GateContext,
  html: HtmlDocument,
  spamText: readonly TextSpan[],
): GateFinding[] {
  const source = ctx.doc.source;
  if (!/color/i.test(source)) return [];
  const out: GateFinding[] = [];
  for (const element of paintedAway(source, html)) {
    const segments = html.segments.filter(
      (s) =>
        s.kind === 'body' &&
        s.end > s.start &&
        html.starts[s.start]! >= element.start &&
        html.ends[s.end - 1]! <= element.end,
    );
    if (segments.length === 0) continue;
    const spam = spamText.some((h) => segments.some((s) => h.start >= s.start && h.end <= s.end));
    const han = segments
      .map((s) => html.text.slice(s.start, s.end))
      .join('')
      .match(HAN)?.length;
    if (!spam && (han ?? 0) < CONCEALED_HAN) continue;
    out.push(
      finding(
        element,
        spam ? 'block' : 'warn',
        spam ? 'hijack.hidden-spam' : 'hijack.hidden-content',
        `${spam ? '隐藏的违法或广告内容' : '隐藏的文字'}（文字与页面背景同色），疑似网页被篡改或植入`,
      ),
    );
  }
  return out;
}
