import { useCallback, useContext, useState } from 'react';
import type { ItemData, ItemKind, StoredItem, Strategy } from '@/domain';
import { sameElements, useEngine, useStrategySelector, WorkspaceContext } from './use-strategy';

// What a step reads and writes, each piece selected on its own so that a keystroke in one
// item redraws that item only (docs/decisions/005-typing-path.md).

/** Items by id, computed once per list: a card finds its item without scanning the list. */
const indexes = new WeakMap<readonly StoredItem[], Map<string, StoredItem>>();
function byId(list: readonly StoredItem[]): Map<string, StoredItem> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((i) => [i.id, i]));
    indexes.set(list, index);
  }
  return index;
}

/** The ids of a list, in order: changes when an item is added, deleted or moved, not when one is typed in. */
export function useItemIds(kind: ItemKind): readonly string[] {
  return useStrategySelector(
    useCallback((s: Strategy) => s.items[kind].map((i) => i.id), [kind]),
    sameElements,
  );
}

/** One item as it is now (with unsent edits). */
export function useItem<K extends ItemKind>(kind: K, id: string): StoredItem<K> | undefined {
  return useStrategySelector(
    useCallback((s: Strategy) => byId(s.items[kind]).get(id) as StoredItem<K> | undefined, [kind, id]),
    Object.is,
    id,
  );
}

/**
 * An item as it was when its form opened: the form holds what is typed from then on, so
 * the editor does not render again for its own keystrokes.
 */
export function useInitialItem<K extends ItemKind>(kind: K, id: string): StoredItem<K> | undefined {
  const context = useContext(WorkspaceContext);
  const [item] = useState(() => {
    const s = context?.store.getSnapshot();
    return s ? (byId(s.items[kind]).get(id) as StoredItem<K> | undefined) : undefined;
  });
  return item;
}

/** The operations on a list; stable for the life of the workspace. */
export function useItemActions<K extends ItemKind>(kind: K) {
  const engine = useEngine();
  const create = useCallback(
    (id: string, data: ItemData[K]) => engine.push({ type: 'createItem', kind, id, data }),
    [engine, kind],
  );
  const update = useCallback(
    (id: string, data: ItemData[K]) => engine.push({ type: 'updateItem', kind, id, data }),
    [engine, kind],
  );
  const remove = useCallback((id: string) => engine.push({ type: 'deleteItem', kind, id }), [engine, kind]);
  const reorder = useCallback((ids: string[]) => engine.push({ type: 'reorder', kind, ids }), [engine, kind]);
  return { create, update, remove, reorder };
}

export type Option = { value: string; label: string };
const sameOptions = (a: readonly Option[], b: readonly Option[]) =>
  a.length === b.length && a.every((o, i) => o.value === b[i]?.value && o.label === b[i]?.label);

/**
 * Another list's items as choices (partners for a lead, needs for a recommendation),
 * named by title, or by number when untitled. Renders again only when a name changes.
 */
export function useItemOptions(
  kind: ItemKind,
  untitled: (n: number) => string,
  field: 'title' | 'name' = 'title',
): Option[] {
  return useStrategySelector(
    useCallback(
      (s: Strategy) =>
        s.items[kind].map((i, n) => {
          const label = String((i.data as Record<string, unknown>)[field] ?? '').trim();
          return { value: i.id, label: label || untitled(n + 1) };
        }),
      [kind, untitled, field],
    ),
    sameOptions,
  );
}

/** An item's name as its heading shows it, or null once it is gone: typing in its other fields does not redraw the heading. */
export function useItemName<K extends ItemKind>(
  kind: K,
  id: string,
  index: number,
  name: (item: StoredItem<K>, index: number) => string,
): string | null {
  return useStrategySelector(
    useCallback(
      (s: Strategy) => {
        const item = byId(s.items[kind]).get(id) as StoredItem<K> | undefined;
        return item ? name(item, index) : null;
      },
      [kind, id, index, name],
    ),
    Object.is,
    id,
  );
}
