import { applyOrder, ITEM_KINDS, upgradeItemData } from '@/domain';
import { checkCreateItem, checkReorder, checkUpdateItem } from '@/domain/store-rules';
import type { ItemData, ItemKind, StoredItem, Strategy } from '@/domain';
import type { Queryable } from '../db/database';
import { orThrow } from '../errors';
import { iso } from './time';
import { touchWorkspace } from './workspaces';

// List items. Positions within (workspace, kind) are kept dense, 0..n-1, so they double
// as the order the user sees. Every write here expects the workspace to be locked.

type ItemRow = {
  id: string;
  workspace_id: string;
  kind: ItemKind;
  position: number;
  version: number;
  data: unknown;
  updated_at: Date | string;
};

const COLUMNS = 'id, workspace_id, kind, position, version, data, updated_at';

const toItem = (r: ItemRow): StoredItem => ({
  id: r.id,
  kind: r.kind,
  position: r.position,
  version: r.version,
  updatedAt: iso(r.updated_at),
  // Rows written by any earlier release read in today's shape (src/domain/upgrade.ts).
  data: upgradeItemData(r.kind, r.data) as ItemData[ItemKind],
});

export async function listItems(q: Queryable, workspaceId: string): Promise<Strategy['items']> {
  const rows = await q.query<ItemRow>(
    `select ${COLUMNS} from items where workspace_id = $1 order by kind, position, id`,
    [workspaceId],
  );
  const items = Object.fromEntries(ITEM_KINDS.map((k) => [k, [] as StoredItem[]])) as Record<ItemKind, StoredItem[]>;
  for (const row of rows) items[row.kind].push(toItem(row));
  return items as Strategy['items'];
}

export async function getItem(
  q: Queryable,
  workspaceId: string,
  kind: ItemKind,
  id: string,
): Promise<StoredItem | undefined> {
  const [row] = await q.query<ItemRow>(
    `select ${COLUMNS} from items where id = $1 and workspace_id = $2 and kind = $3`,
    [id, workspaceId, kind],
  );
  return row && toItem(row);
}

async function countItems(q: Queryable, workspaceId: string, kind: ItemKind): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    'select count(*)::int as n from items where workspace_id = $1 and kind = $2',
    [workspaceId, kind],
  );
  return row?.n ?? 0;
}

/**
 * Creates the item at `position` (default: last). Creating an id that already exists in
 * this workspace and kind returns the stored item unchanged (`created: false`): see
 * checkCreateItem in src/domain/store-rules.ts.
 */
export async function createItem(
  q: Queryable,
  workspaceId: string,
  kind: ItemKind,
  input: { id: string; data: ItemData[ItemKind]; position?: number },
  now: string,
): Promise<{ item: StoredItem; created: boolean }> {
  const [existing] = await q.query<ItemRow>(`select ${COLUMNS} from items where id = $1`, [input.id]);
  // The count matters only for a new id; an existing one is answered without it.
  const count = existing ? 0 : await countItems(q, workspaceId, kind);
  const place = existing && { workspaceId: existing.workspace_id, kind: existing.kind };
  if (orThrow(checkCreateItem({ workspaceId, kind, count }, place)) === 'existing')
    return { item: toItem(existing as ItemRow), created: false };
  const position = Math.min(input.position ?? count, count);
  if (position < count) {
    await q.query('update items set position = position + 1 where workspace_id = $1 and kind = $2 and position >= $3', [
      workspaceId,
      kind,
      position,
    ]);
  }
  // Version counts stored writes, as for sections: the first one is version 1.
  const [row] = await q.query<ItemRow>(
    `insert into items (id, workspace_id, kind, position, data, version, created_at, updated_at)
     values ($1, $2, $3, $4, $5::jsonb, 1, $6, $6) returning ${COLUMNS}`,
    [input.id, workspaceId, kind, position, JSON.stringify(input.data), now],
  );
  await touchWorkspace(q, workspaceId, now);
  return { item: toItem(row as ItemRow), created: true };
}

export async function updateItem(
  q: Queryable,
  workspaceId: string,
  kind: ItemKind,
  input: { id: string; data: ItemData[ItemKind]; baseVersion?: number },
  now: string,
): Promise<StoredItem> {
  const current = await getItem(q, workspaceId, kind, input.id);
  const version = orThrow(checkUpdateItem(current, input.baseVersion));
  const [row] = await q.query<ItemRow>(
    `update items set data = $2::jsonb, version = $3, updated_at = $4 where id = $1 returning ${COLUMNS}`,
    [input.id, JSON.stringify(input.data), version, now],
  );
  await touchWorkspace(q, workspaceId, now);
  return toItem(row as ItemRow);
}

/** Deleting an item that is not there is not an error: the retry of a delete finds nothing. */
export async function deleteItem(
  q: Queryable,
  workspaceId: string,
  kind: ItemKind,
  id: string,
  now: string,
): Promise<void> {
  const [gone] = await q.query<{ position: number }>(
    'delete from items where id = $1 and workspace_id = $2 and kind = $3 returning position',
    [id, workspaceId, kind],
  );
  if (!gone) return;
  await q.query('update items set position = position - 1 where workspace_id = $1 and kind = $2 and position > $3', [
    workspaceId,
    kind,
    gone.position,
  ]);
  await touchWorkspace(q, workspaceId, now);
}

/** Puts the named items first in the given order (applyOrder); every id must be an item of this kind. */
export async function reorderItems(
  q: Queryable,
  workspaceId: string,
  kind: ItemKind,
  ids: string[],
  now: string,
): Promise<void> {
  const rows = await q.query<{ id: string; position: number }>(
    'select id, position from items where workspace_id = $1 and kind = $2 order by position, id',
    [workspaceId, kind],
  );
  const first = orThrow(checkReorder(kind, new Set(rows.map((r) => r.id)), ids));
  const ordered = applyOrder(rows, first);
  for (const [position, row] of ordered.entries()) {
    if (row.position !== position) await q.query('update items set position = $2 where id = $1', [row.id, position]);
  }
  await touchWorkspace(q, workspaceId, now);
}
