// Builds the unit tree from the flat list (by parentId) and the options of tree pickers.
import type { Unit } from '../api/types.ts';

export interface UnitNode {
  key: string;
  value: string;
  title: string;
  unit: Unit;
  children: UnitNode[];
}

/**
 * Nests units under their parents. A unit whose parent is not in the list (outside the caller's
 * scope) becomes a root, so a scoped user still sees a tree. Siblings keep the order of the list.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units)
    nodes.set(unit.id, { key: unit.id, value: unit.id, title: unit.name, unit, children: [] });
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Names of a unit's ancestors present in the list, from the root down, ending with the unit. */
export function unitTrail(units: readonly Unit[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const trail: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    trail.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return trail;
}
