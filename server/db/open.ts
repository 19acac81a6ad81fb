import { mkdirSync } from 'node:fs';
import type { Database } from './database';
import { migrate } from './migrations';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** PostgreSQL when a URL is given, else the embedded database in `dataDir`; migrated and ready. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  let db: Database;
  if (options.databaseUrl) {
    db = await openPostgres(options.databaseUrl);
  } else {
    if (options.dataDir !== 'memory://') mkdirSync(options.dataDir, { recursive: true });
    db = await openPglite(options.dataDir);
  }
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
