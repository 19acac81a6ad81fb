import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: the production build served by the real server, driven in Debian's Chromium.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // What a page shows after a save or a partner's change may take a few seconds on a busy machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
