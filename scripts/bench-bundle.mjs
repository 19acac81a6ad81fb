#!/usr/bin/env node
// What a first visit downloads: starts the built server, opens pages in Chromium, and
// sums the gzip size of every JS and CSS file the browser actually requested.
// Usage: npm run build && npm run bench:bundle
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const PORT = 3900 + Math.floor(Math.random() * 90);
const dataDir = mkdtempSync(join(tmpdir(), 'libri-bench-'));
const server = spawn(process.execPath, ['dist/server/index.js', '--seed'], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
  stdio: 'ignore',
});
const url = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${url}/api/health`)).ok) break;
  } catch {
    if (i > 200) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
// A signed-in visit, as the lead of the sample (the demo accounts of --seed).
const signIn = await fetch(`${url}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: url },
  body: JSON.stringify({ email: 'lead@example.org', password: 'libri-demo-2026' }),
});
const token = /libri_session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')?.[1];
if (!token) throw new Error(`sign-in failed: ${signIn.status}`);
const cookie = { name: 'libri_session', value: token, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' };
const workspaces = await (
  await fetch(`${url}/api/workspaces`, { headers: { cookie: `libri_session=${token}` } })
).json();
const pages = [
  ['sign-in', '/sign-in', false],
  ['workspace list', '/'],
  ['overview', `/w/${workspaces[0].id}`],
  ['needs step', `/w/${workspaces[0].id}/needs`],
];
const gz = (path) => gzipSync(readFileSync(join(ROOT, 'dist/client', path)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const [name, path, signedIn = true] of pages) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (signedIn) await context.addCookies([cookie]);
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (/\.(js|css)$/.test(p) && p.startsWith('/assets/')) files.add(p);
  });
  await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
  const js = [...files].filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
  const css = [...files].filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0);
  if (process.env.VERBOSE) console.log(name, [...files].map((f) => `${f} ${kb(gz(f))}`).join('\n  '));
  rows.push({ page: name, files: files.size, 'JS (gzip)': kb(js), 'CSS (gzip)': kb(css), jsBytes: js, cssBytes: css });
  await context.close();
}
await browser.close();
server.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });
console.table(rows.map(({ jsBytes: _j, cssBytes: _c, ...r }) => r));
const worst = rows.reduce((a, r) => (r.jsBytes > a.jsBytes ? r : a));
const ok = worst.jsBytes < 250 * 1024 && rows.every((r) => r.cssBytes < 40 * 1024);
console.log(`Budget (first visit): JS < 250 KB, CSS < 40 KB gzip: ${ok ? 'within budget' : 'OVER BUDGET'}`);
// CI fails when a first visit grows over the budget.
if (!ok) process.exitCode = 1;
