import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// The document generators and the backup round trip, run in Node: the same modules the
// browser loads on export, fed by fonts read from node_modules instead of fetched.
export default defineConfig({
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('../../src', import.meta.url)) },
      // The browsers' build of pdfkit, as vite.config.ts gives the app: the PDF tested is the one users get.
      { find: /^pdfkit$/, replacement: 'pdfkit/js/pdfkit.standalone.js' },
    ],
  },
  test: {
    name: 'export',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['tests/export/**/*.test.ts'],
    globals: true,
    testTimeout: 60_000,
  },
});
