import { changedFields, ITEM_SCHEMAS, SECTION_SCHEMAS, textOf, upgradeOperation } from '@/domain';
import type { Fields, Operation, UnreadableEdit } from '@/domain';

// The queue of edits not yet acknowledged by the server. Pure functions: the engine
// owns the state and persistence. Coalescing keeps one pending write per record, so a
// long offline session sends a handful of requests, not one per keystroke.

export type PendingOp = Operation & { opId: string; inFlight?: boolean };

const target = (op: Operation): string => {
  switch (op.type) {
    case 'putSection':
      return `section:${op.key}`;
    case 'reorder':
      return `order:${op.kind}`;
    default:
      return `item:${op.id}`;
  }
};

export const sameTarget = (a: Operation, b: Operation) => target(a) === target(b);

/** Adds `op` to the queue, merging it into a pending (not in-flight) write of the same record. */
export function enqueue(queue: readonly PendingOp[], op: Operation, opId: string): PendingOp[] {
  const waiting = (p: PendingOp) => !p.inFlight && sameTarget(p, op);
  if (op.type === 'putSection' || op.type === 'reorder') {
    const i = queue.findIndex(waiting);
    if (i >= 0) {
      const prev = queue[i] as PendingOp;
      const merged = {
        ...prev,
        ...op,
        opId: prev.opId,
        ...('baseVersion' in prev ? { baseVersion: prev.baseVersion } : {}),
      } as PendingOp;
      return queue.map((p, j) => (j === i ? merged : p));
    }
    return [...queue, { ...op, opId }];
  }
  if (isFieldEdit(op)) {
    // A form's edit: the whole record as the person has it, with the server's values it is based on.
    const i = queue.findIndex((p) => waiting(p) && (p.type === 'createItem' || p.type === op.type));
    if (i < 0) return hasChanges(op) ? [...queue, { ...op, opId }] : [...queue];
    const prev = queue[i] as PendingOp;
    const merged =
      prev.type === 'createItem'
        ? ({ ...prev, data: op.data } as PendingOp)
        : ({ ...prev, data: op.data, base: op.base, baseVersion: undefined } as PendingOp);
    // Typed back to what the server has: nothing left to send for this record.
    if (merged.type !== 'createItem' && !hasChanges(merged)) return queue.filter((_, j) => j !== i);
    return queue.map((p, j) => (j === i ? merged : p));
  }
  if (op.type === 'updateItem') {
    const i = queue.findIndex((p) => waiting(p) && (p.type === 'createItem' || p.type === 'updateItem'));
    if (i >= 0) {
      const prev = queue[i] as PendingOp & { data: unknown };
      return queue.map((p, j) => (j === i ? ({ ...prev, data: op.data } as PendingOp) : p));
    }
    return [...queue, { ...op, opId }];
  }
  if (op.type === 'deleteItem') {
    const pendingCreate = queue.some((p) => p.type === 'createItem' && p.id === op.id && !p.inFlight);
    const rest = queue.filter((p) => !(waiting(p) && (p.type === 'createItem' || p.type === 'updateItem')));
    // Created and deleted before the server ever saw it: nothing to send.
    if (pendingCreate) return rest;
    return [...rest, { ...op, opId }];
  }
  return [...queue, { ...op, opId }];
}

/** A form's edit of a record: sent as its changed fields, each with the value it was based on. */
export type FieldEdit = Extract<Operation, { type: 'updateItem' | 'putSection' }> & { base: Fields };

export const isFieldEdit = (op: Operation): op is FieldEdit =>
  (op.type === 'updateItem' || op.type === 'putSection') && op.base !== undefined;

/** Whether a record edit still has something for the server: a changed field or a text set aside. */
export function hasChanges(op: Operation): boolean {
  if (!isFieldEdit(op)) return true;
  return changedFields(op.data as Fields, op.base).length > 0 || Object.keys(op.setAside ?? {}).length > 0;
}

/**
 * After the server stored a record (at `version`, with `stored` values for the fields just
 * sent), later writes to it build on that: whole-record edits on the version, field edits on
 * the stored value of each field sent.
 */
export function rebase(
  queue: readonly PendingOp[],
  done: Operation,
  version: number,
  stored: Fields = {},
): PendingOp[] {
  return queue.map((p) => {
    if (!sameTarget(p, done) || (p.type !== 'updateItem' && p.type !== 'putSection')) return p;
    if (isFieldEdit(p)) return { ...p, base: { ...p.base, ...stored } } as PendingOp;
    return { ...p, baseVersion: version };
  });
}

export type LoadedOutbox = { ops: PendingOp[]; unreadable: UnreadableEdit[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a stored queue, whatever release wrote it. Every entry goes through the domain's
 * upgrade; what cannot be read is set aside with its text (never dropped), so one damaged
 * entry neither stops the others nor breaks the screen. Never throws.
 */
export function load(raw: string | null): LoadedOutbox {
  if (!raw) return { ops: [], unreadable: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ops: [], unreadable: [{ raw, text: raw }] };
  }
  const entries = Array.isArray(parsed) ? (parsed as unknown[]) : [parsed];
  const ops: PendingOp[] = [];
  const unreadable: UnreadableEdit[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const result = upgradeOperation(entry);
    if (!result.ok) return void unreadable.push(result.unreadable);
    if (!sendable(entry, result.op)) return void unreadable.push({ raw: entry, text: textOf(entry) });
    // Local marks (in flight, refused, failed) are not kept: anything that was on its way
    // when the page closed is sent again (every write is idempotent), a refused edit is tried once more.
    const stored = isRecord(entry) ? entry.opId : undefined;
    const opId = typeof stored === 'string' && stored && !seen.has(stored) ? stored : `loaded-${i}`;
    seen.add(opId);
    ops.push({ ...result.op, opId } as PendingOp);
  });
  return { ops, unreadable };
}

/**
 * An upgraded edit that would do harm is set aside too: a section write without data
 * would empty the section on the server, and a value of the wrong type (a number for a
 * title, a word for a list) would break the form that shows it. Values that only break
 * a bound (too long, a date half typed) stay: they are drafts the form lets the person correct.
 */
function sendable(entry: unknown, op: Operation): boolean {
  if (op.type === 'putSection' && !(isRecord(entry) && isRecord(entry.data))) return false;
  const schema =
    op.type === 'putSection'
      ? SECTION_SCHEMAS[op.key]
      : op.type === 'createItem' || op.type === 'updateItem'
        ? ITEM_SCHEMAS[op.kind]
        : null;
  if (!schema || !('data' in op)) return true;
  const parsed = schema.safeParse(op.data);
  return (
    parsed.success || !parsed.error.issues.some((issue) => issue.code === 'invalid_type' && !numberAsTyped(op, issue))
  );
}

/** Text kept in a number field because it is not a number ("—"): the field shows it, and says so. */
function numberAsTyped(op: Operation, issue: { expected?: unknown; path: readonly PropertyKey[] }): boolean {
  if (issue.expected !== 'number' && issue.expected !== 'int') return false;
  const value = issue.path.reduce<unknown>(
    (at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    'data' in op ? op.data : undefined,
  );
  return typeof value === 'string';
}
