import { describe, expect, it } from 'vitest';
import { menuFor } from './menu.tsx';

const paths = (roles: Parameters<typeof menuFor>[0]) => menuFor(roles).map((e) => e.path);

describe('menuFor', () => {
  it('shows a supervisor the approval queue but not import or users', () => {
    expect(paths(['supervisor'])).toEqual(['/accounts', '/units', '/queue', '/findings', '/audit']);
  });

  it('shows a unit admin import and users but not the approval queue', () => {
    expect(paths(['unit_admin'])).toEqual([
      '/accounts',
      '/units',
      '/findings',
      '/import',
      '/users',
    ]);
  });

  it('shows a system admin every entry', () => {
    expect(paths(['system_admin'])).toHaveLength(7);
  });
});
