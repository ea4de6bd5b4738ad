// The homophone rule (text.homophone): a stretch of two or three characters that reads exactly
// like a more frequent word (toneless pinyin) is replaced by it, and reported when the text
// around it becomes much more probable under the language model. It catches what a pinyin input
// method types by mistake — one character (全民建身 → 健身, 依法制国 → 治国) or two at once —
// including pairs the confusion sets of the typo rule do not list.
import type { Finding } from '../finding.ts';
import { hanRuns } from './han.ts';
import { isKeptCharacter, isPlainNumeralOf } from './kept-characters.ts';
import { buildHomophoneIndex, MAX_KEYS, MAX_WORD_LENGTH } from './homophone-index.ts';
import { makeFinding } from './make-finding.ts';
import type { SpellingModel } from './spelling-model.ts';
import { DEFAULT_TYPO_OPTIONS } from './typo-rule.ts';
import { sharedWordCoverage } from './word-coverage.ts';

export interface HomophoneRuleOptions {
  /** Words indexed as replacements must be at least this frequent. */
  candidateFreq: number;
  /** A known word at least this frequent explains its characters (as in the typo rule). */
  coverFreq: number;
  /**
   * A stretch whose every character sits in a word at least this frequent is left alone: slips
   * there are rare, and skipping them keeps the rule fast.
   */
  strongFreq: number;
  /** The replacement word must be this many times more frequent than the stretch as a word. */
  ratio: number;
  /**
   * … and this many times more frequent than the word that explains a changed character (民建 for
   * the 建 of 全民建身 → 健身): a slip inside a common word is rare.
   */
  explainedRatio: number;
  /** Minimum log10 gain when a changed character is unexplained / explained by a known word. */
  unexplainedGain: number;
  explainedGain: number;
  /**
   * Minimum gain when the stretch is itself a known word, and no word containing a changed
   * character is more frequent: one word read as another (易制毒滑雪品 → 化学品). A changed character
   * that sits in a likelier word reaching outside the stretch (调查核处 → 何处 breaks 查核; 但时至今日
   * → 但是 breaks 时至今日) needs `explainedGain`.
   */
  wordSwapGain: number;
  /** Extra gain needed per changed character beyond the first. */
  perExtraChar: number;
  /**
   * A changed character rarer than this on its own is left alone: an input method offers common
   * characters, while rare ones in running text are mostly names (翟, 邰) and brands (骁龙).
   */
  minCharFreq: number;
  /** At most this many replacements (the most frequent) are scored per stretch. */
  maxScored: number;
  /** Longest stretch (and replacement word) considered, 2–4 characters. */
  maxLength: number;
  /** At most this many characters of the stretch may change. */
  maxChanged: number;
  /** Characters of context on each side used for scoring. */
  context: number;
  /** Longest run of unexplained characters a slip may sit in (longer runs are names). */
  maxStretch: number;
  /** How far (log10) a replacement must clear its threshold to be `warn` rather than `info`. */
  warnMargin: number;
}

export const DEFAULT_HOMOPHONE_OPTIONS: HomophoneRuleOptions = {
  candidateFreq: 10,
  coverFreq: 3,
  strongFreq: 300,
  ratio: 2,
  explainedRatio: 1.5,
  unexplainedGain: 5,
  explainedGain: 4,
  wordSwapGain: 3.5,
  perExtraChar: 1,
  minCharFreq: 100,
  maxScored: 1,
  maxLength: 2,
  maxChanged: 2,
  context: 2,
  maxStretch: 4,
  warnMargin: 1.5,
};

interface Replacement {
  start: number;
  end: number;
  /** The replacement of the changed characters, and the whole word it completes. */
  fix: string;
  word: string;
  margin: number;
}

export function createHomophoneRule(
  model: SpellingModel,
  options: HomophoneRuleOptions = DEFAULT_HOMOPHONE_OPTIONS,
) {
  const { lexicon, lm, names, confusion } = model;
  const index = buildHomophoneIndex(lexicon, options.candidateFreq);
  const coverage = sharedWordCoverage(lexicon, options.coverFreq);

  /** [start, end) of the run of unexplained characters around i. */
  const unexplainedRun = (strength: Float64Array, rs: number, re: number, i: number) => {
    let a = i;
    let b = i + 1;
    while (a > rs && strength[a - 1] === 0) a--;
    while (b < re && strength[b] === 0) b++;
    return [a, b] as const;
  };

  const { starts, words, freqs, codes } = index;

  /** Whether word w equals text[s, s + len) (compared by codes, no string access). */
  const same = (text: string, s: number, len: number, w: number) => {
    for (let k = 0; k < len; k++)
      if (text.charCodeAt(s + k) !== codes[w * MAX_WORD_LENGTH + k]) return false;
    return true;
  };

  /**
   * The best replacement of text[s, s + len) among the words of entry e at least `floor` frequent
   * (twice the stretch's own count, `stretchFreq`), or undefined.
   */
  const bestAt = (
    text: string,
    rs: number,
    re: number,
    strength: Float64Array,
    s: number,
    len: number,
    e: number,
    floor: number,
    stretchFreq: number,
    best: Replacement | undefined,
  ): Replacement | undefined => {
    // Most frequent first: once a word is too rare, so are the rest.
    for (let w = starts[e]!, stop = starts[e + 1]!; w < stop && freqs[w]! >= floor; w++) {
      if (same(text, s, len, w)) continue;
      let changed = 0;
      let first = -1;
      let last = -1;
      let unexplained = false;
      let explainedBy = 0;
      for (let k = 0; k < len; k++) {
        const code = text.charCodeAt(s + k);
        const into = codes[w * MAX_WORD_LENGTH + k]!;
        if (into === code) continue;
        changed++;
        if (first < 0) first = k;
        last = k;
        if (
          lexicon.charFreq(code) < options.minCharFreq ||
          isKeptCharacter(code) ||
          isPlainNumeralOf(code, into)
        )
          changed = Infinity;
        const st = strength[s + k]!;
        if (st === 0) unexplained = true;
        else if (st > explainedBy) explainedBy = st;
      }
      if (changed > options.maxChanged) continue;
      if (freqs[w]! < options.explainedRatio * explainedBy) continue;
      const alike = words[w]!;
      // The typo rule already scores a near confusable of an unexplained character completing a
      // frequent word (its default options), against a lower threshold: no need to score it again.
      if (
        changed === 1 &&
        unexplained &&
        freqs[w]! >= DEFAULT_TYPO_OPTIONS.candidateFreq &&
        confusion.tier(text[s + first]!, alike[first]!) === 'near'
      )
        continue;
      if (guarded(text, rs, re, strength, s + first)) continue;
      if (last !== first && guarded(text, rs, re, strength, s + last)) continue;
      const ws = Math.max(rs, s - options.context);
      const we = Math.min(re, s + len + options.context);
      if (scored++ >= options.maxScored) break;
      base ??= lm.score(text.slice(ws, we));
      const need =
        (unexplained
          ? options.unexplainedGain
          : explainedBy > stretchFreq
            ? options.explainedGain
            : options.wordSwapGain) +
        options.perExtraChar * (changed - 1);
      const margin = lm.score(text.slice(ws, s) + alike + text.slice(s + len, we)) - base - need;
      if (margin >= 0 && (!best || margin > best.margin)) {
        const fix = alike.slice(first, last + 1);
        best = { start: s + first, end: s + last + 1, fix, word: alike, margin };
      }
    }
    return best;
  };

  /** Whether the character at `at` is probably part of a name rather than a slip. */
  const guarded = (text: string, rs: number, re: number, strength: Float64Array, at: number) => {
    if (strength[at]! > 0) return names.isLikelyName(text, at, at, at + 1);
    const [a, b] = unexplainedRun(strength, rs, re, at);
    return b - a > options.maxStretch || names.isLikelyName(text, at, a, b);
  };

  // The stretch being checked: its language-model score (once needed) and replacements scored.
  let base: number | undefined;
  let scored = 0;

  // keys[len]: the readings of the stretch of that length at the current position (keys[0] is the
  // empty stretch); reused between calls.
  const keys = [0, 1, 2, 3, 4].map(() => new Float64Array(MAX_KEYS));
  const counts = new Int32Array(5);
  counts[0] = 1;

  return (text: string): Finding[] => {
    const found: Replacement[] = [];
    const strength = coverage.cover(text);
    for (const [rs, re] of hanRuns(text)) {
      if (re - rs < 2) continue;
      for (let s = rs; s + 1 < re; s++) {
        // The longest stretch from s holds the weakest character: if it is strong, skip s.
        let weakestAll = Infinity;
        for (let j = s; j < Math.min(re, s + options.maxLength); j++)
          weakestAll = Math.min(weakestAll, strength[j]!);
        if (weakestAll >= options.strongFreq) continue;
        counts[1] = index.extend(keys[0]!, 1, text.charCodeAt(s), keys[1]!);
        let weakest = strength[s]!;
        for (let len = 2; len <= options.maxLength && s + len <= re; len++) {
          const at = text.charCodeAt(s + len - 1);
          const n = (counts[len] = index.extend(keys[len - 1]!, counts[len - 1]!, at, keys[len]!));
          weakest = Math.min(weakest, strength[s + len - 1]!);
          if (weakest >= options.strongFreq) continue;
          // A replacement must be at least twice as frequent as the stretch itself.
          const wordFreq =
            len === 2
              ? coverage.pairFreq(text.charCodeAt(s), text.charCodeAt(s + 1))
              : lexicon.freq(text.slice(s, s + len));
          const floor = options.ratio * Math.max(wordFreq, 1);
          let best: Replacement | undefined;
          base = undefined;
          scored = 0;
          for (let k = 0; k < n; k++) {
            const e = index.lookup(keys[len]![k]!);
            if (e >= 0) best = bestAt(text, rs, re, strength, s, len, e, floor, wordFreq, best);
          }
          if (best) found.push(best);
        }
      }
    }
    // Overlapping stretches may propose different words: the clearest call wins.
    found.sort((a, b) => b.margin - a.margin);
    const kept: Replacement[] = [];
    for (const r of found) {
      if (!kept.some((k) => k.start < r.end && r.start < k.end)) kept.push(r);
    }
    return kept.map((r) =>
      makeFinding(
        text,
        'text.homophone',
        r.margin >= options.warnMargin ? 'warn' : 'info',
        r.start,
        r.end,
        r.fix,
        `疑似同音字词误用：“${text.slice(r.start, r.end)}”应为“${r.fix}”（${r.word}）`,
      ),
    );
  };
}
