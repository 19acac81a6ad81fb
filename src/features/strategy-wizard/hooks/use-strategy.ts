import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  startTransition,
} from 'react';
import { stateOf } from '@/domain';
import type { Strategy, WorkflowState } from '@/domain';
import { strategyQueryOptions } from '../api/get-strategy';
import type { SyncEngine, SyncState } from '../sync/engine';
import { getSyncEngine } from '../sync/registry';
import { WorkspaceStore } from './workspace-store';
import { liveConnection } from '../live/live-connection';
import type { LiveConnection } from '../live/live-connection';

export function useSyncEngine(workspaceId: string): SyncEngine {
  const queryClient = useQueryClient();
  return useMemo(() => getSyncEngine(workspaceId, queryClient), [workspaceId, queryClient]);
}

/** The engine's state, re-rendering only when `select`ed part changes (the status bar needs no ops). */
export function useSyncState<T = SyncState>(engine: SyncEngine, select?: (s: SyncState) => T): T {
  const get = useCallback(() => (select ? select(engine.getState()) : engine.getState()) as T, [engine, select]);
  return useSyncExternalStore(engine.subscribe, get, get);
}

export type WorkspaceContextValue = {
  workspaceId: string;
  engine: SyncEngine;
  store: WorkspaceStore;
  /** Others' changes and presence as they happen. */
  live: LiveConnection;
};
export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/**
 * Opens a workspace: its save engine, its query (kept fresh in the background) and the
 * store the steps subscribe to. The returned context never changes while typing.
 */
export function useOpenWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  const engine = useSyncEngine(workspaceId);
  // Only whether there is data and whether loading failed: a refetch or an edit does not redraw the shell.
  const query = useQuery({ ...strategyQueryOptions(workspaceId), select: hasData });
  const store = useMemo(() => new WorkspaceStore(workspaceId, engine, queryClient), [workspaceId, engine, queryClient]);
  // No disposal: the store follows its sources only while something listens to it.
  const loaded = useSyncExternalStore(store.subscribe, () => store.getSnapshot() !== undefined);
  const live = useMemo(() => liveConnection(workspaceId, queryClient), [workspaceId, queryClient]);
  // Open while the workspace is, from the copy just loaded on (its number says which changes it holds).
  useEffect(() => {
    if (!loaded) return;
    live.start();
    return () => live.stop();
  }, [live, loaded]);
  const context = useMemo(() => ({ workspaceId, engine, store, live }), [workspaceId, engine, store, live]);
  return { context: loaded ? context : null, query };
}

const hasData = (s: Strategy | undefined) => s !== undefined;

function useWorkspaceContext(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('workspace hooks must be used inside a workspace route');
  return value;
}

/**
 * A part of the live strategy. The component renders again only when the selected value
 * changes (by `equal`), so typing in one item leaves every other item's view alone.
 * `select` may be an inline function: it is re-run only when the strategy changes or it does.
 */
export function useStrategySelector<T>(
  select: (s: Strategy) => T,
  equal: (a: T, b: T) => boolean = Object.is,
  itemId?: string,
): T {
  const { store } = useWorkspaceContext();
  // A selector that reads one item only listens to that item (see WorkspaceStore.subscribeItem).
  const subscribe = useCallback(
    (listener: () => void) => (itemId ? store.subscribeItem(itemId, listener) : store.subscribe(listener)),
    [store, itemId],
  );
  const last = useRef<{ strategy: Strategy; select: (s: Strategy) => T; value: T } | null>(null);
  const get = () => {
    const strategy = store.getSnapshot() as Strategy;
    const prev = last.current;
    if (prev && prev.strategy === strategy && prev.select === select) return prev.value;
    const value = select(strategy);
    if (prev && equal(prev.value, value)) {
      last.current = { strategy, select, value: prev.value };
      return prev.value;
    }
    last.current = { strategy, select, value };
    return value;
  };
  return useSyncExternalStore(subscribe, get, get);
}

const whole = (s: Strategy) => s;

const workspaceOf = (s: Strategy) => s.workspace;
const sameIdAndName = (a: Strategy['workspace'], b: Strategy['workspace']) => a.id === b.id && a.name === b.name;

/** The workspace's id and name: headings and links follow a rename, not the typing. */
export const useWorkspaceName = (): Strategy['workspace'] => useStrategySelector(workspaceOf, sameIdAndName);

const workflowStateOf = (s: Strategy) => stateOf(s.workspace);
/** Where the open strategy stands in the workflow (workflow.ts); redraws only when that changes. */
export const useWorkflowState = (): WorkflowState => useStrategySelector(workflowStateOf);

const inProgrammeOf = (s: Strategy) => s.workspace.programmeId !== undefined;
/** Whether the open strategy's town belongs to a programme (and so has its good practice). */
export const useInProgramme = (): boolean => useStrategySelector(inProgrammeOf);

/** The engine, for saving; never changes. */
export const useEngine = () => useWorkspaceContext().engine;

/**
 * The whole live strategy: renders again on every change. For pages off the typing path
 * (overview, review, export) and for rules computed over everything, through `useSettledStrategy`.
 */
export function useWorkspace(): { strategy: Strategy; engine: SyncEngine } {
  const { engine } = useWorkspaceContext();
  const strategy = useStrategySelector(whole);
  return { strategy, engine };
}

/** How long typing must pause before rules over the whole strategy are computed again. */
const SETTLE_MS = 250;

/**
 * The whole strategy for rules that read everything (completeness, traceability): it
 * follows the live one once typing pauses, and at low priority, so computing them never
 * delays a keystroke. Adding, deleting or moving an item is not typing: it shows at once.
 */
export function useSettledStrategy(): Strategy {
  const live = useStrategySelector(whole);
  const [settled, setSettled] = useState(live);
  const typing = sameShape(live, settled);
  useEffect(() => {
    if (live === settled) return;
    const timer = setTimeout(() => startTransition(() => setSettled(live)), typing ? SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [live, settled, typing]);
  return useDeferredValue(settled);
}

/** The same items in the same lists: what changed is a value, as when typing. */
function sameShape(a: Strategy, b: Strategy): boolean {
  if (a.workspace.id !== b.workspace.id) return false;
  for (const kind of Object.keys(a.items) as (keyof Strategy['items'])[]) {
    const x = a.items[kind];
    const y = b.items[kind];
    if (x.length !== y.length || x.some((item, i) => item.id !== y[i]?.id)) return false;
  }
  return true;
}

/** Compares two arrays element by element (lists of ids, option lists). */
export function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/** Reads the live strategy at the moment of an event (a click), without subscribing to it. */
export function useCurrentStrategy(): () => Strategy {
  const { store } = useWorkspaceContext();
  return useCallback(() => store.getSnapshot() as Strategy, [store]);
}
