import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: { root: fileURLToPath(new URL('../..', import.meta.url)), environment: 'node', include: [process.env.ZZ ?? 'tests/bench/zz-profile.test.ts'], globals: true, testTimeout: 300000 },
});
