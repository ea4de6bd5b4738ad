// The table behind the 的/地 rule: adverbs that, followed by 的 and a verb, must take 地.

export interface DeDiDeTable {
  adverbs: readonly string[];
  verbs: readonly string[];
}

/** Parses `adverb<TAB>word` and `verb<TAB>word` lines; `#` starts a comment line. */
export function parseDeDiDeTable(tsv: string): DeDiDeTable {
  const adverbs: string[] = [];
  const verbs: string[] = [];
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [kind, word = ''] = line.split('\t');
    if (kind === 'adverb') adverbs.push(word);
    else if (kind === 'verb') verbs.push(word);
  }
  return { adverbs, verbs };
}
