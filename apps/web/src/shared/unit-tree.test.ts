import { describe, expect, it } from 'vitest';
import type { Unit } from '../api/types.ts';
import { buildUnitTree, unitTrail } from './unit-tree.ts';

const unit = (id: string, parentId: string | null): Unit => ({
  id,
  name: `单位${id}`,
  shortName: null,
  level: 'county',
  kind: 'organ',
  parentId,
  path: `/${id}/`,
  duties: null,
});

describe('buildUnitTree', () => {
  it('nests children under their parents in list order', () => {
    const tree = buildUnitTree([unit('a', null), unit('b', 'a'), unit('c', 'a'), unit('d', 'b')]);
    expect(tree.map((n) => n.key)).toEqual(['a']);
    expect(tree[0]!.children.map((n) => n.key)).toEqual(['b', 'c']);
    expect(tree[0]!.children[0]!.children.map((n) => n.key)).toEqual(['d']);
  });

  it('makes a unit whose parent is outside the list a root', () => {
    const tree = buildUnitTree([unit('b', 'a'), unit('d', 'b'), unit('e', 'x')]);
    expect(tree.map((n) => n.key)).toEqual(['b', 'e']);
    expect(tree[0]!.children.map((n) => n.key)).toEqual(['d']);
  });

  it('returns an empty forest for no units', () => {
    expect(buildUnitTree([])).toEqual([]);
  });
});

describe('unitTrail', () => {
  it('lists the ancestors in the list from the root down to the unit', () => {
    const units = [unit('a', null), unit('b', 'a'), unit('d', 'b')];
    expect(unitTrail(units, 'd')).toEqual(['单位a', '单位b', '单位d']);
  });

  it('stops at a parent outside the list', () => {
    expect(unitTrail([unit('b', 'a'), unit('d', 'b')], 'd')).toEqual(['单位b', '单位d']);
  });
});
