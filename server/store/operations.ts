import { randomUUID } from 'node:crypto';
import type { Operation, Workspace } from '@/domain';
import type { Database, Queryable } from '../db/database';
import { createItem, deleteItem, reorderItems, updateItem } from './items';
import { putSection } from './sections';
import { nowIso } from './time';
import { createWorkspace, getWorkspace, lockWorkspace } from './workspaces';

/**
 * Applies domain operations (the sample, an imported backup) through the same store
 * functions the routes use. Pass a transaction: either all of them apply or none.
 */
export async function applyOperations(
  tx: Queryable,
  workspaceId: string,
  ops: readonly Operation[],
  now: string,
): Promise<void> {
  await lockWorkspace(tx, workspaceId);
  for (const op of ops) {
    switch (op.type) {
      case 'putSection':
        await putSection(tx, workspaceId, op.key, op.data, op.baseVersion, now);
        break;
      case 'createItem':
        await createItem(tx, workspaceId, op.kind, { id: op.id, data: op.data, position: op.position }, now);
        break;
      case 'updateItem':
        await updateItem(tx, workspaceId, op.kind, { id: op.id, data: op.data, baseVersion: op.baseVersion }, now);
        break;
      case 'deleteItem':
        await deleteItem(tx, workspaceId, op.kind, op.id, now);
        break;
      case 'reorder':
        await reorderItems(tx, workspaceId, op.kind, op.ids, now);
        break;
    }
  }
}

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

/** Creates a workspace and fills it in one transaction (seed, import): a failure leaves no half workspace. */
export async function createWorkspaceWith(db: Database, name: string, ops: readonly Operation[]): Promise<Workspace> {
  return db.transaction(async (tx) => {
    const now = nowIso();
    const workspace = await createWorkspace(tx, randomUUID(), name, now);
    await applyOperations(tx, workspace.id, ops, now);
    return (await getWorkspace(tx, workspace.id)) ?? workspace;
  });
}
