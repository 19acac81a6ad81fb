import pg from 'pg';
import type { Database, Queryable } from './database';

type Options = {
  /** Puts every connection in this schema: lets tests run in a throw-away schema. */
  schema?: string;
  connectionTimeoutMillis?: number;
};

function wrap(q: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await q.query(sql, params)).rows as T[],
    // Without parameters node-postgres uses the simple protocol, which accepts several statements.
    exec: async (sql: string) => {
      await q.query(sql);
    },
  };
}

/** A PostgreSQL server reached through a connection pool (DATABASE_URL). */
export async function openPostgres(connectionString: string, options: Options = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', (err) => console.error('PostgreSQL connection error:', err.message));
  // Fail at start, not at the first request, when the server is unreachable.
  await pool.query('select 1');

  return {
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    description: 'PostgreSQL',
  };
}
