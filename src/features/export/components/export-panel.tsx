import { Alert, Button, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '@/domain';
import { languageOptions } from '@/components/form/language-options';
import { isLanguage } from '@/lib/i18n';
import type { Language } from '@/lib/i18n';
import { useExport } from '../hooks/use-export';
import type { ExportKind } from '../lib/files';
import { buildOutline } from '../lib/outline';
import { OutlinePreview } from './outline-preview';

/** Export the strategy as DOCX or PDF in any of the seven languages, or as a backup file. */
export function ExportPanel({ strategy }: { strategy: Strategy }) {
  const { t, i18n } = useTranslation('export');
  const [lng, setLng] = useState<Language>(() => (isLanguage(i18n.language) ? i18n.language : 'en'));
  const outline = useMemo(() => buildOutline(strategy), [strategy]);
  const { state, run } = useExport(strategy);
  const busy = state.status === 'busy';

  // Buttons stay focusable while a file is made (aria-disabled, not disabled), so focus is not lost.
  const button = (kind: ExportKind, label: string, variant: 'filled' | 'light' = 'filled') => (
    <Button
      variant={variant}
      onClick={() => void run(kind, lng)}
      aria-disabled={busy || undefined}
      data-disabled={busy || undefined}
      leftSection={busy && state.kind === kind ? <Loader size="xs" color="currentColor" aria-hidden /> : undefined}
    >
      {label}
    </Button>
  );

  return (
    <Stack gap="lg">
      <Text>{t('panel.intro')}</Text>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Title order={2}>{t('panel.documentTitle')}</Title>
          <NativeSelect
            label={t('panel.language')}
            description={t('panel.languageDescription')}
            value={lng}
            onChange={(e) => isLanguage(e.currentTarget.value) && setLng(e.currentTarget.value)}
            maw={360}
          >
            {languageOptions()}
          </NativeSelect>
          <OutlinePreview outline={outline} />
          <Group gap="sm">
            {button('docx', t('panel.downloadDocx'))}
            {button('pdf', t('panel.downloadPdf'))}
          </Group>
          {/* The DOCX contents get their page numbers only in the reader's word processor (decision 002). */}
          <Text size="sm" c="gray.8">
            {t('panel.contentsHint')}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2}>{t('panel.backupTitle')}</Title>
          <Text size="sm">{t('panel.backupIntro')}</Text>
          <Group>{button('backup', t('panel.downloadBackup'), 'light')}</Group>
        </Stack>
      </Paper>
      <Text role="status" size="sm" c="gray.8">
        {state.status === 'busy'
          ? state.stage
            ? t(`panel.stage.${state.stage}`, { file: state.file })
            : t('panel.busy', { file: state.file })
          : state.status === 'done'
            ? t('panel.done', { file: state.file })
            : ''}
      </Text>
      {state.status === 'error' && (
        <Alert color="red" variant="light" title={t('panel.errorTitle')} role="alert">
          <Text size="sm" c="red.9">
            {t('panel.error', { message: state.message })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
