import type { LiveChange } from '@/domain/live';
import type { ChangedBy, WorkflowState } from '@/domain';
import type { Queryable } from '../db/database';

// What every write to a workspace leaves behind besides the new data: an event for live
// updates (numbered in the order writes are stored: writes to one workspace hold its lock)
// and a line in the record's history (who, when, which fields, from what to what).

/** One write to one workspace: its transaction, time and author; counts the events it recorded. */
export type Write = {
  tx: Queryable;
  now: string;
  workspaceId: string;
  actor: ChangedBy;
  events: number;
  /** The workflow's state when the lock was taken. */
  state: WorkflowState;
};

export async function recordEvent(w: Write, change: LiveChange): Promise<void> {
  await w.tx.query('insert into workspace_events (workspace_id, at, payload) values ($1, $2, $3::jsonb)', [
    w.workspaceId,
    w.now,
    JSON.stringify({ at: w.now, by: w.actor, change }),
  ]);
  w.events += 1;
}

export type HistoryAction = 'created' | 'changed' | 'deleted' | 'setAside';
export type FieldChange = { from?: unknown; to?: unknown };

/** Edits by one person to one record within this time are one line of its history, as typing pauses come and go. */
const GROUP_MS = 5 * 60 * 1000;

type HistoryRow = { id: string; user_id: string | null; action: string; at: Date | string; fields: unknown };

/**
 * Adds a line to a record's history (`item:<id>` or `section:<key>`). A person's changes
 * in a row, minutes apart at most, join their last line: the first "from" stays, the last "to" wins.
 */
export async function recordHistory(
  w: Write,
  record: string,
  action: HistoryAction,
  fields: Record<string, FieldChange>,
): Promise<void> {
  if (action === 'changed') {
    const [last] = await w.tx.query<HistoryRow>(
      `select id, user_id, action, at, fields from record_history
       where workspace_id = $1 and record = $2 order by id desc limit 1`,
      [w.workspaceId, record],
    );
    const recent = last && Date.parse(w.now) - new Date(last.at).getTime() < GROUP_MS;
    if (last && recent && last.action === 'changed' && last.user_id === (w.actor?.id ?? null)) {
      const joined = { ...(last.fields as Record<string, FieldChange>) };
      for (const [field, change] of Object.entries(fields)) {
        const before = joined[field];
        joined[field] = before ? { from: before.from, to: change.to } : change;
      }
      await w.tx.query('update record_history set fields = $2::jsonb, at = $3 where id = $1', [
        last.id,
        JSON.stringify(joined),
        w.now,
      ]);
      return;
    }
  }
  await w.tx.query(
    `insert into record_history (workspace_id, record, at, first_at, user_id, user_name, action, fields)
     values ($1, $2, $3, $3, $4, $5, $6, $7::jsonb)`,
    [w.workspaceId, record, w.now, w.actor?.id ?? null, w.actor?.name ?? '', action, JSON.stringify(fields)],
  );
}

/** The changes of `fields` from `before` to `after`, for the history. */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
): Record<string, FieldChange> {
  return Object.fromEntries(fields.map((f) => [f, { from: before[f], to: after[f] }]));
}

export type HistoryEntry = {
  id: number;
  at: string;
  firstAt: string;
  by: { id: string; name: string } | null;
  action: HistoryAction;
  fields: Record<string, FieldChange>;
};

/** A record's history, newest first. */
export async function readHistory(
  q: Queryable,
  workspaceId: string,
  record: string,
  limit = 200,
): Promise<HistoryEntry[]> {
  const rows = await q.query<{
    id: string | number;
    at: Date | string;
    first_at: Date | string;
    user_id: string | null;
    user_name: string;
    action: HistoryAction;
    fields: Record<string, FieldChange>;
  }>(
    `select id, at, first_at, user_id, user_name, action, fields from record_history
     where workspace_id = $1 and record = $2 order by id desc limit $3`,
    [workspaceId, record, limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    firstAt: new Date(r.first_at).toISOString(),
    by: r.user_id ? { id: r.user_id, name: r.user_name } : null,
    action: r.action,
    fields: r.fields,
  }));
}
