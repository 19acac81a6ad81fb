import type { ItemKind, Operation, SectionKey } from '@/domain';
import { invalidFields, stripLocal } from './operation-rules';
import type { Conflict, Queued } from './operation-rules';

// What the screen says about saving, derived from the queue alone so that it cannot drift
// from what is really kept and sent. Never "saved" while anything waits.

export type SaveStatus =
  | 'saved'
  | 'pending'
  | 'saving'
  | 'offline'
  | 'retrying'
  | 'invalid'
  | 'rejected'
  | 'failed'
  | 'unstored'
  | 'signedOut'
  | 'paused'
  | 'conflict';

/** One field waiting for the person's choice between their text and someone else's. */
export type FieldConflict = Conflict & {
  target: { type: 'item'; kind: ItemKind; id: string } | { type: 'section'; key: SectionKey };
  field: string;
  mine: unknown;
};

/** A record whose edit waits on this device because a field of it is not valid yet (an e-mail without its domain). */
export type InvalidEdit = {
  target: { type: 'item'; kind: ItemKind; id: string } | { type: 'section'; key: SectionKey };
  fields: string[];
};

/** An edit held back while the others go on: refused by the server, or failing there and retried alone. */
export type StuckEdit = { op: Operation; reason: 'refused' | 'failed'; message: string | null };

export type Conditions = {
  /** The queue could not be written to this device: only the open page holds it. */
  unstored: boolean;
  /** The session ended: everything waits on this device for the same person to sign in again. */
  signedOut: boolean;
  /** The workflow paused editing: everything waits on this device until the strategy is open again. */
  paused: boolean;
  /** The server is away: the whole queue waits until `queueRetryAt`. */
  networkDown: boolean;
  online: boolean;
  queueRetryAt: number | null;
  /** Why the server is away, when it said. */
  message: string | null;
};

/** The record a queued edit is for. */
const recordTarget = (
  p: Extract<Queued, { type: 'createItem' | 'updateItem' | 'putSection' }>,
): InvalidEdit['target'] =>
  p.type === 'putSection' ? { type: 'section', key: p.key } : { type: 'item', kind: p.kind, id: p.id };

export function deriveStatus(queue: readonly Queued[], c: Conditions) {
  // Each record edit is checked once per change of the queue (this runs as the person types).
  const invalid = queue.flatMap((p): InvalidEdit[] => {
    if (p.type !== 'createItem' && p.type !== 'updateItem' && p.type !== 'putSection') return [];
    const fields = invalidFields(p);
    return fields ? [{ target: recordTarget(p), fields }] : [];
  });
  const rejected = queue.find((p) => p.rejected !== undefined);
  const failed = queue.flatMap((p) => (p.failed ? [p.failed] : []));
  // Most urgent first: an edit only in this page's memory, then what is happening now, then what waits.
  const status: SaveStatus =
    queue.length === 0
      ? 'saved'
      : c.unstored
        ? 'unstored'
        : queue.some((p) => p.inFlight)
          ? 'saving'
          : c.signedOut
            ? 'signedOut'
            : c.paused
              ? 'paused'
              : c.networkDown
                ? c.online
                  ? 'retrying'
                  : 'offline'
                : queue.some((p) => p.conflicts && Object.keys(p.conflicts).length > 0)
                  ? 'conflict'
                  : rejected
                    ? 'rejected'
                    : failed.length > 0
                      ? 'failed'
                      : invalid.length > 0
                        ? 'invalid'
                        : 'pending';
  return {
    status,
    message: rejected?.rejected ?? (status === 'retrying' ? c.message : null),
    nextRetryAt: c.networkDown ? c.queueRetryAt : failed.length > 0 ? Math.min(...failed.map((f) => f.retryAt)) : null,
    conflicts: queue.flatMap((p): FieldConflict[] => {
      if (!p.conflicts || (p.type !== 'updateItem' && p.type !== 'putSection')) return [];
      const target = recordTarget(p);
      const data = p.data as Record<string, unknown>;
      return Object.entries(p.conflicts).map(([field, c]) => ({ ...c, target, field, mine: data[field] }));
    }),
    invalid,
    stuck: queue.flatMap((p): StuckEdit[] =>
      p.rejected !== undefined
        ? [{ op: stripLocal(p), reason: 'refused', message: p.rejected }]
        : p.failed
          ? [{ op: stripLocal(p), reason: 'failed', message: p.failed.message }]
          : [],
    ),
  };
}
