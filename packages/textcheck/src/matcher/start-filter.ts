// A one-hash Bloom filter of what can begin a match: the label triples that begin a pattern of
// three or more units, and the label pairs that are whole two-unit patterns (and one-unit
// patterns, entered with every second label). Two bit tests rule out most starts before the trie
// is touched: on the benchmark's Chinese prose with the 64k dictionary about 10 % of positions
// pass (3.5 % can begin a match), where 17 % begin with the first two characters of a pattern.

export interface StartFilter {
  readonly bits: Int32Array;
  readonly mask: number;
}

const M1 = 0x9e3779b1 | 0;
const M2 = 0x85ebca6b | 0;

/** The filter bit of a label pair; label 0 stands for "no more text". */
export function pairBit(first: number, second: number, mask: number): number {
  return (Math.imul(first, M1) ^ Math.imul(second, M2) ^ 0x5bd1e995) & mask;
}

/** The filter bit of a label triple. */
export function tripleBit(first: number, second: number, third: number, mask: number): number {
  return (Math.imul(first, M2) ^ Math.imul(second, M1) ^ third) & mask;
}

export interface StartKeys {
  /** Labels of one-unit patterns. */
  singles: readonly number[];
  /** Label pairs that are two-unit patterns. */
  pairs: readonly (readonly [number, number])[];
  /** Label triples that begin a pattern of three or more units. */
  triples: readonly (readonly [number, number, number])[];
}

export function buildStartFilter(keys: StartKeys, alphabetSize: number): StartFilter {
  // About 16 bits per entry keeps false positives near 6 %; 2^12..2^22 bits (512 B..512 KB).
  const entries =
    keys.pairs.length + keys.triples.length + keys.singles.length * (alphabetSize + 1);
  const log = Math.min(22, Math.max(12, Math.ceil(Math.log2(Math.max(1, 16 * entries)))));
  const mask = (1 << log) - 1;
  const bits = new Int32Array(1 << (log - 5));
  const set = (bit: number) => {
    bits[bit >> 5] = bits[bit >> 5]! | (1 << (bit & 31));
  };
  for (const [first, second] of keys.pairs) set(pairBit(first, second, mask));
  for (const [first, second, third] of keys.triples) set(tripleBit(first, second, third, mask));
  for (const first of keys.singles)
    for (let second = 0; second <= alphabetSize; second++) set(pairBit(first, second, mask));
  return { bits, mask };
}
