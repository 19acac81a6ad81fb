import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Workspace } from '@/domain';
import type { CreateWorkspaceBody } from '@/domain';
import { api } from '@/lib/api-client';
import { workspacesQueryOptions } from './get-workspaces';

export const createWorkspace = (body: CreateWorkspaceBody) => api('/workspaces', Workspace, { method: 'POST', body });

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWorkspace,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesQueryOptions().queryKey }),
  });
}
