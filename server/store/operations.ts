import type { ChangedBy } from '@/domain';
import type { Database } from '../db/database';
import type { Write } from './changes';
import { nowIso } from './time';
import { lockWorkspace } from './workspaces';

/**
 * Runs `fn` in a transaction holding the workspace's write lock (404 when there is no such
 * workspace). Once committed, `published` hears of the events it recorded, for live updates.
 */
export async function writeInWorkspace<R>(
  db: Database,
  workspaceId: string,
  actor: ChangedBy,
  fn: (w: Write) => Promise<R>,
  published?: (workspaceId: string) => void,
): Promise<R> {
  let events = 0;
  const result = await db.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const w: Write = { tx, now: nowIso(), workspaceId, actor, events: 0 };
    const value = await fn(w);
    events = w.events;
    return value;
  });
  if (events > 0) published?.(workspaceId);
  return result;
}
