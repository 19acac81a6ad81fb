import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Runs scripts/bench-export.ts: `npx vitest run --config tests/export/bench.config.ts`.
export default defineConfig({
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('../../src', import.meta.url)) },
      // The browsers' build of pdfkit, as vite.config.ts gives the app: the PDF tested is the one users get.
      { find: /^pdfkit$/, replacement: 'pdfkit/js/pdfkit.standalone.js' },
    ],
  },
  test: {
    name: 'bench-export',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['scripts/bench-export.ts'],
    globals: true,
    testTimeout: 300_000,
    // One process, nothing else running in it: the memory figures are the export's own.
    fileParallelism: false,
    execArgv: ['--expose-gc'],
  },
});
