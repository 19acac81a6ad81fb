/// <reference types="vitest/config" />
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
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

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Each built script, style and word file also as `.br` and `.gz`, made once here: the server
 * sends those (serveStatic's `precompressed`) instead of compressing every file for every
 * visitor, so a first visit's sixty files do not queue its session and strategy behind them.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'libri-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const dir = join(outDir, 'assets');
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.(js|css|json|svg)$/.test(f));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name);
          const body = await readFile(path);
          if (body.length < 1024) return;
          await writeFile(
            `${path}.br`,
            await brotli(body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            }),
          );
          await writeFile(`${path}.gz`, await gzipped(body, { level: 9 }));
        }),
      );
    },
  };
}

// One config for the SPA build, the dev/demo server and the unit + component tests.
// `--mode demo` builds the serverless demo: MSW answers the API inside the browser.
export default defineConfig(({ mode }) => ({
  plugins: [react(), guidanceByStep(), precompress()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // pdfkit's own build for browsers: its module build needs Node's stream, zlib and fs.
      { find: /^pdfkit$/, replacement: 'pdfkit/js/pdfkit.standalone.js' },
    ],
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
