// A one-hash Bloom filter over the pairs of labels that begin a pattern. Most starts in a text
// fail on their first two characters; one bit test rules them out before the trie is touched,
// which removes the least predictable branch of the leftmost-longest walk.

export interface PairFilter {
  readonly bits: Int32Array;
  readonly mask: number;
}

const MULTIPLIER = 0x9e3779b1 | 0;

/** The filter bit of a pair; label 0 as `second` stands for "no next character". */
export function pairBit(first: number, second: number, mask: number): number {
  return (Math.imul(first, MULTIPLIER) ^ second) & mask;
}

/**
 * `prefixes` are the pairs that begin a pattern of two or more units; `singles` are labels that
 * are whole patterns, which must pass with any second label (and at the end of the text).
 */
export function buildPairFilter(prefixes: readonly (readonly [number, number])[], singles: readonly number[], alphabetSize: number): PairFilter {
  // About 32 bits per pair keeps false positives near 3%; 2^12..2^22 bits (512 B..512 KB).
  const wanted = 32 * (prefixes.length + singles.length * (alphabetSize + 1));
  const log = Math.min(22, Math.max(12, Math.ceil(Math.log2(Math.max(1, wanted)))));
  const mask = (1 << log) - 1;
  const bits = new Int32Array(1 << (log - 5));
  const set = (bit: number) => {
    bits[bit >> 5] = bits[bit >> 5]! | (1 << (bit & 31));
  };
  for (const [first, second] of prefixes) set(pairBit(first, second, mask));
  for (const first of singles) for (let second = 0; second <= alphabetSize; second++) set(pairBit(first, second, mask));
  return { bits, mask };
}
