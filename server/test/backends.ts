import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../db/database';
import { migrate } from '../db/migrations';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';

// The databases the store and route tests run against: PGlite in memory always, and a
// real PostgreSQL when one answers, each test file in its own throw-away schema.

export type OpenedDb = { db: Database; dispose(): Promise<void> };
export type Backend = { name: string; skipReason?: string; open(): Promise<OpenedDb> };

export const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const redacted = PG_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (err) {
    return `no PostgreSQL at ${redacted} (${err instanceof Error ? err.message : String(err)}); set DATABASE_URL to run them`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const pgSkipReason = await probePostgres();
if (pgSkipReason) console.warn(`PostgreSQL tests skipped: ${pgSkipReason}`);

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const pgliteBackend: Backend = {
  name: 'PGlite',
  async open() {
    const db = await openPglite('memory://');
    await migrate(db);
    return { db, dispose: () => db.close() };
  },
};

export const postgresBackend: Backend = {
  name: 'PostgreSQL',
  ...(pgSkipReason ? { skipReason: pgSkipReason } : {}),
  async open() {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    const db = await openPostgres(PG_URL, { schema });
    await migrate(db);
    return {
      db,
      async dispose() {
        await db.close();
        await adminQuery(`drop schema ${schema} cascade`);
      },
    };
  },
};

export const BACKENDS: Backend[] = [pgliteBackend, postgresBackend];
