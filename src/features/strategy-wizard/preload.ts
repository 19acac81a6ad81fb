import type { QueryClient } from '@tanstack/react-query';
import { isStepId } from '@/domain';
import { i18next } from '@/lib/i18n';
import { strategyQueryOptions } from './api/get-strategy';
import { STEP_IMPORTS } from './steps';

// A workspace page needs its strategy, its words and its step's code. Asked for one after
// another they wait on each other (route code → words → strategy → step code); the routes
// ask for all of them at once, as soon as the URL is known.

/** The namespaces every workspace page uses. */
export const WORKSPACE_NAMESPACES = ['wizard', 'taxonomy', 'fields', 'guidance'] as const;

export function preloadWorkspace(queryClient: QueryClient, workspaceId: string | undefined) {
  if (!workspaceId) return;
  void queryClient.prefetchQuery(strategyQueryOptions(workspaceId));
  // The router starts before i18next is set up on a first visit: ask as soon as it is.
  const load = () => void i18next.loadNamespaces([...WORKSPACE_NAMESPACES]);
  if (i18next.isInitialized) load();
  else i18next.on('initialized', load);
}

export function preloadStep(step: string | undefined) {
  if (!isStepId(step)) return;
  void STEP_IMPORTS[step]().catch(() => undefined);
  // Its guidance too (the loader is its own small chunk: the map of 63 files stays off other pages).
  const guidance = () =>
    void import('./guidance-loader').then((m) => m.preloadStepGuidance(step)).catch(() => undefined);
  if (i18next.isInitialized) guidance();
  else i18next.on('initialized', guidance);
}
