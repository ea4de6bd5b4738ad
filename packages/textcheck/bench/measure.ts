// Timing and memory helpers for the benchmark: paired passes for the headline ratio, medians over
// interleaved rounds for the other engines, heap delta of a build. Times are read from two clocks.

/**
 * `cpu`: CPU time of this process (user + system, every thread: V8's garbage-collector helpers
 * count, time spent waiting for a core does not). `wall`: elapsed time.
 */
export type Clock = 'cpu' | 'wall';
export type Timing = Record<Clock, number>;

/** Runs `task` `runs` times; ms per run on each clock. */
function timeRuns(task: () => unknown, runs = 1): Timing {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let run = 0; run < runs; run++) task();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { cpu: (cpu.user + cpu.system) / 1000 / runs, wall: wall / runs };
}

/** The q-quantile of `values` (linear between neighbours). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const below = sorted[Math.floor(at)]!;
  return below + (sorted[Math.ceil(at)]! - below) * (at - Math.floor(at));
}

const median = (values: readonly number[]) => quantile(values, 0.5);

export interface Comparison {
  /** Median ms per pass of the first and of the second task. */
  firstMs: number;
  secondMs: number;
  /** Median over pairs of (second's time / first's time): how many times faster the first is. */
  ratio: number;
  /** Lower and upper quartiles of the pair ratios. */
  quartiles: [number, number];
  /** Whole passes per side of a pair, of the first and of the second task. */
  passes: [number, number];
}

/**
 * Compares two tasks pass by pass: after `warmUp` passes of each, times them alternately (first,
 * second, first, second …) for `pairs` pairs, takes the ratio within each pair and reports the
 * median. The two sides of a pair run back to back, so load from other processes, which changes
 * from one second to the next, falls on both alike; bursts shorter than that land on few pairs
 * and the median drops them. The faster task makes as many whole passes per side as fit in one
 * pass of the slower, so that both sides of a pair span about the same stretch of time.
 */
export function comparePaired(
  first: () => unknown,
  second: () => unknown,
  pairs: number,
  warmUp = 5,
): Record<Clock, Comparison> {
  for (let pass = 1; pass < warmUp; pass++) {
    first();
    second();
  }
  // The last warm-up pass of each is timed, to size the sides.
  const firstMs = timeRuns(first).cpu;
  const secondMs = timeRuns(second).cpu;
  const passes: [number, number] = [
    Math.max(1, Math.round(secondMs / firstMs)),
    Math.max(1, Math.round(firstMs / secondMs)),
  ];
  const timings: [Timing, Timing][] = [];
  for (let pair = 0; pair < pairs; pair++)
    timings.push([timeRuns(first, passes[0]), timeRuns(second, passes[1])]);
  const compare = (clock: Clock): Comparison => {
    const ratios = timings.map(([a, b]) => b[clock] / a[clock]);
    return {
      firstMs: median(timings.map(([a]) => a[clock])),
      secondMs: median(timings.map(([, b]) => b[clock])),
      ratio: median(ratios),
      quartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
      passes,
    };
  };
  return { cpu: compare('cpu'), wall: compare('wall') };
}

/**
 * Times every task round after round and returns, per task, the median over rounds of its mean
 * time per run in ms, on each clock. In each round every task runs repeatedly for about
 * `windowMs`, so all engines are measured over equal, interleaved stretches of time: on a shared
 * machine a burst of outside load, or a collection of garbage left by the previous engine, is
 * spread over every engine instead of landing on a few short runs.
 */
export function medianRounds(
  tasks: readonly (() => unknown)[],
  rounds: number,
  windowMs = 150,
): Timing[] {
  for (const task of tasks) task(); // warm-up: let the JIT settle before timing
  const means = tasks.map(() => [] as Timing[]);
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, index) => {
      let runs = 0;
      const total = timeRuns(() => {
        const start = performance.now();
        do {
          task();
          runs++;
        } while (performance.now() - start < windowMs);
      });
      means[index]!.push({ cpu: total.cpu / runs, wall: total.wall / runs });
    });
  }
  return means.map((list) => ({
    cpu: median(list.map((mean) => mean.cpu)),
    wall: median(list.map((mean) => mean.wall)),
  }));
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
