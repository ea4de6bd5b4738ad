// The model's weights in a trie over code points, built once. Every code point of the model is a
// symbol 1 … symbolCount, which is also the node it leads to from the root; deeper edges sit in an
// open-addressing hash table of packed integer keys, so that scoring never cuts out a string. Each
// slot of that table holds its key and the weights of the node it leads to, side by side in one
// 16-byte record (for six gates), and the node's number is its slot's: an n-gram found costs one
// cache line, not one for the edge and one for the weights. Most edges asked for do not exist; a
// bit filter of the keys, small enough to stay in cache, answers those without probing the table.
// Weights are kept as integer thousandths (the trainer rounds them so), two bytes each.
import { codePoints } from './features.ts';

/** Weights are stored in units of one thousandth. */
export const WEIGHT_SCALE = 1000;

/** An odd multiplier unrelated to the table's, so that the filter and the table hash apart. */
const FILTER_MULTIPLIER = 0x2c1b3c6d;
const TABLE_MULTIPLIER = 0x9e3779b1;
/** At most this share of the table's slots is taken. */
const MAX_LOAD = 0.7;

export class NgramTrie {
  /** Nodes are numbered 0 (the root) … nodeCount - 1; some numbers (empty slots) are no node. */
  readonly nodeCount: number;
  /** Symbols of BMP code points; 0 for one in no key of the model. */
  private readonly bmpSymbols = new Int32Array(0x10000);
  private readonly astralSymbols = new Map<number, number>();
  private readonly symbolCount: number;
  private readonly width: number;
  /** Weights of the nodes below the root (node = symbol), `width` per node, node 0's all 0. */
  private readonly symbolWeights: Int16Array;
  /** Node number of slot 0 of the table: the one after the last symbol's. */
  private readonly firstSlotNode: number;
  private readonly slots: number;
  /** Record size in 16-bit units (a power of two, so that no record straddles a cache line). */
  private readonly stride16: number;
  /**
   * The table's records over one buffer: slot s's key (parent × (symbolCount + 1) + symbol; 0 when
   * empty) is `keys[s × stride16 / 2]`, its node's weights `recordWeights[s × stride16 + 2 …]`.
   */
  private readonly keys: Int32Array;
  private readonly recordWeights: Int16Array;
  /** One bit per hash of an edge key, about eight bits per edge: a clear bit means no such edge. */
  private readonly filter: Int32Array;
  /** 32 - log2(number of bits of the filter). */
  private readonly filterShift: number;

  /**
   * The n-grams of `min`–`max` code points in `weights` (n-gram → one weight per gate, a missing
   * one read as 0), `width` weights each; keys of other lengths could never be found and are left out.
   */
  constructor(weights: Record<string, number[]>, min: number, max: number, width: number) {
    this.width = width;
    // Object.keys and a lookup per key are much faster than Object.entries on a model-sized object.
    const keys = Object.keys(weights).filter((key) => {
      const length = codePoints(key).length;
      return length >= Math.max(min, 1) && length <= max;
    });
    /** Every prefix of two code points or more of a key: one edge each. */
    const prefixes = new Set<string>();
    let symbolCount = 0;
    for (const key of keys) {
      for (let i = 0, length = 0; i < key.length; length++) {
        const point = key.codePointAt(i)!;
        if (this.symbolOf(point) === 0) {
          if (point < 0x10000) this.bmpSymbols[point] = ++symbolCount;
          else this.astralSymbols.set(point, ++symbolCount);
        }
        i += point > 0xffff ? 2 : 1;
        if (length > 0) prefixes.add(key.slice(0, i));
      }
    }
    this.symbolCount = symbolCount;
    this.symbolWeights = new Int16Array((symbolCount + 1) * width);
    this.firstSlotNode = symbolCount + 1;
    this.slots = Math.max(16, Math.ceil(prefixes.size / MAX_LOAD));
    let stride16 = 1;
    while (stride16 < 2 + width) stride16 *= 2;
    this.stride16 = stride16;
    const buffer = new ArrayBuffer(this.slots * stride16 * 2);
    this.keys = new Int32Array(buffer);
    this.recordWeights = new Int16Array(buffer);
    let bits = 1 << 10;
    while (bits < prefixes.size * 8) bits *= 2;
    this.filter = new Int32Array(bits >> 5);
    this.filterShift = 32 - Math.log2(bits);
    this.nodeCount = this.firstSlotNode + this.slots;
    if (this.nodeCount * (symbolCount + 1) >= 2 ** 31)
      throw new Error('Classifier model too large for its n-gram trie');
    // A node's number is its parent's key part, so parents go in before their children: shorter
    // prefixes first.
    const byLength = [...prefixes].sort((a, b) => a.length - b.length);
    for (const prefix of byLength) this.insert(prefix);
    for (const key of keys) {
      const node = this.find(key);
      const row = weights[key]!;
      for (let g = 0; g < width; g++) this.setWeight(node, g, thousandths(row[g] ?? 0, key));
    }
  }

  /** The symbol of a code point (also its node below the root), or 0 if no key of the model has it. */
  symbolOf(point: number): number {
    return point < 0x10000 ? this.bmpSymbols[point]! : (this.astralSymbols.get(point) ?? 0);
  }

  /** The child of `node` (not the root) along a symbol, or 0 (always for symbol 0). */
  child(node: number, symbol: number): number {
    const key = node * (this.symbolCount + 1) + symbol;
    const bit = Math.imul(key, FILTER_MULTIPLIER) >>> this.filterShift;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return 0;
    const keys = this.keys;
    const step = this.stride16 >> 1;
    for (let slot = this.home(key); ;) {
      const stored = keys[slot * step]!;
      if (stored === key) return this.firstSlotNode + slot;
      if (stored === 0) return 0;
      if (++slot === this.slots) slot = 0;
    }
  }

  /** Adds the weights of `node` (not the root) to `scores`, one per gate. */
  addWeights(node: number, scores: Int32Array): void {
    const width = this.width;
    if (node < this.firstSlotNode) {
      const base = node * width;
      for (let g = 0; g < width; g++) scores[g]! += this.symbolWeights[base + g]!;
    } else {
      const base = (node - this.firstSlotNode) * this.stride16 + 2;
      for (let g = 0; g < width; g++) scores[g]! += this.recordWeights[base + g]!;
    }
  }

  /** The weight of `node` for gate number `gate`, in thousandths. */
  weightOf(node: number, gate: number): number {
    return node < this.firstSlotNode
      ? this.symbolWeights[node * this.width + gate]!
      : this.recordWeights[(node - this.firstSlotNode) * this.stride16 + 2 + gate]!;
  }

  private setWeight(node: number, gate: number, weight: number): void {
    if (node < this.firstSlotNode) this.symbolWeights[node * this.width + gate] = weight;
    else this.recordWeights[(node - this.firstSlotNode) * this.stride16 + 2 + gate] = weight;
  }

  /** The slot a key's probe starts at: the top of its product with the multiplier, scaled. */
  private home(key: number): number {
    return Math.floor(((Math.imul(key, TABLE_MULTIPLIER) >>> 0) * this.slots) / 2 ** 32);
  }

  /** The node of a string whose every prefix is in the trie. */
  private find(text: string): number {
    const [first, ...rest] = codePoints(text);
    return rest.reduce(
      (node, point) => this.child(node, this.symbolOf(point)),
      this.symbolOf(first!),
    );
  }

  /** Puts the edge to the last code point of `prefix`, whose shorter prefixes are in already. */
  private insert(prefix: string): void {
    const points = codePoints(prefix);
    let parent = this.symbolOf(points[0]!);
    for (let k = 1; k < points.length - 1; k++)
      parent = this.child(parent, this.symbolOf(points[k]!));
    const key = parent * (this.symbolCount + 1) + this.symbolOf(points[points.length - 1]!);
    const step = this.stride16 >> 1;
    let slot = this.home(key);
    while (this.keys[slot * step] !== 0) if (++slot === this.slots) slot = 0;
    this.keys[slot * step] = key;
    const bit = Math.imul(key, FILTER_MULTIPLIER) >>> this.filterShift;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }
}

/** A weight in integer thousandths; the model must give it so, within the two-byte range. */
export function thousandths(weight: number, key: string): number {
  const scaled = Math.round(weight * WEIGHT_SCALE);
  if (Math.abs(scaled - weight * WEIGHT_SCALE) > 1e-6 || scaled < -0x8000 || scaled > 0x7fff)
    throw new Error(`Classifier weight ${weight} of "${key}" is not a thousandth within ±32.767`);
  return scaled;
}
