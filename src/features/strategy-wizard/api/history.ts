import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ChangedBySchema, Timestamp } from '@/domain';
import { api } from '@/lib/api-client';

// GET /api/workspaces/:id/history/:record — who changed which fields of a record, from what
// to what, newest first; texts set aside in a conflict, and what a deleted item held.

const Change = z.object({ from: z.unknown().optional(), to: z.unknown().optional() });
export const HistoryEntry = z.object({
  id: z.number(),
  at: Timestamp,
  firstAt: Timestamp,
  by: ChangedBySchema,
  action: z.enum(['created', 'changed', 'deleted', 'setAside']),
  fields: z.record(z.string(), Change),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
const HistoryResponse = z.object({ entries: z.array(HistoryEntry) });

export const historyQueryKey = (workspaceId: string, record: string) =>
  ['workspaces', workspaceId, 'history', record] as const;

export const useHistory = (workspaceId: string, record: string) =>
  useQuery({
    queryKey: historyQueryKey(workspaceId, record),
    queryFn: async ({ signal }) =>
      (await api(`/workspaces/${workspaceId}/history/${record}`, HistoryResponse, { signal })).entries,
  });
