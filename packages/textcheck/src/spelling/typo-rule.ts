// The general typo rule (text.typo): a character that no word around it explains (or only a rare
// one) is replaced by each of its confusable characters; a replacement that forms a known word
// and makes the surrounding text much more probable under the language model is reported. A rare
// character is also tried against every character that completes a known word around it, the
// confusion sets aside (text.rare-char).
import type { Finding } from '../finding.ts';
import type { ConfusionTier } from './confusion.ts';
import { buildCandidateIndex } from './candidate-index.ts';
import { hanRuns } from './han.ts';
import { isKeptCharacter, isPlainNumeralOf } from './kept-characters.ts';
import { makeFinding } from './make-finding.ts';
import type { SpellingModel } from './spelling-model.ts';
import { sharedWordCoverage } from './word-coverage.ts';

export interface TypoRuleOptions {
  /** A character inside a word at least this frequent is considered explained. */
  coverFreq: number;
  /**
   * A character this frequent on its own (的, 在, 做 …) is only checked against its same-sound or
   * similar-shape replacements that form a two-character word with a neighbour, and needs a gain
   * of `commonGain` (Infinity: never checked).
   */
  singleCharFreq: number;
  commonGain: number;
  /** A replacement must form a word at least this frequent. */
  candidateFreq: number;
  /** Minimum gain in log10 probability for a same-sound-and-tone or similar-shape replacement. */
  nearGain: number;
  /** Minimum gain for a looser (other tone, looser shape) replacement. */
  farGain: number;
  /**
   * A character no word explains and rarer than this on its own may also be replaced by a
   * character its confusion sets do not list: rare characters in running text are mostly variant
   * or mistyped forms (亊, 囯, 侓, 菅) whose look-alikes the sets lack. 0 turns this off.
   */
  rareCharFreq: number;
  /** Minimum gain for such an unlisted replacement. */
  unlistedGain: number;
  /** Characters of context on each side used for scoring. */
  context: number;
  /**
   * A character inside a known word at most this frequent is questioned too, when a
   * same-sound-and-tone or similar-shape replacement forms a two-character word `coveredRatio`
   * times more frequent (本条列 → 本条例) and gains `coveredGain`. 0 turns this off.
   */
  coveredMaxFreq: number;
  coveredRatio: number;
  coveredGain: number;
  /**
   * Longest run of unexplained characters a typo may sit in: a lone unexplained character is a
   * typical slip, while longer runs are mostly names and transliterations (王儒述, 卡麦隆). A slip
   * also leaves the neighbours of its word unexplained (犯罪兼疑人皆须: 兼疑人皆须), so in a longer
   * run a replacement is still weighed when the words it forms leave at most this many
   * characters, itself included, unexplained (嫌疑人 leaves 皆须: three).
   */
  maxStretch: number;
  /**
   * How far (log10) a replacement must clear its threshold to be reported as `warn`; closer calls
   * are reported as `info`. Real-word slips in names of places, firms and roads clear the
   * threshold narrowly and are what editors find noisy, so they stay visible but do not block.
   */
  warnMargin: number;
}

export const DEFAULT_TYPO_OPTIONS: TypoRuleOptions = {
  coverFreq: 3,
  singleCharFreq: 20_000,
  commonGain: 3,
  candidateFreq: 50,
  nearGain: 3.25,
  farGain: 6,
  rareCharFreq: 200,
  unlistedGain: 9,
  context: 3,
  maxStretch: 4,
  coveredMaxFreq: 50,
  coveredRatio: 30,
  coveredGain: 4,
  warnMargin: 1.5,
};

/** A replacement's source: a confusion set's tier, or none (any character completing a word). */
type CandidateTier = ConfusionTier | 'unlisted';

interface Candidate {
  ch: string;
  tier: CandidateTier;
}

interface Replacement {
  ch: string;
  tier: CandidateTier;
  margin: number;
}

const typoFinding = (text: string, i: number, fix: Replacement, warnMargin: number): Finding =>
  makeFinding(
    text,
    fix.tier === 'unlisted' ? 'text.rare-char' : 'text.typo',
    fix.margin >= warnMargin ? 'warn' : 'info',
    i,
    i + 1,
    fix.ch,
    `疑似错别字：“${text[i]}”应为“${fix.ch}”`,
  );

/**
 * How many divisions' two-character names a character must end to read as a name ending (川 ends 41,
 * 洲 7).
 */
const NAME_ENDING_COUNT = 20;

export function createTypoRule(
  model: SpellingModel,
  options: TypoRuleOptions = DEFAULT_TYPO_OPTIONS,
) {
  const { lexicon, confusion, lm, names, divisions } = model;
  // The names of cities, districts and counties (沈阳市, 和平区), built on first use: a likely name that
  // a close slip (the near tier) turns into one of them is that division misspelt (沉阳市 → 沈阳市); a far
  // one is an unknown place (澄阳市 is no slip of 沈阳市).
  // The second character of a written name is read so too (杭洲市 → 杭州市), unless it ends many
  // divisions' names itself (川, 阳, 山 …): then the written name is a name of its own (梧川市 is no
  // slip of 梧州市; after final211).
  let divisionNames: Set<string> | undefined;
  const secondCharCount = new Map<string, number>();
  const fixesDivision = (text: string, i: number, ch: string): boolean => {
    if (divisionNames === undefined) {
      divisionNames = new Set(
        divisions.provinces.flatMap((p) => p.cities.flatMap((c) => [c.name, ...c.counties])),
      );
      for (const name of divisionNames)
        if (/^[\u4e00-\u9fff]{2}[市区县]$/.test(name))
          secondCharCount.set(name[1]!, (secondCharCount.get(name[1]!) ?? 0) + 1);
    }
    const written = text.slice(i, i + 3);
    if (/^[\u4e00-\u9fff]{2}[市区县]$/.test(written))
      return !divisionNames.has(written) && divisionNames.has(ch + written.slice(1));
    const ending = text.slice(i - 1, i + 2);
    return (
      i >= 1 &&
      /^[\u4e00-\u9fff]{2}[市区县]$/.test(ending) &&
      (secondCharCount.get(ending[1]!) ?? 0) < NAME_ENDING_COUNT &&
      !divisionNames.has(ending) &&
      divisionNames.has(ending[0]! + ch + ending[2]!)
    );
  };

  const thresholds = {
    near: options.nearGain,
    far: options.farGain,
    unlisted: options.unlistedGain,
  };
  // Per UTF-16 code, filled on first use: the character's confusables — the loop asks for them
  // at most characters, so they must not cost a substring and a hash. A formal numeral's plain
  // form is no confusable of it here (壹 → 一).
  const confusables = new Array<{ near: string; far: string } | undefined>(0x10000);
  const withoutPlainNumeral = (code: number, chars: string) =>
    [...chars].filter((ch) => !isPlainNumeralOf(code, ch.charCodeAt(0))).join('');
  const confusablesOf = (code: number) => {
    const found = confusables[code];
    if (found) return found;
    const { near, far } = confusion.candidates(String.fromCharCode(code));
    return (confusables[code] = {
      near: withoutPlainNumeral(code, near),
      far: withoutPlainNumeral(code, far),
    });
  };
  const coverage = sharedWordCoverage(lexicon, options.coverFreq);
  const index = buildCandidateIndex(lexicon, options.candidateFreq);

  // Marks the completion characters seen at the current position: one slot per UTF-16 unit,
  // stamped with a counter instead of cleared, so collecting candidates allocates nothing. The
  // completions themselves are kept too, for a rare character's unlisted replacements.
  const seenAt = new Uint32Array(0x10000);
  let stamp = 0;
  const completed: string[] = [];
  const mark = (chars: string) => {
    completed.push(chars);
    for (let k = 0; k < chars.length; k++) seenAt[chars.charCodeAt(k)] = stamp;
  };
  const candidatesAt = (text: string, i: number, rs: number, re: number): Candidate[] => {
    stamp++;
    completed.length = 0;
    const code = text.charCodeAt(i);
    index.completions(text, i, rs, re, mark);
    const { near, far } = confusablesOf(code);
    const out: Candidate[] = [];
    const take = (ch: string, tier: CandidateTier) => {
      // Taken once: unstamp it.
      seenAt[ch.charCodeAt(0)] = 0;
      out.push({ ch, tier });
    };
    for (let k = 0; k < near.length; k++)
      if (seenAt[near.charCodeAt(k)] === stamp) take(near[k]!, 'near');
    for (let k = 0; k < far.length; k++)
      if (seenAt[far.charCodeAt(k)] === stamp) take(far[k]!, 'far');
    if (lexicon.charFreq(code) < options.rareCharFreq) {
      for (const chars of completed)
        for (let k = 0; k < chars.length; k++) {
          const c = chars.charCodeAt(k);
          if (seenAt[c] === stamp && !isKeptCharacter(c) && !isPlainNumeralOf(code, c))
            take(chars[k]!, 'unlisted');
        }
    }
    return out;
  };

  // Near candidates that form a two-character word of at least `pairNeeded` with a neighbour:
  // the near characters are stamped, then the index's completions with each neighbour are read.
  const takenAt = new Uint32Array(0x10000);
  let pairText = '';
  let pairAt = 0;
  let pairNeeded = 0;
  let pairOut: Candidate[] = [];
  const takePairs = (chars: string) => {
    for (let k = 0; k < chars.length; k++) {
      const c = chars.charCodeAt(k);
      if (seenAt[c] !== stamp || takenAt[c] === stamp) continue;
      takenAt[c] = stamp;
      const left = pairAt > 0 ? coverage.pairFreq(pairText.charCodeAt(pairAt - 1), c) : 0;
      const right =
        pairAt + 1 < pairText.length ? coverage.pairFreq(c, pairText.charCodeAt(pairAt + 1)) : 0;
      if (Math.max(left, right) >= pairNeeded) pairOut.push({ ch: chars[k]!, tier: 'near' });
    }
  };
  const pairCandidatesAt = (
    text: string,
    i: number,
    rs: number,
    re: number,
    needed: number,
  ): Candidate[] => {
    stamp++;
    const { near } = confusablesOf(text.charCodeAt(i));
    for (let k = 0; k < near.length; k++) seenAt[near.charCodeAt(k)] = stamp;
    pairText = text;
    pairAt = i;
    pairNeeded = needed;
    pairOut = [];
    index.pairCompletions(text, i, rs, re, takePairs);
    return pairOut;
  };

  /** The best candidate whose gain in the language model clears its threshold. */
  const bestReplacement = (
    text: string,
    i: number,
    rs: number,
    re: number,
    candidates: Candidate[],
    threshold: (c: Candidate) => number,
  ): Replacement | undefined => {
    const ws = Math.max(rs, i - options.context);
    const we = Math.min(re, i + options.context + 1);
    const before = text.slice(ws, i);
    const after = text.slice(i + 1, we);
    const base = lm.score(before + text[i] + after);
    let best: Replacement | undefined;
    for (const c of candidates) {
      const margin = lm.score(before + c.ch + after) - base - threshold(c);
      if (margin >= 0 && (!best || margin > best.margin)) best = { ch: c.ch, tier: c.tier, margin };
    }
    return best;
  };
  const unexplainedThreshold = (c: Candidate) => thresholds[c.tier];
  const explainedThreshold = () => options.coveredGain;
  const commonThreshold = () => options.commonGain;

  /** A character some known word explains, but only weakly (strength = that word's count). */
  const checkExplained = (text: string, i: number, rs: number, re: number, strength: number) => {
    if (
      strength > options.coveredMaxFreq ||
      lexicon.charFreq(text.charCodeAt(i)) >= options.singleCharFreq
    ) {
      return undefined;
    }
    const needed = Math.max(strength * options.coveredRatio, options.candidateFreq);
    const candidates = pairCandidatesAt(text, i, rs, re, needed);
    return candidates.length > 0
      ? bestReplacement(text, i, rs, re, candidates, explainedThreshold)
      : undefined;
  };

  /** How many characters of the run [start, end) stay unexplained with c at i, i included. */
  const leftUnexplained = (
    text: string,
    i: number,
    c: Candidate,
    rs: number,
    re: number,
    start: number,
    end: number,
  ) => {
    const [lo, hi] = coverage.explainedWith(text, i, c.ch.charCodeAt(0), rs, re);
    return end - start - (Math.min(hi, end) - Math.max(lo, start)) + 1;
  };

  /** A character no known word explains, inside the unexplained run [start, end). */
  const checkUnexplained = (
    text: string,
    i: number,
    rs: number,
    re: number,
    start: number,
    end: number,
  ) => {
    const common = lexicon.charFreq(text.charCodeAt(i)) >= options.singleCharFreq;
    if (common && options.commonGain === Infinity) return undefined;
    let candidates = common
      ? pairCandidatesAt(text, i, rs, re, options.candidateFreq)
      : candidatesAt(text, i, rs, re);
    if (end - start > options.maxStretch)
      candidates = candidates.filter(
        (c) => leftUnexplained(text, i, c, rs, re, start, end) <= options.maxStretch,
      );
    if (candidates.length === 0) return undefined;
    const fix = bestReplacement(
      text,
      i,
      rs,
      re,
      candidates,
      common ? commonThreshold : unexplainedThreshold,
    );
    // Checked last: the name check reads the whole text, and few replacements get this far.
    if (fix === undefined) return undefined;
    return !names.isLikelyName(text, i, start, end) ||
      (fix.tier === 'near' && fixesDivision(text, i, fix.ch))
      ? fix
      : undefined;
  };

  return (text: string): Finding[] => {
    const findings: Finding[] = [];
    const strength = coverage.cover(text);
    for (const [rs, re] of hanRuns(text)) {
      if (re - rs < 2) continue;
      let runStart = rs;
      let runEnd = rs;
      for (let i = rs; i < re; i++) {
        let fix: Replacement | undefined;
        if (strength[i]! > 0) fix = checkExplained(text, i, rs, re, strength[i]!);
        else {
          if (i >= runEnd) {
            runStart = i;
            runEnd = i;
            while (runEnd < re && strength[runEnd] === 0) runEnd++;
          }
          fix = checkUnexplained(text, i, rs, re, runStart, runEnd);
        }
        if (fix !== undefined && !isKeptCharacter(text.charCodeAt(i)))
          findings.push(typoFinding(text, i, fix, options.warnMargin));
      }
    }
    return findings;
  };
}
