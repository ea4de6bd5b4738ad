// A compact word bigram language model (log10 probabilities with back-off), stored as one binary
// blob so that Node reads it from disk and a browser could fetch it; decoding is zero-copy.
//
// Layout (little-endian): "OGLM" · version · V · B · vocabBytes · vocab UTF-8 ('\n'-joined,
// padded to 4) · unigram log-prob Uint8[V] · unigram back-off Int8[V] (both padded to 4) ·
// bigram offsets Uint32[V+1] · bigram entries Uint32[B] = w2 (17 bits) | quantised log-prob << 17.

const MAGIC = 0x4d4c474f; // "OGLM"
const VERSION = 1;
const STEP = 0.05;
const W2_BITS = 17;
const W2_MASK = (1 << W2_BITS) - 1;
/** Slots of the bigram answer cache (a power of two; 16 bytes each). */
const CACHE_SIZE = 1 << 14;
const CACHE_SHIFT = 14;

/** log10 probability → 0..255 (0 = certain, 255 ≈ 1e-12.75). */
export function quantizeLogProb(log10p: number): number {
  return Math.max(0, Math.min(255, Math.round(-log10p / STEP)));
}

/** log10 back-off weight → -127..127. */
export function quantizeBackoff(log10bow: number): number {
  return Math.max(-127, Math.min(127, Math.round(log10bow / STEP)));
}

export interface NgramModelSource {
  vocab: readonly string[];
  uniLogp: Uint8Array;
  uniBow: Int8Array;
  /** Sorted by w1, then w2. */
  bigrams: ReadonlyArray<{ w1: number; w2: number; q: number }>;
}

const pad4 = (n: number): number => (n + 3) & ~3;

export function encodeNgramModel(src: NgramModelSource): Uint8Array {
  const V = src.vocab.length;
  const B = src.bigrams.length;
  const vocabBytes = new TextEncoder().encode(src.vocab.join('\n'));
  const size = 20 + pad4(vocabBytes.length) + 2 * pad4(V) + 4 * (V + 1) + 4 * B;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  [MAGIC, VERSION, V, B, vocabBytes.length].forEach((v, i) => view.setUint32(i * 4, v, true));
  let at = 20;
  out.set(vocabBytes, at);
  at += pad4(vocabBytes.length);
  out.set(src.uniLogp, at);
  at += pad4(V);
  out.set(new Uint8Array(src.uniBow.buffer, src.uniBow.byteOffset, V), at);
  at += pad4(V);
  let b = 0;
  for (let w = 0; w <= V; w++) {
    while (b < B && src.bigrams[b]!.w1 < w) b++;
    view.setUint32(at + w * 4, b, true);
  }
  at += 4 * (V + 1);
  src.bigrams.forEach((g, i) => view.setUint32(at + i * 4, (g.w2 | (g.q << W2_BITS)) >>> 0, true));
  return out;
}

/** A decoded model: word ids, unigram and bigram log10 probabilities. */
export interface NgramModel {
  readonly vocabSize: number;
  readonly bigramCount: number;
  /** Word of each id (id 0, the sentence boundary, is `<s>`). */
  readonly vocab: readonly string[];
  /** Id of a word, or -1 when the model does not know it. Id 0 is the sentence boundary. */
  id(word: string): number;
  unigram(id: number): number;
  /** log10 P(w2 | w1) with back-off to the unigram. */
  bigram(w1: number, w2: number): number;
}

export function decodeNgramModel(bytes: Uint8Array): NgramModel {
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) {
    throw new Error('not an OGLM v1 language model');
  }
  const V = view.getUint32(8, true);
  const B = view.getUint32(12, true);
  const vocabLen = view.getUint32(16, true);
  let at = 20;
  const vocab = new TextDecoder().decode(bytes.subarray(at, at + vocabLen)).split('\n');
  at += pad4(vocabLen);
  const uniLogp = bytes.subarray(at, at + V);
  at += pad4(V);
  const uniBow = new Int8Array(bytes.buffer, bytes.byteOffset + at, V);
  at += pad4(V);
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + at, V + 1);
  at += 4 * (V + 1);
  const entries = new Uint32Array(bytes.buffer, bytes.byteOffset + at, B);
  const ids = new Map<string, number>();
  for (let i = 1; i < vocab.length; i++) if (!ids.has(vocab[i]!)) ids.set(vocab[i]!, i);

  const unigram = (id: number): number => -(uniLogp[id] ?? 255) * STEP;
  const search = (w1: number, w2: number): number => {
    let lo = offsets[w1] ?? 0;
    let hi = (offsets[w1 + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const e = entries[mid]!;
      const w = e & W2_MASK;
      if (w === w2) return -(e >>> W2_BITS) * STEP;
      if (w < w2) lo = mid + 1;
      else hi = mid - 1;
    }
    return (uniBow[w1] ?? 0) * STEP + unigram(w2);
  };
  // The language model asks for the same few pairs over and over (the candidates for one
  // character share all other words), and a binary search in the multi-megabyte entry array
  // misses the CPU cache at most steps: a small direct-mapped cache of answers saves most of
  // them. A slot holds w1 and w2 (-1: empty) and the answer.
  const cacheW1 = new Int32Array(CACHE_SIZE).fill(-1);
  const cacheW2 = new Int32Array(CACHE_SIZE);
  const cacheLogp = new Float64Array(CACHE_SIZE);
  return {
    vocabSize: V,
    bigramCount: B,
    vocab,
    id: (word) => ids.get(word) ?? -1,
    unigram,
    bigram(w1, w2) {
      const h = Math.imul(w1, 0x9e3779b1) + w2;
      const slot = (h ^ (h >>> CACHE_SHIFT)) & (CACHE_SIZE - 1);
      if (cacheW1[slot] === w1 && cacheW2[slot] === w2) return cacheLogp[slot]!;
      const logp = search(w1, w2);
      cacheW1[slot] = w1;
      cacheW2[slot] = w2;
      cacheLogp[slot] = logp;
      return logp;
    },
  };
}
