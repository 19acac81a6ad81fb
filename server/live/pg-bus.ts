import pg from 'pg';
import type { Logger } from '../logger';
import type { Bus, BusMessage } from './bus';

// Several server processes on one PostgreSQL: each keeps one connection of its own,
// outside the pool, that LISTENs on the installation's channel; messages go out with
// pg_notify through the pool. PostgreSQL delivers a notification to every listener,
// the sender included, so every process (this one too) hears every message once.

export type PgBusOptions = {
  connectionString: string;
  /** Tests run in throw-away schemas on one server: each gets its own channel. */
  schema?: string;
  /** Sends a notification (through the pool, so that publishing never waits on the listener). */
  notify: (channel: string, payload: string) => Promise<unknown>;
  logger: Logger;
};

const MAX_BACKOFF_MS = 30_000;

export async function openPgBus(options: PgBusOptions): Promise<Bus> {
  const channel = `libri_events${options.schema ? `_${options.schema}` : ''}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const listeners = new Set<(message: BusMessage) => void>();
  const resyncs = new Set<() => void>();
  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const onNotification = (n: pg.Notification) => {
    if (n.channel !== channel || !n.payload) return;
    let message: BusMessage;
    try {
      message = JSON.parse(n.payload) as BusMessage;
    } catch {
      return;
    }
    listeners.forEach((l) => l(message));
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.connectionString });
    next.on('notification', onNotification);
    next.on('error', () => undefined);
    next.on('end', () => {
      if (client !== next || closed) return;
      client = null;
      options.logger.warn('Lost the PostgreSQL connection for live updates: reconnecting');
      schedule();
    });
    await next.connect();
    await next.query(`listen ${channel}`);
    client = next;
    failures = 0;
  };

  const schedule = () => {
    if (closed || retry) return;
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures, 5));
    failures += 1;
    retry = setTimeout(() => {
      retry = null;
      connect().then(
        // Whatever was notified while away is caught up from the database.
        () => resyncs.forEach((r) => r()),
        () => schedule(),
      );
    }, delay);
    retry.unref();
  };

  await connect();

  return {
    publish(message) {
      options.notify(channel, JSON.stringify(message)).catch(() => {
        // The write itself is stored; listeners catch up at their next message or resync.
        options.logger.warn('Could not announce a change for live updates');
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onResync(listener) {
      resyncs.add(listener);
      return () => void resyncs.delete(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      listeners.clear();
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
