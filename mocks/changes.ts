import type { z } from 'zod';
import { applyOperation, ITEM_SCHEMAS, SECTION_SCHEMAS } from '@/domain';
import { checkCreateItem, checkFieldEdit, checkPutSection, checkReorder, checkUpdateItem } from '@/domain/store-rules';
import type { RecordWrite, Versioned } from '@/domain/store-rules';
import common from '../locales/en/common.json';
import type {
  ChangedBy,
  RecordBody,
  ItemData,
  ItemKind,
  Operation,
  SectionKey,
  StoredItem,
  StoredSection,
  Strategy,
} from '@/domain';
import type { ItemPlace, Ruled } from '@/domain/store-rules';

// One change to one strategy, as the server's store makes it: each asks the rule of
// src/domain/store-rules.ts the server asks, then applies a domain operation. Pure, apart
// from `places`, which a created item joins.

/** The strategy after the change and what the request answers, or the refusal. */
export type Change<R> = Ruled<{ next: Strategy; value: R }>;
/** Where each item id lives, across all workspaces (ids are unique across them, as on the server). */
export type Places = Map<string, ItemPlace>;

const allow = <T>(value: T): Ruled<T> => ({ ok: true, value });

/** A record written whole, or field by field (see src/domain/merge.ts), as the server's store does it. */
function writeRecord(
  current: Versioned,
  edit: RecordBody,
  schema: z.ZodType,
  what: 'item' | 'section',
): Ruled<RecordWrite> {
  if (edit.data !== undefined) {
    const check = what === 'item' ? checkUpdateItem(current, edit.version) : checkPutSection(current, edit.version);
    if (!check.ok) return check;
    return allow({ data: edit.data as Record<string, unknown>, changed: ['*'], version: check.value });
  }
  return checkFieldEdit(current, { changes: edit.changes ?? {}, base: edit.base ?? {} }, schema, what, common.errors);
}

export function putSection<K extends SectionKey>(
  s: Strategy,
  key: K,
  edit: RecordBody,
  t: string,
  by: ChangedBy = null,
): Change<StoredSection<K>> {
  const current = s.sections[key] as StoredSection<K>;
  const write = writeRecord(current, edit, SECTION_SCHEMAS[key], 'section');
  if (!write.ok) return write;
  if (write.value.changed.length === 0) return allow({ next: s, value: current });
  const section = {
    version: write.value.version,
    updatedAt: t,
    updatedBy: by,
    data: write.value.data,
  } as StoredSection<K>;
  return allow({ next: touch({ ...s, sections: { ...s.sections, [key]: section } }, t), value: section });
}

export function createItem(
  s: Strategy,
  kind: ItemKind,
  input: { id: string; data: ItemData[ItemKind]; position?: number },
  t: string,
  places: Places,
  by: ChangedBy = null,
): Change<{ item: StoredItem; created: boolean }> {
  const id = input.id.toLowerCase();
  const list = s.items[kind] as StoredItem[];
  const decision = checkCreateItem({ workspaceId: s.workspace.id, kind, count: list.length }, places.get(id));
  if (!decision.ok) return decision;
  if (decision.value === 'existing') {
    return allow({ next: s, value: { item: list.find((i) => i.id === id) as StoredItem, created: false } });
  }
  const op: Operation = { type: 'createItem', kind, id, data: input.data, position: input.position };
  const next = applyOperation(s, op, t);
  // Version counts stored writes, as on the server: the first one is version 1.
  const item = { ...(next.items[kind] as StoredItem[]).find((i) => i.id === id)!, version: 1, updatedBy: by };
  places.set(id, { workspaceId: s.workspace.id, kind });
  return allow({ next: touch(replaceItem(next, item), t), value: { item, created: true } });
}

export function updateItem(
  s: Strategy,
  kind: ItemKind,
  input: { id: string } & RecordBody,
  t: string,
  by: ChangedBy = null,
): Change<StoredItem> {
  const current = (s.items[kind] as StoredItem[]).find((i) => i.id === input.id.toLowerCase());
  if (!current) return checkUpdateItem(current, undefined) as Change<StoredItem>;
  const write = writeRecord(current, input, ITEM_SCHEMAS[kind], 'item');
  if (!write.ok) return write;
  if (write.value.changed.length === 0) return allow({ next: s, value: current });
  const item = {
    ...current,
    data: write.value.data,
    version: write.value.version,
    updatedAt: t,
    updatedBy: by,
  } as StoredItem;
  return allow({ next: touch(replaceItem(s, item), t), value: item });
}

/** Deleting an item that is not there is not an error: the retry of a delete finds nothing. */
export function deleteItem(s: Strategy, kind: ItemKind, itemId: string, t: string): Change<null> {
  const id = itemId.toLowerCase();
  if (!s.items[kind].some((i) => i.id === id)) return allow({ next: s, value: null });
  return allow({ next: touch(applyOperation(s, { type: 'deleteItem', kind, id }, t), t), value: null });
}

export function reorder(s: Strategy, kind: ItemKind, ids: readonly string[], t: string): Change<null> {
  const first = checkReorder(kind, new Set(s.items[kind].map((i) => i.id)), ids);
  if (!first.ok) return first;
  return allow({ next: touch(applyOperation(s, { type: 'reorder', kind, ids: first.value }, t), t), value: null });
}

/** What building a workspace (the sample, a backup, a fixture) does with each operation. */
export function applyWithRules(s: Strategy, op: Operation, t: string, places: Places): Ruled<Strategy> {
  const done = (c: Change<unknown>): Ruled<Strategy> => (c.ok ? allow(c.value.next) : c);
  switch (op.type) {
    case 'putSection':
      return done(putSection(s, op.key, { data: op.data, version: op.baseVersion }, t));
    case 'createItem':
      return done(createItem(s, op.kind, op, t, places));
    case 'updateItem':
      return done(updateItem(s, op.kind, { id: op.id, data: op.data, version: op.baseVersion }, t));
    case 'deleteItem':
      return done(deleteItem(s, op.kind, op.id, t));
    case 'reorder':
      return done(reorder(s, op.kind, op.ids, t));
  }
}

/** Any change inside a workspace makes it "recently updated"; never backwards, as the server's `greatest`. */
function touch(s: Strategy, t: string): Strategy {
  return t > s.workspace.updatedAt ? { ...s, workspace: { ...s.workspace, updatedAt: t } } : s;
}

function replaceItem(s: Strategy, item: StoredItem): Strategy {
  const list = (s.items[item.kind] as StoredItem[]).map((i) => (i.id === item.id ? item : i));
  return { ...s, items: { ...s.items, [item.kind]: list } };
}
