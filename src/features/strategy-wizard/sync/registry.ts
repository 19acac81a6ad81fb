import type { QueryClient } from '@tanstack/react-query';
import { SyncEngine } from './engine';

// One engine per workspace for the life of the page, so that leaving a step or the
// workspace never drops the queue.
const engines = new Map<string, SyncEngine>();

export function getSyncEngine(workspaceId: string, queryClient: QueryClient): SyncEngine {
  let engine = engines.get(workspaceId);
  if (!engine) {
    engine = new SyncEngine(workspaceId, queryClient);
    engines.set(workspaceId, engine);
  }
  return engine;
}

export function anyUnsent(): boolean {
  return [...engines.values()].some((e) => e.hasUnsent());
}

/** Tests start each case with no engines. */
export function resetSyncEngines() {
  engines.forEach((e) => e.dispose());
  engines.clear();
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => engines.forEach((e) => e.flushSoon()));
  // Leaving with unsent edits: they are kept on this device, but the person should know.
  window.addEventListener('beforeunload', (event) => {
    if (anyUnsent()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}
