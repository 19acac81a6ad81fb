import type { Database, Queryable } from '../db/database';
import { nowIso } from './time';
import { lockWorkspace } from './workspaces';

/** Runs `fn` in a transaction holding the workspace's write lock; 404 when there is no such workspace. */
export async function writeInWorkspace<R>(
  db: Database,
  workspaceId: string,
  fn: (tx: Queryable, now: string) => Promise<R>,
): Promise<R> {
  return db.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    return fn(tx, nowIso());
  });
}
