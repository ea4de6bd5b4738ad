// Root test configuration: one vitest project per workspace, run by `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/textcheck', 'packages/contracts', 'apps/server', 'apps/web'],
  },
});
