import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  AccountSummary,
  ActiveSession,
  AuditEntry,
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  Member,
  OwnData,
  RecoveryCodes,
  ResetLink,
  ResetPreview,
  SessionInfo,
  SetupInfo,
  SignInResult,
  TwoStepSetup,
  WorkspaceSummary,
} from '@/domain';
import type { CreateAccountBody, SignInBody, SignUpBody, UpdateAccountBody, WorkspaceRole } from '@/domain';
import { api } from '@/lib/api-client';
import { membersKey, membersQueryOptions } from '@/lib/members';
import { signedIn } from '@/lib/session';

// What the sign-in, account, members and invitation screens ask of the server.

export const useSetupInfo = () =>
  useQuery({ queryKey: ['auth', 'setup'], queryFn: ({ signal }) => api('/auth/setup', SetupInfo, { signal }) });

/** Signed in, or the step still to take (the code from the app, or setting the app up). */
export async function signInWith(body: SignInBody): Promise<SignInResult> {
  const result = await api('/auth/sign-in', SignInResult, { method: 'POST', body });
  if (!('stage' in result)) signedIn(result);
  return result;
}

export async function verifyCode(code: string): Promise<SessionInfo> {
  const session = await api('/auth/two-step/verify', SessionInfo, { method: 'POST', body: { code } });
  signedIn(session);
  return session;
}

export const startTwoStepSetup = () => api('/auth/two-step/setup', TwoStepSetup, { method: 'POST' });

/** Turns it on; the session it answers is taken once the person has seen their recovery codes. */
export const enableTwoStep = (code: string) =>
  api('/auth/two-step/enable', RecoveryCodes, { method: 'POST', body: { code } });

export async function disableTwoStep(code: string): Promise<SessionInfo> {
  const session = await api('/auth/two-step/disable', SessionInfo, { method: 'POST', body: { code } });
  signedIn(session);
  return session;
}

export const useSessions = () =>
  useQuery({
    queryKey: ['auth', 'sessions'],
    queryFn: ({ signal }) => api('/auth/sessions', z.array(ActiveSession), { signal }),
  });

export const signOutEverywhere = () => api('/auth/sessions', null, { method: 'DELETE' });

// ---------- members ----------

const invitationsKey = (workspaceId: string) => ['workspace', workspaceId, 'invitations'] as const;

export const useMembers = (workspaceId: string) => useQuery(membersQueryOptions(workspaceId));

export const useInvitations = (workspaceId: string, enabled: boolean) =>
  useQuery({
    queryKey: invitationsKey(workspaceId),
    queryFn: ({ signal }) => api(`/workspaces/${workspaceId}/invitations`, z.array(Invitation), { signal }),
    enabled,
  });

export function useChangeRole(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: WorkspaceRole }) =>
      api(`/workspaces/${workspaceId}/members/${userId}`, Member, { method: 'PATCH', body: { role } }),
    onSettled: () => client.invalidateQueries({ queryKey: membersKey(workspaceId) }),
  });
}

export function useRemoveMember(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api(`/workspaces/${workspaceId}/members/${userId}`, null, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: membersKey(workspaceId) }),
  });
}

export function useCreateInvitation(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (role: WorkspaceRole) =>
      api(`/workspaces/${workspaceId}/invitations`, CreatedInvitation, { method: 'POST', body: { role } }),
    onSettled: () => client.invalidateQueries({ queryKey: invitationsKey(workspaceId) }),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api(`/workspaces/${workspaceId}/invitations/${invitationId}`, null, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: invitationsKey(workspaceId) }),
  });
}

/** The link a lead sends: this app's address with the invitation's token. */

// ---------- joining by invitation ----------

export const useInvitationPreview = (token: string) =>
  useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => api(`/invitations/${token}`, InvitationPreview, { signal }),
  });

export const acceptInvitation = (token: string) =>
  api(`/invitations/${token}/accept`, z.object({ workspaceId: z.string() }), { method: 'POST' });

export async function signUpWithInvitation(token: string, body: SignUpBody) {
  const result = await api(`/invitations/${token}/sign-up`, SessionInfo.extend({ workspaceId: z.string() }), {
    method: 'POST',
    body,
  });
  signedIn(result);
  return result;
}

// ---------- administration ----------

const accountsKey = ['admin', 'accounts'] as const;

export const useAccounts = () =>
  useQuery({
    queryKey: accountsKey,
    queryFn: ({ signal }) => api('/admin/users', z.array(AccountSummary), { signal }),
  });

export const useAllWorkspaces = () =>
  useQuery({
    queryKey: ['workspaces', 'list'],
    queryFn: ({ signal }) => api('/workspaces', z.array(WorkspaceSummary), { signal }),
  });

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAccountBody) => api('/admin/users', ResetLink, { method: 'POST', body }),
    onSettled: () => client.invalidateQueries({ queryKey: accountsKey }),
  });
}

export function useUpdateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAccountBody & { id: string }) =>
      api(`/admin/users/${id}`, AccountSummary, { method: 'PATCH', body }),
    onSettled: () => client.invalidateQueries({ queryKey: accountsKey }),
  });
}

export const makeResetLink = (userId: string) =>
  api(`/admin/users/${userId}/reset-link`, ResetLink, { method: 'POST' });

export function useAssignLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ workspaceId, email }: { workspaceId: string; email: string }) =>
      api(`/admin/workspaces/${workspaceId}/lead`, null, { method: 'PUT', body: { email } }),
    onSettled: () => client.invalidateQueries({ queryKey: ['workspaces', 'list'] }),
  });
}

/** The activity log of one workspace, or of the whole installation. */
export const useAudit = (workspaceId: string | null, enabled = true) =>
  useQuery({
    queryKey: ['audit', workspaceId ?? 'all'],
    queryFn: ({ signal }) =>
      api(workspaceId ? `/workspaces/${workspaceId}/audit` : '/admin/audit', z.array(AuditEntry), { signal }),
    enabled,
  });

export const resetLinkUrl = (token: string) => `${window.location.origin}/reset/${token}`;

export const useResetPreview = (token: string) =>
  useQuery({
    queryKey: ['reset', token],
    queryFn: ({ signal }) => api(`/password-reset/${token}`, ResetPreview, { signal }),
  });

export async function setPasswordWith(token: string, password: string): Promise<SessionInfo> {
  const session = await api(`/password-reset/${token}`, SessionInfo, { method: 'POST', body: { password } });
  signedIn(session);
  return session;
}

/** Downloads what the installation keeps about the signed-in person, as a JSON file. */
export async function downloadOwnData() {
  const data = await api('/auth/account/data', OwnData);
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `libri-my-data-${data.exportedAt.slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const deleteOwnAccount = (password: string) =>
  api('/auth/account/delete', null, { method: 'POST', body: { password } });
