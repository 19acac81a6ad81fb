import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/open';
import { startServer } from './lifecycle';
import { createLogger } from './logger';
import { DEMO_PASSWORD } from '@/domain';
import { createFirstAdmin } from './auth/admin';
import { deleteEndedSessions } from './auth/sessions';
import { countAdmins } from './auth/users';
import { seedDemoAccounts, seedSampleIfEmpty } from './seed';
import { LocalBus } from './live/bus';
import { deleteOldEvents } from './live/events';
import { LiveHub } from './live/hub';
import { openPgBus } from './live/pg-bus';

// The process: config, database, optional sample, HTTP, and an orderly stop on
// SIGTERM (docker stop, systemd) or SIGINT (Ctrl-C).

const config = loadConfig();
const logger = createLogger(config.logLevel);

const db = await openDatabase(config).catch((err: unknown) => {
  console.error(`Could not open the database: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

if (process.argv.includes('--seed')) {
  const sample = await seedSampleIfEmpty(db);
  if (sample) logger.info(`Created the sample workspace "${sample.name}"`);
  const demo = await seedDemoAccounts(db, sample);
  if (demo > 0) logger.info(`Created ${demo} demo accounts (password ${DEMO_PASSWORD}); the sign-in page lists them`);
}

if (config.admin) {
  const made = await createFirstAdmin(db, config.admin.email, config.admin.password);
  if (made.ok) logger.info(`Created the first administrator ${made.email}`);
  else if (made.reason !== 'exists') {
    console.error(`ADMIN_EMAIL/ADMIN_PASSWORD: ${made.message}`);
    await db.close();
    process.exit(1);
  }
}
if ((await countAdmins(db)) === 0) {
  logger.warn(
    'This installation has no administrator yet. Create one with `npm run create-admin`, or start once with ADMIN_EMAIL and ADMIN_PASSWORD set.',
  );
}

// Sessions that have ended are of no use to anyone: cleared at start and every hour.
// Live events older than a day too: a browser away that long fetches the whole strategy.
const sweep = () =>
  Promise.all([deleteEndedSessions(db, new Date()), deleteOldEvents(db, new Date())]).catch((err: unknown) =>
    logger.warn(`Could not clear ended sessions or old events: ${err instanceof Error ? err.name : typeof err}`),
  );
await sweep();
const sweeper = setInterval(() => void sweep(), 60 * 60 * 1000);
sweeper.unref();

// Live updates: one process alone, or every process on one PostgreSQL through LISTEN/NOTIFY.
const bus = config.databaseUrl
  ? await openPgBus({
      connectionString: config.databaseUrl,
      notify: (channel, payload) => db.query('select pg_notify($1, $2)', [channel, payload]),
      logger,
    })
  : new LocalBus();
const live = new LiveHub(db, bus, logger);

const app = createApp({
  db,
  live,
  staticDir: config.staticDir,
  logger,
  publicUrl: config.publicUrl,
  allowedHosts: config.allowedHosts,
  trustProxy: config.trustProxy,
  accessibility: config.accessibility,
});
const running = await startServer({
  app,
  db,
  port: config.port,
  host: config.host,
  // Open live streams never end by themselves: they are closed first, and their browsers reconnect.
  beforeClose: () => live.closeAll(),
}).catch(async (err: unknown) => {
  console.error(
    `Could not listen on ${config.host}:${config.port}: ${err instanceof Error ? err.message : String(err)}`,
  );
  await db.close();
  process.exit(1);
});

logger.info(`LiBri Strategy Builder is running at http://localhost:${running.port}`);
logger.info(`Storage: ${config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`}`);
if (!existsSync(join(config.staticDir, 'index.html'))) {
  logger.warn(`No built app in ${config.staticDir} (run npm run build:client): serving the API only`);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  // `once`: a second Ctrl-C falls back to Node's default and ends the process at once.
  process.once(signal, () => {
    logger.info(`${signal} received: finishing open requests, then closing the database`);
    running.shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('Shutdown failed:', err);
        process.exit(1);
      },
    );
  });
}
