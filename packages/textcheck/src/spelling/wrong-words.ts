// Common wrong → right word pairs (常见错别字), the highest-precision typo family.

export interface WrongWord {
  wrong: string;
  right: string;
}

/** Parses `wrong<TAB>right[<TAB>…]` lines; `#` starts a comment line. */
export function parseWrongWords(tsv: string): WrongWord[] {
  const out: WrongWord[] = [];
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [wrong = '', right = ''] = line.split('\t');
    if (wrong && right && wrong !== right) out.push({ wrong, right });
  }
  return out;
}
