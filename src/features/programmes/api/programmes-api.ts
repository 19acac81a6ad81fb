import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Dashboard, EnrolledTown, Programme } from '@/domain/programmes';
import type { EnrolTownBody, ProgrammeBody } from '@/domain/programmes';

export type ProgrammeValues = z.output<typeof ProgrammeBody>;
import { api } from '@/lib/api-client';
import { sessionQueryKey } from '@/lib/session';

// What the coordinator's screens ask of the server (src/domain/programmes.ts).

export const programmesQueryKey = ['programmes'] as const;
export const dashboardQueryKey = (programmeId: string) => ['programmes', programmeId, 'dashboard'] as const;

export const programmesQueryOptions = () =>
  queryOptions({
    queryKey: programmesQueryKey,
    queryFn: ({ signal }) => api('/programmes', z.array(Programme), { signal }),
  });

export const useProgrammes = () => useQuery(programmesQueryOptions());

export const dashboardQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: dashboardQueryKey(programmeId),
    queryFn: ({ signal }) => api(`/programmes/${programmeId}/dashboard`, Dashboard, { signal }),
    // The towns write all day: a coordinator who keeps the dashboard open sees it move.
    refetchInterval: 60_000,
  });

export const useDashboard = (programmeId: string) => useQuery(dashboardQueryOptions(programmeId));

export function useSaveProgramme(programmeId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeValues) =>
      programmeId
        ? api(`/programmes/${programmeId}`, Programme, { method: 'PATCH', body: body satisfies ProgrammeBody })
        : api('/programmes', Programme, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: programmesQueryKey }),
  });
}

export function useEnrolTown(programmeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EnrolTownBody) =>
      api(`/programmes/${programmeId}/towns`, EnrolledTown, { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: programmesQueryKey }),
        // The new town is one more workspace the coordinator observes.
        client.invalidateQueries({ queryKey: sessionQueryKey }),
      ]),
  });
}
