// A Bloom filter of what can begin a match: the label triples that begin a pattern of three or
// more units, and the label pairs that are whole two-unit patterns (and one-unit patterns,
// entered with every second label). Each key sets two bits in one 32-bit word, so a test reads
// one word. Testing a position's pair and triple rules out most starts before the trie is
// touched: on the benchmark's Chinese prose with the 64k dictionary 5.0 % of positions pass,
// where 3.2 % hold a pair pattern or a pattern's first triple and 17 % begin with the first two
// characters of a pattern.

export interface StartFilter {
  readonly bits: Int32Array;
  /** 32 minus log2 of the number of words: a hash's top bits pick its word. */
  readonly shift: number;
}

const M1 = 0x9e3779b1 | 0;
const M2 = 0x85ebca6b | 0;
const M3 = 0xc2b2ae35 | 0;
const PAIR_SALT = 0x5bd1e995;

/** What the pair and the triple starting with `first, second` hash from; label 0 is "no text". */
function leadOf(first: number, second: number): number {
  return Math.imul(first, M1) ^ second;
}

function pairHash(lead: number): number {
  return Math.imul(lead ^ PAIR_SALT, M2);
}

function tripleHash(lead: number, third: number): number {
  return Math.imul(Math.imul(lead, M2) ^ third, M3);
}

// A key's word is picked by its hash's top bits, its two bits by the low five bits and the next
// five: JavaScript shifts read only the low five bits of the count, so `word >>> hash` brings the
// first to bit 0 and `word >>> (hash >>> 5)` the second.

export interface StartKeys {
  /** Labels of one-unit patterns. */
  singles: readonly number[];
  /** Label pairs that are two-unit patterns. */
  pairs: readonly (readonly [number, number])[];
  /** Label triples that begin a pattern of three or more units. */
  triples: readonly (readonly [number, number, number])[];
}

export function buildStartFilter(keys: StartKeys, alphabetSize: number): StartFilter {
  // About 16 bits per entry, two of them set: 7.3 % of the bits are set for the 64k dictionary,
  // and a position that begins nothing passes one of its two tests about 2 % of the time.
  const entries =
    keys.pairs.length + keys.triples.length + keys.singles.length * (alphabetSize + 1);
  const log = Math.min(22, Math.max(12, Math.ceil(Math.log2(Math.max(1, 16 * entries)))));
  const bits = new Int32Array(1 << (log - 5));
  const shift = 32 - (log - 5);
  const set = (hash: number) => {
    bits[hash >>> shift] = bits[hash >>> shift]! | (1 << hash) | (1 << (hash >>> 5));
  };
  for (const [first, second] of keys.pairs) set(pairHash(leadOf(first, second)));
  for (const [first, second, third] of keys.triples) set(tripleHash(leadOf(first, second), third));
  for (const first of keys.singles)
    for (let second = 0; second <= alphabetSize; second++) set(pairHash(leadOf(first, second)));
  return { bits, shift };
}

/** Zero labels that `collectStarts` reads after the text. */
export const START_PADDING = 5;

/** 1 when the filter holds the pair (first, second) or the triple (first, second, third). */
function mayStart(
  bits: Int32Array,
  shift: number,
  first: number,
  second: number,
  third: number,
): number {
  // leadOf, pairHash and tripleHash written out: called here, four times a round,
  // they exhaust V8's inlining budget and the whole scan is 3 % slower.
  const lead = Math.imul(first, M1) ^ second;
  const pair = Math.imul(lead ^ PAIR_SALT, M2);
  const triple = Math.imul(Math.imul(lead, M2) ^ third, M3);
  const pairWord = bits[pair >>> shift]!;
  const tripleWord = bits[triple >>> shift]!;
  const pairHit = (pairWord >>> pair) & (pairWord >>> (pair >>> 5));
  const tripleHit = (tripleWord >>> triple) & (tripleWord >>> (triple >>> 5));
  return (pairHit | tripleHit) & 1;
}

/**
 * Writes the positions of `labels[0..length)` that pass the filter to `found`, in order, and
 * returns how many there are. Branch-free: every position is stored and the count advances by
 * the filter's bit. Four positions a round, which shares V8's per-access checks among them; so
 * the last round may also test up to three positions past the end, which the `START_PADDING`
 * zero labels after the text make harmless (label 0 begins no pattern). `found` needs
 * `length + 3` entries. Nothing is read outside the loop, not even the filter's fields or the
 * first labels: V8 would compile such a read without type feedback on the first, long call,
 * and the deoptimisation that follows leaves slower code for good in some processes.
 */
export function collectStarts(
  bits: Int32Array,
  shift: number,
  labels: Uint16Array,
  length: number,
  found: Int32Array,
): number {
  let count = 0;
  for (let start = 0; start < length; start += 4) {
    const first = labels[start]!;
    const second = labels[start + 1]!;
    const third = labels[start + 2]!;
    const fourth = labels[start + 3]!;
    const fifth = labels[start + 4]!;
    const sixth = labels[start + 5]!;
    const hit0 = mayStart(bits, shift, first, second, third);
    const hit1 = mayStart(bits, shift, second, third, fourth);
    const hit2 = mayStart(bits, shift, third, fourth, fifth);
    const hit3 = mayStart(bits, shift, fourth, fifth, sixth);
    found[count] = start;
    count += hit0;
    found[count] = start + 1;
    count += hit1;
    found[count] = start + 2;
    count += hit2;
    found[count] = start + 3;
    count += hit3;
  }
  return count;
}
