import { randomUUID } from 'node:crypto';
import type { SessionUser, SystemRole, WorkspaceRole } from '@/domain';
import type { Queryable } from '../db/database';
import { iso } from '../store/time';

export type UserRow = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  system_role: SystemRole;
  demo: boolean;
  disabled_at: Date | string | null;
  created_at: Date | string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | string | null;
  /** SHA-256 hashes of the unused recovery codes. */
  recovery_codes: string[];
};

/** Administrators and coordinators must use two-step sign-in; the demo accounts are exempt. */
export const needsTwoStep = (u: UserRow) => !u.demo && (u.system_role === 'admin' || u.system_role === 'coordinator');

export const toSessionUser = (r: UserRow): SessionUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  systemRole: r.system_role,
  demo: r.demo,
  twoStep: r.totp_secret !== null,
  twoStepRequired: needsTwoStep(r),
});

export async function findUserByEmail(q: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await q.query<UserRow>('select * from users where email = $1', [email.toLowerCase()]);
  return row;
}

export async function findUser(q: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await q.query<UserRow>('select * from users where id = $1', [id]);
  return row;
}

export type NewUser = { email: string; name: string; passwordHash: string; systemRole?: SystemRole; demo?: boolean };

export async function createUser(q: Queryable, u: NewUser, now: string): Promise<UserRow> {
  const [row] = await q.query<UserRow>(
    `insert into users (id, email, name, password_hash, system_role, demo, created_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning *`,
    [randomUUID(), u.email.toLowerCase(), u.name, u.passwordHash, u.systemRole ?? 'user', u.demo ?? false, now],
  );
  return row as UserRow;
}

export async function countAdmins(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `select count(*)::int as n from users where system_role = 'admin' and disabled_at is null`,
  );
  return row?.n ?? 0;
}

export async function listDemoUsers(q: Queryable): Promise<{ email: string }[]> {
  return q.query<{ email: string }>('select email from users where demo and disabled_at is null order by email');
}

/** The signed-in person's role in each of their workspaces. */
export async function membershipsOf(q: Queryable, userId: string): Promise<Record<string, WorkspaceRole>> {
  const rows = await q.query<{ workspace_id: string; role: WorkspaceRole }>(
    'select workspace_id, role from memberships where user_id = $1',
    [userId],
  );
  return Object.fromEntries(rows.map((r) => [r.workspace_id, r.role]));
}

export async function addMember(
  q: Queryable,
  workspaceId: string,
  userId: string,
  role: WorkspaceRole,
  now: string,
): Promise<void> {
  await q.query(
    `insert into memberships (workspace_id, user_id, role, created_at) values ($1, $2, $3, $4)
     on conflict (workspace_id, user_id) do nothing`,
    [workspaceId, userId, role, now],
  );
}

export const createdAt = (r: UserRow) => iso(r.created_at);
