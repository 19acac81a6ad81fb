import type { Context } from 'hono';
import { z } from 'zod';
import {
  ChangeRoleBody,
  CreatedInvitation,
  CreateInvitationBody,
  Invitation,
  InvitationPreview,
  Member,
  SignUpBody,
  wouldLeaveNoLead,
} from '@/domain';
import type { WorkspaceRole } from '@/domain';
import { checkIdParam } from '@/domain/store-rules';
import { audit } from '../../audit';
import { requireAuth, workspaceParam } from '../../auth/guard';
import { hashPassword, passwordProblem } from '../../auth/passwords';
import { hashToken, isTokenShape } from '../../auth/tokens';
import { addMember, createUser, findUserByEmail } from '../../auth/users';
import type { UserRow } from '../../auth/users';
import type { Queryable } from '../../db/database';
import { ApiError, conflict, notFound, orThrow } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { INVITATIONS_SQL, invitationState, issueInvitation, toInvitation } from '../../store/invitations';
import type { InvitationRow } from '../../store/invitations';
import { iso } from '../../store/time';
import { startSession } from '../auth/handlers';

type C = Context<AppEnv>;

type MemberRow = { user_id: string; name: string; email: string; role: WorkspaceRole; created_at: Date | string };
const toMember = (r: MemberRow): Member => ({
  userId: r.user_id,
  name: r.name,
  email: r.email,
  role: r.role,
  joinedAt: iso(r.created_at),
});

const MEMBERS_SQL = `select m.user_id, u.name, u.email, m.role, m.created_at
  from memberships m join users u on u.id = m.user_id where m.workspace_id = $1`;

export async function list(c: C) {
  const { id } = await workspaceParam(c, 'workspace.read');
  const rows = await c.var.db.query<MemberRow>(`${MEMBERS_SQL} order by u.name, u.email`, [id]);
  return c.json(z.array(Member).parse(rows.map(toMember)));
}

function memberParam(c: C): string {
  return orThrow(checkIdParam(c.req.param('userId'), 'Member'));
}

const noLead = () => conflict('A workspace always has at least one lead: make another member lead first');

/**
 * The member whose role becomes `newRole` (null: removed), under the workspace's lock so that two
 * leads demoting each other at once cannot leave it without one; refused when it would.
 */
async function memberToChange(
  tx: Queryable,
  workspaceId: string,
  userId: string,
  newRole: WorkspaceRole | null,
): Promise<MemberRow | undefined> {
  await tx.query('select id from workspaces where id = $1 for update', [workspaceId]);
  const rows = await tx.query<MemberRow>(MEMBERS_SQL, [workspaceId]);
  const target = rows.find((r) => r.user_id === userId);
  if (target && wouldLeaveNoLead(rows.filter((r) => r.role === 'lead').length, target.role, newRole)) throw noLead();
  return target;
}

export async function changeRole(c: C) {
  const { id, auth } = await workspaceParam(c, 'members.manage');
  const userId = memberParam(c);
  const { role } = await readBody(c, ChangeRoleBody);
  const member = await c.var.db.transaction(async (tx) => {
    const target = await memberToChange(tx, id, userId, role);
    if (!target) throw notFound('Member not found');
    await tx.query('update memberships set role = $3 where workspace_id = $1 and user_id = $2', [id, userId, role]);
    await audit(tx, {
      action: 'role-changed',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: id,
      target: `${target.email}: ${target.role} → ${role}`,
      ip: c.var.ip,
    });
    return { ...target, role };
  });
  return c.json(Member.parse(toMember(member)));
}

export async function remove(c: C) {
  const { id, auth } = await workspaceParam(c, 'members.manage');
  const userId = memberParam(c);
  await c.var.db.transaction(async (tx) => {
    const target = await memberToChange(tx, id, userId, null);
    if (!target) return;
    await tx.query('delete from memberships where workspace_id = $1 and user_id = $2', [id, userId]);
    await audit(tx, {
      action: 'member-removed',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: id,
      target: target.email,
      ip: c.var.ip,
    });
  });
  return c.body(null, 204);
}

// ---------- invitations ----------

export async function listInvitations(c: C) {
  const { id } = await workspaceParam(c, 'members.manage');
  const rows = await c.var.db.query<InvitationRow>(
    `${INVITATIONS_SQL} where i.workspace_id = $1 order by i.created_at desc`,
    [id],
  );
  const now = new Date();
  return c.json(z.array(Invitation).parse(rows.map((r) => toInvitation(r, now))));
}

export async function createInvitation(c: C) {
  const { id, auth } = await workspaceParam(c, 'members.manage');
  const { role } = await readBody(c, CreateInvitationBody);
  const created = await c.var.db.transaction(async (tx) => {
    const invitation = await issueInvitation(tx, { workspaceId: id, role, createdBy: auth.user.id, now: new Date() });
    await audit(tx, {
      action: 'invitation-created',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: id,
      target: role,
      ip: c.var.ip,
    });
    return invitation;
  });
  return c.json(CreatedInvitation.parse(created), 201);
}

export async function revokeInvitation(c: C) {
  const { id, auth } = await workspaceParam(c, 'members.manage');
  const invitationId = orThrow(checkIdParam(c.req.param('invitationId'), 'Invitation'));
  const rows = await c.var.db.query(
    'update invitations set revoked_at = $3 where id = $1 and workspace_id = $2 and revoked_at is null and used_at is null returning id',
    [invitationId, id, new Date().toISOString()],
  );
  if (rows.length > 0) {
    await audit(c.var.db, {
      action: 'invitation-revoked',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: id,
      ip: c.var.ip,
    });
  }
  return c.body(null, 204);
}

/**
 * The invitation of the link in the path, if it can still be used; otherwise a 410 that says why
 * (404 for a made-up link). `lock`: inside the transaction that uses it up.
 */
async function openInvitation(c: C, q: Queryable = c.var.db, lock = false): Promise<InvitationRow> {
  const token = c.req.param('token');
  if (!isTokenShape(token)) throw notFound('This invitation link is not valid: check that it was copied whole');
  const [row] = await q.query<InvitationRow>(
    `${INVITATIONS_SQL} where i.token_hash = $1${lock ? ' for update of i' : ''}`,
    [hashToken(token)],
  );
  if (!row) throw notFound('This invitation link is not valid: check that it was copied whole');
  const state = invitationState(row, new Date());
  if (state === 'used')
    throw new ApiError(410, 'link_used', 'This invitation has already been used. Ask the lead for a new link');
  if (state === 'expired')
    throw new ApiError(410, 'link_expired', 'This invitation has expired. Ask the lead for a new link');
  if (state === 'revoked')
    throw new ApiError(410, 'link_revoked', 'This invitation was withdrawn. Ask the lead for a new link');
  return row;
}

export async function previewInvitation(c: C) {
  const row = await openInvitation(c);
  return c.json(
    InvitationPreview.parse({
      workspaceName: row.workspace_name,
      role: row.role,
      invitedBy: row.created_by_name ?? '',
      expiresAt: iso(row.expires_at),
    }),
  );
}

/** Joins the workspace; someone who is already a member keeps their role. Single use. */
async function join(c: C, user: UserRow): Promise<string> {
  return c.var.db.transaction(async (tx) => {
    // Checked again under the row lock: two people with one link, only one gets in.
    const row = await openInvitation(c, tx, true);
    const now = new Date().toISOString();
    await tx.query('update invitations set used_at = $2, used_by = $3 where id = $1', [row.id, now, user.id]);
    await addMember(tx, row.workspace_id, user.id, row.role, now);
    await audit(tx, {
      action: 'member-joined',
      actorId: user.id,
      actorEmail: user.email,
      workspaceId: row.workspace_id,
      target: row.role,
      ip: c.var.ip,
    });
    return row.workspace_id;
  });
}

export async function acceptInvitation(c: C) {
  const auth = requireAuth(c);
  await openInvitation(c);
  const workspaceId = await join(c, auth.user);
  return c.json({ workspaceId });
}

export async function signUpWithInvitation(c: C) {
  await openInvitation(c);
  const body = await readBody(c, SignUpBody);
  const problem = passwordProblem(body.password, body.email);
  // `current.reason`: the message key, for the screen to say it in the person's language.
  if (problem)
    throw new ApiError(400, 'validation', passwordMessage(problem), {
      field: 'password',
      current: { reason: problem },
    });
  if (await findUserByEmail(c.var.db, body.email)) {
    throw new ApiError(409, 'conflict', 'An account with this e-mail address exists: sign in to join', {
      field: 'email',
    });
  }
  const passwordHash = await hashPassword(body.password);
  const user = await c.var.db.transaction((tx) =>
    createUser(tx, { email: body.email, name: body.name, passwordHash }, new Date().toISOString()),
  );
  await audit(c.var.db, {
    action: 'account-created',
    actorId: user.id,
    actorEmail: user.email,
    target: user.email,
    ip: c.var.ip,
  });
  const workspaceId = await join(c, user);
  const info = await startSession(c, user);
  return c.json({ ...info, workspaceId }, 201);
}

export function passwordMessage(key: string): string {
  if (key === 'errors.passwordShort') return 'The password must have at least 12 characters';
  if (key === 'errors.passwordLong') return 'The password must have at most 256 characters';
  return 'This password is one of the most common ones: choose another';
}
