import { queryOptions, useQuery } from '@tanstack/react-query';
import { StrategySchema } from '@/domain';
import type { Strategy } from '@/domain';
import { api } from '@/lib/api-client';

export const getStrategy = (workspaceId: string, signal?: AbortSignal): Promise<Strategy> =>
  api(`/workspaces/${workspaceId}`, StrategySchema, { signal });

export const strategyQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'strategy'] as const;

export const strategyQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: strategyQueryKey(workspaceId),
    queryFn: ({ signal }) => getStrategy(workspaceId, signal),
    // Other partners edit the same workspace: look again now and then.
    refetchInterval: 15_000,
    staleTime: 5_000,
  });

export const useStrategySnapshot = (workspaceId: string) => useQuery(strategyQueryOptions(workspaceId));
