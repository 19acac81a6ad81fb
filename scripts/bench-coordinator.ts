// Benchmark of the national coordinator's view at the size of the whole EU project: one
// programme of 50 towns with full strategies (about 300 items each, 15,000 in all).
//
//   npm run bench:coordinator          (builds the app first; PostgreSQL at DATABASE_URL when it answers)
//
// Prints, per database (PGlite, PostgreSQL): the dashboard API (cold, then the median of the next
// runs), loading three single strategies one after another in the same run (the dashboard may not
// take longer), the comparison API for four towns, the CSV of the whole programme, and the
// dashboard's time to interactive in Chromium (from navigation to the fifty rows on screen and the
// search answering a keystroke) on a first visit and on the next visits of the same browser (a
// coordinator's daily use, the target), against the production build.
// Targets: dashboard API < 200 ms, dashboard interactive < 1.5 s, CSV < 2 s.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { strategyToBackup, backupToOperations } from '@/domain/backup';
import { createApp } from '../server/app';
import { createSession } from '../server/auth/sessions';
import { createUser } from '../server/auth/users';
import type { Database } from '../server/db/database';
import { importWorkspace } from '../server/store/import';
import { BACKENDS } from '../server/test/backends';
import { largeStrategy } from '../tests/export/large-strategy';

const TOWNS = Number(process.env.TOWNS ?? 50);
const RUNS = 7;
const COUNTS = { need: 60, strength: 20, challenge: 20, recommendation: 50, action: 150 };
const TARGETS = { dashboardMs: 200, interactiveMs: 1500, csvMs: 2000 };
const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function timed(fn: () => Promise<unknown>): Promise<{ cold: number; warm: number }> {
  const cold = await time(fn);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await time(fn));
  return { cold, warm: median(warm) };
}

/** A programme of TOWNS towns, each a full strategy with its own lead; the coordinator's session cookie. */
async function seed(db: Database) {
  const now = new Date().toISOString();
  const coordinator = await createUser(
    db,
    {
      email: `coordinator-${randomUUID()}@bench.example`,
      name: 'Bench Coordinator',
      passwordHash: '!',
      systemRole: 'coordinator',
    },
    now,
  );
  const programmeId = randomUUID();
  await db.query(
    `insert into programmes (id, name, country, deadline, language, created_at, updated_at)
     values ($1, 'LiBri Europe (bench)', 'LV', '2027-06-30', 'en', $2, $2)`,
    [programmeId, now],
  );
  await db.query('insert into programme_coordinators (programme_id, user_id, created_at) values ($1, $2, $3)', [
    programmeId,
    coordinator.id,
    now,
  ]);
  const backup = strategyToBackup(largeStrategy(COUNTS), now);
  const ids: string[] = [];
  for (let i = 0; i < TOWNS; i++) {
    const lead = await createUser(
      db,
      { email: `lead-${i}-${randomUUID()}@bench.example`, name: `Lead ${i + 1}`, passwordHash: '!' },
      now,
    );
    const ws = await importWorkspace(
      db,
      `Town ${String(i + 1).padStart(2, '0')} — strategy`,
      backupToOperations(backup, randomUUID),
      [{ userId: lead.id, role: 'lead' }],
    );
    await db.query('update workspaces set programme_id = $2 where id = $1', [ws.id, programmeId]);
    ids.push(ws.id);
  }
  const { token } = await createSession(db, coordinator.id, 'bench', new Date());
  const [items] = await db.query<{ n: number }>(
    'select count(*)::int as n from items where workspace_id in (select id from workspaces where programme_id = $1)',
    [programmeId],
  );
  return { programmeId, ids, cookie: `libri_session=${token}`, items: items?.n ?? 0 };
}

/**
 * From navigation to the fifty rows on screen and a search that answers a keystroke: on a first
 * visit (a new browser profile, nothing cached) and on the next visits of the same browser.
 */
async function interactive(app: ReturnType<typeof createApp>, cookie: string, programmeId: string) {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const visit = async (page: Page) => {
    const start = Date.now();
    await page.goto(`${url}/programmes/${programmeId}`);
    await page
      .getByTestId('town-row')
      .nth(TOWNS - 1)
      .waitFor();
    await page.getByRole('searchbox', { name: 'Search towns' }).fill('Town 07');
    await page.getByTestId('towns-count').getByText(`Showing 1 of ${TOWNS} towns`).waitFor();
    return Date.now() - start;
  };
  const first: number[] = [];
  const next: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([
        {
          name: 'libri_session',
          value: cookie.split('=')[1] as string,
          domain: '127.0.0.1',
          path: '/',
          httpOnly: true,
        },
      ]);
      const page = await context.newPage();
      first.push(await visit(page));
      for (let again = 0; again < 3; again++) next.push(await visit(page));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { first: median(first), next: median(next) };
}

type Row = Record<string, string | number>;

test('coordinator benchmark', async () => {
  const staticDir = join(ROOT, 'dist/client');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('Build the app first: npm run build');
  const rows: Row[] = [];
  for (const backend of BACKENDS) {
    if (backend.skipReason) {
      console.log(`${backend.name}: skipped (${backend.skipReason})`);
      continue;
    }
    const { db, dispose } = await backend.open();
    try {
      const started = performance.now();
      const { programmeId, ids, cookie, items } = await seed(db);
      const seeded = performance.now() - started;
      const app = createApp({ db, staticDir });
      const get = async (path: string) => {
        const res = await app.request(path, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        return res.arrayBuffer();
      };
      const dashboard = await timed(() => get(`/api/programmes/${programmeId}/dashboard`));
      const three = await timed(async () => {
        for (const id of ids.slice(0, 3)) await get(`/api/workspaces/${id}`);
      });
      const compare = await timed(() =>
        get(`/api/programmes/${programmeId}/compare?section=need&towns=${ids.slice(0, 4).join(',')}`),
      );
      const csv = await timed(() => get(`/api/programmes/${programmeId}/items.csv?lang=lv`));
      const tti = await interactive(app, cookie, programmeId);
      rows.push({
        database: backend.name,
        towns: TOWNS,
        items,
        'seed s': (seeded / 1000).toFixed(1),
        'dashboard cold ms': Math.round(dashboard.cold),
        'dashboard ms': Math.round(dashboard.warm),
        '3 strategies ms': Math.round(three.warm),
        'compare 4 ms': Math.round(compare.warm),
        'CSV ms': Math.round(csv.warm),
        'interactive, first visit ms': tti.first,
        'interactive, next visits ms': tti.next,
      });
      const fails = [
        dashboard.warm > TARGETS.dashboardMs &&
          `dashboard API ${Math.round(dashboard.warm)} ms > ${TARGETS.dashboardMs} ms`,
        dashboard.warm > three.warm &&
          `dashboard API slower than three single strategies (${Math.round(three.warm)} ms)`,
        csv.warm > TARGETS.csvMs && `CSV ${Math.round(csv.warm)} ms > ${TARGETS.csvMs} ms`,
        tti.next > TARGETS.interactiveMs && `dashboard interactive ${tti.next} ms > ${TARGETS.interactiveMs} ms`,
      ].filter(Boolean);
      console.log(`${backend.name}: ${fails.length === 0 ? 'every target met' : `missed: ${fails.join('; ')}`}`);
    } finally {
      await db.query('delete from workspaces where programme_id is not null').catch(() => undefined);
      await db.query('delete from programmes').catch(() => undefined);
      await dispose();
    }
  }
  console.table(rows);
});
