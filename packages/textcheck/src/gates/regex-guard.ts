// Skips regular expressions a text cannot match, and the offsets where they cannot start. Every
// guarded expression's required literals and start literals (regex-literals.ts) go into one
// multi-pattern matcher; one pass over a text then tells which guarded expressions may match it
// and, for those whose every match begins with a known literal, where a match can begin — there
// alone the expression is tried (sticky), which finds exactly the matches of a scan of the whole
// text. Expressions are guarded where they are defined, once.
import { buildPrefilter, type Prefilter, type PrefilterResult } from './pattern-prefilter.ts';

const guardedList: RegExp[] = [];
const indexOf = new Map<RegExp, number>();
/** Per guarded expression: its sticky twin, made on first use. */
const stickyOf = new Map<RegExp, RegExp>();
let prefilter: Prefilter | null = null;
/** The answers for the last few texts (the gates read the same text, squeezed or not). */
const recent = new Map<string, PrefilterResult>();
const RECENT_TEXTS = 4;

/** Registers `re` so that `mayMatch` can rule it out; returns it. */
export function guard<T extends RegExp>(re: T): T {
  if (!indexOf.has(re)) {
    indexOf.set(re, guardedList.length);
    guardedList.push(re);
    prefilter = null;
    recent.clear();
  }
  return re;
}

/** Registers the expression of every rule; returns the rules. */
export function guardRules<T extends { pattern: RegExp }>(rules: T[]): T[] {
  for (const rule of rules) guard(rule.pattern);
  return rules;
}

/** Every guarded expression, in the order guarded. */
export function guardedExpressions(): readonly RegExp[] {
  return guardedList;
}

function answersFor(text: string): PrefilterResult {
  let answers = recent.get(text);
  if (!answers) {
    prefilter ??= buildPrefilter(guardedList);
    answers = prefilter(text);
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, answers);
  }
  return answers;
}

/** False only when `re` is guarded and `text` holds none of the literals it needs. */
export function mayMatch(re: RegExp, text: string): boolean {
  const index = indexOf.get(re);
  return index === undefined || answersFor(text).may[index] === 1;
}

/**
 * `re.test(text)` of a whole text (the post the gates read, squeezed or not — never a window, for
 * which the prefilter would run again): false at once when the text holds none of its literals,
 * and tried only where a match can begin when that is known.
 */
export function guardedTest(re: RegExp, text: string): boolean {
  if (re.global || re.sticky)
    throw new TypeError(`guardedTest needs a plain expression: ${re.source}`);
  const index = indexOf.get(re);
  const answers = index === undefined ? undefined : answersFor(text);
  if (answers && answers.may[index!] === 0) return false;
  const starts = answers?.starts[index!];
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
  const index = indexOf.get(re);
  const answers = index === undefined ? undefined : answersFor(text);
  if (answers && answers.may[index!] === 0) return [];
  const starts = answers?.starts[index!];
  const found: RegExpExecArray[] = [];
  if (starts) {
    // Every match is non-empty and begins with a start literal: the leftmost match from an offset
    // is the first start at or after it where the expression matches.
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
