import { hashKey } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { applyOperations } from '@/domain';
import type { Operation, Strategy } from '@/domain';
import { strategyQueryKey } from '../api/get-strategy';
import type { SyncEngine } from '../sync/engine';

/**
 * The strategy as the person sees it — the server's copy with their unsent edits on top —
 * for components to subscribe to by selector. A keystroke changes one item: only what
 * selects that item renders again, never the whole step (see docs/decisions/005-typing-path.md).
 *
 * The view is computed lazily, at most once per change of either input, and keeps the
 * identity of every item no edit touched (applyOperation copies only what it changes;
 * the query cache shares unchanged parts of a refetched strategy).
 */
export class WorkspaceStore {
  private server: Strategy | undefined;
  private ops: readonly Operation[];
  private view: Strategy | undefined;
  private stale = true;
  private listeners = new Set<() => void>();
  private unsubscribe: (() => void)[] = [];
  /** The cache's key for this workspace's strategy: every cache event is checked against it. */
  private readonly queryHash: string;

  constructor(
    workspaceId: string,
    private readonly engine: SyncEngine,
    private readonly queryClient: QueryClient,
  ) {
    this.queryHash = hashKey(strategyQueryKey(workspaceId));
    this.key = strategyQueryKey(workspaceId);
    this.ops = engine.getState().ops;
    this.server = queryClient.getQueryData<Strategy>(this.key);
  }

  private readonly key: readonly unknown[];
  private attached = false;

  /**
   * Follows the engine and the cache while anyone listens, and lets go when nobody does:
   * no explicit disposal to get wrong (a component mounted twice, a store kept by a memo).
   */
  private attach() {
    if (this.attached) return;
    this.attached = true;
    this.refresh();
    this.unsubscribe.push(
      this.engine.subscribe(() => {
        const ops = this.engine.getState().ops;
        if (ops !== this.ops) this.change(() => (this.ops = ops));
      }),
      this.queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.query.queryHash !== this.queryHash) return;
        const data = event.query.state.data as Strategy | undefined;
        if (data !== this.server) this.change(() => (this.server = data));
      }),
    );
  }

  private detachIfIdle() {
    if (!this.attached || this.listeners.size > 0 || this.itemListeners.size > 0) return;
    this.attached = false;
    this.unsubscribe.splice(0).forEach((u) => u());
  }

  /** Unattached, the store reads its sources when asked: what it answers is never out of date. */
  private refresh() {
    const ops = this.engine.getState().ops;
    const server = this.queryClient.getQueryData<Strategy>(this.key);
    if (ops !== this.ops || server !== this.server) {
      this.ops = ops;
      this.server = server;
      this.stale = true;
    }
  }

  private change(apply: () => void) {
    // The view before the change is needed only to tell item listeners which items changed.
    const before = this.itemListeners.size > 0 ? this.getSnapshot() : undefined;
    apply();
    this.stale = true;
    this.listeners.forEach((l) => l());
    if (!before) return;
    // Only the items whose record changed hear of it: typing in one of a thousand needs
    // wakes one card, not a thousand.
    const after = this.getSnapshot();
    for (const id of changedItems(before, after)) this.itemListeners.get(id)?.forEach((l) => l());
  }

  private itemListeners = new Map<string, Set<() => void>>();

  /** Listens to one item only: called when that item changes, moves or goes. */
  subscribeItem = (id: string, listener: () => void) => {
    let set = this.itemListeners.get(id);
    if (!set) this.itemListeners.set(id, (set = new Set()));
    set.add(listener);
    this.attach();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.itemListeners.delete(id);
      this.detachIfIdle();
    };
  };

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    this.attach();
    return () => {
      this.listeners.delete(listener);
      this.detachIfIdle();
    };
  };

  /** The server's copy alone, without this page's unsent edits: what open forms compare their fields with. */
  getServer = (): Strategy | undefined => {
    if (!this.attached) this.refresh();
    return this.server;
  };

  /** The live strategy, or undefined until the server's (or the device's) copy is there. */
  getSnapshot = (): Strategy | undefined => {
    if (!this.attached) this.refresh();
    if (this.stale) {
      this.view = this.server ? applyOperations(this.server, this.ops, new Date().toISOString()) : undefined;
      this.stale = false;
    }
    return this.view;
  };

  /** Lets go of the sources now (the workspace is closed); a later listener attaches again. */
  dispose() {
    this.listeners.clear();
    this.itemListeners.clear();
    this.detachIfIdle();
  }
}

/** Ids of the items added, removed or changed between two views; lists that kept their identity are skipped. */
function changedItems(before: Strategy | undefined, after: Strategy | undefined): Set<string> {
  const changed = new Set<string>();
  if (!before || !after) return changed;
  for (const kind of Object.keys(after.items) as (keyof Strategy['items'])[]) {
    const a = before.items[kind] as readonly { id: string }[];
    const b = after.items[kind] as readonly { id: string }[];
    if (a === b) continue;
    const old = new Map(a.map((item) => [item.id, item]));
    for (const item of b) {
      if (old.get(item.id) !== item) changed.add(item.id);
      old.delete(item.id);
    }
    old.forEach((_, id) => changed.add(id));
  }
  return changed;
}
