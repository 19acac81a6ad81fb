import { applyOrder, ITEM_KINDS, ITEM_SCHEMAS, upgradeItemData } from '@/domain';
import { checkCreateItem, checkFieldEdit, checkReorder, checkUpdateItem } from '@/domain/store-rules';
import type { ChangedBy, ItemData, ItemKind, StoredItem, Strategy } from '@/domain';
import type { Queryable } from '../db/database';
import { orThrow } from '../errors';
import { ENGLISH_ERRORS } from '../http/messages';
import { fieldChanges, recordEvent, recordHistory } from './changes';
import type { Write } from './changes';
import { iso } from './time';
import { touchWorkspace } from './workspaces';

// List items. Positions within (workspace, kind) are kept dense, 0..n-1, so they double
// as the order the user sees. Every write here runs in a Write (writeInWorkspace): the
// workspace is locked, and each change leaves an event and a line of history.

type ItemRow = {
  id: string;
  workspace_id: string;
  kind: ItemKind;
  position: number;
  version: number;
  data: unknown;
  updated_at: Date | string;
  updated_by: string | null;
  updated_by_name: string | null;
};

const COLUMNS = `i.id, i.workspace_id, i.kind, i.position, i.version, i.data, i.updated_at, i.updated_by,
  u.name as updated_by_name`;
const FROM = 'items i left join users u on u.id = i.updated_by';

const changedBy = (id: string | null, name: string | null): ChangedBy => (id ? { id, name: name ?? '' } : null);

const toItem = (r: ItemRow): StoredItem => ({
  id: r.id,
  kind: r.kind,
  position: r.position,
  version: r.version,
  updatedAt: iso(r.updated_at),
  updatedBy: changedBy(r.updated_by, r.updated_by_name),
  // Rows written by any earlier release read in today's shape (src/domain/upgrade.ts).
  data: upgradeItemData(r.kind, r.data) as ItemData[ItemKind],
});

export async function listItems(q: Queryable, workspaceId: string): Promise<Strategy['items']> {
  const rows = await q.query<ItemRow>(
    `select ${COLUMNS} from ${FROM} where i.workspace_id = $1 order by i.kind, i.position, i.id`,
    [workspaceId],
  );
  const items = Object.fromEntries(ITEM_KINDS.map((k) => [k, [] as StoredItem[]])) as Record<ItemKind, StoredItem[]>;
  for (const row of rows) items[row.kind].push(toItem(row));
  return items as Strategy['items'];
}

/** The items of several workspaces in one query (a programme's dashboard), by workspace. */
export async function listItemsOfMany(
  q: Queryable,
  workspaceIds: readonly string[],
): Promise<Map<string, Strategy['items']>> {
  const rows = await q.query<ItemRow>(
    `select ${COLUMNS} from ${FROM}
     where i.workspace_id in (select value::uuid from jsonb_array_elements_text($1::jsonb))
     order by i.workspace_id, i.kind, i.position, i.id`,
    [JSON.stringify(workspaceIds)],
  );
  const byWorkspace = new Map<string, Record<ItemKind, StoredItem[]>>();
  for (const id of workspaceIds) {
    byWorkspace.set(
      id,
      Object.fromEntries(ITEM_KINDS.map((k) => [k, [] as StoredItem[]])) as Record<ItemKind, StoredItem[]>,
    );
  }
  for (const row of rows) byWorkspace.get(row.workspace_id)?.[row.kind].push(toItem(row));
  return byWorkspace as Map<string, Strategy['items']>;
}

export async function getItem(
  q: Queryable,
  workspaceId: string,
  kind: ItemKind,
  id: string,
): Promise<StoredItem | undefined> {
  const [row] = await q.query<ItemRow>(
    `select ${COLUMNS} from ${FROM} where i.id = $1 and i.workspace_id = $2 and i.kind = $3`,
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

/** Stores data and version and says who did it; the stored item as everyone now sees it. */
async function storeItem(w: Write, kind: ItemKind, id: string, data: unknown, version: number): Promise<StoredItem> {
  await w.tx.query('update items set data = $2::jsonb, version = $3, updated_at = $4, updated_by = $5 where id = $1', [
    id,
    JSON.stringify(data),
    version,
    w.now,
    w.actor?.id ?? null,
  ]);
  await touchWorkspace(w.tx, w.workspaceId, w.now);
  const item = (await getItem(w.tx, w.workspaceId, kind, id)) as StoredItem;
  await recordEvent(w, { type: 'item', item });
  return item;
}

/**
 * Creates the item at `position` (default: last). Creating an id that already exists in
 * this workspace and kind returns the stored item unchanged (`created: false`): see
 * checkCreateItem in src/domain/store-rules.ts.
 */
export async function createItem(
  w: Write,
  kind: ItemKind,
  input: { id: string; data: ItemData[ItemKind]; position?: number },
): Promise<{ item: StoredItem; created: boolean }> {
  const { tx, workspaceId } = w;
  const [existing] = await tx.query<ItemRow>(`select ${COLUMNS} from ${FROM} where i.id = $1`, [input.id]);
  // The count matters only for a new id; an existing one is answered without it.
  const count = existing ? 0 : await countItems(tx, workspaceId, kind);
  const place = existing && { workspaceId: existing.workspace_id, kind: existing.kind };
  if (orThrow(checkCreateItem({ workspaceId, kind, count }, place)) === 'existing')
    return { item: toItem(existing as ItemRow), created: false };
  const position = Math.min(input.position ?? count, count);
  if (position < count) {
    await tx.query(
      'update items set position = position + 1 where workspace_id = $1 and kind = $2 and position >= $3',
      [workspaceId, kind, position],
    );
  }
  // Version counts stored writes, as for sections: the first one is version 1.
  await tx.query(
    `insert into items (id, workspace_id, kind, position, data, version, created_at, updated_at, updated_by)
     values ($1, $2, $3, $4, $5::jsonb, 1, $6, $6, $7)`,
    [input.id, workspaceId, kind, position, JSON.stringify(input.data), w.now, w.actor?.id ?? null],
  );
  await touchWorkspace(tx, workspaceId, w.now);
  const item = (await getItem(tx, workspaceId, kind, input.id)) as StoredItem;
  await recordEvent(w, { type: 'item', item });
  await recordHistory(w, `item:${item.id}`, 'created', {});
  return { item, created: true };
}

export type RecordEditInput = {
  /** A whole record, checked against `version` when given (clients of older releases). */
  data?: unknown;
  version?: number;
  /** Changed fields, each with the value it was based on (src/domain/merge.ts). */
  changes?: Record<string, unknown>;
  base?: Record<string, unknown>;
  /** Texts let go in a conflict: kept in the history. */
  setAside?: Record<string, unknown>;
};

export async function updateItem(w: Write, kind: ItemKind, id: string, input: RecordEditInput): Promise<StoredItem> {
  const current = await getItem(w.tx, w.workspaceId, kind, id);
  const record = `item:${id}`;
  if (input.data !== undefined) {
    const version = orThrow(checkUpdateItem(current, input.version));
    const stored = current as StoredItem;
    const before = stored.data as Record<string, unknown>;
    const after = input.data as Record<string, unknown>;
    const changed = Object.keys(after).filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
    const item = await storeItem(w, kind, id, input.data, version);
    if (changed.length > 0) await recordHistory(w, record, 'changed', fieldChanges(before, after, changed));
    return item;
  }
  if (!current) orThrow(checkUpdateItem(current, undefined));
  const stored = current as StoredItem;
  const write = orThrow(
    checkFieldEdit(
      stored,
      { changes: input.changes ?? {}, base: input.base ?? {} },
      ITEM_SCHEMAS[kind],
      'item',
      ENGLISH_ERRORS,
    ),
  );
  if (input.setAside && Object.keys(input.setAside).length > 0) {
    const aside = Object.fromEntries(Object.entries(input.setAside).map(([f, text]) => [f, { from: text }]));
    await recordHistory(w, record, 'setAside', aside);
  }
  if (write.changed.length === 0) return stored;
  const item = await storeItem(w, kind, id, write.data, write.version);
  await recordHistory(
    w,
    record,
    'changed',
    fieldChanges(stored.data as Record<string, unknown>, write.data, write.changed),
  );
  return item;
}

/** Deleting an item that is not there is not an error: the retry of a delete finds nothing. */
export async function deleteItem(w: Write, kind: ItemKind, id: string): Promise<void> {
  const { tx, workspaceId } = w;
  const [gone] = await tx.query<{ position: number; data: unknown }>(
    'delete from items where id = $1 and workspace_id = $2 and kind = $3 returning position, data',
    [id, workspaceId, kind],
  );
  if (!gone) return;
  await tx.query('update items set position = position - 1 where workspace_id = $1 and kind = $2 and position > $3', [
    workspaceId,
    kind,
    gone.position,
  ]);
  await touchWorkspace(tx, workspaceId, w.now);
  await recordEvent(w, { type: 'itemDeleted', kind, id });
  // What it held stays in its history, to be brought back.
  const data = upgradeItemData(kind, gone.data) as Record<string, unknown>;
  await recordHistory(
    w,
    `item:${id}`,
    'deleted',
    Object.fromEntries(Object.entries(data).map(([f, v]) => [f, { from: v }])),
  );
}

/** Puts the named items first in the given order (applyOrder); every id must be an item of this kind. */
export async function reorderItems(w: Write, kind: ItemKind, ids: string[]): Promise<void> {
  const { tx, workspaceId } = w;
  const rows = await tx.query<{ id: string; position: number }>(
    'select id, position from items where workspace_id = $1 and kind = $2 order by position, id',
    [workspaceId, kind],
  );
  const first = orThrow(checkReorder(kind, new Set(rows.map((r) => r.id)), ids));
  const ordered = applyOrder(rows, first);
  for (const [position, row] of ordered.entries()) {
    if (row.position !== position) await tx.query('update items set position = $2 where id = $1', [row.id, position]);
  }
  await touchWorkspace(tx, workspaceId, w.now);
  await recordEvent(w, { type: 'order', kind, ids: ordered.map((r) => r.id) });
}
