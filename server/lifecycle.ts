import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { App } from './app';
import type { Database } from './db/database';

export type RunningServer = {
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. Idempotent. */
  shutdown(): Promise<void>;
};

/**
 * Starts listening. The order of shutdown is what keeps acknowledged writes: a request
 * still running gets its answer and its commit before the database (PGlite: its files)
 * is closed. Connections still busy after `graceMs` are cut, so a hung client cannot
 * keep the process alive forever.
 */
export async function startServer(options: {
  app: App;
  db: Database;
  port: number;
  host: string;
  graceMs?: number;
}): Promise<RunningServer> {
  const { app, db, host, graceMs = 10_000 } = options;
  const { server, port } = await new Promise<{ server: Server; port: number }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    ) as Server;
    server.once('error', reject);
  });

  let closing: Promise<void> | undefined;
  const shutdown = () =>
    (closing ??= (async () => {
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      force.unref();
      // close() refuses new connections, closes idle keep-alive ones and calls back
      // once the last in-flight response has been sent.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearTimeout(force);
      await db.close();
    })());

  return { port, shutdown };
}
