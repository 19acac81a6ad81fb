import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

// Builds the Node API (server/index.ts) into dist/server: Node 20 cannot run
// TypeScript itself, and bundling lets the server share src/domain with the SPA.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    ssr: true,
    copyPublicDir: false,
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      // The server, and the operator's command that makes the first administrator.
      input: { index: 'server/index.ts', 'create-admin': 'server/create-admin.ts' },
      output: { entryFileNames: '[name].js', format: 'es' },
    },
  },
  ssr: { target: 'node' },
});
