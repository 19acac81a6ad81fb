import type {
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  Member,
  SessionInfo,
  Workspace,
  WorkspaceRole,
} from '@/domain';
import { apiClient } from '../../test/api-client';
import type { ApiClient } from '../../test/api-client';
import { describeBackends, expectError, listWorkspaces, newWorkspace, UNKNOWN_ID } from '../../test/helpers';
import { makeMember, person } from '../../test/people';
import type { Person } from '../../test/people';

const STRONG = 'a long and uncommon passphrase';

describeBackends('members and invitations', (t) => {
  let ws: Workspace;
  let contributor: Person;
  let reviewer: Person;

  beforeEach(async () => {
    ws = await newWorkspace(t.api, 'Valmiera');
    contributor = await person(t.db, t.app, 'contributor@example.org');
    reviewer = await person(t.db, t.app, 'reviewer@example.org');
    await makeMember(t.db, ws.id, contributor, 'contributor');
    await makeMember(t.db, ws.id, reviewer, 'reviewer');
  });

  const members = (api: ApiClient = t.api) => api.get<Member[]>(`/api/workspaces/${ws.id}/members`);
  const roles = async () => Object.fromEntries((await members()).body.map((m) => [m.email, m.role]));
  const invite = async (role: WorkspaceRole = 'contributor') => {
    const res = await t.api.post<CreatedInvitation>(`/api/workspaces/${ws.id}/invitations`, { role });
    expect(res.status).toBe(201);
    return res.body;
  };

  describe('members', () => {
    it('lists the members with their names, e-mail addresses and roles', async () => {
      const res = await members();
      expect(res.status).toBe(200);
      expect(res.body.map(({ userId, name, email, role }) => ({ userId, name, email, role }))).toEqual([
        { userId: contributor.id, name: 'contributor', email: 'contributor@example.org', role: 'contributor' },
        { userId: reviewer.id, name: 'reviewer', email: 'reviewer@example.org', role: 'reviewer' },
        { userId: t.me.id, name: 'tester', email: 'tester@example.org', role: 'lead' },
      ]);
      // Every member may see who else is in the workspace.
      expect((await members(reviewer.api)).body).toEqual(res.body);
    });

    it('lets the lead change a role', async () => {
      const res = await t.api.patch<Member>(`/api/workspaces/${ws.id}/members/${contributor.id}`, {
        role: 'observer',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ userId: contributor.id, role: 'observer' });
      expect(await roles()).toMatchObject({ 'contributor@example.org': 'observer' });
      // The new role holds at once: an observer may no longer change the content.
      const write = await contributor.api.patch(`/api/workspaces/${ws.id}`, { name: 'Mine now' });
      expectError(write, 403, 'forbidden');
    });

    it('lets the lead remove a member, who then cannot see the workspace', async () => {
      const res = await t.api.delete(`/api/workspaces/${ws.id}/members/${contributor.id}`);
      expect(res.status).toBe(204);
      expect(await roles()).not.toHaveProperty('contributor@example.org');
      expectError(await contributor.api.get(`/api/workspaces/${ws.id}`), 404, 'not_found', 'Workspace not found');
      expect(await listWorkspaces(contributor.api)).toEqual([]);
    });

    it('answers 404 for someone who is not a member', async () => {
      const stranger = await person(t.db, t.app, 'stranger@example.org');
      const res = await t.api.patch(`/api/workspaces/${ws.id}/members/${stranger.id}`, { role: 'lead' });
      expectError(res, 404, 'not_found', 'Member not found');
      expect(await roles()).not.toHaveProperty('stranger@example.org');
    });

    it('answers a malformed member id like an unknown member', async () => {
      const res = await t.api.patch(`/api/workspaces/${ws.id}/members/not-a-user-id`, { role: 'lead' });
      expectError(res, 404, 'not_found', 'Member not found');
    });

    it('refuses to demote or remove the last lead', async () => {
      const demote = await t.api.patch(`/api/workspaces/${ws.id}/members/${t.me.id}`, { role: 'contributor' });
      expectError(demote, 409, 'conflict', 'at least one lead');
      const remove = await t.api.delete(`/api/workspaces/${ws.id}/members/${t.me.id}`);
      expectError(remove, 409, 'conflict', 'at least one lead');
      expect(await roles()).toMatchObject({ 'tester@example.org': 'lead' });
    });

    it('lets a lead step down once there is another lead', async () => {
      await makeMember(t.db, ws.id, reviewer, 'lead');
      const res = await t.api.patch(`/api/workspaces/${ws.id}/members/${t.me.id}`, { role: 'contributor' });
      expect(res.status).toBe(200);
      expect(await roles()).toMatchObject({ 'tester@example.org': 'contributor', 'reviewer@example.org': 'lead' });
      // Now the former lead is the one who may not manage members.
      const again = await t.api.patch(`/api/workspaces/${ws.id}/members/${reviewer.id}`, { role: 'observer' });
      expectError(again, 403, 'forbidden');
    });

    it('refuses a role that does not exist', async () => {
      const res = await t.api.patch(`/api/workspaces/${ws.id}/members/${contributor.id}`, { role: 'owner' });
      expectError(res, 400, 'validation', undefined, 'role');
      expect(await roles()).toMatchObject({ 'contributor@example.org': 'contributor' });
    });

    it('refuses members who are not leads: 403 on every change and on the invitations', async () => {
      const before = await roles();
      const { id } = await invite();
      for (const who of [contributor, reviewer]) {
        expectError(
          await who.api.patch(`/api/workspaces/${ws.id}/members/${reviewer.id}`, { role: 'lead' }),
          403,
          'forbidden',
          'manage its members',
        );
        expectError(await who.api.delete(`/api/workspaces/${ws.id}/members/${t.me.id}`), 403, 'forbidden');
        expectError(await who.api.get(`/api/workspaces/${ws.id}/invitations`), 403, 'forbidden');
        expectError(await who.api.post(`/api/workspaces/${ws.id}/invitations`, { role: 'lead' }), 403, 'forbidden');
        expectError(await who.api.delete(`/api/workspaces/${ws.id}/invitations/${id}`), 403, 'forbidden');
      }
      expect(await roles()).toEqual(before);
      const list = await t.api.get<Invitation[]>(`/api/workspaces/${ws.id}/invitations`);
      expect(list.body.map((i) => ({ id: i.id, state: i.state }))).toEqual([{ id, state: 'open' }]);
    });
  });

  describe('invitations', () => {
    it('returns the link token once, when the invitation is made, and never lists it', async () => {
      const created = await invite('reviewer');
      expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created).toMatchObject({ role: 'reviewer', state: 'open', createdBy: 'tester', usedBy: null });

      const list = await t.api.get<Invitation[]>(`/api/workspaces/${ws.id}/invitations`);
      expect(list.status).toBe(200);
      expect(list.body).toEqual([
        {
          id: created.id,
          role: 'reviewer',
          createdAt: created.createdAt,
          expiresAt: created.expiresAt,
          createdBy: 'tester',
          state: 'open',
          usedBy: null,
        },
      ]);
      expect(list.text).not.toContain(created.token);
      // The database keeps only a hash of it.
      const stored = await t.db.query('select * from invitations');
      expect(JSON.stringify(stored)).not.toContain(created.token);
    });

    it('makes a new token for every invitation', async () => {
      const tokens = new Set([(await invite()).token, (await invite()).token]);
      expect(tokens.size).toBe(2);
    });

    it('shows what the link invites to, to anyone who has it', async () => {
      const { token, expiresAt } = await invite('reviewer');
      const res = await apiClient(t.app).get<InvitationPreview>(`/api/invitations/${token}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ workspaceName: 'Valmiera', role: 'reviewer', invitedBy: 'tester', expiresAt });
    });

    it('lets a signed-in person accept: they join with the invited role and see the workspace', async () => {
      const { token } = await invite('reviewer');
      const newcomer = await person(t.db, t.app, 'newcomer@example.org');
      expect(await listWorkspaces(newcomer.api)).toEqual([]);

      const res = await newcomer.api.post<{ workspaceId: string }>(`/api/invitations/${token}/accept`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ workspaceId: ws.id });
      expect(await roles()).toMatchObject({ 'newcomer@example.org': 'reviewer' });
      expect((await listWorkspaces(newcomer.api)).map((w) => ({ id: w.id, role: w.role }))).toEqual([
        { id: ws.id, role: 'reviewer' },
      ]);
      expect((await newcomer.api.get(`/api/workspaces/${ws.id}`)).status).toBe(200);

      const list = await t.api.get<Invitation[]>(`/api/workspaces/${ws.id}/invitations`);
      expect(list.body[0]).toMatchObject({ state: 'used', usedBy: 'newcomer' });
    });

    it('needs a signed-in person to accept', async () => {
      const { token } = await invite();
      expectError(await apiClient(t.app).post(`/api/invitations/${token}/accept`), 401, 'unauthenticated');
      // The link is still good.
      expect((await apiClient(t.app).get(`/api/invitations/${token}`)).status).toBe(200);
    });

    it('lets a link be used once only', async () => {
      const { token } = await invite();
      const first = await person(t.db, t.app, 'first@example.org');
      const second = await person(t.db, t.app, 'second@example.org');
      expect((await first.api.post(`/api/invitations/${token}/accept`)).status).toBe(200);

      expectError(await second.api.post(`/api/invitations/${token}/accept`), 410, 'link_used');
      expectError(await apiClient(t.app).get(`/api/invitations/${token}`), 410, 'link_used');
      const signUp = await apiClient(t.app).post(`/api/invitations/${token}/sign-up`, {
        name: 'Late',
        email: 'late@example.org',
        password: STRONG,
      });
      expectError(signUp, 410, 'link_used');
      expect(await roles()).not.toHaveProperty('second@example.org');
      expect(await t.db.query(`select id from users where email = 'late@example.org'`)).toEqual([]);
    });

    it('refuses an expired link', async () => {
      const { id, token } = await invite();
      await t.db.query(`update invitations set expires_at = now() - interval '1 minute' where id = $1`, [id]);
      const newcomer = await person(t.db, t.app, 'late-comer@example.org');

      expectError(await apiClient(t.app).get(`/api/invitations/${token}`), 410, 'link_expired');
      expectError(await newcomer.api.post(`/api/invitations/${token}/accept`), 410, 'link_expired');
      expect(await roles()).not.toHaveProperty('late-comer@example.org');
      const list = await t.api.get<Invitation[]>(`/api/workspaces/${ws.id}/invitations`);
      expect(list.body[0]).toMatchObject({ id, state: 'expired' });
    });

    it('refuses a revoked link', async () => {
      const { id, token } = await invite();
      expect((await t.api.delete(`/api/workspaces/${ws.id}/invitations/${id}`)).status).toBe(204);
      const newcomer = await person(t.db, t.app, 'too-late@example.org');

      expectError(await apiClient(t.app).get(`/api/invitations/${token}`), 410, 'link_revoked');
      expectError(await newcomer.api.post(`/api/invitations/${token}/accept`), 410, 'link_revoked');
      expect(await roles()).not.toHaveProperty('too-late@example.org');
      const list = await t.api.get<Invitation[]>(`/api/workspaces/${ws.id}/invitations`);
      expect(list.body[0]).toMatchObject({ id, state: 'revoked' });
    });

    it('answers a malformed invitation id like an unknown invitation', async () => {
      const res = await t.api.delete(`/api/workspaces/${ws.id}/invitations/not-an-id`);
      expectError(res, 404, 'not_found', 'Invitation not found');
    });

    it('answers 404 for a link nobody made', async () => {
      const newcomer = await person(t.db, t.app, 'guesser@example.org');
      for (const token of ['A'.repeat(43), 'not-a-token', `${(await invite()).token}x`]) {
        expectError(await apiClient(t.app).get(`/api/invitations/${token}`), 404, 'not_found', 'not valid');
        expectError(await newcomer.api.post(`/api/invitations/${token}/accept`), 404, 'not_found');
      }
      expect(await roles()).not.toHaveProperty('guesser@example.org');
    });

    it('does not reach into another workspace to revoke its invitation', async () => {
      const other = await newWorkspace(t.api, 'Cēsis');
      const { id } = await invite();
      expect((await t.api.delete(`/api/workspaces/${other.id}/invitations/${id}`)).status).toBe(204);
      const list = await t.api.get<Invitation[]>(`/api/workspaces/${ws.id}/invitations`);
      expect(list.body[0]).toMatchObject({ id, state: 'open' });
    });
  });

  describe('signing up with an invitation', () => {
    it('creates the account, signs it in and joins the workspace', async () => {
      const { token } = await invite('contributor');
      const res = await apiClient(t.app).post<SessionInfo & { workspaceId: string }>(
        `/api/invitations/${token}/sign-up`,
        { name: 'Anna Bērziņa', email: ' Anna@Example.org ', password: STRONG },
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        workspaceId: ws.id,
        user: { email: 'anna@example.org', name: 'Anna Bērziņa', systemRole: 'user', demo: false },
        memberships: { [ws.id]: 'contributor' },
      });

      const cookie = res.headers.get('set-cookie') ?? '';
      const session = /^libri_session=([A-Za-z0-9_-]{43});/.exec(cookie);
      expect(session, cookie).not.toBeNull();
      const anna = apiClient(t.app, { cookie: `libri_session=${session?.[1]}` });
      expect((await anna.get<SessionInfo>('/api/auth/session')).body.user.email).toBe('anna@example.org');
      expect((await listWorkspaces(anna)).map((w) => w.id)).toEqual([ws.id]);
      expect(await roles()).toMatchObject({ 'anna@example.org': 'contributor' });
      // The password is stored only as an Argon2id hash.
      const [user] = await t.db.query<{ password_hash: string }>(
        `select password_hash from users where email = 'anna@example.org'`,
      );
      expect(user?.password_hash).toMatch(/^\$argon2id\$/);
      expect(user?.password_hash).not.toContain(STRONG);
    });

    it('refuses an e-mail address that has an account, and leaves the link open', async () => {
      const { token } = await invite();
      for (const email of ['contributor@example.org', 'Contributor@EXAMPLE.org']) {
        const res = await apiClient(t.app).post(`/api/invitations/${token}/sign-up`, {
          name: 'Someone',
          email,
          password: STRONG,
        });
        expectError(res, 409, 'conflict', 'sign in to join', 'email');
      }
      expect((await apiClient(t.app).get(`/api/invitations/${token}`)).status).toBe(200);
      expect(await roles()).toMatchObject({ 'contributor@example.org': 'contributor' });
    });

    it('refuses an invitation to a workspace that was deleted', async () => {
      const { token } = await invite();
      expect((await t.api.delete(`/api/workspaces/${ws.id}`)).status).toBe(204);
      const res = await apiClient(t.app).post(`/api/invitations/${token}/sign-up`, {
        name: 'Someone',
        email: 'orphan@example.org',
        password: STRONG,
      });
      expectError(res, 404, 'not_found');
      expect(await t.db.query(`select id from users where email = 'orphan@example.org'`)).toEqual([]);
    });
  });

  it('answers 404, like an unknown workspace, to a lead of another workspace', async () => {
    const otherLead = await person(t.db, t.app, 'other-lead@example.org');
    await newWorkspace(otherLead.api, 'Cēsis');
    const res = await otherLead.api.get(`/api/workspaces/${ws.id}/members`);
    const unknown = await otherLead.api.get(`/api/workspaces/${UNKNOWN_ID}/members`);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'Workspace not found' } });
    expect(unknown.body).toEqual(res.body);
    expect([res.status, unknown.status]).toEqual([404, 404]);
  });
});
