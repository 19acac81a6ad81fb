import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { Member } from '@/domain';
import { api } from './api-client';

// Who is a member of a workspace: the members screen lists them, comments mention them.

export const membersKey = (workspaceId: string) => ['workspace', workspaceId, 'members'] as const;

export const membersQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: membersKey(workspaceId),
    queryFn: ({ signal }) => api(`/workspaces/${workspaceId}/members`, z.array(Member), { signal }),
  });
