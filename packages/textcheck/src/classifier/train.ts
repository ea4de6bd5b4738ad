// Training of one gate's logistic model over sentence features (Adagrad, L2), and the choice of
// its threshold from scores of clean texts. Pure and deterministic, so a model can be rebuilt.

export interface TrainOptions {
  /** Passes over the sentences. */
  epochs: number;
  learningRate: number;
  /** L2 penalty per update. */
  l2: number;
  /** Features seen in fewer sentences than this are left out. */
  minCount: number;
  /** Weights smaller than this in absolute value are dropped after training. */
  prune: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-6,
  minCount: 3,
  prune: 0.15,
};

export interface GateModel {
  bias: number;
  weights: Map<string, number>;
}

/** Weights and thresholds are stored with three decimals. */
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Linear congruential generator: the shuffle order depends on nothing but the seed. */
function shuffled(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = Math.floor((state / 2 ** 32) * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The fold of each of `count` files: seed 0 deals them out in order (file i to fold i mod folds),
 * any other seed in a shuffled order, so that several assignments can be pooled.
 */
export function foldAssignment(count: number, folds: number, seed: number): number[] {
  const order = seed === 0 ? Array.from({ length: count }, (_, i) => i) : shuffled(count, seed);
  const fold = new Array<number>(count);
  order.forEach((file, position) => (fold[file] = position % folds));
  return fold;
}

/** Logistic regression of `labels` (1 = the gate's fault) on each sentence's feature set. */
export function trainGate(
  features: ReadonlyArray<ReadonlySet<string>>,
  labels: ReadonlyArray<0 | 1>,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): GateModel {
  const counts = new Map<string, number>();
  for (const set of features) for (const f of set) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = features.map((set) => {
    const row: number[] = [];
    for (const f of set) {
      const i = index.get(f);
      if (i !== undefined) row.push(i);
    }
    return row;
  });

  const w = new Float64Array(vocabulary.length);
  const squares = new Float64Array(vocabulary.length).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const s of shuffled(rows.length, 12345 + epoch)) {
      const row = rows[s]!;
      let z = bias;
      for (const i of row) z += w[i]!;
      const gradient = 1 / (1 + Math.exp(-z)) - labels[s]!;
      for (const i of row) {
        const g = gradient + options.l2 * w[i]!;
        squares[i]! += g * g;
        w[i]! -= (options.learningRate * g) / Math.sqrt(squares[i]!);
      }
      biasSquares += gradient * gradient;
      bias -= (options.learningRate * gradient) / Math.sqrt(biasSquares);
    }
  }
  const weights = new Map<string, number>();
  vocabulary.forEach((f, i) => {
    if (Math.abs(w[i]!) >= options.prune) weights.set(f, round(w[i]!));
  });
  return { bias: round(bias), weights };
}

/** Log-odds of a sentence's feature set under one gate's model. */
export function scoreFeatures(model: GateModel, features: ReadonlySet<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return z;
}

/**
 * The lowest threshold that flags at most `rate` of the clean texts, given each clean text's
 * highest sentence score (scored by models that did not see it).
 */
export function thresholdFor(cleanMaxima: readonly number[], rate: number): number {
  const sorted = [...cleanMaxima].sort((a, b) => b - a);
  const allowed = Math.floor(rate * sorted.length);
  const score = sorted[allowed] ?? Number.NEGATIVE_INFINITY;
  return round(score + 0.001);
}
