import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Workspace } from '@/domain';
import type { BackupFile } from '@/domain/backup';
import { api } from '@/lib/api-client';

// POST /api/workspaces/import: the server checks the backup again and creates a new
// workspace from it (201 Workspace), or refuses it with a message and creates nothing.

export const importBackup = (backup: BackupFile) =>
  api('/workspaces/import', Workspace, { method: 'POST', body: backup });

export function useImportBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importBackup,
    // Every list of workspaces now has one more (the key prefix of the workspaces feature).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces'] }),
  });
}
