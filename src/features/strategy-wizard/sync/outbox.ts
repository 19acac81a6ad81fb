import type { Operation } from '@/domain';

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

/** After the server stored a record at `version`, later writes to it build on that version. */
export function rebase(queue: readonly PendingOp[], done: Operation, version: number): PendingOp[] {
  return queue.map((p) =>
    sameTarget(p, done) && (p.type === 'updateItem' || p.type === 'putSection') ? { ...p, baseVersion: version } : p,
  );
}

export function load(raw: string | null): PendingOp[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    // Anything that was in flight when the page closed is sent again: every write is idempotent.
    return (parsed as PendingOp[]).map(({ inFlight: _inFlight, ...op }) => op as PendingOp);
  } catch {
    return [];
  }
}
