import { changedFields, pick } from './merge';
import type { Fields } from './merge';
import type { ItemData, ItemKind, SectionData, SectionKey, StoredItem, StoredSection, Strategy } from './strategy';

// What can change in a strategy, and how a change is applied. The server's store,
// the MSW store and the SPA's optimistic view (server state + unsent edits) all use
// these rules, so they cannot drift apart.

/**
 * An edit of a record (a section or an item). `data` is the whole record as the person has
 * it; `base` the server's values it was based on (see merge.ts): only the fields where the
 * two differ are sent, each with its base. `setAside` keeps texts the person let go in a
 * conflict, for the record's history. An edit without `base` (queued by an older release)
 * replaces the whole record, checked against `baseVersion`.
 */
type RecordEdit = { base?: Fields; setAside?: Fields; baseVersion?: number };

export type Operation =
  | ({ type: 'putSection'; key: SectionKey; data: SectionData[SectionKey] } & RecordEdit)
  | { type: 'createItem'; kind: ItemKind; id: string; data: ItemData[ItemKind]; position?: number }
  | ({ type: 'updateItem'; kind: ItemKind; id: string; data: ItemData[ItemKind] } & RecordEdit)
  | { type: 'deleteItem'; kind: ItemKind; id: string }
  | { type: 'reorder'; kind: ItemKind; ids: string[] };

export type VersionCheck = { ok: true; nextVersion: number } | { ok: false; reason: 'conflict' };

/** An edit based on an older version than the stored one is a conflict; no base version means overwrite. */
export function checkVersion(storedVersion: number, baseVersion: number | undefined): VersionCheck {
  if (baseVersion !== undefined && baseVersion !== storedVersion) return { ok: false, reason: 'conflict' };
  return { ok: true, nextVersion: storedVersion + 1 };
}

/** The fields an edit changes, with their new values: all of them for a whole-record edit. */
export function editedFields(op: { data: unknown; base?: Fields }): Record<string, unknown> {
  const data = op.data as Fields;
  return op.base ? pick(data, changedFields(data, op.base)) : { ...data };
}

/** What an edit makes of a record: its changed fields over what is stored now. */
export function editedRecord<T>(stored: T, op: { data: T; base?: Fields }): T {
  return op.base ? ({ ...stored, ...editedFields(op) } as T) : op.data;
}

/** Orders `items` by `ids`; items not named keep their relative order after the named ones. */
export function applyOrder<T extends { id: string }>(items: T[], ids: string[]): T[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  return [...items]
    .map((item, i) => ({ item, key: rank.get(item.id) ?? ids.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

/** Applies one operation to a strategy without version checks (the optimistic view). Pure. */
export function applyOperation(strategy: Strategy, op: Operation, now: string): Strategy {
  switch (op.type) {
    case 'putSection': {
      const current = strategy.sections[op.key] as StoredSection;
      return {
        ...strategy,
        sections: {
          ...strategy.sections,
          [op.key]: { ...current, data: editedRecord(current.data, op), updatedAt: now },
        },
      };
    }
    case 'createItem': {
      const list = strategy.items[op.kind] as StoredItem[];
      if (list.some((i) => i.id === op.id)) return strategy;
      const item: StoredItem = {
        id: op.id,
        kind: op.kind,
        position: list.length,
        version: 0,
        updatedAt: now,
        data: op.data,
      };
      const next = [...list];
      next.splice(op.position ?? list.length, 0, item);
      return withItems(strategy, op.kind, renumber(next));
    }
    case 'updateItem': {
      const list = strategy.items[op.kind] as StoredItem[];
      // Deleted elsewhere while being edited here: the edit brings it back (see the save engine).
      if (!list.some((i) => i.id === op.id))
        return applyOperation(strategy, { type: 'createItem', kind: op.kind, id: op.id, data: op.data }, now);
      return withItems(
        strategy,
        op.kind,
        list.map((i) => (i.id === op.id ? { ...i, data: editedRecord(i.data, op), updatedAt: now } : i)),
      );
    }
    case 'deleteItem': {
      const list = strategy.items[op.kind] as StoredItem[];
      return withItems(strategy, op.kind, renumber(list.filter((i) => i.id !== op.id)));
    }
    case 'reorder': {
      const list = strategy.items[op.kind] as StoredItem[];
      return withItems(strategy, op.kind, renumber(applyOrder(list, op.ids)));
    }
  }
}

export function applyOperations(strategy: Strategy, ops: readonly Operation[], now: string): Strategy {
  return ops.reduce((s, op) => applyOperation(s, op, now), strategy);
}

function renumber(list: StoredItem[]): StoredItem[] {
  return list.map((item, position) => (item.position === position ? item : { ...item, position }));
}

function withItems(strategy: Strategy, kind: ItemKind, list: StoredItem[]): Strategy {
  return { ...strategy, items: { ...strategy.items, [kind]: list } };
}

/** Finds an item of any kind by id. */
export function findItem(strategy: Strategy, id: string): StoredItem | undefined {
  for (const list of Object.values(strategy.items) as StoredItem[][]) {
    const found = list.find((i) => i.id === id);
    if (found) return found;
  }
  return undefined;
}
