import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app';
import type { Database } from './db/database';

// The SPA files never touch the database; a stub keeps these tests fast.
const noDb = {} as Database;

describe('serving the built app', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'libri-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><head><title>LiBri</title></head>');
    writeFileSync(
      join(dir, 'asset-manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index-abc123.js', isEntry: true, imports: ['_react.js'] },
        '_react.js': { file: 'assets/react-1.js' },
        '_card.js': { file: 'assets/card-2.js', imports: ['_react.js'] },
        'src/app/routes/workspace-layout.tsx': { file: 'assets/workspace-layout-3.js', imports: ['_card.js'] },
        'src/app/routes/workspace-step.tsx': { file: 'assets/workspace-step-4.js' },
        'src/features/strategy-wizard/steps/findings/needs-step.tsx': {
          file: 'assets/needs-step-5.js',
          imports: ['_card.js'],
        },
        'src/features/strategy-wizard/steps/plan/plan-step.tsx': { file: 'assets/plan-step-6.js' },
        ...Object.fromEntries(
          ['en', 'lv', 'fr'].flatMap((lng) =>
            ['common', 'wizard', 'taxonomy', 'fields', 'workspaces', 'guidance.json?step=needs'].map((ns) => [
              `locales/${lng}/${ns.includes('.json') ? ns : `${ns}.json`}`,
              { file: `assets/${lng}-${ns.replace(/\W.*$/, '')}.js` },
            ]),
          ),
        ),
      }),
    );
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("app")');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const app = () => createApp({ db: noDb, staticDir: dir });

  it('answers / and any client-side route with index.html, never cached stale', async () => {
    for (const path of ['/', '/workspaces/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/needs', '/lv/settings?tab=2']) {
      const res = await app().request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<title>LiBri</title>');
    }
  });

  const linked = (html: string, rel: string) =>
    [...html.matchAll(new RegExp(`<link rel="${rel}"(?: as="fetch")? crossorigin href="([^"]+)">`, 'g'))]
      .map((m) => m[1] ?? '')
      .sort();

  it('names the code, the words and the data of a step in the page, so that they load alongside the main script', async () => {
    const res = await app().request('/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/needs');
    const html = await res.text();
    expect(linked(html, 'modulepreload')).toEqual(
      [
        '/assets/card-2.js',
        '/assets/needs-step-5.js',
        '/assets/workspace-layout-3.js',
        '/assets/workspace-step-4.js',
        // The words of the step in English (no language cookie, no Accept-Language), its guidance only.
        '/assets/en-common.js',
        '/assets/en-wizard.js',
        '/assets/en-taxonomy.js',
        '/assets/en-fields.js',
        '/assets/en-guidance.js',
      ].sort(),
    );
    // The session and the strategy, fetched while the main script starts.
    expect(linked(html, 'preload')).toEqual(
      ['/api/auth/session', '/api/workspaces/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11'].sort(),
    );
    expect(res.headers.get('vary')).toMatch(/Cookie/);
    const unknown = await (await app().request('/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/nonsense')).text();
    expect(unknown).not.toContain('modulepreload');
    expect(unknown).not.toContain('preload');
  });

  it('names the words of the language the person chose, else of their browser', async () => {
    const chosen = await (
      await app().request('/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/needs', {
        headers: { cookie: 'libri_session=x; libri_lang=lv', 'accept-language': 'fr-FR,fr;q=0.9' },
      })
    ).text();
    expect(linked(chosen, 'modulepreload').filter((f) => /-(common|guidance)\.js$/.test(f))).toEqual([
      '/assets/lv-common.js',
      '/assets/lv-guidance.js',
    ]);
    const browser = await (await app().request('/', { headers: { 'accept-language': 'de-DE, fr;q=0.8' } })).text();
    expect(linked(browser, 'modulepreload').filter((f) => /\/(en|lv|fr)-/.test(f))).toEqual([
      '/assets/fr-common.js',
      '/assets/fr-workspaces.js',
    ]);
    // An unknown language in the cookie falls back as the app does.
    const odd = await (await app().request('/', { headers: { cookie: 'libri_lang=xx' } })).text();
    expect(linked(odd, 'modulepreload')).toContain('/assets/en-common.js');
  });

  it('preloads no data for a workspace address that is not an id', async () => {
    const html = await (await app().request('/w/%22%3E%3Cscript%3E/needs')).text();
    expect(html).not.toContain('rel="preload"');
    expect(html).not.toContain('<script>');
  });

  it('serves hashed assets with a long cache, and other files revalidated', async () => {
    const asset = await app().request('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log("app")');
    const icon = await app().request('/favicon.svg');
    expect(icon.headers.get('content-type')).toMatch(/image\/svg/);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing asset rather than the page', async () => {
    const res = await app().request('/assets/index-old.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBeNull();
  });

  it('keeps /api to the API: unknown routes are 404 JSON', async () => {
    for (const path of ['/api', '/api/', '/api/unknown', '/api/workspaces/x/y/z']) {
      const res = await app().request(path);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });

  it('does not leave the directory', async () => {
    const res = await app().request('/../package.json');
    expect(await res.text()).not.toContain('"dependencies"');
    const encoded = await app().request('/%2e%2e/%2e%2e/etc/passwd');
    expect(await encoded.text()).not.toContain('root:');
  });

  it('serves only the API when there is no built app', async () => {
    const res = await createApp({ db: noDb, staticDir: join(dir, 'missing') }).request('/');
    expect(res.status).toBe(404);
  });
});
