import type { ComponentType } from 'react';
import type { ItemKind, StoredItem } from '@/domain';
import { useInitialItem } from '../hooks/use-step-data';

/**
 * An item's form as the list opens it: the item is read once, when the form opens; from
 * then on the form holds what is typed, so its own keystrokes never redraw it.
 */
export function itemEditor<K extends ItemKind>(
  kind: K,
  Form: ComponentType<{ item: StoredItem<K>; autoFocus: boolean }>,
): ComponentType<{ id: string; autoFocus: boolean }> {
  function ItemEditor({ id, autoFocus }: { id: string; autoFocus: boolean }) {
    const item = useInitialItem(kind, id);
    return item ? <Form item={item} autoFocus={autoFocus} /> : null;
  }
  ItemEditor.displayName = `ItemEditor(${kind})`;
  return ItemEditor;
}
