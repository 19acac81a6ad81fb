import { Button, FileInput, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_MAX_BYTES, parseBackup } from '@/domain/backup';
import type { BackupFile, BackupProblem } from '@/domain/backup';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useImportBackup } from '../api/import-backup';

type Checked = { file: File; backup: BackupFile };

/** Imports a backup file as a new workspace; a bad file is refused at the field, and nothing is created. */
export function ImportBackup({ onImported }: { onImported: (workspace: { id: string; name: string }) => void }) {
  const { t, i18n } = useTranslation('export');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const importing = useImportBackup();

  const problem = (p: BackupProblem) => {
    const { key, ...vars } = p;
    return t(key, vars);
  };

  async function choose(next: File | null) {
    setFile(next);
    setChecked(null);
    setError(null);
    importing.reset();
    if (!next) return;
    // Checked here first, so the server only ever sees files that look right.
    if (next.size > BACKUP_MAX_BYTES)
      return setError(problem({ key: 'backup.tooLarge', maxMb: BACKUP_MAX_BYTES / 1_000_000 }));
    let text: string;
    try {
      text = await next.text();
    } catch {
      return setError(t('import.readFailed'));
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) return setError(problem(parsed.problem));
    setChecked({ file: next, backup: parsed.backup });
  }

  function submit() {
    if (!checked || importing.isPending) return;
    importing.mutate(checked.backup, {
      onSuccess: (workspace) => onImported(workspace),
      onError: (e) =>
        setError(e instanceof ApiError ? t('import.serverRefused', { message: e.message }) : t('import.network')),
    });
  }

  const exportedAt = checked ? formatDate(checked.backup.exportedAt, i18n.language) : '';

  return (
    <Stack gap="sm">
      <Title order={2}>{t('import.title')}</Title>
      <FileInput
        label={t('import.label')}
        description={t('import.description')}
        placeholder={t('import.placeholder')}
        accept="application/json,.json"
        value={file}
        onChange={(f) => void choose(f)}
        error={error}
        clearable
        maw={480}
      />
      {checked && <Text size="sm">{t('import.ready', { name: checked.backup.workspace.name, date: exportedAt })}</Text>}
      <div>
        <Button
          onClick={submit}
          aria-disabled={!checked || importing.isPending || undefined}
          data-disabled={!checked || importing.isPending || undefined}
          leftSection={importing.isPending ? <Loader size="xs" color="currentColor" aria-hidden /> : undefined}
        >
          {t('import.submit')}
        </Button>
      </div>
      <Text role="status" size="sm" c="gray.8">
        {importing.isPending
          ? t('import.busy')
          : importing.isSuccess
            ? t('import.done', { name: importing.data.name })
            : ''}
      </Text>
    </Stack>
  );
}
