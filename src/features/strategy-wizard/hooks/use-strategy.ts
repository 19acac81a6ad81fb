import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { applyOperations } from '@/domain';
import type { Strategy } from '@/domain';
import { useStrategySnapshot } from '../api/get-strategy';
import type { SyncEngine, SyncState } from '../sync/engine';
import { getSyncEngine } from '../sync/registry';

export function useSyncEngine(workspaceId: string): SyncEngine {
  const queryClient = useQueryClient();
  return useMemo(() => getSyncEngine(workspaceId, queryClient), [workspaceId, queryClient]);
}

export function useSyncState(engine: SyncEngine): SyncState {
  return useSyncExternalStore(engine.subscribe, engine.getState, engine.getState);
}

/** The strategy as the person sees it: the server's copy with their unsent edits on top. */
export function useLiveStrategy(workspaceId: string) {
  const engine = useSyncEngine(workspaceId);
  const sync = useSyncState(engine);
  const query = useStrategySnapshot(workspaceId);
  const strategy = useMemo(
    () => (query.data ? applyOperations(query.data, sync.ops, new Date().toISOString()) : undefined),
    [query.data, sync.ops],
  );
  return { strategy, engine, sync, query };
}

export type WorkspaceContextValue = { strategy: Strategy; engine: SyncEngine };
export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/** Inside a workspace route: the live strategy and the engine to save edits through. */
export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside a workspace route');
  return value;
}
