import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workspace } from '@/domain';
import { createApp } from './app';
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
      graceMs: 5_000,
    });
    const base = `http://127.0.0.1:${running.port}`;
    expect((await fetch(`${base}/api/health`)).status).toBe(200);

    const inFlight = fetch(`${base}/api/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ name: 'Saved while stopping' }),
    });
    await inHandler;
    const started = Date.now();
    const stopped = running.shutdown();
    expect(running.shutdown()).toBe(stopped);
    await expect(fetch(`${base}/api/health`, { headers: { connection: 'close' } })).rejects.toThrow();

    release();
    const res = await inFlight;
    expect(res.status).toBe(201);
    const created = (await res.json()) as Workspace;
    await stopped;
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(db.query('select 1')).rejects.toThrow();

    const reopened = await openDatabase({ dataDir: dir });
    expect(await reopened.query('select name from workspaces where id = $1', [created.id])).toEqual([
      { name: 'Saved while stopping' },
    ]);
    await reopened.close();
  });
});
