// The office's table of leaders: names, titles and protocol order. Configuration data, never
// hard-coded: the project ships only an example table of fictitious names.

export interface LeaderEntry {
  name: string;
  title: string;
  /** Protocol order: 1 is listed first. */
  rank: number;
}

/** Parses `name<TAB>title<TAB>rank` lines; `#` starts a comment line. */
export function parseLeaderTable(tsv: string): LeaderEntry[] {
  const out: LeaderEntry[] = [];
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name = '', title = '', rank = ''] = line.split('\t');
    if (name && title) out.push({ name, title, rank: Number(rank) || out.length + 1 });
  }
  return out;
}
