import { fieldsOf } from './fields';
import { EMPTY_ITEMS } from './strategy';
import type { ItemData, ItemKind, Strategy } from './strategy';

// The item a "new" link of the check-answers list adds (checklist.ts), apart from the list itself:
// every list step can be opened by such a link, and the list's rules load only where it shows.

/**
 * A new item of `kind` for a `new` link: empty, with the link fields the link names filled in
 * (a recommendation already addressing the need, an action implementing the recommendation).
 * Other parameters, and ids of items that do not exist, are ignored.
 */
export function prefilledItem<K extends ItemKind>(
  strategy: Strategy,
  kind: K,
  param: (name: string) => string | null,
): ItemData[K] {
  const data = structuredClone(EMPTY_ITEMS[kind]) as Record<string, unknown>;
  for (const spec of fieldsOf(kind)) {
    const id = param(spec.key);
    if (!id || (spec.show.as !== 'link' && spec.show.as !== 'links')) continue;
    if (!strategy.items[spec.show.to].some((i) => i.id === id)) continue;
    data[spec.key] = spec.show.as === 'links' ? [id] : id;
  }
  return data as ItemData[K];
}
