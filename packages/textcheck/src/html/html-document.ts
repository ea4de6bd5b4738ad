// The readable view of an HTML page: the text a reader sees and the text hidden from them (both
// checked), links, title and meta keywords, every character mapped back to its source offset.
import { decodeInto } from './entities.ts';
import {
  attr,
  BLOCK,
  closingEnd,
  collectStylesheet,
  declarationsOf,
  hiddenReasonOf,
  linkTarget,
  SKIP,
  VOID,
} from './element-rules.ts';
import { backgroundOf, type Declarations, type HiddenReason } from './hidden-style.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface TextSegment {
  /** Range in `HtmlDocument.text`. */
  start: number;
  end: number;
  kind: 'body' | 'title' | 'keywords' | 'description' | 'alt';
  /** The outermost hidden element around this text, when hidden. */
  hidden?: HiddenElement;
}

export interface HiddenElement {
  reason: HiddenReason;
  /** Source span of the whole element, open tag to end tag. */
  start: number;
  end: number;
}

export interface Link {
  href: string;
  tag: string;
  /** Source span of the attribute value. */
  start: number;
  end: number;
  hidden?: HiddenElement;
  /** Source offset of the parent element's open tag, to find clusters of links. */
  parent: number;
}

export interface HtmlDocument {
  text: string;
  /** Per unit of `text`: the source span it came from. */
  starts: Int32Array;
  ends: Int32Array;
  segments: TextSegment[];
  links: Link[];
  hiddenElements: HiddenElement[];
  /** Inline script bodies (source spans). */
  scripts: Array<{ start: number; end: number }>;
  /** The page's tokens and its stylesheet's rules, for gates that read the markup itself. */
  tokens: Token[];
  stylesheet: Map<string, Declarations>;
}

interface Open {
  name: string;
  start: number;
  hidden?: HiddenElement;
  background?: string;
  skip: boolean;
}

/** document.write('…'), writeln("…") or document.title = "…": the quote and the literal's content. */
const WRITE_CALL = /document\.(?:write(?:ln)?\(|title\s*=)\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g;
/** Text between the tags of a written fragment. */
const WRITTEN_TEXT = /(?:^|>)([^<>]+)(?=<|$)/g;

export function readHtml(source: string): HtmlDocument {
  const tokens = tokenize(source);
  const sheet = collectStylesheet(tokens, source);
  const out = { text: [] as string[], starts: [] as number[], ends: [] as number[] };
  const doc: HtmlDocument = {
    text: '',
    starts: new Int32Array(0),
    ends: new Int32Array(0),
    segments: [],
    links: [],
    hiddenElements: [],
    scripts: [],
    tokens,
    stylesheet: sheet,
  };
  const stack: Open[] = [];
  let needBreak = false;
  const push = (start: number, end: number, kind: TextSegment['kind'], hidden?: HiddenElement) => {
    if (needBreak || kind !== 'body') {
      if (out.text.length > 0) {
        out.text.push('\n');
        out.starts.push(start);
        out.ends.push(start);
      }
      needBreak = false;
    }
    const from = out.text.length;
    decodeInto(source, start, end, out);
    const segment: TextSegment = { start: from, end: out.text.length, kind };
    if (hidden) segment.hidden = hidden;
    doc.segments.push(segment);
    if (kind !== 'body') needBreak = true;
  };
  /** Text a script writes into the page (document.write('<div …>足球外围投注</div>')), as hidden text. */
  const readScriptWrites = (start: number, end: number) => {
    const body = source.slice(start, end);
    for (const call of body.matchAll(WRITE_CALL)) {
      const literalStart = start + call.index + call[0].length - call[2]!.length - 1;
      const hidden: HiddenElement = { reason: 'script-written', start, end };
      let pushed = false;
      for (const run of call[2]!.matchAll(WRITTEN_TEXT)) {
        if (!run[1]!.trim()) continue;
        const runStart = literalStart + run.index + run[0].length - run[1]!.length;
        push(runStart, runStart + run[1]!.length, 'body', hidden);
        pushed = true;
      }
      if (pushed) doc.hiddenElements.push(hidden);
    }
  };
  tokens.forEach((t, i) => {
    const top = stack[stack.length - 1];
    if (t.kind === 'open') {
      if (BLOCK.has(t.name)) needBreak = true;
      if (t.name === 'meta') {
        const name = (attr(t.attrs, 'name')?.value ?? '').toLowerCase();
        const content = attr(t.attrs, 'content');
        if (content && (name === 'keywords' || name === 'description'))
          push(content.valueStart, content.valueEnd, name);
      }
      const decl = declarationsOf(t.attrs, sheet);
      const reason = hiddenReasonOf(t.name, t.attrs, decl, top?.background);
      let hidden = top?.hidden;
      if (!hidden && reason) {
        hidden = {
          reason,
          start: t.start,
          end: VOID.has(t.name) || t.selfClosing ? t.end : closingEnd(tokens, i, t.name),
        };
        doc.hiddenElements.push(hidden);
      }
      const target = linkTarget(t.name, t.attrs);
      if (target) {
        const link: Link = {
          href: target.value,
          tag: t.name,
          start: target.valueStart,
          end: target.valueEnd,
          parent: top?.start ?? -1,
        };
        if (hidden) link.hidden = hidden;
        doc.links.push(link);
      }
      const alt = attr(t.attrs, 'alt') ?? (t.name === 'a' ? attr(t.attrs, 'title') : undefined);
      if (alt && alt.value.trim()) push(alt.valueStart, alt.valueEnd, 'alt', hidden);
      if (!VOID.has(t.name) && !t.selfClosing) {
        const open: Open = {
          name: t.name,
          start: t.start,
          skip: SKIP.has(t.name) || (top?.skip ?? false),
        };
        if (hidden) open.hidden = hidden;
        const background = backgroundOf(decl) ?? top?.background;
        if (background) open.background = background;
        stack.push(open);
      }
    } else if (t.kind === 'close') {
      if (BLOCK.has(t.name)) needBreak = true;
      const at = stack.map((s) => s.name).lastIndexOf(t.name);
      if (at >= 0) stack.length = at;
    } else if (t.kind === 'text') {
      if (top?.name === 'script') {
        doc.scripts.push({ start: t.start, end: t.end });
        readScriptWrites(t.start, t.end);
      }
      if (top?.name === 'title') push(t.start, t.end, 'title');
      else if (!top?.skip && source.slice(t.start, t.end).trim())
        push(t.start, t.end, 'body', top?.hidden);
    }
  });
  doc.text = out.text.join('');
  doc.starts = Int32Array.from(out.starts);
  doc.ends = Int32Array.from(out.ends);
  return doc;
}
