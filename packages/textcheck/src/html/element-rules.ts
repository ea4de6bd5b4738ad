// What the page reader needs to know about elements: void, skipped and block-level tags,
// attributes, the declarations that style an element, and where an element ends.
import {
  type Declarations,
  hiddenBy,
  type HiddenReason,
  parseDeclarations,
  parseStylesheet,
} from './hidden-style.ts';
import type { Attribute, Token } from './tokenize.ts';

export const VOID = new Set([
  'br',
  'img',
  'meta',
  'link',
  'input',
  'hr',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'wbr',
  'param',
  'track',
]);
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'textarea',
  'select',
]);
export const BLOCK = new Set([
  'div',
  'p',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'title',
  'dd',
  'dt',
  'dl',
  'blockquote',
  'form',
  'option',
  'marquee',
  'main',
  'figure',
  'figcaption',
]);

export const attr = (attrs: Attribute[], name: string): Attribute | undefined =>
  attrs.find((a) => a.name === name);

/** Presentational attributes (<font color>, bgcolor, width/height) as the declarations they mean. */
const PRESENTATIONAL: Record<string, string> = {
  color: 'color',
  bgcolor: 'background-color',
  width: 'width',
  height: 'height',
};

export function declarationsOf(attrs: Attribute[], sheet: Map<string, Declarations>): Declarations {
  const decl: Declarations = new Map();
  for (const a of attrs) {
    const property = PRESENTATIONAL[a.name];
    if (property) decl.set(property, a.value.trim().toLowerCase());
  }
  for (const cls of (attr(attrs, 'class')?.value ?? '').split(/\s+/))
    for (const [k, v] of sheet.get(`.${cls}`) ?? []) decl.set(k, v);
  const id = attr(attrs, 'id')?.value;
  if (id) for (const [k, v] of sheet.get(`#${id}`) ?? []) decl.set(k, v);
  for (const [k, v] of parseDeclarations(attr(attrs, 'style')?.value ?? '')) decl.set(k, v);
  return decl;
}

export function closingEnd(tokens: Token[], from: number, name: string): number {
  let depth = 0;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open' && t.name === name && !t.selfClosing) depth++;
    if (t.kind === 'close' && t.name === name && depth-- === 0) return t.end;
  }
  return tokens[tokens.length - 1]?.end ?? 0;
}

/** Class and id rules of every <style> block of the page. */
export function collectStylesheet(tokens: Token[], source: string): Map<string, Declarations> {
  const sheet = new Map<string, Declarations>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.kind === 'open' && t.name === 'style' && next?.kind === 'text') {
      for (const [k, v] of parseStylesheet(source.slice(next.start, next.end))) sheet.set(k, v);
    }
  });
  return sheet;
}

const TINY = ['0', '1', '0px', '1px'];

/** Why an element is hidden: the `hidden` attribute, its styles, or a frame or marquee of zero size. */
export function hiddenReasonOf(
  tag: string,
  attrs: Attribute[],
  decl: Declarations,
  inheritedBackground: string | undefined,
): HiddenReason | undefined {
  if (attr(attrs, 'hidden') || attr(attrs, 'type')?.value === 'hidden') return 'hidden-attribute';
  const styled = hiddenBy(decl, inheritedBackground);
  if (styled) return styled;
  const frameSize = attr(attrs, 'width')?.value ?? attr(attrs, 'height')?.value ?? '';
  return (tag === 'iframe' || tag === 'marquee') && TINY.includes(frameSize)
    ? 'zero-size'
    : undefined;
}

/** The attribute holding where an element points: links, image maps, frames and script sources. */
export function linkTarget(tag: string, attrs: Attribute[]): Attribute | undefined {
  if (tag === 'a' || tag === 'area') return attr(attrs, 'href');
  if (tag === 'iframe' || tag === 'script') return attr(attrs, 'src');
  return undefined;
}
