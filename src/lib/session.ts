import { queryOptions, useQuery } from '@tanstack/react-query';
import { actorsOf, SessionInfo, SESSION_WARNING_MS, workspaceAbilities } from '@/domain';
import type { Principal, SessionUser, WorkflowActor, WorkspaceAbilities, WorkspaceRole } from '@/domain';
import { api, ApiError } from './api-client';
import { queryClient } from './query-client';

// Who is signed in, for the whole SPA. The session itself is an HttpOnly cookie the page
// never sees; this is what the server says about it. Offline, the last person signed in on
// this page goes on working: their edits wait on the device under their own name.

const LAST_USER_KEY = 'libri.session.lastUser';

export const sessionQueryKey = ['session'] as const;

/** The session, or null when nobody is signed in (401). A network failure is thrown. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    const session = await api('/auth/session', SessionInfo, { signal });
    rememberUser(session.user, session.memberships, session.coordinates);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
    // Offline, asking again does not help; the gate falls back to the last person. Nor does
    // each new screen that shows the person ask again after a failure: that would put the
    // gate back to "loading" and remount the screen, in a loop. Reconnecting asks again.
    retry: false,
    retryOnMount: false,
    refetchOnWindowFocus: true,
  });

export const useSession = () => useQuery(sessionQueryOptions());

// ---------- the person whose edits this page keeps ----------

type LastPerson = { user: SessionUser; memberships: SessionInfo['memberships']; coordinates: string[] };

let last: LastPerson | null = readLastPerson();
let current: SessionUser | null = last?.user ?? null;
const userListeners = new Set<() => void>();

function readLastPerson(): LastPerson | null {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(LAST_USER_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<LastPerson>) : null;
    return parsed?.user?.id
      ? { user: parsed.user, memberships: parsed.memberships ?? {}, coordinates: parsed.coordinates ?? [] }
      : null;
  } catch {
    return null;
  }
}

function rememberUser(user: SessionUser, memberships: SessionInfo['memberships'], coordinates: string[]) {
  const changed = current?.id !== user.id;
  if (changed && current) dropCachedLists();
  current = user;
  last = { user, memberships, coordinates };
  try {
    localStorage.setItem(LAST_USER_KEY, JSON.stringify(last));
  } catch {
    // Storage refused: offline reloads will ask to sign in.
  }
  if (changed) userListeners.forEach((l) => l());
}

/** The person signed in on this page (or last signed in, when offline); storage keys are theirs. */
export const currentUser = () => current;
export const storageOwner = () => current?.id ?? 'nobody';

/** Called when the person changes (sign-in as someone else, sign-out). */
export function onUserChange(listener: () => void): () => void {
  userListeners.add(listener);
  return () => userListeners.delete(listener);
}

/**
 * The service worker keeps the last workspace list for offline starts (public/sw.js, `libri-data-*`):
 * it is one person's, so it goes when that person does.
 */
function dropCachedLists() {
  if (typeof caches === 'undefined') return;
  void caches
    .keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('libri-data')).map((k) => caches.delete(k))))
    .catch(() => undefined);
}

function forgetUser() {
  dropCachedLists();
  current = null;
  last = null;
  try {
    localStorage.removeItem(LAST_USER_KEY);
  } catch {
    // Nothing was kept.
  }
  userListeners.forEach((l) => l());
}

// ---------- edits not yet sent, across every open workspace ----------

export type UnsentEdits = {
  count(): number;
  /** Sends now what can be sent. */
  flush(): void;
  /** Forgets every unsent edit of the current person on this device. */
  discard(): void;
  subscribe(listener: () => void): () => void;
};
let unsent: UnsentEdits | null = null;

/** The save engine registers itself here: sign-out sends what waits first. */
export function provideUnsentEdits(provider: UnsentEdits) {
  unsent = provider;
}
export const unsentCount = () => unsent?.count() ?? 0;

/** Sends what waits and resolves with how many edits are still unsent after at most `timeoutMs`. */
export function sendUnsentEdits(timeoutMs = 8000): Promise<number> {
  const provider = unsent;
  if (!provider || provider.count() === 0) return Promise.resolve(0);
  provider.flush();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve(provider.count());
    };
    const timer = setTimeout(done, timeoutMs);
    const stop = provider.subscribe(() => {
      if (provider.count() === 0) done();
    });
  });
}

export const discardUnsentEdits = () => unsent?.discard();

// ---------- signing in and out ----------

export const SIGNED_IN_EVENT = 'libri:signed-in';

/**
 * The person signed out on this page (not a session that ended). The router shows the
 * sign-in page in a transition: until it has, the screen left behind still sees the session
 * go and must not send the person, or whoever signs in next, back to itself.
 */
let signedOutOnPurpose = false;
export const signedOutHere = () => signedOutOnPurpose;
/** A request was refused because the session has ended (the save engine tells the gate). */
export const SESSION_ENDED_EVENT = 'libri:session-ended';

/** After a sign-in: the session, fresh data for this person, and queued edits on their way. */
export function signedIn(session: SessionInfo) {
  const samePerson = current?.id === session.user.id;
  signedOutOnPurpose = false;
  rememberUser(session.user, session.memberships, session.coordinates);
  if (!samePerson) queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  queryClient.setQueryData(sessionQueryKey, session);
  void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  window.dispatchEvent(new Event(SIGNED_IN_EVENT));
}

/** Ends the session on the server (if it can be reached) and forgets this person's data on the page. */
export async function signOut(): Promise<void> {
  try {
    await api('/auth/sign-out', null, { method: 'POST' });
  } finally {
    forgetSignedOut();
  }
}

/** What the page forgets when its person is gone: their data in memory and the cached copies of strategies. */
export function forgetSignedOut() {
  signedOutOnPurpose = true;
  forgetUser();
  queryClient.setQueryData(sessionQueryKey, null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
}

/** "Stay signed in": the request is the activity. */
export async function keepAlive(): Promise<void> {
  const session = await api('/auth/keep-alive', SessionInfo, { method: 'POST' });
  queryClient.setQueryData(sessionQueryKey, session);
}

/** When the idle warning shows: two minutes before the session would end. */
export const warningAt = (session: SessionInfo) =>
  Math.min(Date.parse(session.idleExpiresAt), Date.parse(session.expiresAt)) - SESSION_WARNING_MS;

/** What the signed-in person may do in one workspace: the domain's `can()`, as the server asks it. */
export function useAbilities(workspaceId: string): WorkspaceAbilities {
  const { data } = useSession();
  // Offline with no answer from the server, the last person keeps the roles they had.
  const known = data ?? last;
  return workspaceAbilities(
    principalOf(known?.user),
    known?.memberships[workspaceId] ?? null,
    known?.coordinates.includes(workspaceId) ?? false,
  );
}

/** Everyone the signed-in person acts as in one workspace (workflow.ts): their role, and its programme's coordinator. */
export function useActors(workspaceId: string): WorkflowActor[] {
  const { data } = useSession();
  const known = data ?? last;
  return actorsOf(known?.memberships[workspaceId] ?? null, known?.coordinates.includes(workspaceId) ?? false);
}

/** The person as `can()` sees them. */
const principalOf = (user: SessionUser | undefined | null): Principal =>
  user ? { userId: user.id, systemRole: user.systemRole } : null;

/** What the signed-in person may do in a workspace where they hold `role` (as the list of workspaces says). */
export function useRoleAbilities(role: WorkspaceRole | null): WorkspaceAbilities {
  const { data } = useSession();
  return workspaceAbilities(principalOf(data?.user ?? current), role);
}
