import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

type PGliteQueryable = Pick<PGlite, 'query' | 'exec'>;

function wrap(q: PGliteQueryable): Queryable {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  };
}

/**
 * The embedded database: a real PostgreSQL compiled to WebAssembly, storing its files in
 * `dataDir` (or nowhere with `memory://`, for tests). Each query is written through to
 * the directory before its promise resolves, so an awaited write is a durable write.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const pg = await PGlite.create(dataDir);
  return {
    ...wrap(pg),
    // PGlite has a single connection; its own mutex queues other queries behind a transaction.
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
    description: dataDir === 'memory://' ? 'embedded database in memory' : `embedded database in ${dataDir}`,
  };
}
