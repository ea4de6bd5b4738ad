// Maps UTF-16 code units to dense automaton labels, most frequent first, so the double array
// stays compact; units that occur in no pattern get label 0, which has no transitions.

export interface Alphabet {
  /** Label per code unit (0 = not in any pattern). */
  readonly labels: Uint16Array;
  /** Number of labels in use, excluding 0. */
  readonly size: number;
}

/** `extra` units get labels too (after the patterns' units) without occurring in any pattern. */
export function buildAlphabet(
  patterns: readonly string[],
  extra: readonly string[] = [],
): Alphabet {
  const counts = new Float64Array(0x10000);
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) counts[pattern.charCodeAt(i)]!++;
  }
  const wanted = new Uint8Array(0x10000);
  for (const text of extra) for (let i = 0; i < text.length; i++) wanted[text.charCodeAt(i)] = 1;
  const used: number[] = [];
  for (let unit = 0; unit < 0x10000; unit++) if (counts[unit]! > 0 || wanted[unit]) used.push(unit);
  used.sort((a, b) => counts[b]! - counts[a]! || a - b);
  const labels = new Uint16Array(0x10000);
  used.forEach((unit, rank) => {
    labels[unit] = rank + 1;
  });
  return { labels, size: used.length };
}

/**
 * The alphabet of text that is already label-encoded (values 1..size are labels, 0 is "in no
 * pattern"): lets a second automaton search a buffer written for the first one as it is.
 */
export function identityAlphabet(size: number): Alphabet {
  const labels = new Uint16Array(0x10000);
  for (let label = 1; label <= size; label++) labels[label] = label;
  return { labels, size };
}
