import { createApp } from '../app';
import { apiClient } from '../test/api-client';
import { describeBackends } from '../test/helpers';

// Behind a reverse proxy every request comes from the proxy: with TRUST_PROXY the client's own
// address (the one the proxy appended) is what sign-in limits and the activity log use.

describeBackends('behind a reverse proxy', (t) => {
  async function failedSignInFrom(trustProxy: boolean, forwarded: string) {
    await t.db.query('delete from audit_log');
    const api = apiClient(createApp({ db: t.db, trustProxy }));
    await api.post(
      '/api/auth/sign-in',
      { email: 'nobody@proxy.example', password: 'not the right one at all' },
      { 'x-forwarded-for': forwarded },
    );
    const [row] = await t.db.query<{ ip: string }>(`select ip from audit_log where action = 'sign-in-failed'`);
    return row?.ip;
  }

  it('takes the address the proxy appended, not one the client wrote before it', async () => {
    expect(await failedSignInFrom(true, '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For when not behind a proxy', async () => {
    expect(await failedSignInFrom(false, '203.0.113.7')).not.toBe('203.0.113.7');
  });
});
