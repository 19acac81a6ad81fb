import type { Context } from 'hono';
import { createItemBody, ITEM_SCHEMAS, ItemResponse, ReorderBody, updateItemBody } from '@/domain';
import type { ItemKind, StoredItem } from '@/domain';
import type { AppEnv } from '../../http/env';
import { workspaceParam } from '../../auth/guard';
import { itemKindParam, readBody, uuidParam } from '../../http/request';
import { createItem, deleteItem, reorderItems, updateItem } from '../../store/items';
import { writeInWorkspace } from '../../store/operations';

type C = Context<AppEnv>;

const itemResponse = (kind: ItemKind, item: StoredItem) =>
  ItemResponse.extend({ data: ITEM_SCHEMAS[kind] }).parse(item);

/** 201 when created, 200 with the stored item when this id was already created (a retried request). */
export async function create(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const kind = itemKindParam(c);
  const body = await readBody(c, createItemBody(kind));
  const { item, created } = await writeInWorkspace(c.var.db, id, (tx, now) => createItem(tx, id, kind, body, now));
  return c.json(itemResponse(kind, item), created ? 201 : 200);
}

export async function update(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const kind = itemKindParam(c);
  const itemId = uuidParam(c, 'itemId', 'Item');
  const body = await readBody(c, updateItemBody(kind));
  const item = await writeInWorkspace(c.var.db, id, (tx, now) =>
    updateItem(tx, id, kind, { id: itemId, data: body.data, baseVersion: body.version }, now),
  );
  return c.json(itemResponse(kind, item));
}

export async function remove(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const kind = itemKindParam(c);
  const itemId = uuidParam(c, 'itemId', 'Item');
  await writeInWorkspace(c.var.db, id, (tx, now) => deleteItem(tx, id, kind, itemId, now));
  return c.body(null, 204);
}

export async function reorder(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const kind = itemKindParam(c);
  const { ids } = await readBody(c, ReorderBody);
  await writeInWorkspace(c.var.db, id, (tx, now) => reorderItems(tx, id, kind, ids, now));
  return c.body(null, 204);
}
