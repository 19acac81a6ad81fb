import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { StoredItemSchema } from '@/domain';
import { IdeaSchema, IdeasSchema } from '@/domain/ideas';
import type { DecideIdeaBody, Idea, IdeaBody, IdeaTarget } from '@/domain/ideas';
import { api } from '@/lib/api-client';
import { strategyQueryKey } from '../api/get-strategy';
import { isLive } from '../live/live-status';
import { ideasQueryKey } from './keys';

// What the ideas board asks of the server; every change reads the board again, and live
// events bring the others' votes (live/live-connection.ts).

export function useIdeas<T = Idea[]>(workspaceId: string, select?: (ideas: Idea[]) => T) {
  return useQuery({
    queryKey: ideasQueryKey(workspaceId),
    queryFn: ({ signal }) => api(`/workspaces/${workspaceId}/ideas`, IdeasSchema, { signal }),
    select: (data: { ideas: Idea[] }) => (select ? select(data.ideas) : (data.ideas as T)),
    staleTime: 10_000,
    refetchInterval: () => (isLive(workspaceId) ? false : 30_000),
  });
}

function useBoardMutation<V, R>(workspaceId: string, fn: (v: V) => Promise<R>, alsoStrategy = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ideasQueryKey(workspaceId) });
      if (alsoStrategy) await client.invalidateQueries({ queryKey: strategyQueryKey(workspaceId) });
    },
  });
}

const base = (workspaceId: string) => `/workspaces/${workspaceId}/ideas`;

export const useProposeIdea = (workspaceId: string) =>
  useBoardMutation(workspaceId, (body: IdeaBody) =>
    api(base(workspaceId), IdeaSchema, { method: 'POST', body: { ...body, id: crypto.randomUUID() } }),
  );

export const useEditIdea = (workspaceId: string) =>
  useBoardMutation(workspaceId, ({ id, body }: { id: string; body: IdeaBody }) =>
    api(`${base(workspaceId)}/${id}`, IdeaSchema, { method: 'PATCH', body }),
  );

export const useRemoveIdea = (workspaceId: string) =>
  useBoardMutation(workspaceId, (id: string) => api(`${base(workspaceId)}/${id}`, null, { method: 'DELETE' }));

export const useVote = (workspaceId: string) =>
  useBoardMutation(workspaceId, ({ id, vote }: { id: string; vote: boolean }) =>
    api(`${base(workspaceId)}/${id}/vote`, IdeaSchema, { method: 'PUT', body: { vote } }),
  );

export const useDecideIdea = (workspaceId: string) =>
  useBoardMutation(workspaceId, ({ id, body }: { id: string; body: DecideIdeaBody }) =>
    api(`${base(workspaceId)}/${id}/decision`, IdeaSchema, { method: 'PUT', body }),
  );

export const useConvertIdea = (workspaceId: string) =>
  useBoardMutation(
    workspaceId,
    ({ id, kind }: { id: string; kind: IdeaTarget }) =>
      api(`${base(workspaceId)}/${id}/convert`, z.object({ idea: IdeaSchema, item: StoredItemSchema }), {
        method: 'POST',
        body: { kind, id: crypto.randomUUID() },
      }),
    true,
  );
