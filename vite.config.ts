/// <reference types="vitest/config" />
import { readFile } from 'node:fs/promises';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * `locales/<lng>/guidance.json?step=needs` is only that step's part of the file: a step page
 * loads the guidance it shows, not all nine steps'. The file stays one per language (and the
 * translation tests read it whole).
 */
function guidanceByStep(): Plugin {
  return {
    name: 'libri-guidance-by-step',
    enforce: 'pre',
    async load(id) {
      const match = /[\\/]locales[\\/][a-z]{2}[\\/]guidance\.json\?step=(\w+)$/.exec(id);
      if (!match) return null;
      const file = id.slice(0, id.indexOf('?'));
      this.addWatchFile(file);
      const all = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      return { code: `export default ${JSON.stringify(all[match[1] as string] ?? {})};`, moduleType: 'js' };
    },
  };
}

// One config for the SPA build, the dev/demo server and the unit + component tests.
// `--mode demo` builds the serverless demo: MSW answers the API inside the browser.
export default defineConfig(({ mode }) => ({
  plugins: [react(), guidanceByStep()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    'import.meta.env.VITE_DEMO': JSON.stringify(mode === 'demo' ? 'true' : 'false'),
  },
  // The document export runs in a module worker that loads its generators on demand.
  worker: { format: 'es', plugins: () => [guidanceByStep()] },
  build: {
    outDir: mode === 'demo' ? 'dist/demo' : 'dist/client',
    emptyOutDir: true,
    sourcemap: false,
    // Read by public/sw.js to keep every asset for offline reloads.
    manifest: 'asset-manifest.json',
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: mode === 'demo' ? undefined : { '/api': 'http://localhost:3000' },
  },
  test: {
    globals: true,
    restoreMocks: true,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'server/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/contract/**/*.test.ts',
          ],
          // The server tests share one PostgreSQL; run files one at a time.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Document generators (DOCX, PDF) and the backup round trip, in Node.
          name: 'export',
          environment: 'node',
          include: ['tests/export/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/lib/**/*.test.ts', 'src/features/**/*.test.ts', 'tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/setup/setup-ui.ts'],
          // A whole journey in jsdom takes ~8 s on an idle machine and several times that
          // on a busy 2-core one; the timeout only catches a test that hangs.
          testTimeout: 60_000,
        },
      },
    ],
  },
}));
