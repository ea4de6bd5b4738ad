// The idiom rule (text.idiom): four characters that are one confusable character away from a
// known idiom, and read much better as that idiom (再接再励 → 再接再厉). jieba's set phrases (习用语:
// 事半功倍, 互相推诿) count too, held to a higher standard: many of them are plain phrases (这样的话,
// 未成年人) that a real word one character away reads nearly as well as. A variant written right after
// the idiom itself (渔舟唱晚变成了渔舟唱晨) is wordplay, not a slip.
import type { Finding } from '../finding.ts';
import { hanRuns } from './han.ts';
import { isKeptCharacter } from './kept-characters.ts';
import { makeFinding } from './make-finding.ts';
import type { SpellingModel } from './spelling-model.ts';
import { straddlesWord } from './word-boundary.ts';
import { buildIntTable } from './word-table.ts';

/** The idiom must be at least this much more probable (log10) than the text as written. */
const MIN_GAIN = 2;
const MASK = '*';
/** jieba lists some frequent slips (再接再励 3); text counts as a word only above this share of the idiom's count. */
const WORD_SHARE = 0.1;
const WORD_FLOOR = 20;
const PAIR_FLOOR = 50;
/**
 * Idioms jieba lists only with its default count (3) include variant spellings (风声水起): they
 * must win by a wider margin.
 */
const ATTESTED_FREQ = 5;
const RARE_IDIOM_GAIN = 4;
/** … and lose to a window of two words of at least this count. */
const RARE_IDIOM_PAIR_FLOOR = 3;
/**
 * A set phrase must be attested (ATTESTED_FREQ) and win by this much; it never puts a negation in
 * or takes one out (为成年人 is no 未成年人).
 */
const SET_PHRASE_GAIN = 3.4;

export function createIdiomRule(model: SpellingModel) {
  const { lexicon, confusion, lm } = model;
  /**
   * The character told wrong sits at the window's edge and makes a word with its neighbour outside,
   * which the idiom's character does not (收寄时发现 is no 及时发现): the window cut a word.
   */
  const bondsOutside = (text: string, s: number, k: number, idiom: string): boolean => {
    const pair = (ch: string) => (k === 0 ? text[s - 1] + ch : ch + text[s + 4]);
    if ((k !== 0 && k !== 3) || (k === 0 ? s === 0 : s + 4 >= text.length)) return false;
    return (
      lexicon.freq(pair(text[s + k]!)) >= ATTESTED_FREQ &&
      lexicon.freq(pair(idiom[k]!)) < ATTESTED_FREQ
    );
  };
  const masked = new Map<string, string[]>();
  const setPhrases = lexicon.setPhrases.filter((p) => lexicon.freq(p) >= ATTESTED_FREQ);
  const known = [...lexicon.idioms, ...setPhrases];
  for (const idiom of known) {
    for (let k = 0; k < 4; k++) {
      const key = idiom.slice(0, k) + MASK + idiom.slice(k + 1);
      const list = masked.get(key);
      if (list) list.push(idiom);
      else masked.set(key, [idiom]);
    }
  }
  const halvesAreWords = (window: string, floor: number) =>
    lexicon.freq(window.slice(0, 2)) >= floor && lexicon.freq(window.slice(2)) >= floor;
  const byTail = buildPairIndex(known, 2);
  const byHead = buildPairIndex(known, 0);
  // A one-character slip leaves three characters intact, so a window can only be a slip if its
  // last pair is an idiom's and one of its first two characters matches, or its first pair is an
  // idiom's and one of its last two matches.
  const mayBeSlip = (t: string, at: number): boolean =>
    byTail.matches(t, at + 2, at) || byHead.matches(t, at, at + 2);

  return (text: string): Finding[] => {
    const findings: Finding[] = [];
    for (const [rs, re] of hanRuns(text)) {
      for (let s = rs; s + 4 <= re; s++) {
        if (!mayBeSlip(text, s)) continue;
        const window = text.slice(s, s + 4);
        const windowFreq = lexicon.freq(window);
        if (windowFreq >= WORD_FLOOR || lexicon.isIdiom(window)) continue;
        // Two real words (措辞严厉, 涨势喜人) are a phrase, not a broken idiom; and a window cut
        // out of a longer word (激动人心的) is no idiom at all.
        if (halvesAreWords(window, PAIR_FLOOR)) continue;
        if (straddlesWord(text, s, s + 4, lexicon, WORD_FLOOR)) continue;
        for (let k = 0; k < 4; k++) {
          const idioms = masked.get(window.slice(0, k) + MASK + window.slice(k + 1)) ?? [];
          const idiom = idioms.find(
            (i) =>
              confusion.tier(window[k]!, i[k]!) !== undefined &&
              windowFreq < lexicon.freq(i) * WORD_SHARE,
          );
          if (!idiom) continue;
          const setPhrase = !lexicon.isIdiom(idiom);
          if (
            setPhrase &&
            (isKeptCharacter(window.charCodeAt(k)) || isKeptCharacter(idiom.charCodeAt(k)))
          )
            continue;
          if (bondsOutside(text, s, k, idiom)) continue;
          const attested = lexicon.freq(idiom) >= ATTESTED_FREQ;
          // Against an idiom jieba only lists (顺利实现), any two real words win (顺利提现).
          if (!attested && halvesAreWords(window, RARE_IDIOM_PAIR_FLOOR)) continue;
          const needed = setPhrase ? SET_PHRASE_GAIN : attested ? MIN_GAIN : RARE_IDIOM_GAIN;
          if (lm.score(idiom) - lm.score(window) < needed) continue;
          if (playsOnIdiom(text, s, idiom)) break;
          findings.push(
            makeFinding(
              text,
              'text.idiom',
              'warn',
              s,
              s + 4,
              idiom,
              `成语用字有误：“${window}”应为“${idiom}”`,
            ),
          );
          break;
        }
      }
    }
    return findings;
  };
}

/** How near the idiom itself must stand for a variant of it to be wordplay. */
const PLAY_REACH = 16;

/**
 * Whether the idiom itself stands close by in the same sentence (渔舟唱晚变成了渔舟唱晨, 不是“事半功倍”
 * 而是“事倍功半”): a writer who has just written it right varies it on purpose.
 */
function playsOnIdiom(text: string, at: number, idiom: string): boolean {
  const before = text.lastIndexOf(idiom, at - 4);
  const after = text.indexOf(idiom, at + 4);
  const near = (from: number, to: number) =>
    to - from <= PLAY_REACH && !/[。！？!?\n]/.test(text.slice(from, to));
  return (before >= 0 && near(before + 4, at)) || (after >= 0 && near(at + 4, after));
}

/**
 * Idioms by the pair of characters at `pairAt` (0 or 2): one integer-keyed lookup per window
 * tells whether an idiom has that pair and, at the other two places, a character of the window.
 */
function buildPairIndex(idioms: readonly string[], pairAt: number) {
  const key = (t: string, at: number) => (t.charCodeAt(at) << 16) | t.charCodeAt(at + 1);
  const others = pairAt === 0 ? 2 : 0;
  const byPair = new Map<number, number[]>();
  for (const idiom of idioms) {
    const k = key(idiom, pairAt);
    const list = byPair.get(k) ?? [];
    list.push(idiom.charCodeAt(others), idiom.charCodeAt(others + 1));
    byPair.set(k, list);
  }
  // Entry e: the idioms' two other characters, pairwise, at codes[starts[e], starts[e + 1]).
  const lists = [...byPair.values()];
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, e) => (starts[e + 1] = starts[e]! + list.length));
  const codes = new Uint16Array(starts[lists.length]!);
  lists.forEach((list, e) => codes.set(list, starts[e]));
  const table = buildIntTable([...byPair.keys()]);
  return {
    /** Whether an idiom has text's pair at `at` and text[other] or text[other + 1] in place. */
    matches(text: string, at: number, other: number): boolean {
      const e = table.find(key(text, at));
      if (e < 0) return false;
      const first = text.charCodeAt(other);
      const second = text.charCodeAt(other + 1);
      for (let k = starts[e]!; k < starts[e + 1]!; k += 2) {
        if (codes[k] === first || codes[k + 1] === second) return true;
      }
      return false;
    },
  };
}
