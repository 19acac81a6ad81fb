import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CommentSchema, CommentsSchema, openCounts, ThreadSchema } from '@/domain/comments';
import type { Comments, NewCommentBody, Thread } from '@/domain/comments';
import { api } from '@/lib/api-client';
import { isLive } from '../live/live-status';
import { commentsQueryKey } from './keys';

// What the comments ask of the server. One query holds every thread of the workspace; item
// cards, steps and the panel select what they show from it.

export const commentsQueryOptions = (workspaceId: string) => ({
  queryKey: commentsQueryKey(workspaceId),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api(`/workspaces/${workspaceId}/comments`, CommentsSchema, { signal }),
  staleTime: 10_000,
  // Others' comments arrive live (live/); while the stream is down, look again now and then.
  refetchInterval: () => (isLive(workspaceId) ? false : 30_000),
});

export function useThreads<T = Thread[]>(workspaceId: string, select?: (threads: Thread[]) => T) {
  return useQuery({
    ...commentsQueryOptions(workspaceId),
    select: (data: Comments) => (select ? select(data.threads) : (data.threads as T)),
  });
}

/** Open threads on one item, section or the strategy: a card redraws only when its own count changes. */
export function useOpenCount(workspaceId: string, anchor: string): number {
  const { data } = useThreads(workspaceId, (threads) => openCounts(threads).byAnchor.get(anchor) ?? 0);
  return data ?? 0;
}

function useInvalidating<V, R>(workspaceId: string, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: commentsQueryKey(workspaceId) }),
  });
}

export const usePostComment = (workspaceId: string) =>
  useInvalidating(workspaceId, (body: NewCommentBody) =>
    api(`/workspaces/${workspaceId}/comments`, CommentSchema, { method: 'POST', body }),
  );

export const useEditComment = (workspaceId: string) =>
  useInvalidating(workspaceId, ({ id, body }: { id: string; body: string }) =>
    api(`/workspaces/${workspaceId}/comments/${id}`, CommentSchema, { method: 'PATCH', body: { body } }),
  );

export const useRemoveComment = (workspaceId: string) =>
  useInvalidating(workspaceId, (id: string) =>
    api(`/workspaces/${workspaceId}/comments/${id}`, null, { method: 'DELETE' }),
  );

export const useResolveThread = (workspaceId: string) =>
  useInvalidating(workspaceId, ({ id, resolved }: { id: string; resolved: boolean }) =>
    api(`/workspaces/${workspaceId}/comments/${id}/resolved`, ThreadSchema, { method: 'PUT', body: { resolved } }),
  );
