import type { Member, OwnData, Workspace } from '@/domain';
import { apiClient } from '../test/api-client';
import { describeBackends } from '../test/helpers';
import { makeMember, person } from '../test/people';
import { hashPassword } from './passwords';

// A person's own data: downloaded whole, and the account deleted on request, leaving "former member".

const PASSWORD = 'a long and uncommon passphrase';

describeBackends('one’s own account', (t) => {
  async function withPassword(email: string) {
    const who = await person(t.db, t.app, email);
    await t.db.query('update users set password_hash = $2 where id = $1', [who.id, await hashPassword(PASSWORD)]);
    return who;
  }

  it('downloads what is kept about the person, and nothing secret', async () => {
    const anna = await withPassword('anna@account.example');
    const ws = (await anna.api.post<Workspace>('/api/workspaces', { name: 'Valmiera' })).body;
    const res = await anna.api.get<OwnData>('/api/auth/account/data');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="libri-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.body.account).toMatchObject({ email: 'anna@account.example' });
    expect(res.body.memberships).toEqual([{ workspace: ws.name, role: 'lead', since: expect.any(String) }]);
    expect(res.body.activity.map((a) => a.action)).toContain('workspace-created');
    expect(res.text).not.toMatch(/argon2|password_hash|token/i);
  });

  it('deletes the account with the password, not as a workspace’s only lead, leaving a former member', async () => {
    const bert = await withPassword('bert@account.example');
    const ws = (await bert.api.post<Workspace>('/api/workspaces', { name: 'Cēsis' })).body;

    expect((await bert.api.post('/api/auth/account/delete', { password: 'not it at all, no' })).status).toBe(401);
    const sole = await bert.api.post<{ error: { message: string } }>('/api/auth/account/delete', {
      password: PASSWORD,
    });
    expect(sole.status).toBe(409);
    expect(sole.body.error.message).toContain('"Cēsis"');

    await makeMember(t.db, ws.id, t.me, 'lead');
    const deleted = await bert.api.post('/api/auth/account/delete', { password: PASSWORD });
    expect(deleted.status).toBe(204);
    expect((await bert.api.get('/api/auth/session')).status).toBe(401);
    const signIn = await apiClient(t.app).post('/api/auth/sign-in', {
      email: 'bert@account.example',
      password: PASSWORD,
    });
    expect(signIn.status).toBe(401);
    const members = await t.api.get<Member[]>(`/api/workspaces/${ws.id}/members`);
    expect(members.body.map((m) => m.email)).toEqual(['tester@example.org']);
    const log = await t.db.query<{ actor_email: string }>('select actor_email from audit_log where actor_id = $1', [
      bert.id,
    ]);
    expect(new Set(log.map((l) => l.actor_email))).toEqual(new Set(['former member']));
  });

  it('records a document made in the browser in the workspace’s activity log, which its lead reads', async () => {
    const lead = await withPassword('cleo@account.example');
    const ws = (await lead.api.post<Workspace>('/api/workspaces', { name: 'Jelgava' })).body;
    const partner = await person(t.db, t.app, 'dan@account.example');
    await makeMember(t.db, ws.id, partner, 'contributor');
    expect((await partner.api.post(`/api/workspaces/${ws.id}/exports`, { kind: 'pdf', language: 'lv' })).status).toBe(
      204,
    );
    expect((await partner.api.post(`/api/workspaces/${ws.id}/exports`, { kind: 'exe', language: 'lv' })).status).toBe(
      400,
    );
    expect((await partner.api.get(`/api/workspaces/${ws.id}/audit`)).status).toBe(403);
    const log = await lead.api.get<{ action: string; actor: string; target: string }[]>(
      `/api/workspaces/${ws.id}/audit`,
    );
    expect(log.body[0]).toMatchObject({
      action: 'document-exported',
      actor: 'dan@account.example',
      target: 'PDF (lv)',
    });
  });
});
