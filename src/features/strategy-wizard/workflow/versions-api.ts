import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { StrategySchema, VersionSummary } from '@/domain';
import { api } from '@/lib/api-client';

const KeptVersion = z.object({ version: VersionSummary, strategy: StrategySchema });
export type KeptVersion = z.infer<typeof KeptVersion>;

/** One kept version, whole; it never changes, so it is read once. */
export const useVersion = (workspaceId: string, versionId: string | null) =>
  useQuery({
    queryKey: ['workspaces', workspaceId, 'version', versionId],
    queryFn: ({ signal }) => api(`/workspaces/${workspaceId}/versions/${versionId}`, KeptVersion, { signal }),
    enabled: versionId !== null,
    staleTime: Infinity,
  });
