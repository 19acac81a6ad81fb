import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { forgetLocalData } from '@/lib/local-data';
import { workspacesQueryOptions } from './get-workspaces';

export const deleteWorkspace = (id: string) => api(`/workspaces/${id}`, null, { method: 'DELETE' });

export function useDeleteWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWorkspace,
    onSuccess: (_r, id) => {
      queryClient.removeQueries({ queryKey: ['workspaces', id] });
      forgetLocalData(id);
      return queryClient.invalidateQueries({ queryKey: workspacesQueryOptions().queryKey });
    },
  });
}
