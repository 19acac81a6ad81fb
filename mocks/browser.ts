import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { MockStore } from './store';

// Demo mode: no server at all. The data lives in this browser's localStorage and a
// sample workspace is there on the first visit.
const KEY = 'libri.demo.store.v1';

/** What an earlier visit kept, in whatever shape its release wrote; MockStore upgrades it. */
function loadAll(): unknown[] {
  try {
    const raw = localStorage.getItem(KEY);
    const all: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(all) ? all : [];
  } catch {
    return [];
  }
}

export async function startDemoWorker() {
  const initial = loadAll();
  const store = new MockStore((all) => localStorage.setItem(KEY, JSON.stringify(all)), initial);
  if (initial.length === 0) store.seedSample();
  const worker = setupWorker(...createHandlers(store));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
