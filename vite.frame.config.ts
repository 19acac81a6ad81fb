import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

// Builds the app's first frame of a step (src/app/first-frame.tsx) for the server to draw into the
// page it sends: the SPA's own components, rendered in Node. The server loads it from dist/frame
// (server/static.ts) and never imports the SPA's code itself.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    ssr: true,
    copyPublicDir: false,
    outDir: 'dist/frame',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { 'first-frame': 'src/app/first-frame.tsx' },
      output: { entryFileNames: '[name].js', format: 'es' },
      // The app's translation files load lazily in the browser (src/lib/locale-files.ts); the first
      // frame holds the ones it draws with: no chunk of their own to move.
      checks: { ineffectiveDynamicImport: false },
    },
  },
  ssr: { target: 'node' },
});
