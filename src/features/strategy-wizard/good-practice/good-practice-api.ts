import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { StoredItemSchema } from '@/domain';
import { TownPractice } from '@/domain/good-practice';
import { api } from '@/lib/api-client';
import { strategyQueryKey } from '../api/get-strategy';

// The good practice of the town's programme, and copying an entry into the plan.

export const goodPracticeQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'good-practice'] as const;

export const useTownPractices = (workspaceId: string) =>
  useQuery({
    queryKey: goodPracticeQueryKey(workspaceId),
    queryFn: ({ signal }) => api(`/workspaces/${workspaceId}/good-practice`, z.array(TownPractice), { signal }),
  });

export function useCopyPractice(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (practiceId: string) =>
      api(`/workspaces/${workspaceId}/good-practice/${practiceId}/copy`, z.object({ item: StoredItemSchema }), {
        method: 'POST',
        body: { id: crypto.randomUUID() },
      }),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: goodPracticeQueryKey(workspaceId) });
      await client.invalidateQueries({ queryKey: strategyQueryKey(workspaceId) });
    },
  });
}
