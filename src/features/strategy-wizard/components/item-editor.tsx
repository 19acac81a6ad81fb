import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind, StoredItem } from '@/domain';
import { Loading } from '@/components/layout/loading';
import { useInitialItem } from '../hooks/use-step-data';

type FormProps<K extends ItemKind> = { item: StoredItem<K>; autoFocus: boolean };

/** An item's form as the list opens it, with `preload` to fetch its code before it is needed. */
export type ItemEditorComponent = ComponentType<{ id: string; autoFocus: boolean }> & { preload: () => void };

/**
 * An item's form as the list opens it: the item is read once, when the form opens; from
 * then on the form holds what is typed, so its own keystrokes never redraw it.
 *
 * The form's code (react-hook-form, the fields) is loaded when a form is first opened, or
 * sooner, when the pointer or the focus enters the list (`preload`): a step shows its list
 * without it (docs/decisions/005-typing-path.md).
 */
export function itemEditor<K extends ItemKind>(
  kind: K,
  load: () => Promise<ComponentType<FormProps<K>>>,
): ItemEditorComponent {
  let loading: Promise<ComponentType<FormProps<K>>> | undefined;
  const preload = () => (loading ??= load());
  const Form = lazy(async () => {
    const Loaded = await preload();
    function OpenForm({ id, autoFocus }: { id: string; autoFocus: boolean }) {
      const item = useInitialItem(kind, id);
      return item ? <Loaded item={item} autoFocus={autoFocus} /> : null;
    }
    return { default: OpenForm };
  });
  function ItemEditor({ id, autoFocus }: { id: string; autoFocus: boolean }) {
    const { t } = useTranslation('wizard');
    return (
      <Suspense
        fallback={
          <div data-form-loading>
            <Loading label={t('list.formLoading')} />
          </div>
        }
      >
        <Form id={id} autoFocus={autoFocus} />
      </Suspense>
    );
  }
  ItemEditor.displayName = `ItemEditor(${kind})`;
  return Object.assign(ItemEditor, { preload: () => void preload() });
}
