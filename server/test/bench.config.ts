import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Runs scripts/bench-import.ts (`npm run bench:import`) or scripts/bench-auth.ts (`npm run bench:auth`). Vitest only as a TypeScript
// runner with the `@` alias (Node 20 cannot run TypeScript); the script times itself.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  test: {
    name: 'bench-server',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['scripts/bench-import.ts', 'scripts/bench-auth.ts'],
    globals: true,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
