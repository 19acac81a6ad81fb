import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { ActiveSession, SessionInfo, SignInBody, SignInStep } from '@/domain';
import type { SetupInfo } from '@/domain';
import { audit } from '../../audit';
import { requireAuth } from '../../auth/guard';
import { blockedUntil, clearFailures, recordFailure, signInLimitKeys } from '../../auth/limits';
import { verifyNobody, verifyPassword } from '../../auth/passwords';
import {
  absoluteExpiry,
  createSession,
  endAllSessions,
  endSession,
  idleExpiry,
  listSessions,
} from '../../auth/sessions';
import type { SessionRow, SessionStage } from '../../auth/sessions';
import {
  countAdmins,
  findUserByEmail,
  listDemoUsers,
  membershipsOf,
  needsTwoStep,
  toSessionUser,
} from '../../auth/users';
import type { UserRow } from '../../auth/users';
import { ApiError } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { demoRoleOf } from '../../seed';
import { coordinatedWorkspaces } from '../../store/programmes';

type C = Context<AppEnv>;

export async function sessionInfo(c: C, user: UserRow, session: SessionRow): Promise<SessionInfo> {
  return SessionInfo.parse({
    user: toSessionUser(user),
    memberships: await membershipsOf(c.var.db, user.id),
    coordinates: await coordinatedWorkspaces(c.var.db, user.id),
    idleExpiresAt: idleExpiry(session).toISOString(),
    expiresAt: absoluteExpiry(session).toISOString(),
  });
}

/** Starts a session for `user` and sets its cookie: a new token at every sign-in (and at every step of one). */
export async function startSession(c: C, user: UserRow): Promise<SessionInfo> {
  const session = await newSessionCookie(c, user, 'full');
  return sessionInfo(c, user, session);
}

export async function startPartialSession(c: C, user: UserRow, stage: 'second-factor' | 'setup') {
  await newSessionCookie(c, user, stage);
}

async function newSessionCookie(c: C, user: UserRow, stage: SessionStage): Promise<SessionRow> {
  // Whoever was signed in on this browser before is signed out: one session per cookie.
  if (c.var.auth) await endSession(c.var.db, c.var.auth.session.id);
  if (c.var.pending) await endSession(c.var.db, c.var.pending.session.id);
  const { token, session } = await createSession(
    c.var.db,
    user.id,
    c.req.header('user-agent') ?? '',
    new Date(),
    stage,
  );
  setCookie(c, c.var.cookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.secure,
  });
  return session;
}

export async function current(c: C) {
  const { user, session } = requireAuth(c);
  return c.json(await sessionInfo(c, user, session));
}

/** What the sign-in page shows before anyone is signed in. */
export async function setup(c: C) {
  const demo = await listDemoUsers(c.var.db);
  const info: SetupInfo = {
    demoAccounts: demo.flatMap((u) => {
      const role = demoRoleOf(u.email);
      return role ? [{ email: u.email, role }] : [];
    }),
    needsAdmin: (await countAdmins(c.var.db)) === 0,
  };
  return c.json(info);
}

/** The 429 of a blocked sign-in (a password or a second step), saying when to try again. */
export function tooMany(c: C, until: Date, now: Date): never {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  c.header('Retry-After', String(seconds));
  throw new ApiError(
    429,
    'rate_limited',
    `Too many sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minutes, at ${until.toISOString().slice(11, 16)} UTC`,
    { current: { retryAt: until.toISOString() } },
  );
}

export async function signIn(c: C) {
  const { email, password } = await readBody(c, SignInBody);
  const db = c.var.db;
  const now = new Date();
  const keys = signInLimitKeys(email, c.var.ip);
  const blocked = await blockedUntil(db, keys, now);
  if (blocked) {
    await audit(db, { action: 'sign-in-blocked', target: email, ip: c.var.ip });
    tooMany(c, blocked, now);
  }
  const user = await findUserByEmail(db, email);
  // The same work and the same answer whether the account exists, is disabled or the password is wrong.
  const ok = user ? await verifyPassword(user.password_hash, password) : await verifyNobody(password);
  if (!user || !ok || user.disabled_at) {
    await recordFailure(db, keys, now);
    await audit(db, {
      action: 'sign-in-failed',
      actorId: user?.id ?? null,
      actorEmail: user?.email ?? '',
      target: user ? user.email : 'an unknown e-mail address',
      ip: c.var.ip,
    });
    throw new ApiError(401, 'unauthenticated', 'The e-mail address or the password is not right', {
      field: 'password',
    });
  }
  await clearFailures(db, keys[0]);
  // The password was right; administrators, coordinators and whoever turned it on take a second step.
  const stage = user.totp_secret ? 'second-factor' : needsTwoStep(user) ? 'setup' : 'full';
  if (stage !== 'full') {
    await startPartialSession(c, user, stage);
    return c.json(SignInStep.parse({ stage, email: user.email }));
  }
  const info = await startSession(c, user);
  await audit(db, { action: 'sign-in', actorId: user.id, actorEmail: user.email, ip: c.var.ip });
  return c.json(info);
}

export async function signOut(c: C) {
  if (c.var.pending) await endSession(c.var.db, c.var.pending.session.id);
  const auth = c.var.auth;
  if (auth) {
    await endSession(c.var.db, auth.session.id);
    await audit(c.var.db, { action: 'sign-out', actorId: auth.user.id, actorEmail: auth.user.email, ip: c.var.ip });
  }
  deleteCookie(c, c.var.cookieName, { path: '/', secure: c.var.secure });
  return c.body(null, 204);
}

/** "Stay signed in": the request itself is the activity that restarts the idle expiry. */
export async function keepAlive(c: C) {
  const { user, session } = requireAuth(c);
  return c.json(await sessionInfo(c, user, session));
}

export async function sessions(c: C) {
  const { user, session } = requireAuth(c);
  return c.json(z.array(ActiveSession).parse(await listSessions(c.var.db, user.id, session.id, new Date())));
}

export async function signOutEverywhere(c: C) {
  const { user } = requireAuth(c);
  await endAllSessions(c.var.db, user.id);
  await audit(c.var.db, { action: 'sign-out-everywhere', actorId: user.id, actorEmail: user.email, ip: c.var.ip });
  deleteCookie(c, c.var.cookieName, { path: '/', secure: c.var.secure });
  return c.body(null, 204);
}
