// What accounts cost: signing in (Argon2id included) and the session check every API request
// now makes. In-process (Hono's app.request), on PGlite and on PostgreSQL when one answers.
//
//   npm run bench:auth
//
// Prints, per database: sign-in p50/p95 over 20 sign-ins; GET /api/workspaces/:id of the sample
// strategy, signed in, p50 over 200 requests; the session check alone (find the session by its
// token's hash, and the person's role in the workspace), p50 over 200; and its share of the request.
import { createApp } from '../server/app';
import { findSession } from '../server/auth/sessions';
import { standingIn } from '../server/store/programmes';
import { seedDemoAccounts, seedSampleIfEmpty } from '../server/seed';
import { BACKENDS } from '../server/test/backends';
import { apiClient } from '../server/test/api-client';

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] as number;
const ms = (n: number) => Math.round(n * 100) / 100;

test('accounts benchmark', async () => {
  const rows = [];
  for (const backend of BACKENDS) {
    if (backend.skipReason) continue;
    const { db, dispose } = await backend.open();
    try {
      const sample = await seedSampleIfEmpty(db);
      await seedDemoAccounts(db, sample);
      const app = createApp({ db });
      const anon = apiClient(app);
      const signIns: number[] = [];
      let token = '';
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        const res = await anon.post('/api/auth/sign-in', { email: 'lead@example.org', password: 'libri-demo-2026' });
        signIns.push(performance.now() - started);
        token = /libri_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? token;
      }
      const api = apiClient(app, { cookie: `libri_session=${token}` });
      const list = (await api.get<{ id: string; role: string | null }[]>('/api/workspaces')).body;
      const id = list.find((w) => w.role === 'lead')?.id as string;
      const requests: number[] = [];
      const checks: number[] = [];
      for (let i = 0; i < 220; i++) {
        let started = performance.now();
        const res = await api.get(`/api/workspaces/${id}`);
        const took = performance.now() - started;
        if (res.status !== 200) throw new Error(`GET answered ${res.status}`);
        started = performance.now();
        const found = await findSession(db, token, new Date());
        await standingIn(db, id, found?.user.id ?? '');
        const check = performance.now() - started;
        // The first 20 warm up the database's caches and the JIT.
        if (i >= 20) {
          requests.push(took);
          checks.push(check);
        }
      }
      const request = quantile(requests, 0.5);
      const check = quantile(checks, 0.5);
      rows.push({
        database: backend.name,
        'sign-in p50 ms': ms(quantile(signIns, 0.5)),
        'sign-in p95 ms': ms(quantile(signIns, 0.95)),
        'GET strategy p50 ms': ms(request),
        'session check p50 ms': ms(check),
        'share of the request': `${Math.round((check / request) * 100)}%`,
        'without the check ≈ ms': ms(request - check),
      });
    } finally {
      await dispose();
    }
  }
  console.table(rows);
  expect(rows.length).toBeGreaterThan(0);
});
