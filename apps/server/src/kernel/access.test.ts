import { describe, expect, it } from 'vitest';
import { assertCan, can, scopeOf } from './access.ts';
import type { Actor } from './actor.ts';

const cityAdmin: Actor = {
  userId: 'u1',
  name: 'city',
  grants: [{ role: 'unit_admin', unitId: 'c', unitPath: '/p/c/' }],
};

describe('access over unit subtrees', () => {
  it('allows a unit admin to write inside their subtree', () => {
    expect(can(cityAdmin, 'registry.write', '/p/c/county/')).toBe(true);
  });
  it('refuses a unit admin outside their subtree with outside_scope', () => {
    expect(can(cityAdmin, 'registry.write', '/p/other/')).toBe(false);
    expect(() => assertCan(cityAdmin, 'registry.write', '/p/other/')).toThrow(/管辖范围/);
  });
  it('refuses a permission the role does not carry with missing_permission', () => {
    try {
      assertCan(cityAdmin, 'filing.approve', '/p/c/');
      expect.unreachable();
    } catch (error) {
      expect((error as { reason: string }).reason).toBe('missing_permission');
    }
  });
  it('lists the subtree roots an actor may read', () => {
    expect(scopeOf(cityAdmin, 'registry.read')).toEqual(['/p/c/']);
  });
});
