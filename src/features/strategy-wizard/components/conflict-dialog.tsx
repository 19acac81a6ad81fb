import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { diffWords } from 'diff';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { display, displayText, fieldsOf } from '@/domain';
import type { FieldSpec, Operation } from '@/domain';
import { formatTime } from '@/lib/format';
import { useWorkspace } from '../hooks/use-strategy';
import { useWording } from '../steps/review/use-wording';
import type { FieldConflict, SyncEngine } from '../sync/engine';

// Both texts side by side, the words that differ marked (inserted in one, left out of the
// other), and three ways out: keep mine, take theirs, or write one text from both. The
// text not kept is not lost: the server keeps it in the record's history.

const opOf = (c: FieldConflict): Operation =>
  c.target.type === 'item'
    ? ({ type: 'updateItem', kind: c.target.kind, id: c.target.id, data: {} } as Operation)
    : ({ type: 'putSection', key: c.target.key, data: {} } as Operation);

export default function ConflictDialog({
  conflicts,
  engine,
  describe,
  onClose,
}: {
  conflicts: readonly FieldConflict[];
  engine: SyncEngine;
  describe: (c: FieldConflict) => string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['wizard', 'fields', 'taxonomy', 'review', 'common']);
  const { strategy } = useWorkspace();
  const wording = useWording(strategy);
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState('');
  const conflict = conflicts[0];
  if (!conflict) {
    onClose();
    return null;
  }
  const owner = conflict.target.type === 'item' ? conflict.target.kind : conflict.target.key;
  const spec = fieldsOf(owner).find((f) => f.key === conflict.field) as FieldSpec | undefined;
  const words = (value: unknown) =>
    spec ? displayText(display(spec, { [conflict.field]: value }), wording, owner) : String(value ?? '');
  const mine = words(conflict.mine);
  const theirs = words(conflict.theirs);
  const isText = spec?.show.as === 'text' || spec?.show.as === 'paragraphs';
  const name = conflict.by?.name;
  const resolve = (r: Parameters<SyncEngine['resolve']>[2]) => {
    engine.resolve(opOf(conflict), conflict.field, r);
    setMerging(false);
    if (conflicts.length === 1) onClose();
  };
  const parts = diffWords(theirs, mine);
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('conflict.dialogTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        <Title order={3} size="h4">
          {describe(conflict)}
        </Title>
        <Text size="sm">
          {name
            ? conflict.at
              ? t('conflict.changedBy', { name, time: formatTime(Date.parse(conflict.at), i18n.language) })
              : t('conflict.changedByName', { name })
            : t('conflict.changedBySomeone')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Paper withBorder p="sm" component="section" aria-label={t('conflict.yours')}>
            <Title order={4} size="h5" mb="xs">
              {t('conflict.yours')}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="conflict-mine">
              {mine === ''
                ? t('conflict.empty')
                : parts.filter((p) => !p.removed).map((p, i) => <Part key={i} part={p} />)}
            </Text>
          </Paper>
          <Paper
            withBorder
            p="sm"
            component="section"
            aria-label={name ? t('conflict.theirs', { name }) : t('conflict.theirsSomeone')}
          >
            <Title order={4} size="h5" mb="xs">
              {name ? t('conflict.theirs', { name }) : t('conflict.theirsSomeone')}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="conflict-theirs">
              {theirs === ''
                ? t('conflict.empty')
                : parts.filter((p) => !p.added).map((p, i) => <Part key={i} part={p} />)}
            </Text>
          </Paper>
        </SimpleGrid>
        {merging ? (
          <Stack gap="xs">
            <Textarea
              label={t('conflict.merged')}
              autosize
              minRows={4}
              value={merged}
              onChange={(e) => setMerged(e.currentTarget.value)}
              data-autofocus
            />
            <Group>
              <Button styles={WRAP} onClick={() => resolve({ merged })}>
                {t('conflict.saveMerged')}
              </Button>
              <Button variant="default" onClick={() => setMerging(false)}>
                {t('conflict.cancelMerge')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button styles={WRAP} onClick={() => resolve({ keep: 'mine' })} data-autofocus>
              {t('conflict.keepMine')}
            </Button>
            <Button styles={WRAP} variant="default" onClick={() => resolve({ keep: 'theirs' })}>
              {name ? t('conflict.takeTheirs', { name }) : t('conflict.takeOther')}
            </Button>
            {isText && (
              <Button
                styles={WRAP}
                variant="default"
                onClick={() => {
                  setMerged(typeof conflict.mine === 'string' ? conflict.mine : mine);
                  setMerging(true);
                }}
              >
                {t('conflict.editMerge')}
              </Button>
            )}
          </Group>
        )}
        <Text size="xs" c="gray.8">
          {t('conflict.keptInHistory')}
          {conflicts.length > 1 && ` ${t('conflict.more', { count: conflicts.length - 1 })}`}
        </Text>
      </Stack>
    </Modal>
  );
}

/** Long labels (a person's name in them) wrap on a narrow screen instead of being cut. */
const WRAP = { root: { height: 'auto', minHeight: 36, paddingBlock: 6 }, label: { whiteSpace: 'normal' } } as const;

/** A run of words: marked where it is only in this text. */
function Part({ part }: { part: { value: string; added?: boolean; removed?: boolean } }) {
  const { t } = useTranslation('wizard');
  if (part.added)
    return (
      <ins style={{ background: '#d3f9d8', color: '#0b3d17', textDecorationThickness: 2 }}>
        <VisuallyHidden>{t('conflict.addedStart')}</VisuallyHidden>
        {part.value}
        <VisuallyHidden>{t('conflict.markEnd')}</VisuallyHidden>
      </ins>
    );
  if (part.removed)
    return (
      <del style={{ background: '#ffe3e3', color: '#5c0b0b' }}>
        <VisuallyHidden>{t('conflict.removedStart')}</VisuallyHidden>
        {part.value}
        <VisuallyHidden>{t('conflict.markEnd')}</VisuallyHidden>
      </del>
    );
  return <>{part.value}</>;
}
