// The idiom rule (text.idiom): four characters that are one confusable character away from a
// known idiom, and read much better as that idiom (再接再励 → 再接再厉).
import type { Finding } from '../finding.ts';
import { hanRuns } from './han.ts';
import { makeFinding } from './make-finding.ts';
import type { SpellingModel } from './spelling-model.ts';
import { straddlesWord } from './word-boundary.ts';

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

export function createIdiomRule(model: SpellingModel) {
  const { lexicon, confusion, lm } = model;
  const masked = new Map<string, string[]>();
  // A one-character slip leaves three characters intact, so a window can only be a slip if its
  // last pair is an idiom's and one of its first two characters matches, or its first pair is an
  // idiom's and one of its last two matches. One integer-keyed lookup per pair: pair → the
  // characters idioms have at each of the two other places.
  const pairKey = (t: string, at: number) =>
    ((t.charCodeAt(at) & 0x7fff) << 15) | (t.charCodeAt(at + 1) & 0x7fff);
  const byTail = new Map<number, { at0: string; at1: string }>();
  const byHead = new Map<number, { at2: string; at3: string }>();
  for (const idiom of lexicon.idioms) {
    const tail = byTail.get(pairKey(idiom, 2)) ?? { at0: '', at1: '' };
    tail.at0 += idiom[0];
    tail.at1 += idiom[1];
    byTail.set(pairKey(idiom, 2), tail);
    const head = byHead.get(pairKey(idiom, 0)) ?? { at2: '', at3: '' };
    head.at2 += idiom[2];
    head.at3 += idiom[3];
    byHead.set(pairKey(idiom, 0), head);
    for (let k = 0; k < 4; k++) {
      const key = idiom.slice(0, k) + MASK + idiom.slice(k + 1);
      const list = masked.get(key);
      if (list) list.push(idiom);
      else masked.set(key, [idiom]);
    }
  }
  const mayBeSlip = (t: string, at: number): boolean => {
    const tail = byTail.get(pairKey(t, at + 2));
    if (tail && (tail.at0.includes(t[at]!) || tail.at1.includes(t[at + 1]!))) return true;
    const head = byHead.get(pairKey(t, at));
    return head !== undefined && (head.at2.includes(t[at + 2]!) || head.at3.includes(t[at + 3]!));
  };

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
        if (
          lexicon.freq(window.slice(0, 2)) >= PAIR_FLOOR &&
          lexicon.freq(window.slice(2)) >= PAIR_FLOOR
        )
          continue;
        if (straddlesWord(text, s, s + 4, lexicon, WORD_FLOOR)) continue;
        for (let k = 0; k < 4; k++) {
          const idioms = masked.get(window.slice(0, k) + MASK + window.slice(k + 1)) ?? [];
          const idiom = idioms.find(
            (i) =>
              confusion.tier(window[k]!, i[k]!) !== undefined &&
              windowFreq < lexicon.freq(i) * WORD_SHARE,
          );
          if (!idiom) continue;
          const needed = lexicon.freq(idiom) >= ATTESTED_FREQ ? MIN_GAIN : RARE_IDIOM_GAIN;
          if (lm.score(idiom) - lm.score(window) < needed) continue;
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
