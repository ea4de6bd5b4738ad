// Converts Debian's libime language model (LGPL-2.1+; fcitx5's KenLM word trigram model of
// Chinese) into a second compact bigram file for the typo detector:
// `lexicons/spelling/libime-bigram.bin`. Needs `apt-get install libime-data-language-model` once,
// at build time only; the shipped file is read without it.
//
// The source is a KenLM binary of type QUANT_ARRAY_TRIE (format version 5). Its trie is keyed by
// the *last* word: unigram w's children are the words that precede w, each holding P(w | prev)
// quantised to 8 bits, so the bigram (prev, w) is read from w's range.
//
// Usage: npx tsx packages/textcheck/scripts/build-spelling-lm-libime.ts [zh_CN.lm]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeNgramModel, quantizeBackoff, quantizeLogProb } from '../src/spelling/ngram-model.ts';

const SOURCE = process.argv[2] ?? '/usr/lib/x86_64-linux-gnu/libime/zh_CN.lm';
const OUT = fileURLToPath(new URL('../lexicons/spelling/libime-bigram.bin', import.meta.url));
/** Bigrams this close (log10) to the back-off estimate add nothing; prune them (as for open-gram). */
const PRUNE_LOG10 = 0.15;
/** The bigram format holds word ids in 17 bits: id 0 is the boundary, then the likeliest words. */
const MAX_WORDS = (1 << 17) - 1;
const MAX_WORD_LENGTH = 6;
const QUANT_ARRAY_TRIE = 5;

interface KenlmBigrams {
  words: string[];
  uniLogp: Float32Array;
  uniBow: Float32Array;
  /** Bigram k is (prev[k], next[k]) with log10 P(next | prev) = logp[k]. */
  prev: Uint32Array;
  next: Uint32Array;
  logp: Float32Array;
}

const bitsFor = (n: number) => Math.floor(Math.log2(n)) + 1;

/** Reads `bits` (≤ 25) bits starting at bit `offset` of `bytes` from `base`, little-endian. */
function readBits(bytes: Uint8Array, base: number, offset: number, bits: number): number {
  const at = base + Math.floor(offset / 8);
  const shift = offset % 8;
  const word = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
  return (word >>> shift) & (2 ** bits - 1);
}

/** The unigrams and bigrams of an order-3 KenLM QUANT_ARRAY_TRIE binary. */
function readKenlmBigrams(buf: Buffer): KenlmBigrams {
  if (
    !buf
      .subarray(0, 50)
      .toString('latin1')
      .startsWith('mmap lm http://kheafield.com/code format version 5')
  )
    throw new Error('not a KenLM binary of format version 5');
  const order = buf[0x58]!;
  if (order !== 3 || buf.readInt32LE(0x60) !== QUANT_ARRAY_TRIE)
    throw new Error('expected an order-3 QUANT_ARRAY_TRIE model');
  const counts = [0, 1, 2].map((i) => Number(buf.readBigUInt64LE(0x6c + 8 * i)));
  const [uniCount, biCount, triCount] = counts as [number, number, number];
  // Sorted vocabulary: its size, then one 64-bit hash per word (word i+1 ↔ hash i).
  let at = 0x88 + 8 + 8 * uniCount;
  // Quantisation: a version byte, the probability and back-off bit widths, then the bins.
  const probBits = buf[at + 1]!;
  const backoffBits = buf[at + 2]!;
  const bins = (from: number, bits: number) =>
    Array.from({ length: 2 ** bits }, (_, i) => buf.readFloatLE(from + 4 * i));
  const middleProb = bins(at + 8, probBits);
  at += 8 + 4 * (2 ** probBits + 2 ** backoffBits) + 4 * 2 ** probBits;
  // Unigrams: {prob, backoff: float32; first child: uint64}, count + 2 of them.
  const uniLogp = new Float32Array(uniCount);
  const uniBow = new Float32Array(uniCount);
  const firstChild = new Float64Array(uniCount + 1);
  for (let w = 0; w <= uniCount; w++) {
    const u = at + 16 * w;
    if (w < uniCount) {
      uniLogp[w] = buf.readFloatLE(u);
      uniBow[w] = buf.readFloatLE(u + 4);
    }
    firstChild[w] = Number(buf.readBigUInt64LE(u + 8));
  }
  at += 16 * (uniCount + 2);
  // Bigram level: an array of pointer high bits ("array bhiksha"), then bit-packed entries of
  // word | back-off bin | probability bin | pointer low bits.
  const maxNext = triCount;
  const required = bitsFor(maxNext);
  const chopLimit = Math.min(required, buf[((at + 7) & ~7) + 1]!);
  let chop = 0;
  let lowest = Infinity;
  for (let c = 0; c <= chopLimit; c++) {
    const change = Math.floor(maxNext / 2 ** (required - c)) * 64 - (biCount + 1) * c;
    if (change < lowest) [lowest, chop] = [change, c];
  }
  const arrayCount = Math.floor(maxNext / 2 ** (required - chop)) + 1;
  const entriesBase = at + 8 * (1 + arrayCount) + 7;
  const wordBits = bitsFor(uniCount);
  const totalBits = wordBits + backoffBits + probBits + (required - chop);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const prev = new Uint32Array(biCount);
  const next = new Uint32Array(biCount);
  const logp = new Float32Array(biCount);
  for (let w = 0, k = 0; w < uniCount; w++) {
    for (; k < firstChild[w + 1]!; k++) {
      const bit = k * totalBits;
      prev[k] = readBits(bytes, entriesBase, bit, wordBits);
      next[k] = w;
      logp[k] = -Math.abs(
        middleProb[readBits(bytes, entriesBase, bit + wordBits + backoffBits, probBits)]!,
      );
    }
  }
  // The word strings follow the trigram level, NUL-separated, in id order.
  const triBytes = Math.floor(((1 + triCount) * (wordBits + probBits) + 7) / 8) + 8;
  const stringsAt = entriesBase + Math.floor(((1 + biCount) * totalBits + 7) / 8) + 8 + triBytes;
  const words = buf.subarray(stringsAt).toString('utf8').split('\0').slice(0, uniCount);
  if (words[0] !== '<unk>' || words.length !== uniCount) throw new Error('word table not found');
  return { words, uniLogp, uniBow, prev, next, logp };
}

function main(): void {
  const lm = readKenlmBigrams(readFileSync(SOURCE));
  const candidates = lm.words
    .map((word, id) => ({ word, id }))
    .filter(({ word }) => !word.startsWith('<') && [...word].length <= MAX_WORD_LENGTH)
    .sort((a, b) => lm.uniLogp[b.id]! - lm.uniLogp[a.id]!)
    .slice(0, MAX_WORDS);
  const dense = new Int32Array(lm.words.length).fill(-1);
  candidates.forEach(({ id }, i) => (dense[id] = i + 1));
  const vocab = ['<s>', ...candidates.map((c) => c.word)];
  const uniLogp = new Uint8Array(vocab.length);
  const uniBow = new Int8Array(vocab.length);
  const logpOf = (d: number) => (d === 0 ? -12 : lm.uniLogp[candidates[d - 1]!.id]!);
  const bowOf = (d: number) => (d === 0 ? 0 : lm.uniBow[candidates[d - 1]!.id]!);
  for (let d = 0; d < vocab.length; d++) {
    uniLogp[d] = quantizeLogProb(logpOf(d));
    uniBow[d] = quantizeBackoff(bowOf(d));
  }
  const bigrams: Array<{ w1: number; w2: number; q: number }> = [];
  for (let k = 0; k < lm.prev.length; k++) {
    const w1 = dense[lm.prev[k]!]!;
    const w2 = dense[lm.next[k]!]!;
    if (w1 < 1 || w2 < 1) continue;
    if (Math.abs(lm.logp[k]! - (bowOf(w1) + logpOf(w2))) < PRUNE_LOG10) continue;
    bigrams.push({ w1, w2, q: quantizeLogProb(lm.logp[k]!) });
  }
  bigrams.sort((a, b) => a.w1 - b.w1 || a.w2 - b.w2);
  const bytes = encodeNgramModel({ vocab, uniLogp, uniBow, bigrams });
  writeFileSync(OUT, bytes);
  console.log(
    `words ${lm.words.length} → ${vocab.length}, bigrams ${lm.prev.length} → kept ${bigrams.length}, ${bytes.length} bytes → ${OUT}`,
  );
}

main();
