import { Alert, Button, List, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemName, STEP_OF_SECTION } from '@/domain';
import type { FieldConflict, SyncEngine } from '../sync/engine';
import { useCurrentStrategy } from '../hooks/use-strategy';

// Loaded when someone opens it: it brings the word diff and the field wording.
const ConflictDialog = lazy(() => import('./conflict-dialog'));

/**
 * Texts someone else changed while this person was editing them. Theirs is kept on this
 * device and on screen, never saved over the other without a choice: this says so, and
 * opens the comparison where the person chooses.
 */
export function Conflicts({ conflicts, engine }: { conflicts: readonly FieldConflict[]; engine: SyncEngine }) {
  const { t } = useTranslation(['wizard', 'fields']);
  const [open, setOpen] = useState(false);
  const strategy = useCurrentStrategy();
  if (conflicts.length === 0) return null;
  const describe = (c: FieldConflict) => {
    const s = strategy();
    const owner = c.target.type === 'item' ? c.target.kind : c.target.key;
    const field = t(`fields:${owner}.${c.field}` as never) as string;
    if (c.target.type === 'section')
      return t('conflict.inSection', { field, section: t(`wizard:steps.${STEP_OF_SECTION[c.target.key]}.title`) });
    const target = c.target;
    const list = s.items[target.kind] as { id: string; data: unknown }[];
    const index = list.findIndex((i) => i.id === target.id);
    const name = index >= 0 ? itemName(list[index]?.data) : '';
    return t('conflict.inItem', { field, item: name || t('conflict.untitledItem', { n: index + 1 }) });
  };
  return (
    <Alert
      id={CONFLICTS_ID}
      tabIndex={-1}
      color="red.9"
      variant="outline"
      mb="md"
      role="alert"
      title={t('conflict.title', { count: conflicts.length })}
      data-testid="conflicts"
    >
      <Text size="sm" mb="xs">
        {t('conflict.intro')}
      </Text>
      <List size="sm" mb="sm">
        {conflicts.map((c) => (
          <List.Item key={`${targetId(c)}:${c.field}`}>{describe(c)}</List.Item>
        ))}
      </List>
      <Button onClick={() => setOpen(true)}>{t('conflict.compare')}</Button>
      {open && (
        <Suspense fallback={null}>
          <ConflictDialog conflicts={conflicts} engine={engine} describe={describe} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </Alert>
  );
}

/** The status bar links here: on a narrow screen the list is often out of view. */
export const CONFLICTS_ID = 'conflicts';

export const targetId = (c: FieldConflict) => (c.target.type === 'item' ? c.target.id : `section:${c.target.key}`);
