import { Button, Card, Group, Title, VisuallyHidden } from '@mantine/core';
import type { ComponentType } from 'react';
import { lazy, memo, Suspense, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind, StoredItem } from '@/domain';
import { useItem, useItemName } from '../hooks/use-step-data';
import { CommentsLink } from '../comments/comments-link';
import { RecordActivity } from './presence';
import { WorkspaceContext } from '../hooks/use-strategy';

// Where a recommendation or an action came from (an idea of the board, a town's good practice):
// only their cards ask, so the other steps never load the ideas' and good practice's code.
const IdeaOrigin = lazy(() => import('../ideas/idea-origin').then((m) => ({ default: m.IdeaOrigin })));
const PracticeOrigin = lazy(() =>
  import('../good-practice/practice-origin').then((m) => ({ default: m.PracticeOrigin })),
);

// Loaded when someone opens it: the history, with the wording of every field.
const HistoryDialog = lazy(() => import('./history-dialog'));

type Props<K extends ItemKind> = {
  kind: K;
  id: string;
  index: number;
  last: boolean;
  isOpen: boolean;
  isFresh: boolean;
  itemName: (item: StoredItem<K>, index: number) => string;
  Summary: ComponentType<{ item: StoredItem<K> }>;
  Editor: ComponentType<{ id: string; autoFocus: boolean }>;
  onToggle: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onDelete: (id: string) => void;
};

/**
 * Cards off screen are skipped by layout and paint (`content-visibility`), so the page's
 * work per keystroke does not grow with the length of the list; `auto` keeps the size a
 * card last had, so the scrollbar does not jump.
 */
const CARD_STYLE = { scrollMarginTop: 120, contentVisibility: 'auto', containIntrinsicSize: 'auto 96px' } as const;

/** The open form renders once and keeps what is typed: the card's own redraws skip it. */
const EditorSlot = memo(function EditorSlot({
  Editor,
  id,
  autoFocus,
}: {
  Editor: ComponentType<{ id: string; autoFocus: boolean }>;
  id: string;
  autoFocus: boolean;
}) {
  return (
    <div id={`editor-${id}`} style={{ marginTop: 12 }}>
      <Editor id={id} autoFocus={autoFocus} />
    </div>
  );
});

/** A closed card's details follow the item; an open card shows its form instead. */
function ItemSummary<K extends ItemKind>({
  kind,
  id,
  Summary,
}: {
  kind: K;
  id: string;
  Summary: ComponentType<{ item: StoredItem<K> }>;
}) {
  const item = useItem(kind, id);
  return item ? <Summary item={item} /> : null;
}

/** One item of a list: its heading, its summary or its form, and the buttons to move and delete it. */
function ItemCardView<K extends ItemKind>({
  kind,
  id,
  index,
  last,
  isOpen,
  isFresh,
  itemName,
  Summary,
  Editor,
  onToggle,
  onMove,
  onDelete,
}: Props<K>) {
  const { t } = useTranslation('wizard');
  const name = useItemName(kind, id, index, itemName);
  const workspaceId = useContext(WorkspaceContext)?.workspaceId ?? '';
  const [history, setHistory] = useState(false);
  if (name === null) return null;
  return (
    <Card role="listitem" id={`item-${id}`} withBorder padding="sm" style={CARD_STYLE}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ flex: '1 1 240px', minWidth: 0 }}>
          <Title order={3} size="h5" tabIndex={-1}>
            {index + 1}. {name}
          </Title>
          <RecordActivity record={id} />
          <CommentsLink workspaceId={workspaceId} anchor={`item:${kind}:${id}`} name={name} />
          {(kind === 'recommendation' || kind === 'action') && (
            <Suspense fallback={null}>
              <IdeaOrigin workspaceId={workspaceId} itemId={id} />
              <PracticeOrigin workspaceId={workspaceId} itemId={id} />
            </Suspense>
          )}
          {!isOpen && <ItemSummary kind={kind} id={id} Summary={Summary} />}
        </div>
        <Group gap={4} wrap="wrap">
          <Button
            size="compact-sm"
            variant={isOpen ? 'filled' : 'light'}
            onClick={() => onToggle(id)}
            aria-expanded={isOpen}
            aria-controls={`editor-${id}`}
            aria-label={t(isOpen ? 'list.closeNamed' : 'list.editNamed', { name })}
          >
            {isOpen ? t('list.close') : t('list.edit')}
          </Button>
          <Button
            id={`move-up-${id}`}
            size="compact-sm"
            variant="default"
            disabled={index === 0}
            onClick={() => onMove(id, -1)}
            aria-label={t('list.moveUpNamed', { name })}
          >
            ↑ <VisuallyHidden>{t('list.moveUp')}</VisuallyHidden>
          </Button>
          <Button
            id={`move-down-${id}`}
            size="compact-sm"
            variant="default"
            disabled={last}
            onClick={() => onMove(id, 1)}
            aria-label={t('list.moveDownNamed', { name })}
          >
            ↓ <VisuallyHidden>{t('list.moveDown')}</VisuallyHidden>
          </Button>
          <Button
            size="compact-sm"
            variant="outline"
            color="red.9"
            onClick={() => onDelete(id)}
            aria-label={t('list.deleteNamed', { name })}
          >
            {t('list.delete')}
          </Button>
        </Group>
      </Group>
      {isOpen && <EditorSlot Editor={Editor} id={id} autoFocus={isFresh} />}
      {isOpen && (
        <Group mt="xs">
          <Button size="compact-sm" variant="subtle" onClick={() => setHistory(true)}>
            {t('history.open')}
          </Button>
        </Group>
      )}
      {history && (
        <Suspense fallback={null}>
          <HistoryDialog workspaceId={workspaceId} kind={kind} id={id} name={name} onClose={() => setHistory(false)} />
        </Suspense>
      )}
    </Card>
  );
}

/** Memoised: a card renders again only when its own item, place or state changes. */
export const ItemCard = memo(ItemCardView) as typeof ItemCardView;
