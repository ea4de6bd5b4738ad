// Reads a text once through the lexicon index: entry hits (after suppression and context
// exceptions) and the positions of every named term group, all in offsets of the text given.
import type { LexiconIndex } from './lexicon-index.ts';
import type { LexiconEntry } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

export interface EntryHit extends Span {
  entry: LexiconEntry;
}

interface Candidate extends EntryHit {
  index: number;
}

export interface ScanResult {
  hits: EntryHit[];
  /** Group name → spans of its terms, in text order. */
  groups: Map<string, Span[]>;
}

const PRECEDING_REACH = 4;
/**
 * What may not stand between a `<x` word and the term: a clause break or a verb or preposition of
 * motion, which starts a new phrase (原件到县工商局, 前往工商局 — 原/前 do not qualify the name there).
 */
const BREAKS_PRECEDING = /[\s，,。；;：:、！!？?到在向去找赴至往从由经]/;
/**
 * 原来, 原先 (formerly) qualify a place of the past across one preposition (原来在工商局办理的, 原先到
 * 环保局报批): the time word, not the name, carries the history, so 在/到 there starts no new phrase.
 */
const CARRIES_ACROSS = /^[来先][在到从向去找]?/;

/**
 * One-character `<x` words inside a longer word that means something else: 前 of 目前 and 当前
 * (now, not formerly), 原 of 原则 and 原因 (目前工商局…, 原则上农业部… are no history); 前 of a deadline
 * followed by its task, also after a must (15日前完成上月营业税申报, 月底前办理…, 年审前须缴清…, 审验前
 * 需到…, 6月30日前登录…系统, 月底前填报…: a date, not the former name), and 前 of 前往, 前去 (going there).
 * 前 of 日前 is recent or a deadline, never former (日前通过国家食品药品监督管理总局审批 is a new act).
 */
const NOT_QUALIFYING: Record<string, { before?: RegExp; after?: RegExp }> = {
  前: {
    before: /[目当眼跟提空日]$/,
    after: /^(?:[须需应要请先务必]{1,2})?[完办缴申提报交到去往登填]/,
  },
  原: { after: /^[则因告]/ },
};

function qualifies(text: string, at: number, word: string): boolean {
  const not = NOT_QUALIFYING[word];
  if (!not) return true;
  if (not.before?.test(text.slice(Math.max(0, at - 1), at))) return false;
  return !not.after?.test(text.slice(at + word.length, at + word.length + 3));
}

function excepted(entry: LexiconEntry, text: string, span: Span): boolean {
  for (const exception of entry.exceptions ?? []) {
    if (exception.startsWith('<')) {
      const word = exception.slice(1);
      const from = Math.max(0, span.start - PRECEDING_REACH - word.length);
      const found = text.slice(from, span.start).lastIndexOf(word);
      const at = from + found;
      const between = text.slice(at + word.length, span.start);
      if (
        found >= 0 &&
        !BREAKS_PRECEDING.test(word === '原' ? between.replace(CARRIES_ACROSS, '') : between) &&
        qualifies(text, at, word)
      )
        return true;
    } else if (exception.startsWith('>')) {
      if (text.startsWith(exception.slice(1), span.end)) return true;
    }
  }
  return false;
}

const ASCII_WORD = /[A-Za-z0-9]/;

const DIGIT = /[0-9]/;

/**
 * A term that starts or ends with a Latin letter or digit must not run into one (`666` in 88886666),
 * nor start a number's fractional part (`3.1%` in 13.1%, `25%` in 3.325% once the point is read as
 * noise).
 */
function splitsAsciiWord(text: string, span: Span): boolean {
  const first = text.charAt(span.start);
  const last = text.charAt(span.end - 1);
  return (
    (ASCII_WORD.test(first) && ASCII_WORD.test(text.charAt(span.start - 1))) ||
    (DIGIT.test(first) &&
      text.charAt(span.start - 1) === '.' &&
      DIGIT.test(text.charAt(span.start - 2))) ||
    (ASCII_WORD.test(last) && ASCII_WORD.test(text.charAt(span.end)))
  );
}

function covered(span: Span, suppressors: readonly Span[]): boolean {
  return suppressors.some((s) => s.start <= span.start && s.end >= span.end);
}

function inOrder(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return false;
  return true;
}

export function scanText(index: LexiconIndex, text: string): ScanResult {
  const matches = index.matcher.scanNormalized(text, 'overlapping');
  const suppressors: Span[] = [];
  const exceptions = new Map<number, Span[]>();
  const candidates: Candidate[] = [];
  const groups = new Map<string, Span[]>();
  for (const match of matches) {
    const refs = index.refs[match.pattern];
    if (!refs) continue;
    const span = { start: match.start, end: match.end };
    if (refs.suppresses) suppressors.push(span);
    for (const i of refs.exceptionOf) {
      const list = exceptions.get(i);
      if (list) list.push(span);
      else exceptions.set(i, [span]);
    }
    for (const i of refs.entries) {
      const entry = index.entries[i];
      if (entry) candidates.push({ entry, index: i, ...span });
    }
    if (refs.groups.length > 0 && splitsAsciiWord(text, span)) continue;
    for (const name of refs.groups) {
      let list = groups.get(name);
      if (!list) groups.set(name, (list = []));
      list.push(span);
    }
  }
  // Matches arrive ordered by their end, so most lists are in order of start already.
  for (const list of groups.values()) if (!inOrder(list)) list.sort((a, b) => a.start - b.start);
  const hits: EntryHit[] = candidates
    .filter(
      (hit) =>
        !covered(hit, suppressors) &&
        !covered(hit, exceptions.get(hit.index) ?? []) &&
        !excepted(hit.entry, text, hit) &&
        !splitsAsciiWord(text, hit),
    )
    .map(({ entry, start, end }) => ({ entry, start, end }));
  return { hits, groups };
}
