// Test configuration for the console: pure functions only, in Node (run from the root by `npm test`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'node' },
});
