// The table of names whose misspelling is a serious statement error: the country, the Party,
// state bodies, national institutions and official slogans, each with its known near-misses.

export type SeriousNameKind = 'country' | 'party' | 'state-body' | 'institution' | 'slogan';

export interface SeriousName {
  name: string;
  kind: SeriousNameKind;
  nearMisses: string[];
}

/** Parses `name<TAB>kind<TAB>near-miss,near-miss…` lines; `#` starts a comment line. */
export function parseSeriousNames(tsv: string): SeriousName[] {
  const out: SeriousName[] = [];
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name = '', kind = '', misses = ''] = line.split('\t');
    out.push({
      name,
      kind: kind as SeriousNameKind,
      nearMisses: misses.split(',').filter(Boolean),
    });
  }
  return out;
}
