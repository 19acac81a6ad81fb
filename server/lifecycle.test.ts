import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workspace } from '@/domain';
import { createApp } from './app';
import { person } from './test/people';
import type { Database } from './db/database';
import { openDatabase } from './db/open';
import { startServer } from './lifecycle';

describe('stopping the server (SIGTERM)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'libri-stop-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses new connections, finishes the request in flight, then closes the database with the write saved', async () => {
    const db = await openDatabase({ dataDir: dir });
    // Hold the first write until the shutdown has begun, to have a request in flight.
    let entered!: () => void;
    let release!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    const gate = new Promise<void>((r) => (release = r));
    const slow: Database = {
      ...db,
      async transaction(fn) {
        entered();
        await gate;
        return db.transaction(fn);
      },
    };
    const running = await startServer({
      app: createApp({ db: slow }),
      db: slow,
      port: 0,
      host: '127.0.0.1',
      // Far beyond the test's timeout: shutdown must finish because the work is done, not because time ran out.
      graceMs: 600_000,
    });
    const base = `http://127.0.0.1:${running.port}`;
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const { cookie } = await person(db, createApp({ db }), 'lead@example.org');

    const inFlight = fetch(`${base}/api/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close', cookie, origin: base },
      body: JSON.stringify({ name: 'Saved while stopping' }),
    });
    await inHandler;
    const stopped = running.shutdown();
    expect(running.shutdown()).toBe(stopped);
    await expect(fetch(`${base}/api/health`, { headers: { connection: 'close' } })).rejects.toThrow();

    release();
    const res = await inFlight;
    expect(res.status).toBe(201);
    const created = (await res.json()) as Workspace;
    await stopped;
    await expect(db.query('select 1')).rejects.toThrow();

    const reopened = await openDatabase({ dataDir: dir });
    expect(await reopened.query('select name from workspaces where id = $1', [created.id])).toEqual([
      { name: 'Saved while stopping' },
    ]);
    await reopened.close();
  });
});

/** One request through `agent`; resolves with the whole answer, rejects when the connection fails. */
function send(
  agent: http.Agent,
  url: string,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { agent, method: options.method ?? 'GET', headers: { 'content-type': 'application/json', ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('stopping the server while a keep-alive client keeps sending requests', () => {
  it('answers the request in flight, closes the connection and stops without waiting for the grace period', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    let entered!: () => void;
    let release!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    const gate = new Promise<void>((r) => (release = r));
    const slow: Database = {
      ...db,
      async transaction(fn) {
        entered();
        await gate;
        return db.transaction(fn);
      },
    };
    // A grace period far beyond the test's timeout: only a drain that really ends can pass.
    const running = await startServer({
      app: createApp({ db: slow }),
      db: slow,
      port: 0,
      host: '127.0.0.1',
      graceMs: 60_000,
    });
    const base = `http://127.0.0.1:${running.port}`;
    // One socket, kept alive: every request of this client goes over the same connection.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await send(agent, `${base}/api/health`)).status).toBe(200);

      const { cookie } = await person(db, createApp({ db }), 'lead@example.org');
      const inFlight = send(agent, `${base}/api/workspaces`, {
        method: 'POST',
        headers: { cookie, origin: base },
        body: JSON.stringify({ name: 'Saved while stopping' }),
      });
      await inHandler;
      let stopped = false;
      const stopping = running.shutdown().then(() => (stopped = true));

      // The client goes on asking, queued behind the request in flight on the same connection.
      const answers: number[] = [];
      const polling = (async () => {
        while (!stopped) {
          try {
            answers.push((await send(agent, `${base}/api/health`)).status);
          } catch {
            return 'refused';
          }
        }
        return 'stopped';
      })();
      release();

      const res = await inFlight;
      expect(res.status).toBe(201);
      expect(res.headers.connection).toBe('close');
      expect(JSON.parse(res.body)).toMatchObject({ name: 'Saved while stopping' });
      await stopping;
      expect(await polling).toBe('refused');
      expect(answers.every((status) => status === 200)).toBe(true);
      await expect(db.query('select 1')).rejects.toThrow();
    } finally {
      agent.destroy();
    }
  });
});
