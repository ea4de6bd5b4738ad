// The double array under construction: base/check cells plus a doubly linked list of the free
// ones, so that placing a node's children skips occupied cells without scanning them.

/** Free-slot bookkeeping for placing children: a doubly linked list of unused cells. */
export class FreeCells {
  check: Int32Array;
  base: Int32Array;
  next: Int32Array;
  prev: Int32Array;
  constructor(capacity: number) {
    this.check = new Int32Array(0);
    this.base = new Int32Array(0);
    this.next = new Int32Array(0);
    this.prev = new Int32Array(0);
    this.grow(capacity);
  }

  get capacity(): number {
    return this.check.length;
  }

  grow(capacity: number): void {
    const old = this.check.length;
    if (capacity <= old) return;
    const extend = (from: Int32Array, fill: number) => {
      const to = new Int32Array(capacity).fill(fill);
      to.set(from);
      return to;
    };
    this.check = extend(this.check, -1);
    this.base = extend(this.base, 0);
    this.next = extend(this.next, 0);
    this.prev = extend(this.prev, 0);
    // Cell 0 is the root and the list head: next[0]/prev[0] are the first/last free cells.
    const last = old === 0 ? 0 : this.prev[0]!;
    let tail = last;
    for (let cell = Math.max(old, 1); cell < capacity; cell++) {
      this.next[tail] = cell;
      this.prev[cell] = tail;
      tail = cell;
    }
    this.next[tail] = 0;
    this.prev[0] = tail;
  }

  take(cell: number, parent: number): void {
    this.check[cell] = parent;
    const before = this.prev[cell]!;
    const after = this.next[cell]!;
    this.next[before] = after;
    this.prev[after] = before;
  }

  /** Lowest base b >= 0 such that every b + label is a free cell. */
  findBase(labels: readonly number[]): number {
    const first = labels[0]!;
    const last = labels[labels.length - 1]!;
    for (let cell = this.next[0]!; ; cell = this.next[cell]!) {
      if (cell === 0) {
        // Out of free cells: grow and retry from the new region.
        const start = this.capacity;
        this.grow(Math.ceil(this.capacity * 1.5) + last + 1);
        cell = start;
      }
      const base = cell - first;
      if (base < 0) continue;
      if (base + last >= this.capacity) this.grow(Math.ceil(this.capacity * 1.5) + last + 1);
      let fits = true;
      for (let k = 1; k < labels.length; k++) {
        if (this.check[base + labels[k]!] !== -1) {
          fits = false;
          break;
        }
      }
      if (fits) return base;
    }
  }
}
