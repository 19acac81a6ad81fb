import type { ItemData, ItemKind, SectionData, SectionKey, StoredItem, StoredSection, Strategy } from './strategy';

// What can change in a strategy, and how a change is applied. The server's store,
// the MSW store and the SPA's optimistic view (server state + unsent edits) all use
// these rules, so they cannot drift apart.

export type Operation =
  | { type: 'putSection'; key: SectionKey; data: SectionData[SectionKey]; baseVersion?: number }
  | { type: 'createItem'; kind: ItemKind; id: string; data: ItemData[ItemKind]; position?: number }
  | { type: 'updateItem'; kind: ItemKind; id: string; data: ItemData[ItemKind]; baseVersion?: number }
  | { type: 'deleteItem'; kind: ItemKind; id: string }
  | { type: 'reorder'; kind: ItemKind; ids: string[] };

export type VersionCheck = { ok: true; nextVersion: number } | { ok: false; reason: 'conflict' };

/** An edit based on an older version than the stored one is a conflict; no base version means overwrite. */
export function checkVersion(storedVersion: number, baseVersion: number | undefined): VersionCheck {
  if (baseVersion !== undefined && baseVersion !== storedVersion) return { ok: false, reason: 'conflict' };
  return { ok: true, nextVersion: storedVersion + 1 };
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
        sections: { ...strategy.sections, [op.key]: { ...current, data: op.data, updatedAt: now } },
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
      return withItems(
        strategy,
        op.kind,
        list.map((i) => (i.id === op.id ? { ...i, data: op.data, updatedAt: now } : i)),
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
