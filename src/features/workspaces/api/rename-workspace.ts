import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Workspace } from '@/domain';
import { api } from '@/lib/api-client';
import { workspacesQueryOptions } from './get-workspaces';

export const renameWorkspace = ({ id, name }: { id: string; name: string }) =>
  api(`/workspaces/${id}`, Workspace, { method: 'PATCH', body: { name } });

export function useRenameWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameWorkspace,
    onSuccess: (ws) => {
      void queryClient.invalidateQueries({ queryKey: workspacesQueryOptions().queryKey });
      void queryClient.invalidateQueries({ queryKey: ['workspaces', ws.id] });
    },
  });
}
