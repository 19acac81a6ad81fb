import { applyOperation, changedFields, EMPTY_ITEMS, EMPTY_SECTIONS, ITEM_SCHEMAS, SECTION_SCHEMAS } from '@/domain';
import type { ChangedBy, Fields, Operation, StoredItem, Strategy } from '@/domain';
import type { SendResult } from '../api/send-operation';
import { isFieldEdit } from './outbox';
import type { PendingOp } from './outbox';

// Small rules the save engine applies to one queued operation: which record it writes,
// whether it may be sent, how it is held back, and what the server's answer changes in
// the confirmed strategy.

/** A failure at the server that concerns this edit alone: it is tried again at `retryAt`. */
export type Failure = { message: string | null; attempts: number; retryAt: number };

/**
 * A field someone else changed differently while this person was editing it: their text
 * waits in the queue, on screen, until the person chooses. `base` is what both started from.
 */
export type Conflict = { theirs: unknown; base: unknown; by: ChangedBy; at: string | null };

/** A queued edit with what the engine knows of it: refused (with the server's message), failing, or in conflict. */
export type Queued = PendingOp & {
  rejected?: string;
  failed?: Failure;
  conflicts?: Readonly<Record<string, Conflict>>;
};

/** The fields a record edit sends now: those changed, less those waiting for the person's choice. */
export function fieldsToSend(op: Queued): string[] {
  if (!isFieldEdit(op)) return [];
  return changedFields(op.data as Fields, op.base).filter((f) => !op.conflicts?.[f]);
}

/** An edit that waits for a choice and has nothing else to send. */
export function heldByConflict(op: Queued): boolean {
  return (
    isFieldEdit(op) &&
    Object.keys(op.conflicts ?? {}).length > 0 &&
    fieldsToSend(op).length === 0 &&
    Object.keys(op.setAside ?? {}).length === 0
  );
}

export const targetKey = (op: Operation) =>
  op.type === 'putSection' ? `s:${op.key}` : op.type === 'reorder' ? `o:${op.kind}` : `i:${op.id}`;

export const isVersioned = (op: Operation): op is Extract<Operation, { baseVersion?: number }> =>
  op.type === 'updateItem' || op.type === 'putSection';

/** A record edit checked against its record's rules; other operations have none. */
function checkRecord(op: Operation) {
  if (op.type === 'putSection') return SECTION_SCHEMAS[op.key].safeParse(op.data);
  if (op.type === 'createItem' || op.type === 'updateItem') return ITEM_SCHEMAS[op.kind].safeParse(op.data);
  return null;
}

/**
 * The fields of a record edit its rules refuse, in the order found, or null when it is valid.
 * Such a draft waits on this device until corrected: the server would refuse it.
 */
export function invalidFields(op: Operation): string[] | null {
  const result = checkRecord(op);
  if (!result || result.success) return null;
  return [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')).filter(Boolean))];
}

/** Drafts that break a field's bounds wait on this device until corrected: the server would refuse them. */
export function isValid(op: Operation): boolean {
  return checkRecord(op)?.success ?? true;
}

/**
 * An edit with a field its rules refuse ("—" typed as a baseline, "maria@" as an e-mail) does
 * not hold back the rest of the record: what is valid goes now, the refused field waits on
 * this device, as typed, until the person corrects it. Returns the edits to queue in its place
 * (the first to send now), or null when nothing valid can go.
 *
 * - A new item is created at once with the refused field empty, so it takes its place in the
 *   list on the server like any other; the field follows as an edit of the item.
 * - A form's edit sends its valid changed fields with the refused ones as the server has them;
 *   the edit itself stays queued and, once the server has the rest, holds only those fields.
 *   (An edit waiting for a conflict's choice, or with text set aside, is left whole.)
 */
export function splitInvalidEdit(op: Queued, newId: string): [Queued, Queued] | null {
  const refused = invalidFields(op) ?? [];
  if (op.type === 'createItem') {
    const empty = EMPTY_ITEMS[op.kind] as Fields;
    const data: Record<string, unknown> = { ...(op.data as Fields) };
    for (const field of refused) if (field in empty) data[field] = empty[field];
    const create = { ...op, data } as Queued;
    if (!isValid(create)) return null;
    const update = { type: 'updateItem', kind: op.kind, id: op.id, data: op.data, base: data, opId: newId } as Queued;
    return [create, update];
  }
  if (!isFieldEdit(op) || op.conflicts || op.setAside) return null;
  const changed = changedFields(op.data as Fields, op.base);
  if (!changed.some((field) => !refused.includes(field))) return null;
  const empty = (op.type === 'putSection' ? EMPTY_SECTIONS[op.key] : EMPTY_ITEMS[op.kind]) as Fields;
  const data: Record<string, unknown> = { ...(op.data as Fields) };
  for (const field of refused) data[field] = field in op.base ? op.base[field] : empty[field];
  const valid = { ...op, data, opId: newId } as Queued;
  if (!isValid(valid)) return null;
  return [valid, op];
}

export function applyResult(old: Strategy, op: Operation, result: SendResult): Strategy {
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

/** The operation as the server receives it, without the engine's marks. */
export function stripLocal(op: Queued): Operation {
  const { opId: _opId, inFlight: _inFlight, rejected: _rejected, failed: _failed, conflicts: _c, ...rest } = op;
  return rest as Operation;
}

/** A new version of a held edit is worth trying: the person may have corrected it. */
export function unmarked(op: Queued): Queued {
  const { rejected: _rejected, failed: _failed, ...rest } = op;
  return rest as Queued;
}
