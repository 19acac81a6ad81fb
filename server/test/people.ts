import type { SystemRole, WorkspaceRole } from '@/domain';
import type { App } from '../app';
import { createSession } from '../auth/sessions';
import { createUser, findUserByEmail } from '../auth/users';
import type { Queryable } from '../db/database';
import { apiClient } from './api-client';
import type { ApiClient } from './api-client';

// People for route tests: accounts made straight in the database (no Argon2 on the way) and a
// session cookie each, so that a test reads as "the lead does X, the reviewer does Y".

export type Person = { id: string; email: string; cookie: string; api: ApiClient };

export async function person(db: Queryable, app: App, email: string, systemRole: SystemRole = 'user'): Promise<Person> {
  const user =
    (await findUserByEmail(db, email)) ??
    (await createUser(
      db,
      { email, name: email.split('@')[0] ?? email, passwordHash: 'not-a-hash', systemRole },
      new Date().toISOString(),
    ));
  const { token } = await createSession(db, user.id, 'test', new Date());
  const cookie = `libri_session=${token}`;
  return { id: user.id, email, cookie, api: apiClient(app, { cookie }) };
}

export async function makeMember(db: Queryable, workspaceId: string, who: Person, role: WorkspaceRole): Promise<void> {
  await db.query(
    `insert into memberships (workspace_id, user_id, role, created_at) values ($1, $2, $3, now())
     on conflict (workspace_id, user_id) do update set role = excluded.role`,
    [workspaceId, who.id, role],
  );
}

/** Workspaces put straight into the database (older releases' rows, bulk fills) get `who` as their lead. */
export async function leadEveryWorkspace(db: Queryable, who: { id: string }): Promise<void> {
  await db.query(
    `insert into memberships (workspace_id, user_id, role, created_at)
     select id, $1, 'lead', now() from workspaces on conflict do nothing`,
    [who.id],
  );
}
