import type { QueryClient } from '@tanstack/react-query';
import { applyOperation, ITEM_SCHEMAS, SECTION_SCHEMAS } from '@/domain';
import type { Operation, StoredItem, Strategy } from '@/domain';
import { ApiError, NetworkError } from '@/lib/api-client';
import { strategyQueryKey } from '../api/get-strategy';
import { saveSnapshot } from '../api/strategy-snapshot';
import { sendOperation } from '../api/send-operation';
import type { SendResult } from '../api/send-operation';
import { enqueue, load, rebase, sameTarget } from './outbox';
import type { PendingOp } from './outbox';

// Saves every edit without a Save button. Edits go first into a queue kept in
// localStorage (so a reload or a lost connection loses nothing), then to the server,
// one at a time, a moment after the typing stops. The status it reports is what the
// screen shows: it must never say "saved" while anything is only on this device.

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'offline' | 'retrying' | 'invalid' | 'rejected';

export type SyncState = {
  ops: readonly PendingOp[];
  status: SaveStatus;
  lastSavedAt: number | null;
  nextRetryAt: number | null;
  /** The server's message for a refused edit. */
  message: string | null;
};

type Rejected = PendingOp & { rejected?: string };

const DEBOUNCE_MS = 800;
const MAX_BACKOFF_MS = 30_000;
const storageKey = (workspaceId: string) => `libri.outbox.v1.${workspaceId}`;

export class SyncEngine {
  private queue: Rejected[];
  private state: SyncState;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private failures = 0;
  private networkDown = false;
  private seq = 0;
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly workspaceId: string,
    private readonly queryClient: QueryClient,
    private readonly send = sendOperation,
  ) {
    this.queue = load(readStorage(storageKey(workspaceId)));
    this.state = { ops: this.queue, status: 'saved', lastSavedAt: null, nextRetryAt: null, message: null };
    this.update();
    if (this.queue.length > 0) this.schedule(0);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  /** Queues an edit. A base version is taken from the server snapshot for updates not yet queued. */
  push(op: Operation) {
    const withBase = this.withBaseVersion(op);
    const opId = `${Date.now().toString(36)}-${(this.seq++).toString(36)}`;
    this.queue = enqueue(this.queue, withBase, opId).map((p) =>
      sameTarget(p, op) && !p.inFlight ? clearRejection(p) : p,
    );
    this.persist();
    // Typing is redrawn in batches; adding, deleting or moving an item shows at once.
    this.update(this.state.message, !isVersioned(op));
    this.schedule(this.networkDown ? this.backoff() : DEBOUNCE_MS);
  }

  /** Sends now (back online, page hidden, or the user asked). */
  flushSoon = () => this.schedule(0);

  hasUnsent() {
    return this.queue.length > 0;
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.listeners.clear();
  }

  private withBaseVersion(op: Operation): Operation {
    if (op.type !== 'updateItem' && op.type !== 'putSection') return op;
    const pending = this.queue.find((p) => sameTarget(p, op) && 'baseVersion' in p && p.baseVersion !== undefined);
    if (pending && 'baseVersion' in pending) return { ...op, baseVersion: pending.baseVersion };
    const snapshot = this.queryClient.getQueryData<Strategy>(strategyQueryKey(this.workspaceId));
    if (!snapshot) return op;
    if (op.type === 'putSection') return { ...op, baseVersion: snapshot.sections[op.key].version };
    const stored = (snapshot.items[op.kind] as StoredItem[]).find((i) => i.id === op.id);
    return stored ? { ...op, baseVersion: stored.version } : op;
  }

  private schedule(delay: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
    this.state = { ...this.state, nextRetryAt: this.networkDown ? Date.now() + delay : null };
  }

  private backoff() {
    return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.failures, 5));
  }

  private async run() {
    if (this.running) return;
    this.running = true;
    this.timer = null;
    try {
      const blocked = new Set<string>();
      for (let op = this.next(blocked); op; op = this.next(blocked)) {
        const ok = await this.sendOne(op, blocked);
        if (!ok) return;
      }
    } finally {
      this.running = false;
      this.update();
    }
  }

  /** The next op to send: not refused, valid, and not behind a held edit of the same record. */
  private next(blocked: Set<string>): Rejected | undefined {
    for (const op of this.queue) {
      const key = targetKey(op);
      if (blocked.has(key)) continue;
      if (op.rejected || !isValid(op)) {
        blocked.add(key);
        continue;
      }
      return op;
    }
    return undefined;
  }

  private async sendOne(op: Rejected, blocked: Set<string>): Promise<boolean> {
    this.mark(op.opId, { inFlight: true });
    this.update();
    try {
      const result = await this.send(this.workspaceId, stripLocal(op));
      this.acknowledge(op, result);
      this.failures = 0;
      this.networkDown = false;
      return true;
    } catch (error) {
      this.mark(op.opId, { inFlight: false });
      if (error instanceof ApiError && error.status === 409 && isVersioned(op)) {
        // Someone saved this record meanwhile. Until conflict review exists, the
        // newest edit wins: rebase on the server's version and send again.
        const current = error.current as { version?: number } | undefined;
        this.queue = this.queue.map((p) =>
          p.opId === op.opId ? ({ ...p, baseVersion: current?.version } as Rejected) : p,
        );
        this.persist();
        return true;
      }
      if (error instanceof ApiError && error.status === 404 && op.type === 'updateItem') {
        // Deleted elsewhere while being edited here: bring it back rather than lose the text.
        this.queue = this.queue.map((p) =>
          p.opId === op.opId
            ? ({ type: 'createItem', kind: op.kind, id: op.id, data: op.data, opId: op.opId } as Rejected)
            : p,
        );
        this.persist();
        return true;
      }
      if (error instanceof ApiError && !error.retriable) {
        this.mark(op.opId, { rejected: error.message });
        blocked.add(targetKey(op));
        this.persist();
        return true;
      }
      this.failures += 1;
      this.networkDown = true;
      this.schedule(this.backoff());
      this.update(error instanceof NetworkError ? null : (error as Error).message);
      return false;
    }
  }

  private acknowledge(op: PendingOp, result: SendResult) {
    this.queue = this.queue.filter((p) => p.opId !== op.opId);
    if (result.type === 'item') this.queue = rebase(this.queue, op, result.item.version);
    if (result.type === 'section') this.queue = rebase(this.queue, op, result.version);
    this.persist();
    const key = strategyQueryKey(this.workspaceId);
    // A refetch started before this write would bring back the old text: drop it.
    void this.queryClient.cancelQueries({ queryKey: key });
    const next = this.queryClient.setQueryData<Strategy>(key, (old) => (old ? applyResult(old, op, result) : old));
    if (next) saveSnapshot(next);
    this.state = { ...this.state, lastSavedAt: Date.now() };
  }

  private mark(opId: string, patch: Partial<Rejected>) {
    this.queue = this.queue.map((p) => (p.opId === opId ? ({ ...p, ...patch } as Rejected) : p));
  }

  private persist() {
    writeStorage(storageKey(this.workspaceId), this.queue.length ? JSON.stringify(this.queue) : null);
  }

  private update(message: string | null = this.state.message, immediate = true) {
    const rejected = this.queue.find((p) => p.rejected);
    const status: SaveStatus =
      this.queue.length === 0
        ? 'saved'
        : this.queue.some((p) => p.inFlight)
          ? 'saving'
          : this.networkDown
            ? typeof navigator !== 'undefined' && navigator.onLine === false
              ? 'offline'
              : 'retrying'
            : rejected
              ? 'rejected'
              : this.queue.some((p) => !isValid(p))
                ? 'invalid'
                : 'pending';
    const statusChanged = status !== this.state.status;
    this.state = {
      ...this.state,
      ops: this.queue,
      status,
      message: rejected?.rejected ?? (status === 'retrying' ? message : null),
      nextRetryAt: this.networkDown ? this.state.nextRetryAt : null,
    };
    // The status must never lag behind ("saved" while an edit waits): tell at once when it changes.
    this.notify(immediate || statusChanged);
  }

  /**
   * Tells the screen at most every 100 ms: each keystroke is queued (and stored) at once,
   * but redrawing the workspace for every key would make typing lag on long lists.
   */
  private notify(immediate: boolean) {
    if (immediate) {
      if (this.notifyTimer) clearTimeout(this.notifyTimer);
      this.notifyTimer = null;
      this.listeners.forEach((l) => l());
      return;
    }
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      this.listeners.forEach((l) => l());
    }, 100);
  }
}

const targetKey = (op: Operation) =>
  op.type === 'putSection' ? `s:${op.key}` : op.type === 'reorder' ? `o:${op.kind}` : `i:${op.id}`;

const isVersioned = (op: Operation): op is Extract<Operation, { baseVersion?: number }> =>
  op.type === 'updateItem' || op.type === 'putSection';

function isValid(op: Operation): boolean {
  if (op.type === 'putSection') return SECTION_SCHEMAS[op.key].safeParse(op.data).success;
  if (op.type === 'createItem' || op.type === 'updateItem') return ITEM_SCHEMAS[op.kind].safeParse(op.data).success;
  return true;
}

function stripLocal(op: Rejected): Operation {
  const { opId: _opId, inFlight: _inFlight, rejected: _rejected, ...rest } = op;
  return rest as Operation;
}

function clearRejection(op: Rejected): Rejected {
  const { rejected: _rejected, ...rest } = op;
  return rest as Rejected;
}

function applyResult(old: Strategy, op: Operation, result: SendResult): Strategy {
  if (result.type === 'section' && op.type === 'putSection') {
    const data = SECTION_SCHEMAS[op.key].parse(result.data);
    return {
      ...old,
      sections: { ...old.sections, [op.key]: { version: result.version, updatedAt: result.updatedAt, data } },
    };
  }
  if (result.type === 'item') {
    const { item } = result;
    const list = old.items[item.kind] as StoredItem[];
    const exists = list.some((i) => i.id === item.id);
    const next = exists ? list.map((i) => (i.id === item.id ? item : i)) : [...list, item];
    return { ...old, items: { ...old.items, [item.kind]: next } };
  }
  // A delete or reorder answers 204: the server did exactly what the domain rule says.
  if (op.type === 'deleteItem' || op.type === 'reorder') return applyOperation(old, op, new Date().toISOString());
  return old;
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the edit is still queued in memory and the status says "not saved".
  }
}
