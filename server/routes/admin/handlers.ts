import type { Context } from 'hono';
import { z } from 'zod';
import {
  AccountSummary,
  AssignLeadBody,
  AuditEntry,
  CreateAccountBody,
  ExportRecordBody,
  RESET_LINK_MS,
  ResetLink,
  ResetPreview,
  SetPasswordBody,
  UpdateAccountBody,
} from '@/domain';
import { checkIdParam } from '@/domain/store-rules';
import { audit, readAudit } from '../../audit';
import { requireSystem, workspaceParam } from '../../auth/guard';
import { hashPassword, passwordProblem } from '../../auth/passwords';
import { endAllSessions } from '../../auth/sessions';
import { hashToken, isTokenShape, newToken } from '../../auth/tokens';
import { addMember, createUser, findUser, findUserByEmail } from '../../auth/users';
import type { UserRow } from '../../auth/users';
import type { Queryable } from '../../db/database';
import { ApiError, conflict, notFound, orThrow } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { iso } from '../../store/time';
import { startSession } from '../auth/handlers';
import { passwordMessage } from '../members/handlers';

type C = Context<AppEnv>;

const toSummary = (u: UserRow): AccountSummary => ({
  id: u.id,
  email: u.email,
  name: u.name,
  systemRole: u.system_role,
  demo: u.demo,
  disabled: u.disabled_at !== null,
  createdAt: iso(u.created_at),
  hasPassword: u.password_hash !== '',
});

const userParam = (c: C) => orThrow(checkIdParam(c.req.param('userId'), 'Account'));

export async function listUsers(c: C) {
  requireSystem(c, 'accounts.manage');
  const rows = await c.var.db.query<UserRow>('select * from users order by lower(name), email');
  return c.json(z.array(AccountSummary).parse(rows.map(toSummary)));
}

async function issueResetLink(q: Queryable, user: UserRow): Promise<ResetLink> {
  const token = newToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + RESET_LINK_MS);
  // One live link per account: a new one replaces any earlier one.
  await q.query('delete from reset_links where user_id = $1', [user.id]);
  await q.query('insert into reset_links (token_hash, user_id, created_at, expires_at) values ($1, $2, $3, $4)', [
    hashToken(token),
    user.id,
    now.toISOString(),
    expiresAt.toISOString(),
  ]);
  return { userId: user.id, email: user.email, token, expiresAt: expiresAt.toISOString() };
}

/** A new account, without a password: the administrator copies the link that lets its person set one. */
export async function createAccount(c: C) {
  const auth = requireSystem(c, 'accounts.manage');
  const body = await readBody(c, CreateAccountBody);
  const link = await c.var.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, body.email)) {
      throw new ApiError(409, 'conflict', 'An account with this e-mail address exists', { field: 'email' });
    }
    const user = await createUser(
      tx,
      { email: body.email, name: body.name, passwordHash: '', systemRole: body.systemRole },
      new Date().toISOString(),
    );
    await audit(tx, {
      action: 'account-created',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      target: `${user.email} (${user.system_role})`,
      ip: c.var.ip,
    });
    return issueResetLink(tx, user);
  });
  return c.json(ResetLink.parse(link), 201);
}

export async function updateAccount(c: C) {
  const auth = requireSystem(c, 'accounts.manage');
  const userId = userParam(c);
  const body = await readBody(c, UpdateAccountBody);
  const updated = await c.var.db.transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) throw notFound('Account not found');
    if (user.id === auth.user.id && (body.disabled === true || (body.systemRole && body.systemRole !== 'admin'))) {
      throw conflict('You cannot disable your own account or take away your own administration');
    }
    if (body.disabled !== undefined) {
      await tx.query('update users set disabled_at = $2 where id = $1', [
        userId,
        body.disabled ? new Date().toISOString() : null,
      ]);
      if (body.disabled) await endAllSessions(tx, userId);
      await audit(tx, {
        action: body.disabled ? 'account-disabled' : 'account-enabled',
        actorId: auth.user.id,
        actorEmail: auth.user.email,
        target: user.email,
        ip: c.var.ip,
      });
    }
    if (body.systemRole && body.systemRole !== user.system_role) {
      await tx.query('update users set system_role = $2 where id = $1', [userId, body.systemRole]);
      await audit(tx, {
        action: 'role-changed',
        actorId: auth.user.id,
        actorEmail: auth.user.email,
        target: `${user.email}: ${user.system_role} → ${body.systemRole}`,
        ip: c.var.ip,
      });
    }
    return (await findUser(tx, userId)) as UserRow;
  });
  return c.json(AccountSummary.parse(toSummary(updated)));
}

export async function resetLink(c: C) {
  const auth = requireSystem(c, 'accounts.manage');
  const userId = userParam(c);
  const link = await c.var.db.transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) throw notFound('Account not found');
    await audit(tx, {
      action: 'reset-link-issued',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      target: user.email,
      ip: c.var.ip,
    });
    return issueResetLink(tx, user);
  });
  return c.json(ResetLink.parse(link), 201);
}

/** Hands a workspace to a lead: typically one from before accounts, which has none. */
export async function assignLead(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.assignLead');
  const { email } = await readBody(c, AssignLeadBody);
  await c.var.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user || user.disabled_at) {
      throw new ApiError(404, 'not_found', 'No active account has this e-mail address', { field: 'email' });
    }
    const now = new Date().toISOString();
    await addMember(tx, id, user.id, 'lead', now);
    await tx.query(`update memberships set role = 'lead' where workspace_id = $1 and user_id = $2`, [id, user.id]);
    await audit(tx, {
      action: 'workspace-lead-assigned',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: id,
      target: user.email,
      ip: c.var.ip,
    });
  });
  return c.body(null, 204);
}

export async function auditAll(c: C) {
  requireSystem(c, 'audit.all');
  return c.json(z.array(AuditEntry).parse(await readAudit(c.var.db, null)));
}

export async function auditOfWorkspace(c: C) {
  const { id } = await workspaceParam(c, 'audit.read');
  return c.json(z.array(AuditEntry).parse(await readAudit(c.var.db, id)));
}

// ---------- the reset link, used by its person ----------

type ResetRow = { user_id: string; expires_at: Date | string; used_at: Date | string | null; email: string };

async function openResetLink(c: C, tx: Queryable, lock = false): Promise<ResetRow> {
  const token = c.req.param('token');
  const invalid = () => notFound('This link is not valid: check that it was copied whole');
  if (!isTokenShape(token)) throw invalid();
  const [row] = await tx.query<ResetRow>(
    `select r.user_id, r.expires_at, r.used_at, u.email from reset_links r join users u on u.id = r.user_id
     where r.token_hash = $1${lock ? ' for update of r' : ''}`,
    [hashToken(token)],
  );
  if (!row) throw invalid();
  if (row.used_at)
    throw new ApiError(410, 'link_used', 'This link has already been used. Ask your administrator for a new one');
  if (new Date(row.expires_at) <= new Date()) {
    throw new ApiError(410, 'link_expired', 'This link has expired. Ask your administrator for a new one');
  }
  return row;
}

export async function previewReset(c: C) {
  const row = await openResetLink(c, c.var.db);
  return c.json(ResetPreview.parse({ email: row.email, expiresAt: iso(row.expires_at) }));
}

/** Sets the password, ends every session of the account (a stolen one too), and signs in here. */
export async function setPassword(c: C) {
  const first = await openResetLink(c, c.var.db);
  const { password } = await readBody(c, SetPasswordBody);
  const problem = passwordProblem(password, first.email);
  if (problem) {
    throw new ApiError(400, 'validation', passwordMessage(problem), {
      field: 'password',
      current: { reason: problem },
    });
  }
  const passwordHash = await hashPassword(password);
  const user = await c.var.db.transaction(async (tx) => {
    const row = await openResetLink(c, tx, true);
    const now = new Date().toISOString();
    await tx.query('update reset_links set used_at = $2 where user_id = $1 and used_at is null', [row.user_id, now]);
    await tx.query('update users set password_hash = $2 where id = $1', [row.user_id, passwordHash]);
    await endAllSessions(tx, row.user_id);
    await audit(tx, { action: 'password-reset', actorId: row.user_id, actorEmail: row.email, ip: c.var.ip });
    return (await findUser(tx, row.user_id)) as UserRow;
  });
  if (user.disabled_at) throw new ApiError(403, 'forbidden', 'This account is disabled');
  return c.json(await startSession(c, user));
}

/** A document or backup made in the browser (the export runs there): who, which and in what language. */
export async function recordExport(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.read');
  const { kind, language } = await readBody(c, ExportRecordBody);
  await audit(c.var.db, {
    action: 'document-exported',
    actorId: auth.user.id,
    actorEmail: auth.user.email,
    workspaceId: id,
    target: `${kind.toUpperCase()} (${language})`,
    ip: c.var.ip,
  });
  return c.body(null, 204);
}
