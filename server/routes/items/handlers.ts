import type { Context } from 'hono';
import { createItemBody, ITEM_SCHEMAS, ItemResponse, ReorderBody, updateItemBody } from '@/domain';
import type { ItemKind, StoredItem } from '@/domain';
import type { AppEnv } from '../../http/env';
import { workspaceParam } from '../../auth/guard';
import { itemKindParam, readBody, uuidParam } from '../../http/request';
import { writeAs } from '../../http/write';
import { createItem, deleteItem, reorderItems, updateItem } from '../../store/items';

type C = Context<AppEnv>;

const itemResponse = (kind: ItemKind, item: StoredItem) =>
  ItemResponse.extend({ data: ITEM_SCHEMAS[kind] }).parse(item);

/** 201 when created, 200 with the stored item when this id was already created (a retried request). */
export async function create(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const kind = itemKindParam(c);
  const body = await readBody(c, createItemBody(kind));
  const { item, created } = await writeAs(c, id, (w) => createItem(w, kind, body));
  return c.json(itemResponse(kind, item), created ? 201 : 200);
}

/** The whole item (`data`, `version`) or its changed fields (`changes`, `base`): 409 names the fields in conflict. */
export async function update(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const kind = itemKindParam(c);
  const itemId = uuidParam(c, 'itemId', 'Item');
  const body = await readBody(c, updateItemBody(kind));
  const item = await writeAs(c, id, (w) => updateItem(w, kind, itemId, body));
  return c.json(itemResponse(kind, item));
}

export async function remove(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const kind = itemKindParam(c);
  const itemId = uuidParam(c, 'itemId', 'Item');
  await writeAs(c, id, (w) => deleteItem(w, kind, itemId));
  return c.body(null, 204);
}

export async function reorder(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const kind = itemKindParam(c);
  const { ids } = await readBody(c, ReorderBody);
  await writeAs(c, id, (w) => reorderItems(w, kind, ids));
  return c.body(null, 204);
}
