import { queryOptions, useQuery } from '@tanstack/react-query';
import { StrategySchema } from '@/domain';
import type { Strategy } from '@/domain';
import { api, AS_SENT } from '@/lib/api-client';
import { afterFirstFrame } from '@/lib/first-frame';
import { loadSnapshot, saveSnapshot } from './strategy-snapshot';
import { isTyping } from './typing';
import { isLive } from '../live/live-status';

export async function getStrategy(workspaceId: string, signal?: AbortSignal): Promise<Strategy> {
  const raw = await api(`/workspaces/${workspaceId}`, AS_SENT, { signal });
  // Checked against the rules after the page's first frame, which does not need it.
  await afterFirstFrame();
  const strategy = StrategySchema.parse(raw);
  saveSnapshot(strategy);
  return strategy;
}

/** A fetched copy older than the one live updates have brought meanwhile is not taken. */
const newest = (held: Strategy | undefined, fetched: Strategy) =>
  held && held.workspace.id === fetched.workspace.id && (held.seq ?? 0) > (fetched.seq ?? 0) ? held : fetched;

export const strategyQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'strategy'] as const;

export const strategyQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: strategyQueryKey(workspaceId),
    queryFn: async ({ signal, client, queryKey }) => {
      const held = client.getQueryData<Strategy>(queryKey);
      if (held && isTyping(workspaceId)) return held;
      const fetched = await getStrategy(workspaceId, signal);
      return newest(client.getQueryData<Strategy>(queryKey), fetched);
    },
    // Start from the copy kept on this device (if any) and ask the server at once.
    initialData: () => loadSnapshot(workspaceId),
    initialDataUpdatedAt: 0,
    // Other partners edit the same workspace: their changes arrive live (live/); while the
    // stream is down, look again now and then.
    refetchInterval: () => (isLive(workspaceId) ? false : 15_000),
    staleTime: 5_000,
  });

export const useStrategySnapshot = (workspaceId: string) => useQuery(strategyQueryOptions(workspaceId));
