// Lint rules, including the import-direction rules of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // 3. textcheck's core imports nothing from the repo and no Node built-ins.
  {
    files: ['packages/textcheck/src/**/*.ts'],
    ignores: ['packages/textcheck/src/**/*.test.ts', 'packages/textcheck/src/node/**'],
    rules: restrict([
      {
        group: ['node:*', 'fs', 'path', 'os', 'url', 'worker_threads'],
        message: 'textcheck core runs in the browser: no Node built-ins (use src/node/).',
      },
      { group: ['@govmedia/*'], message: 'textcheck imports nothing from the repo.' },
    ]),
  },
  // contracts are leaf data: zod only.
  {
    files: ['packages/contracts/src/**/*.ts'],
    rules: restrict([
      { group: ['@govmedia/*', 'node:*'], message: 'contracts depend on zod only.' },
    ]),
  },
  // 1. repositories never reach up into services or routes.
  {
    files: ['apps/server/src/**/*.repository.ts'],
    rules: restrict([
      { group: ['*.service*', '*.routes*', '**/http/**'], message: 'repositories → db only.' },
    ]),
  },
  // 1. services never reach up into routes or the HTTP layer.
  {
    files: ['apps/server/src/**/*.service.ts'],
    rules: restrict([
      { group: ['*.routes*', '**/http/**', 'fastify'], message: 'services do not know HTTP.' },
    ]),
  },
  // 2. a domain imports another only through its index.ts (checked at each folder depth).
  {
    files: ['apps/server/src/domains/*/*.ts'],
    rules: restrict([
      {
        regex: '^\\.\\./[^./][^/]*/(?!index\\.ts$)',
        message: 'import another domain through its index.ts.',
      },
    ]),
  },
  {
    files: ['apps/server/src/domains/*/*/*.ts'],
    rules: restrict([
      {
        regex: '^\\.\\./\\.\\./[^./][^/]*/(?!index\\.ts$)',
        message: 'import another domain through its index.ts.',
      },
    ]),
  },
  // the console talks HTTP only through features/*/api or src/api.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: ['@govmedia/server', '@govmedia/server/*'],
        message: 'the console talks to the server over HTTP only.',
      },
    ]),
  },
);
