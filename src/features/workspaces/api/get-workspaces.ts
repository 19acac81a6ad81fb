import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { WorkspaceSummary } from '@/domain';
import { api } from '@/lib/api-client';

export const getWorkspaces = (signal?: AbortSignal) => api('/workspaces', z.array(WorkspaceSummary), { signal });

export const workspacesQueryOptions = () =>
  queryOptions({ queryKey: ['workspaces', 'list'] as const, queryFn: ({ signal }) => getWorkspaces(signal) });

export const useWorkspaces = () => useQuery(workspacesQueryOptions());
