import type { QueryClient } from '@tanstack/react-query';
import { changedFields, isEditable, pick, sameValue, stateOf } from '@/domain';
import type { Fields, Operation, StoredItem, StoredSection, Strategy, UnreadableEdit } from '@/domain';
import { ApiError, NetworkError } from '@/lib/api-client';
import { SESSION_ENDED_EVENT } from '@/lib/session';
import { strategyQueryKey } from '../api/get-strategy';
import { saveSnapshot } from '../api/strategy-snapshot';
import { noteEdit } from '../api/typing';
import { sendOperation } from '../api/send-operation';
import type { SendResult } from '../api/send-operation';
import {
  adoptEditsOfNobody,
  outboxKey,
  readStorage,
  readUnreadable,
  writeKept,
  writeUnreadable,
} from './device-storage';
import { enqueue, hasChanges, isFieldEdit, load, rebase, sameTarget } from './outbox';
import type { FieldEdit, PendingOp } from './outbox';
import {
  applyResult,
  fieldsToSend,
  heldByConflict,
  isValid,
  splitInvalidEdit,
  isVersioned,
  stripLocal,
  targetKey,
  unmarked,
} from './operation-rules';
import type { Conflict, Queued } from './operation-rules';
import { deriveStatus } from './status';
import type { FieldConflict, InvalidEdit, SaveStatus, StuckEdit } from './status';

// Saves every edit without a Save button. Edits go first into a queue kept in
// localStorage (so a reload or a lost connection loses nothing), then to the server,
// one at a time, a moment after the typing stops. The status it reports is what the
// screen shows: it must never say "saved" while anything is only on this device.
//
// Two kinds of failure are told apart. When the server is away (no answer, or a proxy's
// 502/503/504) the whole queue waits and tries again with a growing delay. Any other
// failure concerns one edit: a refusal (4xx) holds it until the person changes it, a
// server error (500) retries it on its own clock; the other edits go on being sent.

export type { FieldConflict, SaveStatus, StuckEdit };

/** How a person settles a conflict on one field: their text, the other person's, or a text made of both. */
export type Resolution = { keep: 'mine' } | { keep: 'theirs' } | { merged: unknown };

/**
 * An open form of a record hears what concerns it: values the server stored from this
 * page (its base moves on), and a conflict settled (the field shows the chosen text).
 */
export type RecordWatcher = {
  acked(stored: Fields): void;
  resolved(field: string, value: unknown, base: unknown): void;
  /** An earlier text brought back from the history: the form shows it and saves it. */
  restore(field: string, value: unknown): void;
};

export type SyncState = {
  ops: readonly PendingOp[];
  status: SaveStatus;
  lastSavedAt: number | null;
  /** When the next attempt is due, while the server is away or an edit failed there. */
  nextRetryAt: number | null;
  /** The server's message for a refused edit. */
  message: string | null;
  stuck: readonly StuckEdit[];
  /** Fields waiting for the person's choice between their text and someone else's. */
  conflicts: readonly FieldConflict[];
  /** Records whose edits wait because a field is not valid yet: where to correct them. */
  invalid: readonly InvalidEdit[];
  /** Edits queued by an older release that could not be read: kept apart, for the person to copy. */
  unreadable: readonly UnreadableEdit[];
};

const DEBOUNCE_MS = 800;
const MAX_BACKOFF_MS = 30_000;
const backoffAfter = (failures: number) => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures, 5));

export class SyncEngine {
  private queue: Queued[];
  private state: SyncState;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private failures = 0;
  private networkDown = false;
  private queueRetryAt: number | null = null;
  /** The queue could not be written to this device: only this page holds it. */
  private unstored = false;
  /** Unreadable edits that found no room under their own key: they stay in the outbox until they do. */
  private leftovers: readonly UnreadableEdit[] = [];
  private seq = 0;
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  /** The session ended (401): the queue waits on this device until the same person signs in again. */
  private signedOut = false;
  /**
   * The workflow paused editing (409 "paused": in review, approved, submitted): the queue waits
   * on this device until the strategy is open for editing again.
   */
  private paused = false;
  /** Whose edits these are: fixed for the engine's life (another person gets other engines). */
  private readonly storageKey: string;
  /** Its person is gone from the page: nothing more is sent, not even after an answer still on its way. */
  private disposed = false;
  private watchers = new Map<string, Set<RecordWatcher>>();

  constructor(
    readonly workspaceId: string,
    private readonly queryClient: QueryClient,
    private readonly send = sendOperation,
  ) {
    adoptEditsOfNobody(workspaceId);
    this.storageKey = outboxKey(workspaceId);
    const loaded = load(readStorage(this.storageKey));
    this.queue = loaded.ops;
    const unreadable = [...readUnreadable(workspaceId), ...loaded.unreadable];
    this.state = {
      ops: this.queue,
      status: 'saved',
      lastSavedAt: null,
      nextRetryAt: null,
      message: null,
      stuck: [],
      conflicts: [],
      invalid: [],
      unreadable,
    };
    // Moved out of the outbox so that they are read once and the rest of the queue goes on.
    if (loaded.unreadable.length > 0) {
      if (!writeUnreadable(workspaceId, unreadable)) this.leftovers = loaded.unreadable;
      this.persist();
    }
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
    // A form saying "nothing changed" (a save came back, a conflict was settled) when nothing waits.
    if (isFieldEdit(op) && !hasChanges(op) && !this.queue.some((p) => sameTarget(p, op) && !p.inFlight)) return;
    noteEdit(this.workspaceId);
    const withBase = this.withBaseVersion(op);
    const opId = this.newOpId();
    // A new version of a held edit is worth trying: the person may have corrected it.
    this.queue = enqueue(this.queue, withBase, opId).map((p) =>
      sameTarget(p, op) && !p.inFlight ? keepConflicts(unmarked(p), (p as Queued).conflicts) : p,
    );
    this.persist();
    // Typing is redrawn in batches; adding, deleting or moving an item shows at once.
    this.update(this.state.message, !isVersioned(op));
    this.schedule(this.networkDown ? this.backoff() : DEBOUNCE_MS);
  }

  private newOpId() {
    return `${Date.now().toString(36)}-${(this.seq++).toString(36)}`;
  }

  /** Sends now, edits waiting after a server error included (back online, or the person asked). */
  flushSoon = () => {
    this.queue = this.queue.map((p) => (p.failed ? { ...p, failed: { ...p.failed, retryAt: 0 } } : p));
    this.schedule(0);
  };

  hasUnsent() {
    return this.queue.length > 0;
  }

  unsentCount() {
    return this.queue.length;
  }

  /** Signed in again: whatever waited for the session goes now. */
  resumeAfterSignIn = () => {
    if (!this.signedOut) return;
    this.signedOut = false;
    this.update();
    this.flushSoon();
  };

  /** The strategy is open for editing again (sent back for changes, withdrawn, reopened): what waited goes now. */
  resumeEditing = () => {
    if (!this.paused) return;
    this.paused = false;
    this.update();
    this.flushSoon();
  };

  /**
   * Paused by the server: this page's copy may not know yet. Reading the strategy again shows
   * the screen read-only, or (if it was opened again meanwhile) lets what waits go at once.
   */
  private async learnState() {
    const key = strategyQueryKey(this.workspaceId);
    await this.queryClient.refetchQueries({ queryKey: key }).catch(() => undefined);
    const fresh = this.queryClient.getQueryData<Strategy>(key);
    if (fresh && isEditable(stateOf(fresh.workspace))) this.resumeEditing();
  }

  /** The person chose to sign out without their unsent edits: they are gone from this device. */
  discardAll = () => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue = [];
    this.persist();
    this.update();
  };

  /** Forgets an unreadable edit, once the person has copied its text. */
  discardUnreadable = (index: number) => {
    const discarded = this.state.unreadable[index];
    const unreadable = this.state.unreadable.filter((_, i) => i !== index);
    this.state = { ...this.state, unreadable };
    this.leftovers = writeUnreadable(this.workspaceId, unreadable) ? [] : this.leftovers.filter((e) => e !== discarded);
    this.persist();
    this.notify(true);
  };

  dispose() {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.listeners.clear();
  }

  /** An open form hears of its record's saves and settled conflicts while it is open. */
  watchRecord(op: Operation, watcher: RecordWatcher): () => void {
    const key = targetKey(op);
    let set = this.watchers.get(key);
    if (!set) this.watchers.set(key, (set = new Set()));
    set.add(watcher);
    return () => {
      set.delete(watcher);
      if (set.size === 0) this.watchers.delete(key);
    };
  }

  /** The edit waiting for a record, if any: an opening form starts from its base. */
  pendingFor(op: Operation): Queued | undefined {
    return [...this.queue].reverse().find((p) => sameTarget(p, op));
  }

  /**
   * Settles a conflict on one field. Keeping one's own text sends it over the other (theirs
   * stays in the record's history); taking theirs, or a merged text, keeps one's own in the
   * history as a text set aside. Either way nothing anyone typed is gone.
   */
  resolve = (target: Operation, field: string, resolution: Resolution) => {
    const entry = this.queue.find((p) => sameTarget(p, target) && p.conflicts?.[field]);
    if (!entry || !isFieldEdit(entry)) return;
    const conflict = (entry.conflicts as Record<string, Conflict>)[field] as Conflict;
    const mine = (entry.data as Fields)[field];
    const value = 'merged' in resolution ? resolution.merged : resolution.keep === 'mine' ? mine : conflict.theirs;
    const { [field]: _settled, ...conflicts } = entry.conflicts ?? {};
    const setAside =
      'keep' in resolution && resolution.keep === 'mine' ? entry.setAside : { ...entry.setAside, [field]: mine };
    const next = {
      ...entry,
      data: { ...(entry.data as Fields), [field]: value },
      base: { ...entry.base, [field]: conflict.theirs },
      conflicts,
      ...(setAside ? { setAside } : {}),
    } as Queued;
    this.replace(entry.opId, next);
    this.persist();
    this.watchers.get(targetKey(entry))?.forEach((w) => w.resolved(field, value, conflict.theirs));
    this.update();
    this.schedule(0);
  };

  /**
   * Brings back an earlier value of a field (from the record's history). An open form of the
   * record takes it as if typed there; otherwise it is queued against the server's copy.
   */
  restoreField(target: Operation, field: string, value: unknown, server: Fields, shown: Fields) {
    const watching = this.watchers.get(targetKey(target));
    if (watching && watching.size > 0) {
      watching.forEach((w) => w.restore(field, value));
      return;
    }
    const data = { ...shown, [field]: value };
    const pending = this.pendingFor(target);
    const base = pending && isFieldEdit(pending) ? { ...server, ...pending.base } : { ...server };
    this.push({ ...(target as FieldEdit), data: data as never, base });
  }

  private withBaseVersion(op: Operation): Operation {
    if (op.type !== 'updateItem' && op.type !== 'putSection') return op;
    if (isFieldEdit(op)) return op;
    const pending = this.queue.find((p) => sameTarget(p, op) && 'baseVersion' in p && p.baseVersion !== undefined);
    if (pending && 'baseVersion' in pending) return { ...op, baseVersion: pending.baseVersion };
    const snapshot = this.queryClient.getQueryData<Strategy>(strategyQueryKey(this.workspaceId));
    if (!snapshot) return op;
    if (op.type === 'putSection') return { ...op, baseVersion: snapshot.sections[op.key].version };
    const stored = (snapshot.items[op.kind] as StoredItem[]).find((i) => i.id === op.id);
    return stored ? { ...op, baseVersion: stored.version } : op;
  }

  private schedule(delay: number) {
    if (this.signedOut || this.paused || this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
    this.queueRetryAt = this.networkDown ? Date.now() + delay : null;
  }

  private backoff() {
    return backoffAfter(this.failures);
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
      this.wakeForRetries();
      this.update();
    }
  }

  /** The next op to send: not held, valid, and not behind a held edit of the same record. */
  private next(blocked: Set<string>): Queued | undefined {
    const now = Date.now();
    for (const op of this.queue) {
      const key = targetKey(op);
      if (blocked.has(key)) continue;
      if (op.rejected || (op.failed && op.failed.retryAt > now) || heldByConflict(op)) {
        blocked.add(key);
        continue;
      }
      if (!isValid(op)) {
        const split = splitInvalidEdit(op, this.newOpId());
        if (!split) {
          blocked.add(key);
          continue;
        }
        // What is valid goes now; what its rules refuse waits, as typed, for the person.
        this.queue = this.queue.flatMap((p) => (p.opId === op.opId ? split : [p]));
        this.persist();
        return split[0];
      }
      return op;
    }
    return undefined;
  }

  /** Sends one edit; false when the server is away and the whole queue must wait. */
  private async sendOne(op: Queued, blocked: Set<string>): Promise<boolean> {
    this.mark(op.opId, { inFlight: true });
    this.update();
    if (this.signedOut || this.paused || this.disposed) {
      this.mark(op.opId, { inFlight: false });
      return false;
    }
    // A record edit sends its changed fields, less those waiting for the person's choice.
    const sent = isFieldEdit(op) ? fieldsToSend(op) : [];
    if (isFieldEdit(op) && sent.length === 0 && !op.setAside && !op.conflicts) {
      this.mark(op.opId, { inFlight: false });
      this.queue = this.queue.filter((p) => p.opId !== op.opId);
      this.persist();
      return true;
    }
    try {
      const result = await this.send(this.workspaceId, stripLocal(op), op.conflicts ? Object.keys(op.conflicts) : []);
      this.serverAnswered();
      this.acknowledge(op, result, sent);
      return true;
    } catch (error) {
      this.mark(op.opId, { inFlight: false });
      if (this.disposed) return false;
      if (error instanceof ApiError && error.status === 401) {
        // Nothing is lost: the edit stays queued here until the person signs in again.
        this.signedOut = true;
        this.update();
        window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
        return false;
      }
      if (error instanceof ApiError && error.status === 409 && error.code === 'paused') {
        // Not this edit's fault: the whole strategy is paused. Everything waits, kept on this device.
        this.paused = true;
        this.serverAnswered();
        this.update(error.message);
        void this.learnState();
        return false;
      }
      if (error instanceof NetworkError || (error instanceof ApiError && error.unavailable)) {
        this.failures += 1;
        this.networkDown = true;
        this.schedule(this.backoff());
        this.update(error instanceof ApiError ? error.message : null);
        return false;
      }
      this.serverAnswered();
      this.handleFailure(op, error, blocked);
      return true;
    }
  }

  private serverAnswered() {
    this.failures = 0;
    this.networkDown = false;
    this.queueRetryAt = null;
  }

  /** The server answered, but not with success: what happens concerns this edit only. */
  private handleFailure(op: Queued, error: unknown, blocked: Set<string>) {
    if (error instanceof ApiError && error.status === 409 && isFieldEdit(op) && error.conflicts) {
      this.conflictFound(op, error.current, error.conflicts);
      return;
    } else if (error instanceof ApiError && error.status === 409 && isVersioned(op)) {
      // Someone saved this record meanwhile. Until conflict review exists, the
      // newest edit wins: rebase on the server's version and send again.
      const current = error.current as { version?: number } | undefined;
      this.replace(op.opId, { ...op, baseVersion: current?.version } as Queued);
    } else if (error instanceof ApiError && error.status === 404 && op.type === 'updateItem') {
      // Deleted elsewhere while being edited here: bring it back rather than lose the text.
      this.replace(op.opId, { type: 'createItem', kind: op.kind, id: op.id, data: op.data, opId: op.opId });
    } else if (error instanceof ApiError && error.status < 500) {
      // Refused as it is (too large, not valid, gone): sending it again would be refused again.
      this.mark(op.opId, { rejected: error.message });
      blocked.add(targetKey(op));
    } else {
      // A server error (or an answer this release cannot read) on this edit: try it alone, later.
      const attempts = (op.failed?.attempts ?? 0) + 1;
      const message = error instanceof ApiError ? error.message : null;
      this.mark(op.opId, { failed: { message, attempts, retryAt: Date.now() + backoffAfter(attempts) } });
      blocked.add(targetKey(op));
    }
    this.persist();
    this.update();
  }

  /**
   * Someone else changed some of this edit's fields differently. Those fields wait for the
   * person's choice (their text stays queued and on screen); fields already stored as typed
   * are done; the others go on at once. Later edits of the record join this one.
   */
  private conflictFound(op: Queued & FieldEdit, currentRaw: unknown, fields: readonly string[]) {
    const current = (currentRaw ?? {}) as Partial<StoredItem & StoredSection>;
    const stored = (current.data ?? {}) as Fields;
    const later = this.queue.filter((p) => p.opId !== op.opId && sameTarget(p, op) && !p.inFlight);
    const latest = (later.at(-1) ?? op) as Queued;
    const data = (latest as FieldEdit).data as Fields;
    const base: Record<string, unknown> = { ...(isFieldEdit(latest) ? latest.base : op.base) };
    const conflicts: Record<string, Conflict> = { ...op.conflicts };
    const settled: Record<string, unknown> = {};
    for (const field of changedFields(data, base)) {
      if (sameValue(stored[field], data[field])) {
        base[field] = stored[field];
        settled[field] = stored[field];
      } else if (fields.includes(field) && field in stored) {
        conflicts[field] = {
          theirs: stored[field],
          base: base[field],
          by: current.updatedBy ?? null,
          at: current.updatedAt ?? null,
        };
      }
    }
    const merged = { ...op, data, base, conflicts, inFlight: false } as Queued;
    const laterIds = new Set(later.map((p) => p.opId));
    this.queue = this.queue.filter((p) => !laterIds.has(p.opId)).map((p) => (p.opId === op.opId ? merged : p));
    this.cacheNewer(op, current);
    this.persist();
    if (Object.keys(settled).length > 0) this.watchers.get(targetKey(op))?.forEach((w) => w.acked(settled));
    this.update();
  }

  /** The record as the server has it now, when it is newer than the cached copy. */
  private cacheNewer(op: Operation, current: Partial<StoredItem & StoredSection>) {
    if (typeof current.version !== 'number' || current.data === undefined) return;
    const key = strategyQueryKey(this.workspaceId);
    this.queryClient.setQueryData<Strategy>(key, (old) => {
      if (!old) return old;
      if (op.type === 'putSection') {
        if (old.sections[op.key].version >= (current.version as number)) return old;
        const section = {
          version: current.version,
          updatedAt: current.updatedAt ?? null,
          updatedBy: current.updatedBy,
          data: current.data,
        };
        return { ...old, sections: { ...old.sections, [op.key]: section } } as Strategy;
      }
      if (op.type !== 'updateItem') return old;
      const list = old.items[op.kind] as StoredItem[];
      const at = list.find((i) => i.id === op.id);
      if (!at || at.version >= (current.version as number)) return old;
      const next = list.map((i) => (i.id === op.id ? ({ ...i, ...current, position: i.position } as StoredItem) : i));
      return { ...old, items: { ...old.items, [op.kind]: next } } as Strategy;
    });
  }

  /** Edits waiting after a server error wake the queue when they are due. */
  private wakeForRetries() {
    if (this.timer || this.networkDown) return;
    const due = this.queue.flatMap((p) => (p.failed ? [p.failed.retryAt] : []));
    if (due.length > 0) this.schedule(Math.max(0, Math.min(...due) - Date.now()));
  }

  private acknowledge(op: Queued, result: SendResult, sent: readonly string[]) {
    const storedData =
      result.type === 'item' ? (result.item.data as Fields) : result.type === 'section' ? (result.data as Fields) : {};
    const stored = pick(storedData, sent);
    const version = result.type === 'item' ? result.item.version : result.type === 'section' ? result.version : 0;
    const waiting = op.conflicts && Object.keys(op.conflicts).length > 0;
    this.queue = this.queue.flatMap((p): Queued[] => {
      if (p.opId !== op.opId) return [p];
      // Fields still in conflict wait on; what was sent is the server's now.
      if (waiting && isFieldEdit(p)) {
        const { setAside: _sent, ...rest } = p;
        return [{ ...rest, base: { ...p.base, ...stored }, inFlight: false } as Queued];
      }
      return [];
    });
    if (result.type === 'item' || result.type === 'section') this.queue = rebase(this.queue, op, version, stored);
    this.persist();
    if (sent.length > 0) this.watchers.get(targetKey(op))?.forEach((w) => w.acked(stored));
    const key = strategyQueryKey(this.workspaceId);
    // A refetch started before this write would bring back the old text: drop it.
    void this.queryClient.cancelQueries({ queryKey: key });
    const next = this.queryClient.setQueryData<Strategy>(key, (old) => (old ? applyResult(old, op, result) : old));
    if (next) saveSnapshot(next);
    this.state = { ...this.state, lastSavedAt: Date.now() };
  }

  private mark(opId: string, patch: Partial<Queued>) {
    this.queue = this.queue.map((p) => (p.opId === opId ? ({ ...p, ...patch } as Queued) : p));
  }

  private replace(opId: string, next: Queued) {
    this.queue = this.queue.map((p) => (p.opId === opId ? next : p));
  }

  /** Writes the queue to this device; when the browser refuses, the status says only this page holds it. */
  private persist() {
    const entries: unknown[] = this.queue.map((p) => ({ ...stripLocal(p), opId: p.opId }));
    entries.push(...this.leftovers.map((u) => u.raw));
    this.unstored = !writeKept(this.storageKey, entries.length ? JSON.stringify(entries) : null);
  }

  private update(message: string | null = this.state.message, immediate = true) {
    const derived = deriveStatus(this.queue, {
      unstored: this.unstored,
      signedOut: this.signedOut,
      paused: this.paused,
      networkDown: this.networkDown,
      online: typeof navigator === 'undefined' || navigator.onLine !== false,
      queueRetryAt: this.queueRetryAt,
      message,
    });
    const statusChanged = derived.status !== this.state.status;
    this.state = { ...this.state, ...derived, ops: this.queue };
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

/** Conflict marks survive new typing in the same record while the field still differs from the same base. */
function keepConflicts(p: Queued, marks: Queued['conflicts']): Queued {
  if (!marks || !isFieldEdit(p)) return p;
  const data = (p as FieldEdit).data as Fields;
  const kept = Object.fromEntries(
    Object.entries(marks).filter(([f, c]) => sameValue(p.base[f], c.base) && !sameValue(data[f], p.base[f])),
  );
  return Object.keys(kept).length > 0 ? { ...p, conflicts: kept } : p;
}
