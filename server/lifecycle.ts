import type { Server, ServerResponse } from 'node:http';
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
  /** Runs first at shutdown: ends what would keep connections open (live streams). */
  beforeClose?: () => Promise<void>;
}): Promise<RunningServer> {
  const { app, db, host, graceMs = 10_000, beforeClose } = options;
  const { server, port } = await new Promise<{ server: Server; port: number }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    ) as Server;
    server.once('error', reject);
  });

  // close() alone does not end keep-alive connections that are busy at that moment: once
  // answered they stay open, and a client that keeps sending requests over them keeps the
  // server alive until the grace period cuts everyone off. While draining, every answer
  // says `Connection: close`, and a connection is closed as soon as it falls idle.
  let draining = false;
  const unanswered = new Set<ServerResponse>();
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (draining) {
      res.setHeader('Connection', 'close');
    } else {
      unanswered.add(res);
      res.once('close', () => unanswered.delete(res));
    }
    res.once('finish', () => {
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });

  let closing: Promise<void> | undefined;
  const shutdown = () =>
    (closing ??= (async () => {
      draining = true;
      await beforeClose?.().catch(() => undefined);
      for (const res of unanswered) if (!res.headersSent) res.setHeader('Connection', 'close');
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      force.unref();
      // close() refuses new connections, closes idle keep-alive ones and calls back
      // once the last connection is gone.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      clearTimeout(force);
      await db.close();
    })());

  return { port, shutdown };
}
