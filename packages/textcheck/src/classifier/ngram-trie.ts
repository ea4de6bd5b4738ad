// The model's weights in a trie over code points, built once. Every code point of the model is a
// symbol 1 … symbolCount, which is also the node it leads to from the root; deeper edges sit in an
// open-addressing hash table of packed integer keys, so that scoring never cuts out a string. Most
// edges asked for do not exist; a bit filter of the keys, small enough to stay in cache, answers
// those without probing the table. Weights are kept as integer thousandths (the trainer rounds them
// so), two bytes each, so that the table stays small enough to stay in cache beside the gates.

/** Weights are stored in units of one thousandth. */
export const WEIGHT_SCALE = 1000;

/** An odd multiplier unrelated to the table's, so that the filter and the table hash apart. */
const FILTER_MULTIPLIER = 0x2c1b3c6d;

export class NgramTrie {
  /** Nodes are numbered 0 (the root) … nodeCount - 1. */
  readonly nodeCount: number;
  /**
   * Weights per node in thousandths, `width` each: node v's are `weights[v * width … (v + 1) * width)`;
   * all 0 for the root and for a node that is no n-gram of the model but only leads to longer ones.
   */
  readonly weights: Int16Array;
  /** Symbols of BMP code points; 0 for one in no key of the model. */
  private readonly bmpSymbols = new Int32Array(0x10000);
  private readonly astralSymbols = new Map<number, number>();
  private readonly symbolCount: number;
  /**
   * Edges, two numbers per slot: the key (parent × (symbolCount + 1) + symbol; 0 when empty) and
   * the child. Doubled whenever more than three quarters of the slots are taken.
   */
  private edges: Int32Array;
  /** 32 - log2(number of slots): a hash's top bits pick the slot. */
  private shift: number;
  private edgeCount = 0;
  /** One bit per hash of an edge key, about eight bits per edge: a clear bit means no such edge. */
  private readonly filter: Int32Array;
  /** 32 - log2(number of bits of the filter). */
  private readonly filterShift: number;

  /**
   * The n-grams of `min`–`max` code points in `weights` (n-gram → one weight per gate, a missing
   * one read as 0), `width` weights each; keys of other lengths could never be found and are left out.
   */
  constructor(weights: Record<string, number[]>, min: number, max: number, width: number) {
    // Object.keys and a lookup per key are much faster than Object.entries on a model-sized object.
    const keys = Object.keys(weights);
    const rows = keys.map((key) => weights[key]!);
    /** Per key: its node, or 0 when its length is out of range. */
    const nodeOf = new Int32Array(keys.length);
    let symbolCount = 0;
    // Nearly every prefix of a model n-gram is one too, so each longer n-gram adds about one edge.
    let longer = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      let length = 0;
      for (let i = 0; i < key.length; length++) {
        const point = key.codePointAt(i)!;
        if (this.symbolOf(point) === 0) {
          if (point < 0x10000) this.bmpSymbols[point] = ++symbolCount;
          else this.astralSymbols.set(point, ++symbolCount);
        }
        i += point > 0xffff ? 2 : 1;
      }
      if (length < Math.max(min, 1) || length > max) continue;
      nodeOf[k] = 1;
      if (length > 1) longer++;
    }
    this.symbolCount = symbolCount;
    let slots = 16;
    while (slots * 3 < longer * 4) slots *= 2;
    this.edges = new Int32Array(2 * slots);
    this.shift = 32 - Math.log2(slots);
    let bits = 1 << 10;
    while (bits < longer * 8) bits *= 2;
    this.filter = new Int32Array(bits >> 5);
    this.filterShift = 32 - Math.log2(bits);
    let nodeCount = symbolCount + 1;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (nodeOf[k] === 0) continue;
      let node = 0;
      for (let i = 0; i < key.length;) {
        const point = key.codePointAt(i)!;
        const symbol = this.symbolOf(point);
        node =
          node === 0
            ? symbol
            : this.child(node, symbol) || this.addChild(node, symbol, nodeCount++);
        i += point > 0xffff ? 2 : 1;
      }
      nodeOf[k] = node;
    }
    if (nodeCount * (symbolCount + 1) >= 2 ** 31)
      throw new Error('Classifier model too large for its n-gram trie');
    this.nodeCount = nodeCount;
    this.weights = new Int16Array(nodeCount * width);
    for (let k = 0; k < rows.length; k++)
      if (nodeOf[k] !== 0)
        for (let g = 0; g < width; g++)
          this.weights[nodeOf[k]! * width + g] = thousandths(rows[k]![g] ?? 0, keys[k]!);
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
    const edges = this.edges;
    const mask = (edges.length >> 1) - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const stored = edges[slot << 1]!;
      if (stored === key) return edges[(slot << 1) + 1]!;
      if (stored === 0) return 0;
    }
  }

  private addChild(node: number, symbol: number, child: number): number {
    if (++this.edgeCount * 4 > (this.edges.length >> 1) * 3) this.grow();
    this.putEdge(node * (this.symbolCount + 1) + symbol, child);
    return child;
  }

  private grow(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2);
    this.shift--;
    for (let at = 0; at < old.length; at += 2)
      if (old[at] !== 0) this.putEdge(old[at]!, old[at + 1]!);
  }

  private putEdge(key: number, child: number): void {
    const edges = this.edges;
    const mask = (edges.length >> 1) - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (edges[slot << 1] !== 0) slot = (slot + 1) & mask;
    edges[slot << 1] = key;
    edges[(slot << 1) + 1] = child;
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
