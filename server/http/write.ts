import type { Context } from 'hono';
import type { Write } from '../store/changes';
import { writeInWorkspace } from '../store/operations';
import type { AppEnv } from './env';

/** A write to a workspace by the signed-in person: recorded with their name, delivered live once committed. */
export function writeAs<R>(
  c: Context<AppEnv>,
  workspaceId: string,
  fn: (w: Write) => Promise<R>,
  what: 'content' | 'alongside' = 'content',
): Promise<R> {
  const user = c.var.auth?.user;
  const actor = user ? { id: user.id, name: user.name } : null;
  return writeInWorkspace(c.var.db, workspaceId, actor, fn, (id) => c.var.live.published(id), what);
}
