// Benchmark of the text gate's typo detector: characters per second and the median time to check
// a 2,000-character post, against a peer measured in the same run on the same posts — jieba's
// word segmentation (@node-rs/jieba, native code), the least any Chinese checker does per post.
// By default the posts are official-writing prose generated from the shipped vocabulary
// (deterministic); pass text files (one sentence per line, or any evaluation file the spelling
// evaluator reads) to measure on real prose instead.
//
// Usage: npx tsx packages/textcheck/bench/typo-bench.ts [FILE…]
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { readSpellingPairs } from '../src/node/spelling-eval/index.ts';
import {
  EXAMPLE_LEADERS_FILE,
  loadLeaderTable,
  loadTypoDetector,
} from '../src/node/typo-detector.ts';
import { generateHaystack } from './haystack.ts';
import { readTerms } from './lexicon-file.ts';

const POST_CHARS = 2000;
const MIN_MS = 3000;

function corpus(files: readonly string[]): string {
  if (files.length > 0)
    return files.flatMap((f) => readSpellingPairs(f).map((p) => p.target)).join('');
  const words = readTerms(
    fileURLToPath(new URL('./data/official-writing-words.txt', import.meta.url)),
  );
  return generateHaystack(words, ['人民政府'], { bytes: 600_000 });
}

const loadStart = performance.now();
const detector = loadTypoDetector({ leaders: loadLeaderTable(EXAMPLE_LEADERS_FILE) });
const loadMs = performance.now() - loadStart;

const text = corpus(process.argv.slice(2));
const posts: string[] = [];
for (let at = 0; at + POST_CHARS <= text.length; at += POST_CHARS)
  posts.push(text.slice(at, at + POST_CHARS));
for (const post of posts.slice(0, 50)) detector.detect(post); // warm-up

// Wall time, and CPU time of this process: on a shared machine the CPU figures are the stable ones.
// The detector and the peer alternate post by post, so load on the machine hits both alike.
const jieba = Jieba.withDict(dict);
const wall: number[] = [];
const cpu: number[] = [];
const peerCpu: number[] = [];
const timeCpu = (run: () => unknown) => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
for (const post of posts.slice(0, 50)) jieba.cut(post, true);
const begin = performance.now();
while (performance.now() - begin < MIN_MS) {
  for (const post of posts) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    detector.detect(post);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    peerCpu.push(timeCpu(() => jieba.cut(post, true)));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const rate = (xs: number[]) =>
  Math.round((xs.length * POST_CHARS) / (xs.reduce((a, b) => a + b, 0) / 1000));
const ms = (x: number) => Number(x.toFixed(3));
const result = {
  date: new Date().toISOString().slice(0, 10),
  posts: posts.length,
  postChars: POST_CHARS,
  charsPerSecond: rate(wall),
  p50Ms: ms(median(wall)),
  p95Ms: ms(p95(wall)),
  cpuCharsPerSecond: rate(cpu),
  cpuP50Ms: ms(median(cpu)),
  jiebaCpuCharsPerSecond: rate(peerCpu),
  /** The detector's CPU throughput over jieba's segmentation on the same posts. */
  ratioToJieba: Number((rate(cpu) / rate(peerCpu)).toFixed(3)),
  loadMs: Math.round(loadMs),
  heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
  rssMb: Math.round(process.memoryUsage().rss / 1e6),
};
console.log(
  `typo detector: ${result.charsPerSecond} chars/s, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms per ${POST_CHARS}-char post; ` +
    `CPU time ${result.cpuCharsPerSecond} chars/s, p50 ${result.cpuP50Ms} ms (load ${result.loadMs} ms, heap ${result.heapMb} MB); ` +
    `jieba cut ${result.jiebaCpuCharsPerSecond} chars/s → ratio ${result.ratioToJieba}`,
);
console.log(JSON.stringify({ typoBench: result }));
