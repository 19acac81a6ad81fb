import { randomUUID } from 'node:crypto';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '@/domain';
import type { ActiveSession } from '@/domain';
import type { Queryable } from '../db/database';
import { iso } from '../store/time';
import { hashToken, newToken } from './tokens';
import type { UserRow } from './users';

// Sessions live in the database (PGlite and PostgreSQL alike): a new random token at every
// sign-in, only its hash stored, ended after 30 minutes without activity or 12 hours at most.

/** `full`: signed in. `second-factor`: the password was right, the code is awaited. `setup`: two-step sign-in must be set up first. */
export type SessionStage = 'full' | 'second-factor' | 'setup';

export type SessionRow = {
  id: string;
  user_id: string;
  stage: SessionStage;
  created_at: Date | string;
  last_seen_at: Date | string;
  expires_at: Date | string;
  user_agent: string;
};

export type CurrentSession = { session: SessionRow; user: UserRow };

export const idleExpiry = (s: SessionRow) => new Date(new Date(s.last_seen_at).getTime() + SESSION_IDLE_MS);
export const absoluteExpiry = (s: SessionRow) => new Date(s.expires_at);
/** When the session ends: the earlier of the idle and the absolute expiry. */
export const sessionEnds = (s: SessionRow) => new Date(Math.min(idleExpiry(s).getTime(), absoluteExpiry(s).getTime()));

export async function createSession(
  q: Queryable,
  userId: string,
  userAgent: string,
  now: Date,
  stage: SessionStage = 'full',
): Promise<{ token: string; session: SessionRow }> {
  const token = newToken();
  // A half-done sign-in lasts minutes, not hours.
  const maxMs = stage === 'full' ? SESSION_MAX_MS : 10 * 60 * 1000;
  const [row] = await q.query<SessionRow>(
    `insert into sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, user_agent, stage)
     values ($1, $2, $3, $4, $4, $5, $6, $7) returning *`,
    [
      randomUUID(),
      hashToken(token),
      userId,
      now.toISOString(),
      new Date(now.getTime() + maxMs).toISOString(),
      userAgent.slice(0, 300),
      stage,
    ],
  );
  return { token, session: row as SessionRow };
}

/**
 * The live session of a cookie's token, or undefined. An ended one is deleted on the way and
 * reported to `onEnded` (for the audit log), once: the next request finds nothing.
 */
export async function findSession(
  q: Queryable,
  token: string,
  now: Date,
  onEnded?: (user: UserRow) => Promise<void>,
): Promise<CurrentSession | undefined> {
  const rows = await q.query<SessionRow & { u: UserRow }>(
    `select s.*, row_to_json(u.*) as u from sessions s join users u on u.id = s.user_id where s.token_hash = $1`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { u, ...session } = row;
  if (sessionEnds(session) <= now || u.disabled_at) {
    const deleted = await q.query('delete from sessions where id = $1 returning id', [session.id]);
    if (deleted.length > 0 && session.stage === 'full') await onEnded?.(u);
    return undefined;
  }
  return { session, user: u };
}

/** Activity: the idle expiry starts again from now. */
export async function touchSession(q: Queryable, session: SessionRow, now: Date): Promise<SessionRow> {
  const [row] = await q.query<SessionRow>('update sessions set last_seen_at = $2 where id = $1 returning *', [
    session.id,
    now.toISOString(),
  ]);
  return row ?? session;
}

export async function endSession(q: Queryable, id: string): Promise<void> {
  await q.query('delete from sessions where id = $1', [id]);
}

export async function endAllSessions(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from sessions where user_id = $1', [userId]);
}

export async function listSessions(
  q: Queryable,
  userId: string,
  currentId: string,
  now: Date,
): Promise<ActiveSession[]> {
  const rows = await q.query<SessionRow>('select * from sessions where user_id = $1 order by last_seen_at desc', [
    userId,
  ]);
  return rows
    .filter((s) => sessionEnds(s) > now && s.stage === 'full')
    .map((s) => ({
      id: s.id,
      current: s.id === currentId,
      createdAt: iso(s.created_at),
      lastSeenAt: iso(s.last_seen_at),
      userAgent: s.user_agent,
    }));
}

/** Housekeeping at start and now and then: ended sessions are of no use to anyone. */
export async function deleteEndedSessions(q: Queryable, now: Date): Promise<void> {
  await q.query('delete from sessions where expires_at <= $1 or last_seen_at <= $2', [
    now.toISOString(),
    new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
  ]);
}
