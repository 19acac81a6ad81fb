import { Alert, Button, Group, NativeSelect, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy, VersionSummary } from '@/domain';
import { currentUser } from '@/lib/session';
import { languageOptions } from '@/components/form/language-options';
import { isLanguage } from '@/lib/i18n';
import type { Language } from '@/lib/i18n';
import { MIME, saveFile } from '../lib/files';
import { fileSlug } from '../lib/sanitize';

type Props = { before: Strategy; after: Strategy; from: VersionSummary; to: VersionSummary | null };

/**
 * The comparison on screen as a Word document with tracked changes, for the council, in the
 * language the secretary reads. The document code (docx) loads when someone asks for it.
 */
export function RedlineDownload({ before, after, from, to }: Props) {
  const { t, i18n } = useTranslation(['workflow', 'export']);
  const [lng, setLng] = useState<Language>(() => (isLanguage(i18n.language) ? i18n.language : 'en'));
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; error?: boolean } | null>(null);
  const label = (v: VersionSummary) =>
    t('compare.openTitle', { number: v.number, name: v.name || (v.action ? t(`actions.${v.action}`) : '') });

  const download = async () => {
    setBusy(true);
    setSaid(null);
    try {
      const [{ buildRedline, redlineFileName }, { loadLabels }] = await Promise.all([
        import('../lib/build-redline'),
        import('../lib/labels'),
      ]);
      const labels = await loadLabels(lng);
      const bytes = await buildRedline(
        {
          before,
          after,
          from: { label: label(from), by: from.by.name, at: from.at },
          to: to
            ? { label: label(to), by: to.by.name, at: to.at }
            : { label: t('compare.now'), by: currentUser()?.name ?? '', at: new Date().toISOString() },
        },
        labels,
      );
      const place = after.sections.partnership.data.municipality || after.workspace.name;
      const name = redlineFileName(place, from.number, to?.number ?? null, lng, fileSlug);
      saveFile(bytes, name, MIME.docx);
      setSaid({ text: t('compare.redlineDone', { name }) });
    } catch (e) {
      setSaid({ text: t('compare.redlineFailed', { message: e instanceof Error ? e.message : '' }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Text size="sm" mb="xs">
        {t('compare.redlineHint')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('compare.redlineLanguage')}
          value={lng}
          onChange={(e) => isLanguage(e.currentTarget.value) && setLng(e.currentTarget.value)}
        >
          {languageOptions()}
        </NativeSelect>
        <Button onClick={() => void download()} loading={busy}>
          {t('compare.redline')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {said && (
          <Alert color={said.error ? 'red.9' : 'green.9'} variant="outline" mt="sm">
            {said.text}
          </Alert>
        )}
      </div>
    </Paper>
  );
}
