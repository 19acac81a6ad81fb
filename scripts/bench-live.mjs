// Live updates under load: 50 editors save through the API while 200 browsers listen on
// the workspace's stream. Run against the built server (npm run build first; the npm
// script does it): on the embedded database with one process, and on PostgreSQL with two
// processes sharing one database (listeners split across them, saves through the first).
//
//   npm run bench:live                       (PostgreSQL at DATABASE_URL, or 127.0.0.1:5432/test)
//
// Prints, per setup: saves per second; save p50/p95 (request to answer); delivery from the
// save's answer to each listener's receipt, p50/p95/max over every (event, listener) pair;
// events a listener missed (must be 0); and each server process's peak memory (VmHWM).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = join(import.meta.dirname, '..');
const EDITORS = Number(process.env.EDITORS ?? 50);
const LISTENERS = Number(process.env.LISTENERS ?? 200);
const SAVES_EACH = Number(process.env.SAVES ?? 10);
const PAUSE_MS = Number(process.env.PAUSE_MS ?? 1000);
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function start({ seed, databaseUrl, dataDir }) {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server/index.js', ...(seed ? ['--seed'] : [])], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir ?? '',
      DATABASE_URL: databaseUrl ?? '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 300) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const peakMb = () => {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  };
  const stop = () =>
    new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM'))));
  return { url, peakMb, stop };
}

async function signIn(url) {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'lead@example.org', password: 'libri-demo-2026' }),
  });
  const token = /libri_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error(`sign-in: ${res.status}`);
  return (path, init = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: { cookie: `libri_session=${token}`, origin: url, ...(init.headers ?? {}) },
    });
}

/** A listener: reads the stream and notes when each (item, version) arrives. */
function listen(api, workspace, since, tab) {
  const got = new Map();
  const controller = new AbortController();
  const ready = (async () => {
    const res = await api(`/api/workspaces/${workspace}/live?since=${since}&tab=${tab}`, { signal: controller.signal });
    if (res.status !== 200) throw new Error(`stream: ${res.status}`);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let resolveReady;
    const isReady = new Promise((r) => (resolveReady = r));
    (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event === 'ready') resolveReady();
            if (event === 'change' && data) {
              const e = JSON.parse(data);
              if (e.change.type === 'item') got.set(`${e.change.item.id}:${e.change.item.version}`, performance.now());
            }
          }
        }
      } catch {
        // not up yet
      }
    })();
    await isReady;
  })();
  return { got, ready, close: () => controller.abort() };
}

const q = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
};
const r = (n) => Math.round(n);

async function run(name, savers, listenerApis, processes) {
  const api = savers[0];
  const created = await api('/api/workspaces', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Live benchmark ${new Date().toISOString()}` }),
  });
  const workspace = (await created.json()).id;
  const items = [];
  for (let i = 0; i < EDITORS; i++) {
    const id = randomUUID();
    const res = await api(`/api/workspaces/${workspace}/items/need`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id,
        data: {
          title: `Need ${i}`,
          description: '',
          targetGroups: [],
          themes: [],
          evidence: '',
          priority: '',
          partnerId: '',
        },
      }),
    });
    if (res.status !== 201) throw new Error(`create: ${res.status}`);
    items.push(id);
  }
  const since = (await (await api(`/api/workspaces/${workspace}`)).json()).seq;
  const listeners = Array.from({ length: LISTENERS }, (_, i) =>
    listen(listenerApis[i % listenerApis.length], workspace, since, `bench-${i}-${randomUUID().slice(0, 8)}`),
  );
  await Promise.all(listeners.map((l) => l.ready));

  const saves = [];
  const savedAt = new Map();
  const started = performance.now();
  await Promise.all(
    items.map(async (id, e) => {
      const saver = savers[e % savers.length];
      let text = '';
      // Editors start spread over one pause, as people do.
      await new Promise((r) => setTimeout(r, Math.random() * PAUSE_MS));
      for (let n = 0; n < SAVES_EACH; n++) {
        const next = `Editor ${e}, save ${n}: ${'words '.repeat(20)}`;
        const t0 = performance.now();
        const res = await saver(`/api/workspaces/${workspace}/items/need/${id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ changes: { description: next }, base: { description: text } }),
        });
        const t1 = performance.now();
        if (res.status !== 200) throw new Error(`save: ${res.status} ${await res.text()}`);
        const item = await res.json();
        saves.push(t1 - t0);
        savedAt.set(`${id}:${item.version}`, t1);
        text = item.data.description;
        await new Promise((r) => setTimeout(r, PAUSE_MS));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  // Every listener must get every save: wait until they have, or 10 s.
  const deadline = Date.now() + 10_000;
  const complete = () => listeners.every((l) => [...savedAt.keys()].every((k) => l.got.has(k)));
  while (!complete() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const delivery = [];
  let missed = 0;
  for (const l of listeners) {
    for (const [key, at] of savedAt) {
      const got = l.got.get(key);
      if (got === undefined) missed += 1;
      else delivery.push(Math.max(0, got - at));
    }
  }
  listeners.forEach((l) => l.close());
  console.log(
    `${name}: ${savedAt.size} saves by ${EDITORS} editors in ${elapsed.toFixed(1)} s (${(savedAt.size / elapsed).toFixed(0)}/s), ${LISTENERS} listeners`,
  );
  console.log(`  save p50 ${r(q(saves, 0.5))} ms, p95 ${r(q(saves, 0.95))} ms`);
  console.log(
    `  delivery p50 ${r(q(delivery, 0.5))} ms, p95 ${r(q(delivery, 0.95))} ms, max ${r(Math.max(...delivery))} ms over ${delivery.length} deliveries; missed ${missed}`,
  );
  console.log(`  server peak memory: ${processes.map((p) => `${p.peakMb()} MB`).join(', ')}`);
}

// ---- PGlite, one process
{
  const dataDir = mkdtempSync(join(tmpdir(), 'libri-bench-live-'));
  const server = await start({ seed: true, dataDir });
  try {
    const api = await signIn(server.url);
    await run('PGlite, one process', [api], [api], [server]);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---- PostgreSQL, two processes
{
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  admin.on('error', () => undefined);
  let reachable = true;
  await admin.connect().catch(() => (reachable = false));
  if (!reachable) {
    console.log(`PostgreSQL: skipped (nothing answers at ${PG_URL})`);
  } else {
    const database = `libri_bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    await admin.query(`create database ${database}`);
    const url = new URL(PG_URL);
    url.pathname = `/${database}`;
    const one = await start({ seed: true, databaseUrl: url.toString() });
    const two = await start({ databaseUrl: url.toString() });
    try {
      const apiOne = await signIn(one.url);
      const apiTwo = await signIn(two.url);
      await run('PostgreSQL, two processes', [apiOne, apiTwo], [apiOne, apiTwo], [one, two]);
    } finally {
      await one.stop();
      await two.stop();
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    }
  }
}
