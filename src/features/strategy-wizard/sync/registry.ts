import type { QueryClient } from '@tanstack/react-query';
import { onUserChange, provideUnsentEdits, SIGNED_IN_EVENT } from '@/lib/session';
import { SyncEngine } from './engine';

// One engine per workspace for the life of the page, so that leaving a step or the
// workspace never drops the queue.
const engines = new Map<string, SyncEngine>();

export function getSyncEngine(workspaceId: string, queryClient: QueryClient): SyncEngine {
  let engine = engines.get(workspaceId);
  if (!engine) {
    engine = new SyncEngine(workspaceId, queryClient);
    engines.set(workspaceId, engine);
    watch(engine);
  }
  return engine;
}

export function anyUnsent(): boolean {
  return [...engines.values()].some((e) => e.hasUnsent());
}

/** Tests start each case with no engines. */
export function resetSyncEngines() {
  unsubscribes.forEach((stop) => stop());
  unsubscribes.clear();
  engines.forEach((e) => e.dispose());
  engines.clear();
}

// Another person on this page: their edits live under their own keys, so new engines load them.
onUserChange(resetSyncEngines);

const listeners = new Set<() => void>();
const unsubscribes = new Map<SyncEngine, () => void>();
function watch(engine: SyncEngine) {
  unsubscribes.set(
    engine,
    engine.subscribe(() => listeners.forEach((l) => l())),
  );
}

provideUnsentEdits({
  count: () => [...engines.values()].reduce((n, e) => n + e.unsentCount(), 0),
  flush: () => engines.forEach((e) => e.flushSoon()),
  discard: () => engines.forEach((e) => e.discardAll()),
  subscribe: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
});

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => engines.forEach((e) => e.flushSoon()));
  // Signed in again after the session ended: what waited goes now.
  window.addEventListener(SIGNED_IN_EVENT, () => engines.forEach((e) => e.resumeAfterSignIn()));
  // Leaving with unsent edits: they are kept on this device, but the person should know.
  window.addEventListener('beforeunload', (event) => {
    if (anyUnsent()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}
