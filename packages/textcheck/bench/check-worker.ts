// Measures check() in a worker thread, so that it has a heap and a JIT of its own: in the
// benchmark's main thread it would pay for collecting the peers' 64k-term automata and would
// leave the matcher's code optimised for the gates' uses rather than the benchmark's scan.
// workerData: { text } — the haystack; posts back { p50, wallP50 } (ms; p50 by CPU time) or { error }.
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker } from '../src/check.ts';

const { text } = workerData as { text: string };
try {
  const checker = createChecker();
  const posts = Array.from({ length: 100 }, (_, k) => text.slice(k * 2000, (k + 1) * 2000));
  // Steady state, as a server sees it: each expression compiled and optimised before timing.
  for (let round = 0; round < 3; round++) for (const post of posts) checker.check({ text: post });
  // CPU time of the process (this worker's; the main thread waits), as the ratio is timed, so that
  // other processes on the machine do not count; wall time beside it.
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const post of posts) {
      const startCpu = process.cpuUsage();
      const start = performance.now();
      checker.check({ text: post });
      wall.push(performance.now() - start);
      const used = process.cpuUsage(startCpu);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  parentPort!.postMessage({ p50: median(cpu), wallP50: median(wall) });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
