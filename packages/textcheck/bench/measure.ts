// Timing and memory helpers for the benchmark: medians over interleaved rounds, heap delta of a build.

/**
 * Times every task round after round and returns, per task, the median over rounds of its mean
 * time per run in ms. In each round every task runs repeatedly for about `windowMs`, so all
 * engines are measured over equal, interleaved stretches of wall time: on a shared machine a
 * burst of outside load, or a collection of garbage left by the previous engine, is spread over
 * every engine instead of landing on a few short runs.
 */
export function medianRounds(
  tasks: readonly (() => unknown)[],
  rounds: number,
  windowMs = 150,
): number[] {
  for (const task of tasks) task(); // warm-up: let the JIT settle before timing
  const means = tasks.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, index) => {
      const start = performance.now();
      let runs = 0;
      let elapsed = 0;
      do {
        task();
        runs++;
        elapsed = performance.now() - start;
      } while (elapsed < windowMs);
      means[index]!.push(elapsed / runs);
    });
  }
  return means.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}

const gc = (globalThis as { gc?: () => void }).gc;

function usedBytes(): number {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

export interface Built<T> {
  value: T;
  buildMs: number;
  /** Heap plus ArrayBuffer growth caused by the build, in MB; undefined without --expose-gc. */
  memoryMb: number | undefined;
}

export function measureBuild<T>(build: () => T): Built<T> {
  const before = usedBytes();
  const start = performance.now();
  const value = build();
  const buildMs = performance.now() - start;
  const after = usedBytes();
  return { value, buildMs, memoryMb: gc ? (after - before) / 1e6 : undefined };
}
