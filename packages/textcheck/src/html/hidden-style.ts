// Whether CSS declarations hide an element from readers: display:none, visibility:hidden, zero
// size with clipped overflow, off-screen positioning, zero opacity or font size, and text coloured
// like its background. Also reads simple class and id rules from <style> blocks.

export type HiddenReason =
  | 'display-none'
  | 'visibility-hidden'
  | 'zero-size'
  | 'off-screen'
  | 'transparent'
  | 'same-colour'
  | 'hidden-attribute'
  /** Written into the page by a script (document.write): no reader of the source sees it. */
  | 'script-written';

export type Declarations = Map<string, string>;

export function parseDeclarations(style: string): Declarations {
  const out: Declarations = new Map();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (name) out.set(name, value);
  }
  return out;
}

const NAMED_COLOURS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  '#fff': '#ffffff',
  '#000': '#000000',
};

function colour(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.replace(/\s+/g, '');
  const rgb = /^rgba?\((\d+),(\d+),(\d+)/.exec(v);
  if (rgb)
    return `#${[rgb[1], rgb[2], rgb[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED_COLOURS[v] ?? v;
}

function px(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(-?\d*\.?\d+)(px|em|rem|%|pt)?$/.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

const OFF_SCREEN = -500;

/** Why these declarations hide the element, or undefined when they do not. */
export function hiddenBy(
  decl: Declarations,
  inheritedBackground?: string,
): HiddenReason | undefined {
  if (decl.get('display') === 'none') return 'display-none';
  const visibility = decl.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return 'visibility-hidden';
  if (px(decl.get('opacity')) === 0) return 'transparent';
  const fontSize = px(decl.get('font-size'));
  if (fontSize !== undefined && fontSize <= 1) return 'zero-size';
  const clipped = decl.get('overflow') === 'hidden' || decl.get('overflow-y') === 'hidden';
  const width = px(decl.get('width'));
  const height = px(decl.get('height'));
  if (clipped && ((width !== undefined && width <= 1) || (height !== undefined && height <= 1)))
    return 'zero-size';
  for (const side of ['left', 'top', 'right', 'text-indent', 'margin-left', 'margin-top']) {
    const offset = px(decl.get(side));
    if (offset !== undefined && offset <= OFF_SCREEN) return 'off-screen';
  }
  const fg = colour(decl.get('color'));
  const bg = colour(decl.get('background-color') ?? decl.get('background')) ?? inheritedBackground;
  if (fg && bg && fg === bg) return 'same-colour';
  return undefined;
}

/** Background colour an element sets for its descendants, if any. */
export function backgroundOf(decl: Declarations): string | undefined {
  return colour(decl.get('background-color') ?? decl.get('background'));
}

/** `.class` and `#id` rules from a stylesheet, with their declarations. */
export function parseStylesheet(css: string): Map<string, Declarations> {
  const rules = new Map<string, Declarations>();
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decl = parseDeclarations(m[2] ?? '');
    for (const selector of (m[1] ?? '').split(',')) {
      const s = selector.trim();
      if (/^[.#][\w-]+$/.test(s)) rules.set(s, new Map([...(rules.get(s) ?? []), ...decl]));
    }
  }
  return rules;
}
