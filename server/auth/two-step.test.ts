import type { SessionInfo, SignInStep } from '@/domain';
import { apiClient } from '../test/api-client';
import { describeBackends } from '../test/helpers';
import { hashPassword } from './passwords';
import { hotp, stepAt } from './totp';
import { createUser } from './users';

// Two-step sign-in as people go through it: an administrator must set it up at the first
// sign-in; afterwards every sign-in asks for the app's code; a recovery code works once.

const PASSWORD = 'a long and uncommon passphrase';

/** An API client that keeps its cookie, like a browser. */
function browser(t: { app: Parameters<typeof apiClient>[0] }) {
  let cookie = '';
  const client = () => apiClient(t.app, { cookie });
  const remember = (headers: Headers) => {
    const set = /libri_session=([^;]*)/.exec(headers.get('set-cookie') ?? '');
    if (set) cookie = `libri_session=${set[1]}`;
  };
  const post = async <T>(path: string, body?: unknown) => {
    const res = await client().post<T>(path, body);
    remember(res.headers);
    return res;
  };
  const get = <T>(path: string) => client().get<T>(path);
  return { post, get };
}

const codeNow = (secret: string, offset = 0) => hotp(secret, stepAt(Date.now()) + offset);

describeBackends('two-step sign-in', (t) => {
  async function account(email: string, systemRole: 'admin' | 'user' | 'coordinator', demo = false) {
    await createUser(
      t.db,
      { email, name: email, passwordHash: await hashPassword(PASSWORD), systemRole, demo },
      new Date().toISOString(),
    );
  }
  beforeEach(async () => {
    await t.db.query('delete from users where email like $1', ['%@two-step.example']);
    await t.db.query('delete from sign_in_limits');
  });

  async function setUp(b: ReturnType<typeof browser>) {
    const setup = await b.post<{ secret: string; uri: string }>('/api/auth/two-step/setup');
    expect(setup.status).toBe(200);
    const enabled = await b.post<{ recoveryCodes: string[]; session: SessionInfo }>('/api/auth/two-step/enable', {
      code: codeNow(setup.body.secret),
    });
    expect(enabled.status).toBe(200);
    return { secret: setup.body.secret, codes: enabled.body.recoveryCodes };
  }

  it('makes an administrator set it up at the first sign-in before anything else', async () => {
    await account('admin@two-step.example', 'admin');
    const b = browser(t);
    const signIn = await b.post<SignInStep>('/api/auth/sign-in', {
      email: 'admin@two-step.example',
      password: PASSWORD,
    });
    expect(signIn.body).toEqual({ stage: 'setup', email: 'admin@two-step.example' });
    // Halfway, nothing else answers.
    expect((await b.get('/api/workspaces')).status).toBe(401);
    expect((await b.get('/api/admin/users')).status).toBe(401);
    // A code that is not the app's turns nothing on.
    expect((await b.post('/api/auth/two-step/setup')).status).toBe(200);
    expect((await b.post('/api/auth/two-step/enable', { code: '000000' })).status).toBe(401);
    const { codes } = await setUp(b);
    expect(codes).toHaveLength(10);
    expect((await b.get('/api/admin/users')).status).toBe(200);
    const session = await b.get<SessionInfo>('/api/auth/session');
    expect(session.body.user).toMatchObject({ twoStep: true, twoStepRequired: true });
    // The recovery codes are kept only as hashes.
    const [row] = await t.db.query<{ recovery_codes: string[] }>('select recovery_codes from users where email = $1', [
      'admin@two-step.example',
    ]);
    expect(JSON.stringify(row)).not.toContain(codes[0]);
  });

  it('asks every later sign-in for the app’s code, takes each code once, and a recovery code once', async () => {
    await account('anna@two-step.example', 'user');
    const first = browser(t);
    await first.post('/api/auth/sign-in', { email: 'anna@two-step.example', password: PASSWORD });
    const { secret, codes } = await setUp(first);

    const second = browser(t);
    const signIn = await second.post<SignInStep>('/api/auth/sign-in', {
      email: 'anna@two-step.example',
      password: PASSWORD,
    });
    expect(signIn.body.stage).toBe('second-factor');
    expect((await second.get('/api/workspaces')).status).toBe(401);
    expect((await second.post('/api/auth/two-step/verify', { code: '000000' })).status).toBe(401);
    // The code used at the setup was spent there: a later one is needed.
    const used = await second.post('/api/auth/two-step/verify', { code: codeNow(secret) });
    const next =
      used.status === 200 ? used : await second.post('/api/auth/two-step/verify', { code: codeNow(secret, 1) });
    expect(next.status).toBe(200);
    expect((await second.get('/api/workspaces')).status).toBe(200);

    const third = browser(t);
    await third.post('/api/auth/sign-in', { email: 'anna@two-step.example', password: PASSWORD });
    expect((await third.post('/api/auth/two-step/verify', { code: codes[3] })).status).toBe(200);
    const fourth = browser(t);
    await fourth.post('/api/auth/sign-in', { email: 'anna@two-step.example', password: PASSWORD });
    expect((await fourth.post('/api/auth/two-step/verify', { code: codes[3] })).status).toBe(401);
  });

  it('counts wrong codes toward the sign-in limit', async () => {
    await account('bert@two-step.example', 'user');
    const b = browser(t);
    await b.post('/api/auth/sign-in', { email: 'bert@two-step.example', password: PASSWORD });
    await setUp(b);
    const c = browser(t);
    await c.post('/api/auth/sign-in', { email: 'bert@two-step.example', password: PASSWORD });
    for (let i = 0; i < 5; i++)
      expect((await c.post('/api/auth/two-step/verify', { code: '000000' })).status).toBe(401);
    const blocked = await c.post('/api/auth/two-step/verify', { code: '000000' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets a partner turn it off with a code, but not an administrator; demo accounts are exempt', async () => {
    await account('cora@two-step.example', 'user');
    const b = browser(t);
    await b.post('/api/auth/sign-in', { email: 'cora@two-step.example', password: PASSWORD });
    const { secret } = await setUp(b);
    const off = await b.post<SessionInfo>('/api/auth/two-step/disable', { code: codeNow(secret, 1) });
    expect(off.status).toBe(200);
    expect(off.body.user.twoStep).toBe(false);

    await account('demo-admin@two-step.example', 'admin', true);
    const demo = browser(t);
    const signIn = await demo.post<SessionInfo>('/api/auth/sign-in', {
      email: 'demo-admin@two-step.example',
      password: PASSWORD,
    });
    expect(signIn.body.user).toMatchObject({ twoStep: false, twoStepRequired: false });
  });
});
