import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The "stack floor" of the typing benchmark (scripts/bench-typing.mjs): the product's
// libraries and nothing of the product, built for production like the app.
//   npx vite build --config tests/bench/floor/vite.config.ts
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  // The product's PostCSS config (postcss-preset-mantine), so Mantine's CSS is built alike.
  css: { postcss: fileURLToPath(new URL('../../..', import.meta.url)) },
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../../dist/bench-floor', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
});
