import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Runs scripts/bench-typing.ts, started by `npm run bench:typing` (scripts/bench-typing.mjs),
// which builds the app and the floor page first. Vitest only as a TypeScript runner with the
// `@` alias; the script measures itself and never fails on a slow number.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  test: {
    name: 'bench-typing',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['scripts/bench-typing.ts'],
    globals: true,
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
  },
});
