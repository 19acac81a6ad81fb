import type { Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { DeleteAccountBody, OwnData } from '@/domain';
import { audit } from '../../audit';
import { requireAuth } from '../../auth/guard';
import { verifyPassword } from '../../auth/passwords';
import { endAllSessions } from '../../auth/sessions';
import { toSessionUser } from '../../auth/users';
import { ApiError, conflict } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { iso } from '../../store/time';

type C = Context<AppEnv>;

/** Everything the installation keeps about the signed-in person, as one JSON file. */
export async function ownData(c: C) {
  const { user } = requireAuth(c);
  const db = c.var.db;
  const memberships = await db.query<{ name: string; role: string; created_at: Date | string }>(
    `select w.name, m.role, m.created_at from memberships m join workspaces w on w.id = m.workspace_id
     where m.user_id = $1 order by w.name`,
    [user.id],
  );
  const sessions = await db.query<{ created_at: Date | string; last_seen_at: Date | string; user_agent: string }>(
    'select created_at, last_seen_at, user_agent from sessions where user_id = $1 order by created_at',
    [user.id],
  );
  const activity = await db.query<{ at: Date | string; action: string; target: string; ip: string }>(
    'select at, action, target, ip from audit_log where actor_id = $1 order by at, id',
    [user.id],
  );
  const data = OwnData.parse({
    exportedAt: new Date().toISOString(),
    account: { ...toSessionUser(user), createdAt: iso(user.created_at) },
    memberships: memberships.map((m) => ({ workspace: m.name, role: m.role, since: iso(m.created_at) })),
    sessions: sessions.map((s) => ({
      started: iso(s.created_at),
      lastSeen: iso(s.last_seen_at),
      browser: s.user_agent,
    })),
    activity: activity.map((a) => ({ at: iso(a.at), action: a.action, target: a.target, from: a.ip })),
  });
  c.header('Content-Disposition', `attachment; filename="libri-my-data-${data.exportedAt.slice(0, 10)}.json"`);
  return c.json(data);
}

/**
 * Deletes the person's account, with their password: their sessions and roles go, the account
 * becomes "former member" (what they wrote stays in the strategies). A workspace's only lead
 * hands it on first.
 */
export async function deleteAccount(c: C) {
  const { user } = requireAuth(c);
  const { password } = await readBody(c, DeleteAccountBody);
  if (!(await verifyPassword(user.password_hash, password))) {
    throw new ApiError(401, 'unauthenticated', 'The password is not right', { field: 'password' });
  }
  await c.var.db.transaction(async (tx) => {
    const sole = await tx.query<{ name: string }>(
      `select w.name from memberships m join workspaces w on w.id = m.workspace_id
       where m.user_id = $1 and m.role = 'lead'
         and not exists (select 1 from memberships o where o.workspace_id = m.workspace_id and o.role = 'lead' and o.user_id <> $1)`,
      [user.id],
    );
    if (sole.length > 0) {
      throw conflict(
        `You are the only lead of ${sole.map((s) => `"${s.name}"`).join(', ')}: make another member lead first`,
      );
    }
    await tx.query('delete from memberships where user_id = $1', [user.id]);
    await endAllSessions(tx, user.id);
    await tx.query('delete from reset_links where user_id = $1', [user.id]);
    await tx.query(
      `update users set email = $2, name = 'Former member', password_hash = '', disabled_at = now(),
         totp_secret = null, totp_pending_secret = null, recovery_codes = '[]'::jsonb where id = $1`,
      [user.id, `former-${user.id}@deleted.invalid`],
    );
    await tx.query(`update audit_log set actor_email = 'former member' where actor_id = $1`, [user.id]);
    await audit(tx, { action: 'account-deleted', actorId: user.id, actorEmail: 'former member', ip: c.var.ip });
  });
  deleteCookie(c, c.var.cookieName, { path: '/', secure: c.var.secure });
  return c.body(null, 204);
}
