// Latency of one full check (every gate, no typo model) of a 2,000-character post built from the
// clean posts of the evaluation set. `npx tsx packages/textcheck/scripts/check-latency.ts`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../src/check.ts';
import { parseItems } from './eval-set.ts';

const POST_LENGTH = 2000;
const WARMUP = 200;
const RUNS = 2000;

const dir = join(dirname(fileURLToPath(import.meta.url)), '../test/eval');
const clean = parseItems(readFileSync(join(dir, 'dev.jsonl'), 'utf8')).filter(
  (i) => i.labels.length === 0 && i.text,
);
const post = clean
  .map((i) => i.text)
  .join('\n')
  .slice(0, POST_LENGTH);

const buildStart = performance.now();
const checker = createChecker();
const buildMs = performance.now() - buildStart;
for (let i = 0; i < WARMUP; i++) checker.check({ text: post });
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  checker.check({ text: post });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3);
console.log(
  `build ${buildMs.toFixed(0)} ms; check of ${post.length} characters: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms`,
);
