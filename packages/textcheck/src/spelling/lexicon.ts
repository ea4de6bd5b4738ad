// The word list the spelling rules segment and score with: word → corpus count, plus idioms and
// set phrases (jieba's 习用语: 事半功倍, 漠不关心).

export interface Lexicon {
  readonly maxWordLength: number;
  /** Corpus count of a word, 0 when unknown. */
  freq(word: string): number;
  /** Corpus count of the single character with this UTF-16 code (cached per code: hot loops ask). */
  charFreq(code: number): number;
  /** log10 relative frequency of a word (for words the n-gram model does not know). */
  logProb(word: string): number;
  isIdiom(word: string): boolean;
  /** Every word with its count. */
  entries(): IterableIterator<[string, number]>;
  /** Four-character idioms, for the one-character-away idiom rule. */
  readonly idioms: readonly string[];
  /** Four-character set phrases, which that rule holds to a higher standard. */
  readonly setPhrases: readonly string[];
}

/**
 * Parses `words.tsv` (`word<TAB>count[<TAB>tag]`, `#` comments); tag `i` marks an idiom, `l` a set
 * phrase.
 */
export function parseLexicon(tsv: string): Lexicon {
  const counts = new Map<string, number>();
  const idioms: string[] = [];
  const setPhrases: string[] = [];
  let total = 0;
  let maxWordLength = 1;
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word = '', count = '0', tag] = line.split('\t');
    const n = Number(count) || 1;
    counts.set(word, n);
    total += n;
    if (word.length > maxWordLength) maxWordLength = word.length;
    if (tag === 'i' && word.length === 4) idioms.push(word);
    if (tag === 'l' && word.length === 4) setPhrases.push(word);
  }
  const idiomSet = new Set(idioms);
  const logTotal = Math.log10(total || 1);
  const charCounts = new Float64Array(0x10000).fill(-1);
  return {
    maxWordLength,
    idioms,
    setPhrases,
    freq: (word) => counts.get(word) ?? 0,
    charFreq(code) {
      let f = charCounts[code]!;
      if (f < 0) charCounts[code] = f = counts.get(String.fromCharCode(code)) ?? 0;
      return f;
    },
    logProb(word) {
      const n = counts.get(word);
      return n === undefined ? -Infinity : Math.log10(n) - logTotal;
    },
    isIdiom: (word) => idiomSet.has(word),
    entries: () => counts.entries(),
  };
}
