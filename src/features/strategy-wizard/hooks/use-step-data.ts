import { useCallback } from 'react';
import type { ItemData, ItemKind, SectionData, SectionKey, StoredItem } from '@/domain';
import { useWorkspace } from './use-strategy';

/** The live items of one kind, and the operations to change them. */
export function useItems<K extends ItemKind>(kind: K) {
  const { strategy, engine } = useWorkspace();
  const items = strategy.items[kind] as StoredItem<K>[];
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
  return { items, create, update, remove, reorder };
}

/** A singular section's live data and its save function. */
export function useSection<K extends SectionKey>(key: K) {
  const { strategy, engine } = useWorkspace();
  const save = useCallback((data: SectionData[K]) => engine.push({ type: 'putSection', key, data }), [engine, key]);
  return { data: strategy.sections[key].data as SectionData[K], save };
}
