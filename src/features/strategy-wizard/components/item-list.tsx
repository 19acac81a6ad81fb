import { Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EMPTY_ITEMS, LIMITS } from '@/domain';
import type { ItemKind, StoredItem } from '@/domain';
import { LazyConfirmDialog as ConfirmDialog } from '@/components/layout/lazy-confirm-dialog';
import { useItems } from '../hooks/use-step-data';

type Props<K extends ItemKind> = {
  kind: K;
  title: string;
  addLabel: string;
  emptyText: string;
  /** The heading of one item, e.g. its title or "Need 3 (no title yet)". */
  itemName: (item: StoredItem<K>, index: number) => string;
  summary: (item: StoredItem<K>) => ReactNode;
  editor: (item: StoredItem<K>, isNew: boolean) => ReactNode;
};

/**
 * A list step's items: add, edit in place, reorder and delete, all by keyboard.
 * Moving keeps focus on the button pressed and announces the new position.
 */
export function ItemList<K extends ItemKind>({
  kind,
  title,
  addLabel,
  emptyText,
  itemName,
  summary,
  editor,
}: Props<K>) {
  const { t } = useTranslation('wizard');
  const { items, create, remove, reorder } = useItems(kind);
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(params.get('item') ? [params.get('item') as string] : []),
  );
  const [fresh, setFresh] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<StoredItem<K> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // A link from the review page (?item=id) opens that item and brings it into view.
  const linked = params.get('item');
  useEffect(() => {
    if (!linked) return;
    setOpen((s) => new Set(s).add(linked));
    const el = document.getElementById(`item-${linked}`);
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLElement>('h3')?.focus();
  }, [linked]);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const add = () => {
    const id = crypto.randomUUID();
    create(id, structuredClone(EMPTY_ITEMS[kind]));
    setOpen((s) => new Set(s).add(id));
    setFresh(id);
    if (linked) setParams({}, { replace: true });
  };

  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    if (!id) return;
    ids.splice(index + by, 0, id);
    reorder(ids);
    const target = index + by;
    // Keep focus on the same button; if it is now disabled (top/bottom), use the other one.
    const edge = target === 0 ? 'down' : target === ids.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
    focusAfter.current = `move-${edge}-${id}`;
    setAnnouncement(
      t('list.moved', {
        name: itemName(items[index] as StoredItem<K>, target),
        position: target + 1,
        total: ids.length,
      }),
    );
  };

  return (
    <section aria-labelledby={`${kind}-list-heading`}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} id={`${kind}-list-heading`} size="h3">
          {title}{' '}
          <Text span c="gray.8" fw={400}>
            ({items.length})
          </Text>
        </Title>
      </Group>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {items.length === 0 && <Text mb="md">{emptyText}</Text>}
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={`${kind}-list-heading`}>
        {items.map((item, index) => {
          const name = itemName(item, index);
          const isOpen = open.has(item.id);
          return (
            <Card
              component="li"
              key={item.id}
              id={`item-${item.id}`}
              withBorder
              padding="sm"
              style={{ scrollMarginTop: 120 }}
            >
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <div style={{ flex: '1 1 240px', minWidth: 0 }}>
                  <Title order={3} size="h5" tabIndex={-1}>
                    {index + 1}. {name}
                  </Title>
                  {!isOpen && summary(item)}
                </div>
                <Group gap={4} wrap="wrap">
                  <Button
                    size="compact-sm"
                    variant={isOpen ? 'filled' : 'light'}
                    onClick={() => toggle(item.id)}
                    aria-expanded={isOpen}
                    aria-controls={`editor-${item.id}`}
                    aria-label={t(isOpen ? 'list.closeNamed' : 'list.editNamed', { name })}
                  >
                    {isOpen ? t('list.close') : t('list.edit')}
                  </Button>
                  <Button
                    id={`move-up-${item.id}`}
                    size="compact-sm"
                    variant="default"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t('list.moveUpNamed', { name })}
                  >
                    ↑ <VisuallyHidden>{t('list.moveUp')}</VisuallyHidden>
                  </Button>
                  <Button
                    id={`move-down-${item.id}`}
                    size="compact-sm"
                    variant="default"
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t('list.moveDownNamed', { name })}
                  >
                    ↓ <VisuallyHidden>{t('list.moveDown')}</VisuallyHidden>
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="outline"
                    color="red.9"
                    onClick={() => setDeleting(item)}
                    aria-label={t('list.deleteNamed', { name })}
                  >
                    {t('list.delete')}
                  </Button>
                </Group>
              </Group>
              {isOpen && (
                <div id={`editor-${item.id}`} style={{ marginTop: 12 }}>
                  {editor(item, item.id === fresh)}
                </div>
              )}
            </Card>
          );
        })}
      </Stack>
      <Button ref={addButton} mt="md" onClick={add} disabled={items.length >= LIMITS.itemsPerKind}>
        {addLabel}
      </Button>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('list.deleteTitle')}
        message={t('list.deleteMessage', { name: deleting ? itemName(deleting, items.indexOf(deleting)) : '' })}
        confirmLabel={t('list.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) {
            remove(deleting.id);
            setAnnouncement(t('list.deleted', { name: itemName(deleting, items.indexOf(deleting)) }));
          }
          setDeleting(null);
          addButton.current?.focus();
        }}
      />
    </section>
  );
}
