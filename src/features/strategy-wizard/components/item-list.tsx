import { Button, Group, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ComponentType } from 'react';
import { lazy, startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EMPTY_ITEMS, LIMITS } from '@/domain';
import { prefilledItem } from '@/domain/prefill';
import type { ItemData, ItemKind, StoredItem } from '@/domain';
import { LazyConfirmDialog as ConfirmDialog } from '@/components/layout/lazy-confirm-dialog';
import { useItemActions, useItemIds } from '../hooks/use-step-data';
import { useCurrentStrategy, useWorkspaceName } from '../hooks/use-strategy';
import { useMay } from './read-only';
import { ItemCard } from './item-card';
import type { ItemEditorComponent } from './item-editor';

// What a deletion leaves without its link: loaded with the dialog that asks, not with the list.
const Dependants = lazy(() => import('./delete-dependants').then((m) => ({ default: m.Dependants })));

type Props<K extends ItemKind> = {
  kind: K;
  title: string;
  addLabel: string;
  emptyText: string;
  /** The heading of one item, e.g. its title or "Need 3 (no title yet)". */
  itemName: (item: StoredItem<K>, index: number) => string;
  /** A closed item's details. A component, so that it can select what else it shows (a lead's name). */
  Summary: ComponentType<{ item: StoredItem<K> }>;
  /** An open item's form; it reads the item once and then holds what is typed. */
  Editor: ItemEditorComponent;
};

/**
 * A list step's items: add, edit in place, reorder and delete, all by keyboard.
 * Moving keeps focus on the button pressed and announces the new position.
 *
 * The list itself follows only the ids; each card follows only its own item, so typing
 * in one item never redraws the others (docs/decisions/005-typing-path.md).
 */
export function ItemList<K extends ItemKind>({
  kind,
  title,
  addLabel,
  emptyText,
  itemName,
  Summary,
  Editor,
}: Props<K>) {
  const { t } = useTranslation('wizard');
  const [params, setParams] = useSearchParams();
  const canEdit = useMay(useWorkspaceName().id).edit;
  const allIds = useItemIds(kind);
  const ids = useProgressiveList(allIds, params.get('item'));
  const { create, remove, reorder } = useItemActions(kind);
  const current = useCurrentStrategy();
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(params.get('item') ? [params.get('item') as string] : []),
  );
  const [fresh, setFresh] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The item last deleted, until the person undoes it, deletes or adds another, or leaves. */
  const [deleted, setDeleted] = useState<{ id: string; name: string; data: ItemData[K]; order: string[] } | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const idsNow = useRef(allIds);
  idsNow.current = allIds;

  /** The name of an item as it is now, for announcements. */
  const nameOf = useCallback(
    (id: string) => {
      const list = current().items[kind] as StoredItem<K>[];
      const index = list.findIndex((i) => i.id === id);
      return index < 0 ? '' : itemName(list[index] as StoredItem<K>, index);
    },
    [current, kind, itemName],
  );

  // A link from the review page (?item=id) opens that item and brings it into view; with a
  // field (&field=) the form puts the focus in that field once it opens (use-record-form.ts).
  const linked = params.get('item');
  const linkedField = params.get('field');
  useEffect(() => {
    if (!linked) return;
    setOpen((s) => new Set(s).add(linked));
    const el = document.getElementById(`item-${linked}`);
    el?.scrollIntoView({ block: 'start' });
    if (!linkedField) el?.querySelector<HTMLElement>('h3')?.focus();
  }, [linked, linkedField]);

  // A link that adds an item (?new=recommendation&needIds=…, from the checklist): once per link,
  // already linked to what it is for, open, with the focus in its first field.
  const adding = params.get('new') === kind ? params.toString() : null;
  const added = useRef<string | null>(null);
  useEffect(() => {
    if (!adding || added.current === adding) return;
    added.current = adding;
    if (canEdit && idsNow.current.length < LIMITS.itemsPerKind) {
      const id = crypto.randomUUID();
      create(
        id,
        prefilledItem(current(), kind, (name) => params.get(name)),
      );
      setOpen((s) => new Set(s).add(id));
      setFresh(id);
      setDeleted(null);
    }
    // A reload or the back button must not add another.
    setParams({}, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per link
  }, [adding]);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  // An undone item comes back where it was, and the focus goes to its heading.
  useEffect(() => {
    if (!restored) return;
    document.getElementById(`item-${restored}`)?.querySelector<HTMLElement>('h3')?.focus();
    setRestored(null);
  }, [restored, allIds]);

  const undo = () => {
    if (!deleted) return;
    const { id, name, data, order } = deleted;
    create(id, data);
    // Back in its place among the items there are now.
    const now = new Set([...idsNow.current, id]);
    const before = order.slice(0, order.indexOf(id)).filter((x) => now.has(x));
    const rest = idsNow.current.filter((x) => x !== id && !before.includes(x));
    reorder([...before, id, ...rest]);
    setDeleted(null);
    setRestored(id);
    setAnnouncement(t('list.undone', { name }));
  };

  const toggle = useCallback(
    (id: string) =>
      setOpen((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const add = () => {
    const id = crypto.randomUUID();
    create(id, structuredClone(EMPTY_ITEMS[kind]));
    setOpen((s) => new Set(s).add(id));
    setFresh(id);
    setDeleted(null);
    if (linked) setParams({}, { replace: true });
  };

  const move = useCallback(
    (id: string, by: -1 | 1) => {
      const order = [...idsNow.current];
      const index = order.indexOf(id);
      const target = index + by;
      if (index < 0 || target < 0 || target >= order.length) return;
      const name = nameOf(id);
      order.splice(index, 1);
      order.splice(target, 0, id);
      reorder(order);
      // Keep focus on the same button; if it is now disabled (top/bottom), use the other one.
      const edge = target === 0 ? 'down' : target === order.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
      focusAfter.current = `move-${edge}-${id}`;
      setAnnouncement(t('list.moved', { name, position: target + 1, total: order.length }));
    },
    [nameOf, reorder, t],
  );

  return (
    // The form's code is fetched as soon as someone reaches for the list, before a form opens.
    <section aria-labelledby={`${kind}-list-heading`} onPointerOver={Editor.preload} onFocus={Editor.preload}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} id={`${kind}-list-heading`} size="h3">
          {title}{' '}
          <Text span c="gray.8" fw={400}>
            ({allIds.length})
          </Text>
        </Title>
      </Group>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {allIds.length === 0 && <Text mb="md">{emptyText}</Text>}
      <div role="list" aria-labelledby={`${kind}-list-heading`} className="item-list">
        {blocks(ids).map((block, b) => (
          // A block of cards: off screen, the browser skips it whole (`content-visibility`), so the
          // work of a keystroke does not grow with the length of the list.
          <div role="none" className="item-list-block" key={b} style={blockStyle(block.length)}>
            {block.map((id, i) => {
              const index = b * BLOCK + i;
              return (
                <ItemCard<K>
                  key={id}
                  kind={kind}
                  id={id}
                  index={index}
                  last={index === allIds.length - 1}
                  isOpen={open.has(id)}
                  isFresh={id === fresh}
                  itemName={itemName}
                  Summary={Summary}
                  Editor={Editor}
                  onToggle={toggle}
                  onMove={move}
                  onDelete={setDeleting}
                />
              );
            })}
          </div>
        ))}
      </div>
      <Button ref={addButton} mt="md" onClick={add} disabled={allIds.length >= LIMITS.itemsPerKind}>
        {addLabel}
      </Button>
      {deleted && (
        <Group gap="sm" mt="sm" p="xs" className="undo-notice" wrap="wrap">
          <Text>{t('list.deleted', { name: deleted.name })}</Text>
          <Button size="compact-sm" variant="default" onClick={undo}>
            {t('list.undo')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('list.deleteTitle')}
        message={t('list.deleteMessage', { name: deleting ? nameOf(deleting) : '' })}
        confirmLabel={t('list.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) {
            const name = nameOf(deleting);
            const item = (current().items[kind] as StoredItem<K>[]).find((i) => i.id === deleting);
            if (item) setDeleted({ id: deleting, name, data: item.data, order: [...idsNow.current] });
            remove(deleting);
            setAnnouncement(t('list.deleted', { name }));
          }
          setDeleting(null);
          addButton.current?.focus();
        }}
      >
        {deleting && (
          <Suspense fallback={null}>
            <Dependants kind={kind} id={deleting} />
          </Suspense>
        )}
      </ConfirmDialog>
    </section>
  );
}

/** Cards per block: the browser lays out and checks the visibility of the blocks near the screen only. */
const BLOCK = 20;

function blocks(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += BLOCK) out.push(ids.slice(i, i + BLOCK));
  return out;
}

/** A skipped block keeps the size it last had (`auto`), so the scrollbar does not jump. */
const blockStyle = (cards: number) =>
  ({ contentVisibility: 'auto', containIntrinsicSize: `auto ${cards * 104}px` }) as const;

/** Cards drawn in the first paint of a long list; the rest follow right after, at low priority. */
const FIRST_PAINT = 24;

/**
 * A long list appears at once: the first cards are drawn with the page, the others in a
 * transition just after, so the page shows (and answers keys) before all 150 cards exist.
 * A link to an item further down (?item=) draws the whole list at once.
 */
function useProgressiveList(ids: readonly string[], linked: string | null): readonly string[] {
  const [all, setAll] = useState(() => ids.length <= FIRST_PAINT || (!!linked && ids.includes(linked)));
  useEffect(() => {
    if (!all) startTransition(() => setAll(true));
  }, [all]);
  return all ? ids : ids.slice(0, FIRST_PAINT);
}
