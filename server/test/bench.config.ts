import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Runs scripts/bench-import.ts (`npm run bench:import`), scripts/bench-auth.ts (`npm run bench:auth`) or
// scripts/bench-coordinator.ts (`npm run bench:coordinator`). Vitest only as a TypeScript
// runner with the `@` alias (Node 20 cannot run TypeScript); the script times itself.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  test: {
    name: 'bench-server',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['scripts/bench-import.ts', 'scripts/bench-auth.ts', 'scripts/bench-coordinator.ts'],
    globals: true,
    testTimeout: 900_000,
    hookTimeout: 60_000,
  },
});
