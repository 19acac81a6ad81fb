import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '@/domain';
import type { ActiveSession, CreatedInvitation, SessionInfo } from '@/domain';
import { createApp } from '../app';
import { LOCAL_HOSTS } from '../config';
import { apiClient } from '../test/api-client';
import type { ApiClient, Res } from '../test/api-client';
import { describeBackends, expectError, newWorkspace } from '../test/helpers';
import { LIMITS } from './limits';
import { hashPassword } from './passwords';
import { createUser } from './users';

const ANNA = { email: 'anna@example.org', password: 'a long and uncommon passphrase' };
const BOB = { email: 'bob@example.org', password: 'another long passphrase, also uncommon' };
const WRONG_PASSWORD = { error: { code: 'unauthenticated', message: expect.any(String), field: 'password' } };

const COMMON = readFileSync(fileURLToPath(new URL('./common-passwords.txt', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean);

/** The session token of a Set-Cookie header, or undefined. */
const tokenOf = (res: Res, name = 'libri_session') =>
  new RegExp(`^${name}=([A-Za-z0-9_-]{43});`).exec(res.headers.get('set-cookie') ?? '')?.[1];

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

describeBackends('signing in and sessions', (t) => {
  let annaId: string;

  beforeAll(async () => {
    const now = new Date().toISOString();
    for (const who of [ANNA, BOB]) {
      const user = await createUser(
        t.db,
        { email: who.email, name: who.email.split('@')[0] as string, passwordHash: await hashPassword(who.password) },
        now,
      );
      if (who === ANNA) annaId = user.id;
    }
  });

  beforeEach(async () => {
    await t.db.query('delete from sign_in_limits');
    await t.db.query('delete from sessions where user_id <> $1', [t.me.id]);
    await t.db.query('update users set disabled_at = null');
  });

  const signIn = (body: { email: string; password: string }, api: ApiClient = t.anon) =>
    api.post<SessionInfo>('/api/auth/sign-in', body);

  /** Signs Anna in; her client carries the new session's cookie. */
  async function annaSignedIn(): Promise<{ api: ApiClient; token: string }> {
    const res = await signIn(ANNA);
    expect(res.status).toBe(200);
    const token = tokenOf(res) as string;
    return { api: apiClient(t.app, { cookie: `libri_session=${token}` }), token };
  }

  const sessionRows = () =>
    t.db.query<{ id: string; last_seen_at: Date | string; expires_at: Date | string }>(
      'select id, last_seen_at, expires_at from sessions where user_id = $1',
      [annaId],
    );

  describe('signing in', () => {
    it('answers the session and sets an HttpOnly, SameSite=Lax cookie, not Secure over http', async () => {
      const before = Date.now();
      const res = await signIn(ANNA);
      expect(res.status).toBe(200);
      expect(res.body.user).toEqual({
        id: annaId,
        email: 'anna@example.org',
        name: 'anna',
        systemRole: 'user',
        demo: false,
        twoStep: false,
        twoStepRequired: false,
      });
      expect(res.body.memberships).toEqual({});
      const idle = Date.parse(res.body.idleExpiresAt) - before;
      const max = Date.parse(res.body.expiresAt) - before;
      expect(idle).toBeGreaterThanOrEqual(SESSION_IDLE_MS);
      expect(idle).toBeLessThan(SESSION_IDLE_MS + 60_000);
      expect(max).toBeGreaterThanOrEqual(SESSION_MAX_MS);
      expect(max).toBeLessThan(SESSION_MAX_MS + 60_000);

      expect(res.headers.get('set-cookie')).toMatch(
        /^libri_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/,
      );
      expect(res.headers.get('strict-transport-security')).toBeNull();
    });

    it('gives a new token at every sign-in, and only its hash is stored', async () => {
      const first = await annaSignedIn();
      const second = await annaSignedIn();
      expect(first.token).not.toBe(second.token);
      for (const { api } of [first, second]) expect((await api.get('/api/auth/session')).status).toBe(200);
      const stored = JSON.stringify(await t.db.query('select * from sessions'));
      expect(stored).not.toContain(first.token);
      expect(stored).not.toContain(second.token);
    });

    it('ends the session the browser had before', async () => {
      const first = await annaSignedIn();
      const again = await signIn(BOB, first.api);
      expect(again.status).toBe(200);
      expectError(await first.api.get('/api/auth/session'), 401, 'unauthenticated');
      expect(await sessionRows()).toEqual([]);
    });

    it('takes the e-mail address in any case', async () => {
      expect((await signIn({ email: ' Anna@EXAMPLE.org ', password: ANNA.password })).status).toBe(200);
    });

    it('answers a wrong password and an unknown e-mail address alike', async () => {
      const wrong = await signIn({ email: ANNA.email, password: 'not the password at all' });
      const unknown = await signIn({ email: 'nobody@example.org', password: 'not the password at all' });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual(WRONG_PASSWORD);
      // Both went through Argon2 (an unknown address checks a stand-in hash): same status, same body.
      expect({ status: unknown.status, body: unknown.body }).toEqual({ status: wrong.status, body: wrong.body });
      expect(wrong.headers.get('set-cookie')).toBeNull();
      expect(unknown.headers.get('set-cookie')).toBeNull();
      expect(await sessionRows()).toEqual([]);
    });

    it('uses a __Host- cookie marked Secure, and HSTS, when served over https', async () => {
      const origin = 'https://libri.example.org';
      const app = createApp({ db: t.db, publicUrl: origin, allowedHosts: [...LOCAL_HOSTS, 'libri.example.org'] });
      const res = await apiClient(app, { origin }).post(`${origin}/api/auth/sign-in`, ANNA);
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(
        /^__Host-libri_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
      );
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');

      const token = tokenOf(res, '__Host-libri_session');
      const secure = apiClient(app, { cookie: `__Host-libri_session=${token}`, origin });
      expect((await secure.get(`${origin}/api/auth/session`)).status).toBe(200);
      // The plain name means nothing on a secure install.
      const plain = apiClient(app, { cookie: `libri_session=${token}`, origin });
      expect((await plain.get(`${origin}/api/auth/session`)).status).toBe(401);

      const out = await secure.post(`${origin}/api/auth/sign-out`);
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/^__Host-libri_session=; Max-Age=0; Path=\/; Secure/);
      expect((await secure.get(`${origin}/api/auth/session`)).status).toBe(401);
    });
  });

  describe('the session', () => {
    it('is 401 when signed out, or with a cookie that opens no session', async () => {
      expectError(await t.anon.get('/api/auth/session'), 401, 'unauthenticated');
      for (const cookie of ['libri_session=', `libri_session=${'A'.repeat(43)}`, 'libri_session=short']) {
        expectError(await apiClient(t.app, { cookie }).get('/api/auth/session'), 401, 'unauthenticated');
      }
    });

    it('ends at sign-out: the old cookie opens nothing and the cookie is cleared', async () => {
      const { api } = await annaSignedIn();
      const res = await api.post('/api/auth/sign-out');
      expect(res.status).toBe(204);
      expect(res.headers.get('set-cookie')).toMatch(/^libri_session=; Max-Age=0; Path=\//);
      expectError(await api.get('/api/auth/session'), 401, 'unauthenticated');
      expect(await sessionRows()).toEqual([]);
    });

    it('lists the person’s sessions, marking the current one', async () => {
      const first = await annaSignedIn();
      const second = await annaSignedIn();
      const res = await second.api.get<ActiveSession[]>('/api/auth/sessions');
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(2);
      expect(res.body.filter((s) => s.current)).toHaveLength(1);
      const other = await first.api.get<ActiveSession[]>('/api/auth/sessions');
      expect(other.body.find((s) => s.current)?.id).not.toBe(res.body.find((s) => s.current)?.id);
    });

    it('ends everywhere with DELETE /api/auth/sessions, leaving other people signed in', async () => {
      const first = await annaSignedIn();
      const second = await annaSignedIn();
      const res = await first.api.delete('/api/auth/sessions');
      expect(res.status).toBe(204);
      expectError(await first.api.get('/api/auth/session'), 401, 'unauthenticated');
      expectError(await second.api.get('/api/auth/session'), 401, 'unauthenticated');
      expect(await sessionRows()).toEqual([]);
      expect((await t.api.get('/api/auth/session')).status).toBe(200);
    });

    it('ends after 30 minutes without activity, and its row is deleted', async () => {
      const { api } = await annaSignedIn();
      await t.db.query('update sessions set last_seen_at = $2 where user_id = $1', [annaId, minutesAgo(29)]);
      expect((await api.get('/api/auth/session')).status).toBe(200);

      await t.db.query('update sessions set last_seen_at = $2 where user_id = $1', [annaId, minutesAgo(31)]);
      expectError(await api.get('/api/auth/session'), 401, 'unauthenticated');
      expect(await sessionRows()).toEqual([]);
      // The audit log says the session ended, once.
      expectError(await api.get('/api/auth/session'), 401, 'unauthenticated');
      const ended = await t.db.query('select 1 from audit_log where actor_id = $1 and action = $2', [
        annaId,
        'session-expired',
      ]);
      expect(ended).toHaveLength(1);
    });

    it('ends 12 hours after sign-in, however active', async () => {
      const { api } = await annaSignedIn();
      await t.db.query('update sessions set expires_at = $2 where user_id = $1', [annaId, minutesAgo(1)]);
      expectError(await api.post('/api/auth/keep-alive'), 401, 'unauthenticated');
      expect(await sessionRows()).toEqual([]);
    });

    it('starts the idle time again on a write (keep-alive), not on a read', async () => {
      const { api } = await annaSignedIn();
      const tenMinutesAgo = minutesAgo(10);
      await t.db.query('update sessions set last_seen_at = $2 where user_id = $1', [annaId, tenMinutesAgo]);

      const read = await api.get<SessionInfo>('/api/auth/session');
      expect(read.status).toBe(200);
      const [afterRead] = await sessionRows();
      expect(new Date(afterRead?.last_seen_at as string).toISOString()).toBe(tenMinutesAgo);
      expect(read.body.idleExpiresAt).toBe(new Date(Date.parse(tenMinutesAgo) + SESSION_IDLE_MS).toISOString());

      const before = Date.now();
      const write = await api.post<SessionInfo>('/api/auth/keep-alive');
      expect(write.status).toBe(200);
      const [afterWrite] = await sessionRows();
      expect(new Date(afterWrite?.last_seen_at as string).getTime()).toBeGreaterThanOrEqual(before);
      expect(Date.parse(write.body.idleExpiresAt)).toBeGreaterThanOrEqual(before + SESSION_IDLE_MS);
    });

    it('ends when the account is disabled, and a disabled account cannot sign in', async () => {
      const { api } = await annaSignedIn();
      await t.db.query('update users set disabled_at = now() where id = $1', [annaId]);
      expectError(await api.get('/api/auth/session'), 401, 'unauthenticated');
      expect(await sessionRows()).toEqual([]);

      const again = await signIn(ANNA);
      expect(again.status).toBe(401);
      expect(again.body).toEqual(WRONG_PASSWORD);
    });
  });

  describe('sign-in limits', () => {
    const wrong = (email: string) => signIn({ email, password: 'a wrong guess of a password' });

    it(`blocks an account after ${LIMITS.account} wrong passwords, even with the right one`, async () => {
      for (let i = 0; i < LIMITS.account; i++) expect((await wrong(ANNA.email)).status).toBe(401);

      const blocked = await signIn(ANNA);
      expectError(blocked, 429, 'rate_limited');
      const retryAfter = Number(blocked.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(blocked.headers.get('set-cookie')).toBeNull();
      expect(await sessionRows()).toEqual([]);

      // Another account from the same client is not blocked.
      expect((await signIn(BOB)).status).toBe(200);
    });

    it(`blocks the client after ${LIMITS.client} failures over any accounts`, async () => {
      // Fewer than the account limit on each address, so that only the client's count matters.
      for (let i = 0; i < LIMITS.client - 1; i++) {
        const res = await wrong(i < 4 ? ANNA.email : `nobody-${i}@example.org`);
        expect(res.status, `attempt ${i + 1}`).toBe(401);
      }
      expect((await signIn(BOB)).status).toBe(200);

      expect((await wrong('nobody-last@example.org')).status).toBe(401);
      const blocked = await signIn(BOB);
      expectError(blocked, 429, 'rate_limited');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('clears the account’s count on a successful sign-in', async () => {
      for (let i = 0; i < LIMITS.account - 1; i++) expect((await wrong(ANNA.email)).status).toBe(401);
      expect((await signIn(ANNA)).status).toBe(200);
      for (let i = 0; i < LIMITS.account - 1; i++) expect((await wrong(ANNA.email)).status).toBe(401);
      expect((await signIn(ANNA)).status).toBe(200);
    });
  });

  describe('new passwords (signing up with an invitation)', () => {
    let token: string;
    beforeEach(async () => {
      const ws = await newWorkspace(t.api);
      const res = await t.api.post<CreatedInvitation>(`/api/workspaces/${ws.id}/invitations`, { role: 'observer' });
      token = res.body.token;
    });

    const signUp = (email: string, password: string) =>
      t.anon.post(`/api/invitations/${token}/sign-up`, { name: 'Newcomer', email, password });
    const accountOf = async (email: string) => t.db.query('select id from users where email = $1', [email]);

    it('refuses one of the most common passwords, in any case', async () => {
      const common = COMMON.find((p) => p.length >= 12) as string;
      expect(common).toBeDefined();
      const candidates = [common, common.toUpperCase(), ...(COMMON.includes('password1234') ? ['password1234'] : [])];
      for (const password of candidates) {
        expectError(await signUp('common@example.org', password), 400, 'validation', 'most common', 'password');
      }
      expect(await accountOf('common@example.org')).toEqual([]);
    });

    it('refuses the e-mail address as the password', async () => {
      const email = 'same-as-password@example.org';
      expectError(await signUp(email, email), 400, 'validation', undefined, 'password');
      expect(await accountOf(email)).toEqual([]);
    });

    it('refuses fewer than 12 characters', async () => {
      expectError(await signUp('short@example.org', 'x7#kq9!mzp2'), 400, 'validation', 'at least 12', 'password');
      expect(await accountOf('short@example.org')).toEqual([]);
    });

    it('accepts 12 characters that are not common', async () => {
      const res = await signUp('twelve@example.org', 'x7#kq9!mzp2w');
      expect(res.status).toBe(201);
      expect(await accountOf('twelve@example.org')).toHaveLength(1);
      expect((await signIn({ email: 'twelve@example.org', password: 'x7#kq9!mzp2w' })).status).toBe(200);
    });

    it('accepts a passphrase of 128 characters', async () => {
      const long = 'correct horse battery staple '.repeat(5).slice(0, 128);
      expect(long).toHaveLength(128);
      expect((await signUp('long@example.org', long)).status).toBe(201);
      expect((await signIn({ email: 'long@example.org', password: long })).status).toBe(200);
    });
  });
});
