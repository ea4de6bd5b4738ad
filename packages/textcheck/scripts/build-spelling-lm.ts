// Converts Debian's sunpinyin open-gram model (CC BY-SA 3.0) into the compact bigram file the typo
// detector ships: `lexicons/spelling/open-gram-bigram.bin`. Needs `apt-get install sunpinyin-data
// sunpinyin-utils` once, at build time only; the shipped file is read without them.
//
// Usage: npx tsx packages/textcheck/scripts/build-spelling-lm.ts
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeNgramModel, quantizeLogProb, quantizeBackoff } from '../src/spelling/ngram-model.ts';

const DATA_DIR = '/usr/lib/x86_64-linux-gnu/sunpinyin/data';
const OUT = fileURLToPath(new URL('../lexicons/spelling/open-gram-bigram.bin', import.meta.url));
/** Bigrams whose probability is this close (log10) to the back-off estimate add nothing; prune them. */
const PRUNE_LOG10 = 0.15;

/** Word k of the model is the k-th UTF-32LE string of the dictionary's word table (see open-gram-lm.md). */
function readSunpinyinWords(path: string): string[] {
  const buf = readFileSync(path);
  const tableOffset = buf.readUInt32LE(8);
  const words: string[] = [];
  let current: number[] = [];
  for (let at = tableOffset; at + 4 <= buf.length; at += 4) {
    const code = buf.readUInt32LE(at);
    if (code === 0) {
      words.push(String.fromCodePoint(...current));
      current = [];
    } else current.push(code);
  }
  return words;
}

function main(): void {
  const words = readSunpinyinWords(`${DATA_DIR}/pydict_sc.bin`);
  const dump = execFileSync('tslminfo', ['-v', '-p', `${DATA_DIR}/lm_sc.t3g`], {
    maxBuffer: 1 << 30,
  }).toString();
  // Dense ids: 0 is the sentence boundary, then every model word that has text.
  const dense = new Map<number, number>([[0, 0]]);
  const vocab: string[] = ['<s>'];
  const uni = new Map<number, { logp: number; bow: number }>();
  const bigrams: Array<{ w1: number; w2: number; logp: number }> = [];
  let section = 0;
  for (const line of dump.split('\n')) {
    if (line.startsWith('\\')) {
      section = Number(line.slice(1, 2));
      continue;
    }
    const cols = line.trim().split(/\s+/);
    if (section === 1 && cols.length >= 3) {
      const id = Number(cols[0]);
      const text = words[id] ?? '';
      if (id !== 0 && text === '') continue;
      if (!dense.has(id)) {
        dense.set(id, vocab.length);
        vocab.push(text);
      }
      uni.set(dense.get(id)!, {
        logp: Math.log10(Number(cols[1])),
        bow: Math.log10(Number(cols[2])),
      });
    } else if (section === 2 && cols.length >= 4) {
      const w1 = dense.get(Number(cols[0]));
      const w2 = dense.get(Number(cols[1]));
      const p = Number(cols[2]);
      if (w1 === undefined || w2 === undefined || p <= 0) continue;
      bigrams.push({ w1, w2, logp: Math.log10(p) });
    }
  }
  const uniLogp = new Uint8Array(vocab.length);
  const uniBow = new Int8Array(vocab.length);
  for (let i = 0; i < vocab.length; i++) {
    const u = uni.get(i);
    uniLogp[i] = quantizeLogProb(u?.logp ?? -12);
    uniBow[i] = quantizeBackoff(u?.bow ?? 0);
  }
  const kept = bigrams.filter((b) => {
    const backoff = (uni.get(b.w1)?.bow ?? 0) + (uni.get(b.w2)?.logp ?? -12);
    return Math.abs(b.logp - backoff) >= PRUNE_LOG10;
  });
  kept.sort((a, b) => a.w1 - b.w1 || a.w2 - b.w2);
  const bytes = encodeNgramModel({
    vocab,
    uniLogp,
    uniBow,
    bigrams: kept.map((b) => ({ w1: b.w1, w2: b.w2, q: quantizeLogProb(b.logp) })),
  });
  writeFileSync(OUT, bytes);
  console.log(
    `vocab ${vocab.length}, bigrams ${bigrams.length} → kept ${kept.length}, ${bytes.length} bytes → ${OUT}`,
  );
}

main();
