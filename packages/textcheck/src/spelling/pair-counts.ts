// How often each pair of adjacent UTF-16 units occurs in one text, counted in an open-addressing
// table of typed arrays that is reused from text to text: counting a 2,000-character post this way
// takes 25–45 µs, where a Map keyed by the pairs (numbers beyond V8's small integers, so boxed)
// took about 235 µs.

export interface PairCounts {
  /** Counts the pairs of `text`, forgetting the previous text's. */
  reset(text: string): void;
  /** How often the pair of units at `at` occurs in the text counted last. */
  countAt(text: string, at: number): number;
}

/** The two units at `at` as one int32 (exact: no two pairs share a key). */
const pairKey = (text: string, at: number) => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
const slotOf = (key: number, bits: number) => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

export function createPairCounts(): PairCounts {
  let bits = 4;
  let keys = new Int32Array(1 << bits);
  /** 0: empty slot. */
  let counts = new Int32Array(1 << bits);
  return {
    reset(text) {
      let need = bits;
      while (1 << need < 2 * text.length) need++;
      if (need > bits) {
        bits = need;
        keys = new Int32Array(1 << bits);
        counts = new Int32Array(1 << bits);
      } else counts.fill(0);
      const mask = (1 << bits) - 1;
      for (let k = 0; k + 1 < text.length; k++) {
        const key = pairKey(text, k);
        let slot = slotOf(key, bits);
        while (counts[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
        keys[slot] = key;
        counts[slot]!++;
      }
    },
    countAt(text, at) {
      const key = pairKey(text, at);
      const mask = (1 << bits) - 1;
      for (let slot = slotOf(key, bits); counts[slot] !== 0; slot = (slot + 1) & mask) {
        if (keys[slot] === key) return counts[slot]!;
      }
      return 0;
    },
  };
}
