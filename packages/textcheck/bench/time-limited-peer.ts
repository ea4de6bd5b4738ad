// Runs a peer that may not finish building (modern-ahocorasick on 64k terms) in a worker thread
// with a time limit, so the benchmark never hangs on it.
import { Worker } from 'node:worker_threads';

export type LimitedResult =
  | { status: 'done'; buildMs: number; scanMs: number }
  | { status: 'timeout'; limitMs: number }
  | { status: 'error'; message: string };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const AhoCorasick = require('modern-ahocorasick');
const start = performance.now();
const matcher = new AhoCorasick(workerData.terms);
const buildMs = performance.now() - start;
matcher.search(workerData.text);
const times = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  matcher.search(workerData.text);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
parentPort.postMessage({ buildMs, scanMs: times[2] });
`;

export function runModernAhoCorasick(
  terms: readonly string[],
  text: string,
  limitMs: number,
): Promise<LimitedResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { terms, text } });
    // Resolved only once the worker has stopped: a worker still tearing down its automaton would
    // take a CPU from the measurements that follow.
    const timer = setTimeout(() => {
      void worker.terminate().then(() => resolve({ status: 'timeout', limitMs }));
    }, limitMs);
    worker.once('message', (message: { buildMs: number; scanMs: number }) => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve({ status: 'done', ...message }));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'error', message: error.message });
    });
  });
}
