import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { MockStore } from './store';

/** For component tests: one MSW server whose store each test can reset and fill. */
export const mockStore = { current: new MockStore() };
export const server = setupServer(
  ...createHandlers(
    new Proxy({} as MockStore, {
      get: (_t, prop) => {
        const value = (mockStore.current as unknown as Record<string | symbol, unknown>)[prop];
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(mockStore.current) : value;
      },
    }),
  ),
);

export function resetMockStore() {
  mockStore.current = new MockStore();
  return mockStore.current;
}
