import type { LiveEvent } from '@/domain/live';
import type { Queryable } from '../db/database';
import { iso } from '../store/time';

// The workspace_events table: what live updates deliver, and what a reconnecting client
// catches up on. Kept for a day; a client away longer fetches the whole strategy again.

type EventRow = { seq: string | number; payload: Omit<LiveEvent, 'seq'> };

/** The number of the last event of a workspace (0 when there is none). */
export async function latestEvent(q: Queryable, workspaceId: string): Promise<number> {
  const [row] = await q.query<{ seq: string | number | null }>(
    'select max(seq) as seq from workspace_events where workspace_id = $1',
    [workspaceId],
  );
  return Number(row?.seq ?? 0);
}

/** Events of a workspace after `since`, oldest first, at most `limit`. */
export async function eventsSince(
  q: Queryable,
  workspaceId: string,
  since: number,
  limit: number,
): Promise<LiveEvent[]> {
  const rows = await q.query<EventRow>(
    'select seq, payload from workspace_events where workspace_id = $1 and seq > $2 order by seq limit $3',
    [workspaceId, since, limit],
  );
  return rows.map((r) => ({ ...r.payload, at: iso(r.payload.at), seq: Number(r.seq) }));
}

export const EVENTS_KEPT_MS = 24 * 60 * 60 * 1000;

export async function deleteOldEvents(q: Queryable, now: Date): Promise<void> {
  await q.query('delete from workspace_events where at < $1', [new Date(now.getTime() - EVENTS_KEPT_MS).toISOString()]);
}
