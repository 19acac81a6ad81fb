import { queryOptions, useQuery } from '@tanstack/react-query';
import { StrategySchema } from '@/domain';
import type { Strategy } from '@/domain';
import { api } from '@/lib/api-client';
import { loadSnapshot, saveSnapshot } from './strategy-snapshot';
import { isTyping } from './typing';

export async function getStrategy(workspaceId: string, signal?: AbortSignal): Promise<Strategy> {
  const strategy = await api(`/workspaces/${workspaceId}`, StrategySchema, { signal });
  saveSnapshot(strategy);
  return strategy;
}

export const strategyQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'strategy'] as const;

export const strategyQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: strategyQueryKey(workspaceId),
    queryFn: ({ signal, client, queryKey }) => {
      const held = client.getQueryData<Strategy>(queryKey);
      return held && isTyping(workspaceId) ? held : getStrategy(workspaceId, signal);
    },
    // Start from the copy kept on this device (if any) and ask the server at once.
    initialData: () => loadSnapshot(workspaceId),
    initialDataUpdatedAt: 0,
    // Other partners edit the same workspace: look again now and then.
    refetchInterval: 15_000,
    staleTime: 5_000,
  });

export const useStrategySnapshot = (workspaceId: string) => useQuery(strategyQueryOptions(workspaceId));
