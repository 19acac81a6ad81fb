import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { dropSnapshots } from '@/features/strategy-wizard/api/strategy-snapshot';
import { resetSyncEngines } from '@/features/strategy-wizard/sync/registry';
import { i18next, initI18n, NAMESPACES } from '@/lib/i18n';
import { installZodMessages } from '@/lib/zod-messages';
import { resetMockStore, server } from '../../mocks/node';

// Component tests: the network is MSW (an unhandled request fails the test), texts are
// the real English files, and any console.error (React warnings included) fails the test.

const { getComputedStyle } = window;
window.getComputedStyle = (elt) => getComputedStyle(elt);
window.HTMLElement.prototype.scrollIntoView = () => {};
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;
// Mantine's autosizing textarea listens for web-font loading, which jsdom lacks.
Object.defineProperty(document, 'fonts', {
  value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() },
});

installZodMessages();

// What a person would wait for after a click (a re-render, a validation message) can take
// several seconds on a busy 2-core machine, past Testing Library's 1 s default. A wait ends
// as soon as its condition holds, so this only changes how long a failing test takes to fail.
// Screens and lazily loaded code wait longer still (SCREEN_TIMEOUT in tests/utils/render.tsx).
configure({ asyncUtilTimeout: 5_000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await initI18n('en');
  await i18next.loadNamespaces([...NAMESPACES]);
});

beforeEach(() => {
  resetMockStore();
  dropSnapshots();
  localStorage.clear();
  resetSyncEngines();
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
});

afterAll(() => server.close());
