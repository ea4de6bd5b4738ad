// Generates the benchmark haystack: official-writing prose (sentences composed from the shipped
// vocabulary) with dictionary terms planted about every 300 characters, half of them disguised
// the way evaders do (noise between characters, full-width letters, zero-width spaces).
// Deterministic: the same seed gives the same text.

export interface HaystackOptions {
  /** Minimum size in UTF-8 bytes. */
  bytes: number;
  seed?: number;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISGUISES: readonly ((term: string) => string)[] = [
  (term) => [...term].join('-'),
  (term) => [...term].join(' '),
  (term) => [...term].join('\u200b'),
  (term) => term.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0 - 0x20)),
];

export function generateHaystack(
  words: readonly string[],
  terms: readonly string[],
  options: HaystackOptions,
): string {
  const random = mulberry32(options.seed ?? 20261128);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  let bytes = 0;
  let sinceTerm = 0;
  while (bytes < options.bytes) {
    const clauses = 1 + Math.floor(random() * 3);
    let sentence = '';
    for (let c = 0; c < clauses; c++) {
      const count = 2 + Math.floor(random() * 5);
      for (let w = 0; w < count; w++) sentence += pick(words);
      if (sinceTerm > 300) {
        const term = pick(terms);
        sentence += random() < 0.5 ? term : pick(DISGUISES)(term);
        sinceTerm = 0;
      }
      sentence += c + 1 < clauses ? '，' : random() < 0.1 ? '。\n' : '。';
    }
    sinceTerm += sentence.length;
    parts.push(sentence);
    bytes += Buffer.byteLength(sentence, 'utf8');
  }
  return parts.join('');
}
