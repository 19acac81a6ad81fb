import { Alert, Button, Card, Group, NativeSelect, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgrammeSummary } from '@/domain/programme-summary';
import { languageOptions } from '@/components/form/language-options';
import { api } from '@/lib/api-client';
import { isLanguage } from '@/lib/i18n';
import type { Language } from '@/lib/i18n';
import { MIME, saveFile } from '../lib/files';
import { fileSlug } from '../lib/sanitize';

/**
 * The programme summary as a Word document, in the language the coordinator picks: a chapter
 * per town and the tables across towns. The document code (docx) loads when someone asks for it.
 */
export function SummaryDownload({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('export');
  const [lng, setLng] = useState<Language>(() => (isLanguage(i18n.language) ? i18n.language : 'en'));
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; error?: boolean } | null>(null);

  const download = async () => {
    setBusy(true);
    setSaid({ text: t('summary.making') });
    try {
      const [summary, { buildSummaryDocx }, { loadLabels }] = await Promise.all([
        api(`/programmes/${programmeId}/summary?lang=${lng}`, ProgrammeSummary),
        import('../lib/build-summary'),
        import('../lib/labels'),
      ]);
      const bytes = await buildSummaryDocx(summary, await loadLabels(lng));
      const day = summary.generatedAt.slice(0, 10);
      saveFile(bytes, `${fileSlug(summary.programme.name)}-summary-${day}-${lng}.docx`, MIME.docx);
      setSaid({ text: t('summary.done') });
    } catch {
      setSaid({ text: t('summary.failed'), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder mt="xl" component="section" aria-labelledby="summary-heading">
      <Title order={2} size="h3" id="summary-heading" mb="xs">
        {t('summary.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('summary.hint')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('summary.language')}
          value={lng}
          onChange={(e) => isLanguage(e.currentTarget.value) && setLng(e.currentTarget.value)}
        >
          {languageOptions()}
        </NativeSelect>
        <Button onClick={() => void download()} loading={busy}>
          {t('summary.download')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {said && (
          <Alert color={said.error ? 'red.9' : 'blue.9'} variant="outline" mt="sm">
            {said.text}
          </Alert>
        )}
      </div>
    </Card>
  );
}
