import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LIMITS, Workspace, WorkspaceSummary } from '@/domain';
import type { BackupFile } from '@/domain/backup';
import { api } from '@/lib/api-client';

// POST /api/workspaces/import: the server checks the backup again and creates a new
// workspace from it (201 Workspace), or refuses it with a message and creates nothing.

export const importBackup = (backup: BackupFile) =>
  api('/workspaces/import', Workspace, { method: 'POST', body: backup });

/**
 * A name no workspace of this person has yet: the original's, else "… (copy)", "… (copy 2)"…
 * in the person's language, within the length a name may have.
 */
export function copyName(name: string, taken: ReadonlySet<string>, copy: (name: string, n: number) => string): string {
  if (!taken.has(name)) return name;
  for (let n = 1; ; n++) {
    const suffix = copy('', n);
    const candidate = copy(name.slice(0, Math.max(1, LIMITS.name - suffix.length)).trimEnd(), n);
    if (!taken.has(candidate)) return candidate;
  }
}

export function useImportBackup() {
  const queryClient = useQueryClient();
  const { t } = useTranslation('export');
  return useMutation({
    mutationFn: async (backup: BackupFile) => {
      // Two entries of one name in the list would be told apart by nothing: the import is "(copy)".
      const mine = await api('/workspaces', z.array(WorkspaceSummary)).catch(() => []);
      const name = copyName(backup.workspace.name, new Set(mine.map((w) => w.name)), (base, n) =>
        n === 1 ? t('import.copyName', { name: base }) : t('import.copyNameN', { name: base, n }),
      );
      return importBackup({ ...backup, workspace: { ...backup.workspace, name } });
    },
    // Every list of workspaces now has one more (the key prefix of the workspaces feature).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces'] }),
  });
}
