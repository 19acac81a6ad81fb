import { Badge, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '@/lib/format';
import type { SyncEngine, SyncState } from '../sync/engine';

const COLOR: Record<SyncState['status'], string> = {
  saved: 'green.9',
  pending: 'gray.8',
  saving: 'blue.9',
  offline: 'orange.9',
  retrying: 'orange.9',
  invalid: 'red.9',
  rejected: 'red.9',
};

/**
 * What is saved, in words, always true. A polite live region announces changes of
 * state (not every keystroke): "Saving…", "All changes saved at 14:02", "Offline…".
 */
export function SaveStatus({ state, engine }: { state: SyncState; engine: SyncEngine }) {
  const { t, i18n } = useTranslation('wizard');
  const seconds = useCountdown(state.nextRetryAt);
  const text =
    state.status === 'saved'
      ? state.lastSavedAt
        ? t('save.savedAt', { time: formatTime(state.lastSavedAt, i18n.language) })
        : t('save.saved')
      : state.status === 'retrying'
        ? t('save.retrying', { count: seconds })
        : t(`save.${state.status}`, { count: state.ops.length });
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge
        color={COLOR[state.status]}
        variant="outline"
        radius="sm"
        size="md"
        tt="none"
        style={{ maxWidth: 340, height: 'auto', whiteSpace: 'normal' }}
      >
        <Text
          span
          size="xs"
          fw={600}
          role="status"
          aria-live="polite"
          data-testid="save-status"
          data-status={state.status}
        >
          {text}
        </Text>
      </Badge>
      {(state.status === 'retrying' || state.status === 'offline') && (
        <Button size="compact-xs" variant="subtle" onClick={engine.flushSoon}>
          {t('save.retryNow')}
        </Button>
      )}
      {state.message && state.status === 'rejected' && (
        <Text size="xs" c="red.9">
          {state.message}
        </Text>
      )}
    </Group>
  );
}

function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
