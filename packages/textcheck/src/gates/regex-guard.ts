// Skips regular expressions a text cannot match, and the offsets where they cannot start. The
// required literals and start literals (regex-literals.ts) of a group of guarded expressions go
// into one multi-pattern matcher; one pass over a text then tells which of them may match it
// and, for those whose every match begins with a known literal or lies within a short reach of a
// required one, where a match can begin — there alone the expression is tried (sticky), which
// finds exactly the matches of a scan of the whole text. Expressions are guarded where they are
// defined, once.
import { buildPrefilter, type Prefilter, type PrefilterResult } from './pattern-prefilter.ts';

/**
 * Expressions guarded together: one prefilter over their literals, built on first use. Pattern
 * rules (`guardRules`) read the squeezed copy of a post (pattern-findings.ts), the others the post
 * as it is: each text's pass then looks only for the literals of the expressions that read it.
 * An expression asked about another text is still answered exactly, by its group's prefilter.
 */
interface Group {
  expressions: RegExp[];
  prefilter: Prefilter | null;
  /** The answers for the last few texts (the gates read the same text, squeezed or not). */
  recent: Map<string, PrefilterResult>;
}
const newGroup = (): Group => ({ expressions: [], prefilter: null, recent: new Map() });
const asWritten = newGroup();
const patternRules = newGroup();
const RECENT_TEXTS = 4;

/** Per guarded expression: its group and its index there. */
const entryOf = new Map<RegExp, { group: Group; index: number }>();
/** Per guarded expression: its sticky twin, made on first use. */
const stickyOf = new Map<RegExp, RegExp>();

function add(group: Group, re: RegExp): void {
  if (entryOf.has(re)) return;
  entryOf.set(re, { group, index: group.expressions.length });
  group.expressions.push(re);
  group.prefilter = null;
  group.recent.clear();
}

/** Registers `re` so that `mayMatch` can rule it out; returns it. */
export function guard<T extends RegExp>(re: T): T {
  add(asWritten, re);
  return re;
}

/** Registers the expression of every pattern rule (read on the squeezed copy); returns the rules. */
export function guardRules<T extends { pattern: RegExp }>(rules: T[]): T[] {
  for (const rule of rules) add(patternRules, rule.pattern);
  return rules;
}

/** Every guarded expression. */
export function guardedExpressions(): readonly RegExp[] {
  return [...asWritten.expressions, ...patternRules.expressions];
}

/** The prefilter's answers on `text` for the expressions of `group`. */
function answersFor(group: Group, text: string): PrefilterResult {
  let answers = group.recent.get(text);
  if (!answers) {
    group.prefilter ??= buildPrefilter(group.expressions);
    answers = group.prefilter(text);
    if (group.recent.size >= RECENT_TEXTS) group.recent.clear();
    group.recent.set(text, answers);
  }
  return answers;
}

/** The starts of an expression that cannot match the text. */
const NOWHERE: readonly number[] = Object.freeze([]);

/**
 * Where a match of `re` in `text` can begin, ascending: NOWHERE when the text holds none of the
 * literals it needs, null when it may begin anywhere (or `re` is not guarded).
 */
function possibleStarts(re: RegExp, text: string): readonly number[] | null {
  const entry = entryOf.get(re);
  if (!entry) return null;
  const answers = answersFor(entry.group, text);
  const index = entry.index;
  if (answers.may[index] === 0) return NOWHERE;
  const windows = answers.windows[index];
  if (windows) {
    answers.windows[index] = null;
    const starts = answers.starts[index];
    answers.starts[index] = starts
      ? startsWithin(starts, windows)
      : offsetsWithin(windows, text.length);
  }
  return answers.starts[index]!;
}

/**
 * Above this share of a text's offsets, trying a sticky expression at each one costs more than
 * one scan of the whole text.
 */
const WINDOW_SHARE = 0.25;

/**
 * Every offset of the ranges ([from, to] pairs), or null when they cover more than WINDOW_SHARE of
 * a text of `length`.
 */
function offsetsWithin(ranges: readonly number[], length: number): number[] | null {
  let total = 0;
  for (let k = 0; k < ranges.length; k += 2) total += ranges[k + 1]! - ranges[k]! + 1;
  if (total > length * WINDOW_SHARE) return null;
  const offsets: number[] = [];
  for (let k = 0; k < ranges.length; k += 2)
    for (let at = ranges[k]!, to = ranges[k + 1]!; at <= to; at++) offsets.push(at);
  return offsets;
}

/** The starts (ascending) that lie within the ranges (ascending [from, to] pairs). */
function startsWithin(starts: readonly number[], ranges: readonly number[]): number[] {
  const kept: number[] = [];
  let k = 0;
  for (const start of starts) {
    while (k < ranges.length && ranges[k + 1]! < start) k += 2;
    if (k === ranges.length) break;
    if (start >= ranges[k]!) kept.push(start);
  }
  return kept;
}

/** False only when `re` is guarded and `text` holds none of the literals it needs. */
export function mayMatch(re: RegExp, text: string): boolean {
  return possibleStarts(re, text) !== NOWHERE;
}

/**
 * `re.test(text)` of a whole text (the post the gates read, squeezed or not — never a window, for
 * which the prefilter would run again): false at once when the text holds none of its literals,
 * and tried only where a match can begin when that is known.
 */
export function guardedTest(re: RegExp, text: string): boolean {
  if (re.global || re.sticky)
    throw new TypeError(`guardedTest needs a plain expression: ${re.source}`);
  const starts = possibleStarts(re, text);
  if (starts === NOWHERE) return false;
  if (!starts) return re.test(text);
  // Every match begins at a start literal: the text matches if the expression does at one of them.
  const sticky = stickyTwin(re);
  for (const start of starts) {
    sticky.lastIndex = start;
    if (sticky.test(text)) return true;
  }
  return false;
}

/** The sticky, non-global twin of an expression, made on first use. */
function stickyTwin(re: RegExp): RegExp {
  let sticky = stickyOf.get(re);
  if (!sticky) stickyOf.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return sticky;
}

/**
 * Every match of the global expression `re` in `text`, as `text.matchAll(re)` gives them: none when
 * the text cannot match; tried only at the offsets where a match can start, when those are known.
 */
export function guardedMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`guardedMatches needs a global expression: ${re.source}`);
  const starts = possibleStarts(re, text);
  if (starts === NOWHERE) return [];
  const found: RegExpExecArray[] = [];
  if (starts) {
    // Every match is non-empty (it holds a literal) and can begin only at these offsets: the
    // leftmost match from an offset is the first of them at or after it where the expression matches.
    const sticky = stickyTwin(re);
    let next = 0;
    for (const start of starts) {
      if (start < next) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m === null) continue;
      found.push(m);
      next = start + m[0].length;
    }
    return found;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return found;
}

/** The offset after an empty match, as String.prototype.matchAll moves on. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const unit = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
