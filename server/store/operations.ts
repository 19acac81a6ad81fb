import type { ChangedBy } from '@/domain';
import type { Database } from '../db/database';
import type { Write } from './changes';
import { checkContentEditable } from '@/domain/store-rules';
import { orThrow } from '../errors';
import { nowIso } from './time';
import { lockWorkspace } from './workspaces';

/**
 * Runs `fn` in a transaction holding the workspace's write lock (404 when there is no such
 * workspace). A write of `content` is refused (409) while the workflow pauses editing (in
 * review, approved, submitted, accepted); the workflow's steps and comments go alongside it. Once
 * committed, `published` hears of the events it recorded, for live updates.
 */
export async function writeInWorkspace<R>(
  db: Database,
  workspaceId: string,
  actor: ChangedBy,
  fn: (w: Write) => Promise<R>,
  published?: (workspaceId: string) => void,
  what: 'content' | 'alongside' = 'content',
): Promise<R> {
  let events = 0;
  const result = await db.transaction(async (tx) => {
    const state = await lockWorkspace(tx, workspaceId);
    if (what === 'content') orThrow(checkContentEditable(state));
    const w: Write = { tx, now: nowIso(), workspaceId, actor, events: 0, state };
    const value = await fn(w);
    events = w.events;
    return value;
  });
  if (events > 0) published?.(workspaceId);
  return result;
}
