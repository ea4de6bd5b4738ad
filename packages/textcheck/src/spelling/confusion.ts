// Character confusion sets: which characters are easily typed or read in place of which.

export type ConfusionTier = 'near' | 'far';

export interface ConfusionSet {
  /** Characters confusable with `ch`: `near` (same sound and tone, or similar shape) first. */
  candidates(ch: string): { near: string; far: string };
  /** The tier by which `wrong` is a plausible slip for `right`, or undefined. */
  tier(wrong: string, right: string): ConfusionTier | undefined;
}

/**
 * Parses `confusion.tsv` (`char<TAB>near<TAB>far`, `#` comments); each (slip, intended) pair of
 * `lookAlikes` the table does not list yet joins the slip's near tier.
 */
export function parseConfusionSet(
  tsv: string,
  lookAlikes: ReadonlyArray<readonly [string, string]> = [],
): ConfusionSet {
  const table = new Map<string, { near: string; far: string }>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [ch = '', near = '', far = ''] = line.split('\t');
    table.set(ch, { near, far });
  }
  for (const [slip, intended] of lookAlikes) {
    const entry = table.get(slip) ?? { near: '', far: '' };
    if (!entry.near.includes(intended) && !entry.far.includes(intended))
      table.set(slip, { near: entry.near + intended, far: entry.far });
  }
  const none = { near: '', far: '' };
  const tierOf = (a: string, b: string): ConfusionTier | undefined => {
    const e = table.get(a);
    if (!e) return undefined;
    if (e.near.includes(b)) return 'near';
    if (e.far.includes(b)) return 'far';
    return undefined;
  };
  return {
    candidates: (ch) => table.get(ch) ?? none,
    // Confusion is symmetric in kind; the sources list it from either side.
    tier: (wrong, right) => tierOf(right, wrong) ?? tierOf(wrong, right),
  };
}
