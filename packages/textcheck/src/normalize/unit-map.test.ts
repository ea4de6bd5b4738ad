// The compact map: looking up one unit gives the span that materialising the whole map gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTableFor } from './fold-table.ts';
import { normalizeUnits } from './normalize-units.ts';
import { createUnitBuffers } from './unit-buffers.ts';
import { materialize, originalEnd, originalStart, UnitMapCursor } from './unit-map.ts';

describe('the compact unit map', () => {
  it('gives per-unit spans equal to the materialised map', () => {
    const unit = fc.constantFrom(
      '微',
      '信',
      '-',
      ' ',
      '\u200b',
      '。',
      'Ａ',
      '½',
      '😀',
      '𠮷',
      'é',
      'ⓐ',
      '\ud842',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const buffers = createUnitBuffers(8);
        const length = normalizeUnits(text, foldTableFor({}), 3, buffers);
        const looked = Array.from({ length }, (_, k) => [
          originalStart(buffers, k),
          originalEnd(buffers, k),
        ]);
        materialize(buffers, length);
        const filled = Array.from({ length }, (_, k) => [buffers.starts[k], buffers.ends[k]]);
        expect(looked).toEqual(filled);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same spans through one cursor, whatever the order of the lookups', () => {
    const unit = fc.constantFrom('微', '-', ' ', '\u200b', '。', '½', '😀', 'é', '\ud842');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.array(fc.nat()), (text, picks) => {
        const buffers = createUnitBuffers(8);
        const length = normalizeUnits(text, foldTableFor({}), 3, buffers);
        if (length === 0) return;
        const order = picks.map((pick) => pick % length);
        const cursor = new UnitMapCursor(buffers);
        const looked = order.map((k) => [cursor.start(k), cursor.end(k)]);
        materialize(buffers, length);
        expect(looked).toEqual(order.map((k) => [buffers.starts[k], buffers.ends[k]]));
      }),
      { numRuns: 500 },
    );
  });

  it('starts a new run after dropped noise', () => {
    const buffers = createUnitBuffers(8);
    const length = normalizeUnits('全-网', foldTableFor({}), 3, buffers);
    expect(length).toBe(2);
    expect([originalStart(buffers, 1), originalEnd(buffers, 1)]).toEqual([2, 3]);
  });
});
