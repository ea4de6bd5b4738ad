// Builds an Aho–Corasick automaton stored as a double array (base/check) over alphabet labels:
// a transition from state s on label c goes to t = base[s] + c when check[t] === s.
import { type Alphabet, buildAlphabet } from './alphabet.ts';
import { FreeCells } from './free-cells.ts';
import { buildStartFilter, type StartFilter } from './start-filter.ts';

/**
 * The automaton as searched. A state is an offset (cell × 2) into `cells`, which holds two
 * Int32 per cell so that a step touches one cache line:
 *   cells[s]     = base offset << 2 | OWN_OUTPUT | SUFFIX_OUTPUT   (child on label c: (cells[s] >> 2) + 2c)
 *   cells[s + 1] = parent state (the double array's check), -1 for a free cell.
 * Everything else is indexed by cell (s >> 1) and only read when a flag says so.
 */
export interface Automaton {
  readonly alphabet: Alphabet;
  readonly cells: Int32Array;
  /** Fail link (a state) per cell. */
  readonly fail: Int32Array;
  /** Pattern length per cell. */
  readonly depth: Int32Array;
  /** Lowest index of a pattern spelled exactly by the state, or -1; per cell. */
  readonly output: Int32Array;
  /** Nearest state on the fail chain (excluding itself) with an output, or -1; per cell. */
  readonly suffixOutput: Int32Array;
  /** Next higher index of a pattern with the same text, or -1 (indexed by pattern). */
  readonly samePattern: Int32Array;
  /** Transition of the root on every label (0 when absent): the hottest lookup. */
  readonly rootNext: Int32Array;
  /** What can begin a match (see start-filter.ts). */
  readonly starts: StartFilter;
}

/** Flag: a pattern ends exactly at this state. */
export const OWN_OUTPUT = 1;
/** Flag: a pattern ends at a proper suffix of this state (follow `suffixOutput`). */
export const SUFFIX_OUTPUT = 2;

export function buildAutomaton(
  patterns: readonly string[],
  alphabet: Alphabet = buildAlphabet(patterns),
): Automaton {
  if (alphabet.size >= 0xffff) throw new RangeError('too many distinct code units in the patterns');
  // Sort the label-encoded keys with the pattern index appended after a 0 separator (labels
  // start at 1): native string order then puts prefixes first and duplicates by index.
  const tagged: string[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let key = '';
    for (let i = 0; i < pattern.length; i++)
      key += String.fromCharCode(alphabet.labels[pattern.charCodeAt(i)]!);
    tagged.push(`${key}\0${String.fromCharCode(index >>> 16, index & 0xffff)}`);
  });
  tagged.sort();

  // Keep one key per distinct text; chain the duplicates by ascending pattern index.
  const samePattern = new Int32Array(patterns.length).fill(-1);
  const keys: string[] = [];
  const keyPattern: number[] = [];
  let previousKey = '';
  let previousIndex = -1;
  for (const entry of tagged) {
    const key = entry.slice(0, -3);
    const index = (entry.charCodeAt(entry.length - 2) << 16) | entry.charCodeAt(entry.length - 1);
    if (previousIndex >= 0 && key === previousKey) samePattern[previousIndex] = index;
    else {
      keys.push(key);
      keyPattern.push(index);
    }
    previousKey = key;
    previousIndex = index;
  }

  let totalUnits = 0;
  for (const key of keys) totalUnits += key.length;
  const cells = new FreeCells(totalUnits + alphabet.size + 2);
  cells.check[0] = 0; // the root; cell 0 doubles as the free list's head

  // Trie nodes in breadth-first order, as dense parallel arrays (node 0 is the root). Node k
  // spells the common prefix of keys[lo[k]..hi[k]).
  const states: number[] = [0];
  const parentOf: number[] = [-1];
  const labelOf: number[] = [0];
  const depthOf: number[] = [0];
  const outputOf: number[] = [-1];
  const loOf: number[] = [0];
  const hiOf: number[] = [keys.length];
  const labels: number[] = [];
  const bounds: number[] = [];
  for (let node = 0; node < states.length; node++) {
    const state = states[node]!;
    const depth = depthOf[node]!;
    let lo = loOf[node]!;
    const hi = hiOf[node]!;
    if (lo < hi && keys[lo]!.length === depth) {
      outputOf[node] = keyPattern[lo]!;
      lo++;
    }
    if (lo >= hi) continue;
    labels.length = 0;
    bounds.length = 0;
    for (let k = lo; k < hi; k++) {
      const label = keys[k]!.charCodeAt(depth);
      if (labels[labels.length - 1] !== label) {
        labels.push(label);
        bounds.push(k);
      }
    }
    bounds.push(hi);
    const base = cells.findBase(labels);
    cells.base[state] = base;
    for (let c = 0; c < labels.length; c++) {
      const child = base + labels[c]!;
      cells.take(child, state);
      states.push(child);
      parentOf.push(state);
      labelOf.push(labels[c]!);
      depthOf.push(depth + 1);
      outputOf.push(-1);
      loOf.push(bounds[c]!);
      hiOf.push(bounds[c + 1]!);
    }
  }

  let size = 0;
  for (const state of states) size = Math.max(size, state + 1);
  let maxBase = 0;
  for (const state of states) maxBase = Math.max(maxBase, cells.base[state]!);
  // Pad so that base + label never reads past the end: no bounds checks while searching.
  const length = Math.max(size, maxBase + alphabet.size + 1);
  const base = new Int32Array(length);
  const check = new Int32Array(length).fill(-1);
  base.set(cells.base.subarray(0, Math.min(length, cells.capacity)));
  check.set(cells.check.subarray(0, Math.min(length, cells.capacity)));
  const output = new Int32Array(size).fill(-1);
  const fail = new Int32Array(size);
  const suffixOutput = new Int32Array(size).fill(-1);
  states.forEach((state, node) => {
    output[state] = outputOf[node]!;
  });

  const go = (state: number, label: number): number => {
    const next = base[state]! + label;
    return check[next] === state ? next : -1;
  };
  // States were created breadth-first, so each parent's fail link is ready before its children's.
  for (let node = 1; node < states.length; node++) {
    const state = states[node]!;
    const parent = parentOf[node]!;
    const label = labelOf[node]!;
    let target = 0;
    if (parent !== 0) {
      for (let f = fail[parent]!; ; f = fail[f]!) {
        const next = go(f, label);
        if (next >= 0) {
          target = next;
          break;
        }
        if (f === 0) break;
      }
    }
    fail[state] = target;
    suffixOutput[state] = output[target]! >= 0 ? target : suffixOutput[target]!;
  }

  // Pack: every state id below becomes an offset, cell × 2.
  const packed = new Int32Array(length * 2);
  for (let cell = 0; cell < length; cell++) {
    packed[cell * 2] = base[cell]! << 3;
    packed[cell * 2 + 1] = check[cell]! < 0 ? -1 : check[cell]! * 2;
  }
  const toOffset = (state: number) => (state < 0 ? -1 : state * 2);
  const depth = new Int32Array(size);
  states.forEach((state, node) => {
    const flags =
      (output[state]! >= 0 ? OWN_OUTPUT : 0) | (suffixOutput[state]! >= 0 ? SUFFIX_OUTPUT : 0);
    packed[state * 2] = packed[state * 2]! | flags;
    depth[state] = depthOf[node]!;
    fail[state] = toOffset(fail[state]!);
    suffixOutput[state] = toOffset(suffixOutput[state]!);
  });
  const rootNext = new Int32Array(alphabet.size + 1);
  for (let label = 1; label <= alphabet.size; label++)
    rootNext[label] = toOffset(Math.max(0, go(0, label)));
  const singles: number[] = [];
  const pairs: [number, number][] = [];
  const triples: [number, number, number][] = [];
  // A node's label is its cell minus its parent's base; the root's children hang off base[0].
  const labelAt = (cell: number) => cell - base[check[cell]!]!;
  for (let node = 1; node < states.length; node++) {
    const nodeDepth = depthOf[node]!;
    if (nodeDepth === 1 && outputOf[node]! >= 0) singles.push(labelOf[node]!);
    else if (nodeDepth === 2 && outputOf[node]! >= 0)
      pairs.push([labelAt(parentOf[node]!), labelOf[node]!]);
    else if (nodeDepth === 3) {
      const parent = parentOf[node]!;
      triples.push([labelAt(check[parent]!), labelAt(parent), labelOf[node]!]);
    }
  }
  const startFilter = buildStartFilter({ singles, pairs, triples }, alphabet.size);
  return {
    alphabet,
    cells: packed,
    fail,
    depth,
    output,
    suffixOutput,
    samePattern,
    rootNext,
    starts: startFilter,
  };
}
