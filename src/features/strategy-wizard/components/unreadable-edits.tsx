import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnreadableEdit } from '@/domain';

// Edits an older release left queued on this device that this one cannot read. They are
// never dropped on the person's behalf: each is shown with its text to copy, and can be
// discarded once copied.

const ids = new WeakMap<UnreadableEdit, number>();
let nextId = 0;
const idOf = (edit: UnreadableEdit) => ids.get(edit) ?? (ids.set(edit, ++nextId), nextId);

export function UnreadableEdits({
  edits,
  onDiscard,
}: {
  edits: readonly UnreadableEdit[];
  onDiscard: (index: number) => void;
}) {
  const { t } = useTranslation('wizard');
  if (edits.length === 0) return null;
  return (
    <Alert
      color="orange.9"
      variant="outline"
      role="alert"
      mb="md"
      title={t('save.unreadable.title', { count: edits.length })}
    >
      <Stack gap="md">
        <Text size="sm">{t('save.unreadable.intro')}</Text>
        {edits.map((edit, i) => (
          <UnreadableEditRow key={idOf(edit)} edit={edit} n={i + 1} onDiscard={() => onDiscard(i)} />
        ))}
      </Stack>
    </Alert>
  );
}

function UnreadableEditRow({ edit, n, onDiscard }: { edit: UnreadableEdit; n: number; onDiscard: () => void }) {
  const { t } = useTranslation('wizard');
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const [byHand, setByHand] = useState(false);
  const empty = edit.text.trim() === '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(edit.text);
      setCopied(true);
    } catch {
      // No clipboard access (an insecure page, or refused): let the person copy it.
      field.current?.select();
      setByHand(true);
    }
  };

  const discard = (
    <Button size="xs" variant="outline" color="red.9" onClick={onDiscard}>
      {t('save.unreadable.discard', { n })}
    </Button>
  );
  if (empty) {
    return (
      <Group gap="sm">
        <Text size="sm">{t('save.unreadable.empty', { n })}</Text>
        {discard}
      </Group>
    );
  }
  return (
    <Stack gap={4}>
      <Textarea
        ref={field}
        label={t('save.unreadable.edit', { n })}
        value={edit.text}
        readOnly
        autosize
        minRows={2}
        maxRows={8}
        onCopy={() => setCopied(true)}
      />
      <Group gap="sm">
        <Button size="xs" variant="light" onClick={() => void copy()}>
          {t('save.unreadable.copy', { n })}
        </Button>
        {copied && discard}
        <Text size="xs" role="status">
          {copied ? t('save.unreadable.copied') : byHand ? t('save.unreadable.copyByHand') : ''}
        </Text>
      </Group>
    </Stack>
  );
}
