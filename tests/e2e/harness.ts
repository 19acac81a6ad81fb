import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export type RunningServer = {
  url: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
  output: () => string;
};

/** Starts the built server (dist/server) on its embedded database in `dataDir`. */
export async function startServer(
  options: { port?: number; dataDir?: string; seed?: boolean; databaseUrl?: string } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'libri-e2e-'));
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['dist/server/index.js', ...(options.seed ? ['--seed'] : [])], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      STATIC_DIR: join(ROOT, 'dist/client'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, port, dataDir, stop, output: () => log };
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects page errors so a test can assert that none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource|ERR_CONNECTION_REFUSED|net::ERR/.test(m.text()))
      errors.push(m.text());
  });
  return errors;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
};

/** Runs axe (WCAG 2.x A/AA rules) on the page; returns the serious and critical violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as a <script>: the app's CSP forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({
        target: n.target,
        html: `${n.html.slice(0, 200)} ${(n as { any?: { message?: string }[] }).any?.[0]?.message ?? ''}`,
      })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const formatViolations = (v: AxeViolation[]) =>
  v
    .map(
      (x) =>
        `${x.id} (${x.impact}): ${x.help}\n   ${x.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join('\n   ')}`,
    )
    .join('\n');

/** Waits until the save status says everything is saved. */
export async function waitSaved(page: Page, timeout = 20_000) {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-status') === 'saved',
    null,
    { timeout },
  );
}

/** Saves a screenshot of the page under .tmp/ (for a failing browser test). */
export async function snapshot(page: Page, name: string) {
  await page.screenshot({ path: join(ROOT, '.tmp', `${name}.png`), fullPage: true }).catch(() => {});
}

export const DEMO_PASSWORD = 'libri-demo-2026';

/** Signs in over the API as a demo account (servers started with `seed`); the session cookie's value. */
export async function sessionOf(server: RunningServer, email = 'lead@example.org'): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const token = /libri_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error(`Could not sign in as ${email}: ${res.status}`);
  return token;
}

/** fetch() against the server as a signed-in person (writes carry the app's own Origin). */
export function apiAs(server: RunningServer, token: string) {
  return (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { cookie: `libri_session=${token}`, origin: server.url, ...(init.headers as Record<string, string>) },
    });
}

/** Gives a page's browser context the session of a demo account, as if its person had signed in there. */
export async function signInContext(page: Page, server: RunningServer, email = 'lead@example.org') {
  const token = await sessionOf(server, email);
  await page
    .context()
    .addCookies([
      { name: 'libri_session', value: token, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
    ]);
  return token;
}

/** Signs in through the sign-in page, as a person would. */
export async function signInThroughPage(page: Page, server: RunningServer, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}
