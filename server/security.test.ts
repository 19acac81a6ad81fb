import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { CreatedInvitation, WorkspaceSummary } from '@/domain';
import { createApp } from './app';
import { hashPassword } from './auth/passwords';
import { newToken } from './auth/tokens';
import { createUser } from './auth/users';
import type { Database } from './db/database';
import { createLogger } from './logger';
import { apiClient } from './test/api-client';
import { describeBackends, expectError, listWorkspaces, newWorkspace } from './test/helpers';
import { makeMember, person } from './test/people';

// What protects the accounts beyond "who may do what" (authorization.test.ts): writes only
// from the app's own pages, only the host names the server is meant to answer to, headers
// that keep the pages from being framed or fed scripts, an audit log without secrets, and
// logs without what people typed.

describeBackends('security', (t) => {
  /** A request exactly as given: no Origin unless `headers` has one. */
  const raw = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    t.app.request(path, { ...init, headers: { cookie: t.me.cookie, ...init.headers } });
  const json = { 'content-type': 'application/json' };
  const workspaceNames = async () => (await listWorkspaces(t.api)).map((w) => w.name);

  describe('writes only from the app’s own pages', () => {
    it('refuses a write without an Origin', async () => {
      const res = await raw('/api/workspaces', { method: 'POST', headers: json, body: '{"name":"Forged"}' });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
      expect(await workspaceNames()).toEqual([]);
    });

    it.each([
      ['another site', 'http://evil.example'],
      ['a sandboxed frame', 'null'],
      ['the same name on another port', 'http://localhost:3000'],
      ['the same name over another scheme and port', 'https://localhost:8443'],
    ])('refuses a write whose Origin is %s', async (_case, origin) => {
      const res = await t.api.post('/api/workspaces', { name: 'Forged' }, { origin });
      expectError(res, 403, 'forbidden', 'app’s own pages');
      expect(await workspaceNames()).toEqual([]);
    });

    it('refuses a cross-site sign-out and deletion: the session and the workspace stay', async () => {
      const ws = await newWorkspace(t.api);
      const evil = { origin: 'http://evil.example' };
      expect((await raw('/api/auth/sign-out', { method: 'POST', headers: evil })).status).toBe(403);
      expect((await raw(`/api/workspaces/${ws.id}`, { method: 'DELETE', headers: evil })).status).toBe(403);
      expect((await t.api.get('/api/auth/session')).status).toBe(200);
      expect(await workspaceNames()).toEqual(['Valmiera']);
    });

    it('accepts a write from its own origin', async () => {
      const res = await t.api.post('/api/workspaces', { name: 'Ours' }, { origin: 'http://localhost' });
      expect(res.status).toBe(201);
      expect(await workspaceNames()).toEqual(['Ours']);
    });

    it('accepts its own origin on a port, when the Host names that port', async () => {
      const res = await raw('/api/workspaces', {
        method: 'POST',
        headers: { ...json, host: 'localhost:3000', origin: 'http://localhost:3000' },
        body: '{"name":"On a port"}',
      });
      expect(res.status).toBe(201);
    });

    it.each([
      ['text/plain', 'text/plain;charset=UTF-8'],
      ['an HTML form', 'application/x-www-form-urlencoded'],
      ['a multipart form', 'multipart/form-data; boundary=x'],
    ])('refuses a body sent as %s, storing nothing', async (_case, type) => {
      const body = '{"name":"Forged"}';
      // As every browser sends it: with its length.
      const res = await raw('/api/workspaces', {
        method: 'POST',
        headers: { origin: 'http://localhost', 'content-type': type, 'content-length': String(body.length) },
        body,
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        error: { code: 'forbidden', message: 'The request body must be JSON (Content-Type: application/json)' },
      });
      expect(await workspaceNames()).toEqual([]);
    });

    it('refuses a text/plain body that does not announce its length, too', async () => {
      const res = await raw('/api/workspaces', {
        method: 'POST',
        headers: { origin: 'http://localhost', 'content-type': 'text/plain' },
        body: '{"name":"Forged"}',
      });
      expect([403, 415]).toContain(res.status);
      expect(await workspaceNames()).toEqual([]);
    });

    it('refuses a text/plain body over a real connection', async () => {
      const server = await new Promise<Server>((resolve) => {
        const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
      });
      try {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const send = (type: string) =>
          fetch(`${base}/api/workspaces`, {
            method: 'POST',
            headers: { cookie: t.me.cookie, origin: base, 'content-type': type },
            body: '{"name":"Over the wire"}',
          });
        const refused = await send('text/plain');
        expect(refused.status).toBe(403);
        expect((await refused.json()).error.code).toBe('forbidden');
        expect(await workspaceNames()).toEqual([]);
        // The same request as JSON passes: the refusal was the content type.
        expect((await send('application/json')).status).toBe(201);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('lets another site read nothing: no CORS headers on a read', async () => {
      await newWorkspace(t.api);
      const res = await raw('/api/workspaces', { headers: { origin: 'http://evil.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  describe('host names', () => {
    it('answers nothing to a name it does not serve (DNS rebinding)', async () => {
      await newWorkspace(t.api, 'Secret plans of Valmiera');
      const res = await raw('/api/workspaces', { headers: { host: 'evil.example' } });
      expect(res.status).toBe(403);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: 'forbidden', message: 'This server does not answer to that name' },
      });
      expect(text).not.toContain('Valmiera');
    });

    it('answers its own names, with or without a port', async () => {
      await newWorkspace(t.api, 'Valmiera');
      for (const host of ['localhost:3000', 'localhost', '127.0.0.1:8080', 'LOCALHOST']) {
        const res = await raw('/api/workspaces', { headers: { host } });
        expect(res.status, host).toBe(200);
        expect(((await res.json()) as WorkspaceSummary[]).map((w) => w.name)).toEqual(['Valmiera']);
      }
    });

    it('answers the public name it is given', async () => {
      const app = createApp({ db: t.db, allowedHosts: ['libri.example.org'] });
      expect((await app.request('http://libri.example.org/api/health')).status).toBe(200);
      expect((await app.request('http://localhost/api/health')).status).toBe(403);
    });
  });

  describe('security headers', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'libri-security-'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>LiBri</title>');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    function directives(res: Response): Map<string, string[]> {
      const csp = res.headers.get('content-security-policy') ?? '';
      return new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name as string, values]),
      );
    }

    it.each([
      ['an API answer', '/api/health'],
      ['an API error', '/api/no-such-route'],
      ['the page', '/'],
      ['a deep link to the page', '/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/needs'],
    ])('sends a strict policy with %s', async (_case, path) => {
      const app = createApp({ db: t.db, staticDir: dir });
      const res = await app.request(path, { headers: { cookie: t.me.cookie } });
      expect(res.status).toBeLessThan(500);
      const csp = directives(res);
      const scripts = csp.get('script-src') ?? csp.get('default-src');
      expect(scripts).toBeDefined();
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBeTruthy();
    });

    it.each([
      ['a read', '/api/workspaces', 200],
      ['a refusal', '/api/workspaces/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11', 404],
      ['a signed-out answer', '/api/auth/session', 401],
    ])('keeps %s of the API out of every cache', async (_case, path, status) => {
      const cookie = status === 401 ? '' : t.me.cookie;
      const res = await t.app.request(path, { headers: { cookie } });
      expect(res.status).toBe(status);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('the audit log', () => {
    it('records who did what, and never a password or a link', async () => {
      const password = 'the audit log must never see this passphrase';
      const wrongPassword = 'a wrong guess the log must not keep either';
      const email = 'audited@example.org';
      const user = await createUser(
        t.db,
        { email, name: 'Audited', passwordHash: await hashPassword(password) },
        new Date().toISOString(),
      );
      const anon = apiClient(t.app);

      expect((await anon.post('/api/auth/sign-in', { email, password: wrongPassword })).status).toBe(401);
      const signedIn = await anon.post('/api/auth/sign-in', { email, password });
      expect(signedIn.status).toBe(200);
      const cookie = /^(libri_session=[^;]+)/.exec(signedIn.headers.get('set-cookie') ?? '')?.[1];
      const lead = apiClient(t.app, { cookie });

      const ws = await newWorkspace(lead, 'Audited town');
      const member = await person(t.db, t.app, 'member@example.org');
      await makeMember(t.db, ws.id, member, 'contributor');
      expect((await lead.patch(`/api/workspaces/${ws.id}/members/${member.id}`, { role: 'reviewer' })).status).toBe(
        200,
      );
      const invitation = await lead.post<CreatedInvitation>(`/api/workspaces/${ws.id}/invitations`, {
        role: 'observer',
      });
      expect(invitation.status).toBe(201);
      const joined = await anon.post(`/api/invitations/${invitation.body.token}/sign-up`, {
        name: 'Joiner',
        email: 'joiner@example.org',
        password,
      });
      expect(joined.status).toBe(201);
      expect((await lead.get(`/api/workspaces/${ws.id}/backup`)).status).toBe(200);
      expect((await lead.delete(`/api/workspaces/${ws.id}`)).status).toBe(204);
      expect((await lead.post('/api/auth/sign-out')).status).toBe(204);

      const rows = await t.db.query<Record<string, unknown>>(
        'select actor_id, actor_email, action, workspace_id, target from audit_log where actor_email = $1 or target = $1 order by id',
        [email],
      );
      const row = (action: string, more: Record<string, unknown> = {}) =>
        expect.objectContaining({ action, actor_email: email, ...more });
      expect(rows).toEqual([
        row('sign-in-failed', { actor_id: user.id, workspace_id: null }),
        row('sign-in', { actor_id: user.id, workspace_id: null }),
        row('workspace-created', { actor_id: user.id, workspace_id: ws.id }),
        row('role-changed', { workspace_id: ws.id, target: 'member@example.org: contributor → reviewer' }),
        row('invitation-created', { workspace_id: ws.id, target: 'observer' }),
        row('backup-downloaded', { actor_id: user.id, workspace_id: ws.id }),
        row('workspace-deleted', { actor_id: user.id, target: ws.id }),
        row('sign-out', { actor_id: user.id }),
      ]);
      const joinedRows = await t.db.query<{ action: string; workspace_id: string | null }>(
        `select action, workspace_id from audit_log where actor_email = 'joiner@example.org' order by id`,
      );
      expect(joinedRows).toEqual([
        { action: 'account-created', workspace_id: null },
        { action: 'member-joined', workspace_id: ws.id },
      ]);

      // The whole table as text: no password, no link, no session token.
      const text = (await t.db.query<{ line: string }>('select a::text as line from audit_log a'))
        .map((r) => r.line)
        .join('\n');
      expect(text).toContain(email);
      for (const secret of [password, wrongPassword, invitation.body.token, cookie?.split('=')[1]]) {
        expect(secret).toBeTruthy();
        expect(text).not.toContain(secret);
      }
    });
  });

  describe('the server’s log', () => {
    it('never writes an error’s message, a password or a token', async () => {
      const secret = 'secret text from the database';
      const broken = {
        query: () => Promise.reject(new Error(secret)),
        exec: () => Promise.reject(new Error(secret)),
        transaction: () => Promise.reject(new Error(secret)),
      } as unknown as Database;
      const logger = createLogger('debug');
      const spies = (['error', 'warn', 'info', 'debug'] as const).map((level) =>
        vi.spyOn(logger, level).mockImplementation(() => undefined),
      );
      const app = createApp({ db: broken, logger });
      const link = newToken();
      const session = newToken();
      const password = 'a passphrase nobody may read in a log';
      const api = apiClient(app, { cookie: `libri_session=${session}` });

      const answers = [
        await api.get(`/api/invitations/${link}`),
        await api.post(`/api/invitations/${link}/sign-up`, { name: 'N', email: 'n@example.org', password }),
        await apiClient(app).post('/api/auth/sign-in', { email: 'n@example.org', password }),
      ];
      for (const res of answers) {
        expect(res.status).toBe(500);
        expect(res.body).toEqual({ error: { code: 'internal', message: 'Something went wrong on the server' } });
      }
      const [errors] = spies;
      expect(errors?.mock.calls.length).toBeGreaterThanOrEqual(answers.length);
      expect(errors?.mock.calls[0]?.[0]).toMatch(/^GET \/api\/invitations\/:token failed: Error\n\s+at /);
      const logged = spies.flatMap((s) => s.mock.calls.flat().map(String)).join('\n');
      for (const hidden of [secret, link, session, password]) expect(logged).not.toContain(hidden);
    });
  });
});
