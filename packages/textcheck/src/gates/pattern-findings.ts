// Pattern rules of a gate: regular expressions over the document text, each with a rule id,
// severity and message — for families of wording a term list cannot enumerate (满200减50, 爱X不X).
// They read the text without filler characters and with simplified characters.
import fold from '../../lexicons/normalization/fold.json' with { type: 'json' };
import type { Gate, Severity } from '../finding.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import type { Regrade } from './lexicon-findings.ts';
import { guardedMatches } from './regex-guard.ts';
import { memoByText } from '../text-memo.ts';

export interface PatternRule {
  rule: string;
  severity: Severity;
  /** Global regular expression; the finding covers the named group `span` when it exists, else the match. */
  pattern: RegExp;
  message: string;
}

/**
 * Spaces, separators and hearts inserted to dodge filters (全-场-五-折, 加 V 咨 询, 加 威 ❤ 信); line
 * breaks stay. Emoji and variation selectors go too (emojiUnits).
 */
const FILLER = /[ \t\u00a0\u3000\-_·•*|~～丨❤♥♡❥✿❀✨]/;
const VARIATION_SELECTOR = 0xfe0f;
/** Full-width letters and digits (ｋｙ８８８), read as ASCII, one for one. */
const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/;

/** Units of an emoji at `i`: 2 for a pictograph's surrogate pair (U+1F000–1FAFF), else 0. */
function emojiUnits(text: string, i: number): number {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd83c && high <= 0xd83e && low >= 0xdc00 && low <= 0xdfff ? 2 : 0;
}

/**
 * Traditional → simplified, one character for one (the normaliser's table), so offsets survive.
 * Characters that are themselves simplified forms stay (the table folds 么 further to 幺), and so
 * do 著, 乾, 於, which simplified text uses too (显著).
 */
const KEPT = new Set([...fold.layers.simplified.map(([, to]) => to!), '著', '乾', '於']);
const SIMPLIFIED = new Map(
  fold.layers.simplified.filter(([from]) => !KEPT.has(from!)).map(([from, to]) => [from!, to!]),
);

interface Squeezed {
  /** Without fillers, in simplified characters and ASCII letters and digits: what the patterns read. */
  text: string;
  /** Offset in the original text of each character of `text`. */
  offsets: Int32Array;
}

/** Per UTF-16 unit: the unit the patterns read instead, or DROP for a filler. */
const DROP = 0xffff;
const READ_AS = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  READ_AS[c] =
    FILLER.test(ch) || c === VARIATION_SELECTOR
      ? DROP
      : FULL_WIDTH_ALNUM.test(ch)
        ? c - 0xfee0
        : (SIMPLIFIED.get(ch)?.charCodeAt(0) ?? c);
}
/**
 * One bit per UTF-16 unit: set when the patterns do not read it as it is (dropped or folded; DROP
 * itself is dropped) or it may begin an emoji. Most units are read as they are, and this 8 KB table answers for them
 * without touching READ_AS.
 */
const NOT_AS_IS = new Int32Array(0x10000 >> 5);
for (let c = 0; c < 0x10000; c++)
  if (c === DROP || READ_AS[c] !== c || (c >= 0xd83c && c <= 0xd83e))
    NOT_AS_IS[c >> 5]! |= 1 << (c & 31);
/** Whether the patterns read the unit `c` as it is (a shift by `c` reads its low five bits). */
const readAsIs = (c: number) => ((NOT_AS_IS[c >> 5]! >>> c) & 1) === 0;
const utf16 = new TextDecoder('utf-16le');
/** 0, 1, 2 …: the offsets of a text the patterns read as it is (shared, never written after growth). */
let identity = new Int32Array(0);
const identityOffsets = (length: number): Int32Array => {
  if (identity.length < length) {
    identity = new Int32Array(Math.max(length, 2 * identity.length));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length);
};

/** The text as the patterns read it, with a map back (one entry remembered: the gates share it). */
export const squeeze: (text: string) => Squeezed = memoByText((text) => {
  // Most posts have nothing to drop or fold: read them as they are.
  let first = 0;
  while (first < text.length && readAsIs(text.charCodeAt(first))) first++;
  return first === text.length
    ? { text, offsets: identityOffsets(text.length) }
    : squeezeFrom(text, first);
});

/** Squeezes a text whose first `first` units are read as they are. */
function squeezeFrom(text: string, first: number): Squeezed {
  const units = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length);
  for (let i = 0; i < first; i++) {
    units[i] = text.charCodeAt(i);
    offsets[i] = i;
  }
  let n = first;
  for (let i = first; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (readAsIs(unit)) {
      units[n] = unit;
      offsets[n++] = i;
      continue;
    }
    const emoji = emojiUnits(text, i);
    if (emoji > 0) {
      i += emoji - 1;
      continue;
    }
    const read = READ_AS[unit]!;
    if (read === DROP) continue;
    units[n] = read;
    offsets[n++] = i;
  }
  return { text: utf16.decode(units.subarray(0, n)), offsets: offsets.subarray(0, n) };
}

/** Every match of every pattern in the text without fillers, regraded like the gate's lexicon hits. */
export function patternFindings(
  ctx: GateContext,
  gate: Gate,
  rules: readonly PatternRule[],
  regrade?: Regrade,
): GateFinding[] {
  const out: GateFinding[] = [];
  const squeezed = squeeze(ctx.doc.text);
  for (const r of rules) {
    for (const m of guardedMatches(r.pattern, squeezed.text)) {
      if (m[0].length === 0) continue;
      const part = m.groups?.['span'];
      const from = m.index + (part === undefined ? 0 : m[0].indexOf(part));
      const to = from + (part ?? m[0]).length;
      const span = { start: squeezed.offsets[from]!, end: squeezed.offsets[to - 1]! + 1 };
      const severity = regrade ? regrade(span, r.severity, ctx) : r.severity;
      out.push({ gate, rule: r.rule, severity, ...span, message: r.message });
    }
  }
  return out;
}

/**
 * Extends a finding to the end of its clause or of the text (at most `reach` characters), so it
 * covers the whole claim or demand.
 */
export function extendToClause(
  text: string,
  finding: GateFinding,
  clauseEnd: RegExp,
  reach: number,
): GateFinding {
  const rest = text.slice(finding.end, finding.end + reach);
  const found = rest.search(clauseEnd);
  const stop = found < 0 && finding.end + reach >= text.length ? rest.length : found;
  return stop <= 0 ? finding : { ...finding, end: finding.end + stop };
}
