// Hash tables for scans that run on every character: an open-addressing table of short words keyed
// by their UTF-16 codes, so a scan can look up text[p, p + len) for growing len with a rolling
// hash — no substring, no string hashing (the language model's Viterbi search asks it several
// times per character of every scored stretch); and a table of integer keys (pairs of character
// codes) in typed arrays, for the per-position lookups of the coverage scan and the rules.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The rolling hash: extend the hash of a prefix by one more UTF-16 code. */
export const extendHash = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);
export const EMPTY_HASH = FNV_OFFSET;

export interface WordTable {
  /** Index of the word text[start, start + len) whose rolling hash is `hash`, or -1. */
  find(text: string, start: number, len: number, hash: number): number;
}

export function buildWordTable(words: readonly string[]): WordTable {
  let size = 1;
  while (size < words.length * 2) size *= 2;
  const mask = size - 1;
  let total = 0;
  for (const w of words) total += w.length;
  const codes = new Uint16Array(total);
  // Slot s: [2s] the word's index (-1: empty), [2s + 1] where its codes start << 8 | its length —
  // side by side, so a probe reads one cache line before comparing the codes.
  const slots = new Int32Array(2 * size).fill(-1);
  let from = 0;
  words.forEach((w, i) => {
    if (w.length > 0xff || from >= 1 << 23) throw new Error('word table: too many characters');
    let hash = EMPTY_HASH;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      codes[from + k] = c;
      hash = extendHash(hash, c);
    }
    let slot = hash & mask;
    while (slots[2 * slot] !== -1) slot = (slot + 1) & mask;
    slots[2 * slot] = i;
    slots[2 * slot + 1] = (from << 8) | w.length;
    from += w.length;
  });
  return {
    find(text, start, len, hash) {
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const i = slots[2 * slot]!;
        if (i < 0) return -1;
        const packed = slots[2 * slot + 1]!;
        if ((packed & 0xff) !== len) continue;
        const at = packed >>> 8;
        let k = 0;
        while (k < len && codes[at + k] === text.charCodeAt(start + k)) k++;
        if (k === len) return i;
      }
    },
  };
}

/** An open-addressing table from distinct int32 keys to their positions in the key list. */
export interface IntTable {
  /** Position of the key in the list the table was built from, or -1. */
  find(key: number): number;
}

/**
 * Keys and positions side by side in one typed array, so a probe reads one cache line and a
 * lookup allocates nothing — unlike a Map, whose entries are scattered boxed objects.
 */
export function buildIntTable(keys: ArrayLike<number>): IntTable {
  let bits = 1;
  while (1 << bits < keys.length * 2) bits++;
  const mask = (1 << bits) - 1;
  // Slot i: [2i] the key, [2i + 1] its position + 1 (0: empty).
  const slots = new Int32Array(2 << bits);
  const slotOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - bits);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if ((key | 0) !== key) throw new Error(`int table: ${key} is not an int32`);
    let slot = slotOf(key);
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = i + 1;
  }
  return {
    find(key) {
      for (let slot = slotOf(key); ; slot = (slot + 1) & mask) {
        const at = slots[2 * slot + 1]!;
        if (at === 0 || slots[2 * slot] === key) return at - 1;
      }
    },
  };
}
