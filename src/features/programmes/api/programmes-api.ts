import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Dashboard, EnrolledTown, Programme, ProgrammeLink, ProgrammeLinkPreview } from '@/domain/programmes';
import { Workspace } from '@/domain';
import type { EnrolTownBody, ProgrammeBody } from '@/domain/programmes';

export type ProgrammeValues = z.output<typeof ProgrammeBody>;
import { GoodPractice } from '@/domain/good-practice';
import type { MarkPracticeBody } from '@/domain/good-practice';
import { api } from '@/lib/api-client';
import { currentUser, sessionQueryKey } from '@/lib/session';

// What the coordinator's screens ask of the server (src/domain/programmes.ts).

export const programmesQueryKey = ['programmes'] as const;
export const dashboardQueryKey = (programmeId: string) => ['programmes', programmeId, 'dashboard'] as const;

export const programmesQueryOptions = () =>
  queryOptions({
    queryKey: programmesQueryKey,
    queryFn: ({ signal }) => api('/programmes', z.array(Programme), { signal }),
  });

export const useProgrammes = () => useQuery(programmesQueryOptions());

/** Whether the signed-in person coordinates this programme (administrators see it without). */
export function useCoordinates(programmeId: string): boolean {
  const programmes = useProgrammes();
  const me = currentUser()?.id;
  return programmes.data?.find((p) => p.id === programmeId)?.coordinators.some((c) => c.id === me) ?? false;
}

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

// ---------- good practice ----------

export const practicesQueryKey = (programmeId: string) => ['programmes', programmeId, 'good-practice'] as const;

export const useProgrammePractices = (programmeId: string) =>
  useQuery({
    queryKey: practicesQueryKey(programmeId),
    queryFn: ({ signal }) => api(`/programmes/${programmeId}/good-practice`, z.array(GoodPractice), { signal }),
  });

export function useMarkPractice(programmeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkPracticeBody) =>
      api(`/programmes/${programmeId}/good-practice`, GoodPractice, { method: 'POST', body }),
    onSettled: () => client.invalidateQueries({ queryKey: practicesQueryKey(programmeId) }),
  });
}

export function useRemovePractice(programmeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (practiceId: string) =>
      api(`/programmes/${programmeId}/good-practice/${practiceId}`, null, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: practicesQueryKey(programmeId) }),
  });
}

// ---------- links that bring an existing strategy into a programme ----------

export const useMakeProgrammeLink = (programmeId: string) =>
  useMutation({
    mutationFn: () => api(`/programmes/${programmeId}/links`, ProgrammeLink, { method: 'POST' }),
  });

export const programmeLinkUrl = (token: string) => `${window.location.origin}/join-programme/${token}`;

export const useProgrammeLinkPreview = (token: string) =>
  useQuery({
    queryKey: ['programme-links', token],
    queryFn: ({ signal }) => api(`/programme-links/${token}`, ProgrammeLinkPreview, { signal }),
    retry: false,
  });

export function useJoinProgramme(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (workspaceId: string) =>
      api(`/programme-links/${token}/accept`, Workspace, { method: 'POST', body: { workspaceId } }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['workspaces'] }),
        client.invalidateQueries({ queryKey: sessionQueryKey }),
      ]),
  });
}
