import { Alert, Button, Group, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { display, displayText, fieldsOf, sameValue } from '@/domain';
import type { Fields, ItemKind, Operation, StoredItem } from '@/domain';
import { formatDateTime } from '@/lib/format';
import { useMay } from './read-only';
import { useHistory } from '../api/history';
import type { HistoryEntry } from '../api/history';
import { useEngine, useWorkspace } from '../hooks/use-strategy';
import { useWording } from '../steps/review/use-wording';

// An item's history: who changed which fields and when, with the texts before and after,
// and the texts set aside in a conflict. Any earlier text can be brought back: it is saved
// as a new change (the present one stays in the history in turn).

export default function HistoryDialog({
  workspaceId,
  kind,
  id,
  name,
  onClose,
}: {
  workspaceId: string;
  kind: ItemKind;
  id: string;
  name: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['wizard', 'fields', 'taxonomy', 'review', 'common']);
  const history = useHistory(workspaceId, `item:${id}`);
  const { strategy } = useWorkspace();
  const engine = useEngine();
  const may = useMay(workspaceId);
  const wording = useWording(strategy);
  const specs = fieldsOf(kind);
  const item = (strategy.items[kind] as StoredItem[]).find((i) => i.id === id);
  const words = (field: string, value: unknown) => {
    const spec = specs.find((s) => s.key === field);
    return spec ? displayText(display(spec, { [field]: value }), wording, kind) : String(value ?? '');
  };
  const label = (field: string) => t(`fields:${kind}.${field}` as never) as string;
  const bringBack = (field: string, value: unknown) => {
    if (!item) return;
    const target = { type: 'updateItem', kind, id, data: {} } as Operation;
    const server = (strategy.items[kind] as StoredItem[]).find((i) => i.id === id)?.data as Fields;
    engine.restoreField(target, field, value, server, item.data as Fields);
  };
  const current = item?.data as Fields | undefined;

  const lines = (entry: HistoryEntry) =>
    Object.entries(entry.fields).map(([field, change]) => {
      const before = words(field, change.from);
      const after = entry.action === 'changed' ? words(field, change.to) : null;
      const canBringBack =
        may.edit && current !== undefined && change.from !== undefined && !sameValue(current[field], change.from);
      return (
        <Paper key={field} withBorder p="xs">
          <Text size="sm" fw={600}>
            {label(field)}
          </Text>
          {entry.action === 'changed' ? (
            <>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span size="sm" c="gray.8">
                  {t('history.before')}{' '}
                </Text>
                {before || t('conflict.empty')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span size="sm" c="gray.8">
                  {t('history.after')}{' '}
                </Text>
                {after || t('conflict.empty')}
              </Text>
            </>
          ) : (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {before || t('conflict.empty')}
            </Text>
          )}
          {canBringBack && (
            <Button mt={4} size="compact-sm" variant="light" onClick={() => bringBack(field, change.from)}>
              {t('history.bringBack', { field: label(field) })}
            </Button>
          )}
        </Paper>
      );
    });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('history.title', { name })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {history.isPending ? (
        <Group justify="center" p="md">
          <Loader size="sm" role="status" aria-label={t('common:loading')} />
        </Group>
      ) : history.isError ? (
        <Alert color="red.9" variant="outline" role="alert">
          {t('history.loadFailed')}
        </Alert>
      ) : (
        <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {history.data.map((entry) => (
            <li key={entry.id}>
              <Title order={3} size="h6" mb={4}>
                {t(`history.action.${entry.action}`, {
                  name: entry.by?.name ?? t('history.someone'),
                  time: formatDateTime(entry.at, i18n.language),
                })}
              </Title>
              <Stack gap={4}>{lines(entry)}</Stack>
            </li>
          ))}
        </Stack>
      )}
    </Modal>
  );
}
