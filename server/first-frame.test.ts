import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstFrame } from '@/app/first-frame';
import { createApp } from './app';
import { describeBackends } from './test/helpers';
import { person } from './test/people';
import { builtFirstFrame } from './static';
import type { Database } from './db/database';
import { silentLogger } from './logger';

// A step's page as the server sends it: with the app's first frame drawn for the signed-in person
// (tests/unit/first-frame.test.ts tests the drawing itself).

const STEP_PAGE = '/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/needs';

describeBackends('a step page as the server sends it', (t) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'libri-frame-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en" data-mantine-color-scheme="light"><head><title>LiBri</title></head><body><div id="root"></div></body></html>',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const page = async (path: string, cookie?: string) => {
    const app = createApp({ db: t.db, staticDir: dir, firstFrame });
    const res = await app.request(path, { headers: cookie ? { cookie } : {} });
    return { res, text: await res.text() };
  };

  it("has the signed-in person's first frame, in their language, for their browser only", async () => {
    const lead = await person(t.db, t.app, 'ilze@example.org');
    const { res, text } = await page(STEP_PAGE, `${lead.cookie}; libri_lang=lv`);
    expect(text).toContain('<html lang="lv"');
    expect(text).toMatch(
      /<div id="root"><!--first-frame-->[\s\S]*<h1[^>]*>Vajadzības<\/h1>[\s\S]*<!--\/first-frame--><\/div>/,
    );
    expect(text).toContain('>ilze<');
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('has none for someone signed out, or whose session has ended', async () => {
    const lead = await person(t.db, t.app, 'ilze@example.org');
    for (const cookie of [undefined, 'libri_session=not-a-token', 'libri_lang=lv']) {
      const { res, text } = await page(STEP_PAGE, cookie);
      expect(text, cookie).toContain('<div id="root"></div>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    await t.db.query('delete from sessions');
    expect((await page(STEP_PAGE, lead.cookie)).text).toContain('<div id="root"></div>');
  });

  it('has none on a page that is not a step', async () => {
    const lead = await person(t.db, t.app, 'ilze@example.org');
    for (const path of [
      '/',
      '/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11',
      '/w/7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11/export',
    ])
      expect((await page(path, lead.cookie)).text, path).toContain('<div id="root"></div>');
  });
});

describe('the first frame the build made', () => {
  it('is left out, and the page still sent, when it cannot be loaded', async () => {
    const root = mkdtempSync(join(tmpdir(), 'libri-broken-frame-'));
    try {
      mkdirSync(join(root, 'client'));
      mkdirSync(join(root, 'frame'));
      writeFileSync(
        join(root, 'client', 'index.html'),
        '<!doctype html><html lang="en"><head></head><body><div id="root"></div></body></html>',
      );
      writeFileSync(join(root, 'frame', 'first-frame.js'), 'export const firstFrame = ;');
      const warnings: string[] = [];
      const logger = { ...silentLogger, warn: (message: string) => void warnings.push(message) };
      const app = createApp({ db: {} as Database, staticDir: join(root, 'client'), logger });
      const res = await app.request(STEP_PAGE, { headers: { cookie: `libri_session=${'a'.repeat(43)}` } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root"></div>');
      expect(warnings.join('\n')).toMatch(/first frame of a step could not be loaded/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is drawn when dist/frame is beside the static files, and the page is sent as it is without it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'libri-built-frame-'));
    try {
      expect(await builtFirstFrame(join(root, 'client'))).toBeNull();
      mkdirSync(join(root, 'frame'));
      writeFileSync(
        join(root, 'frame', 'first-frame.js'),
        'export const firstFrame = (path, lng) => `<p>${lng} ${path}</p>`;',
      );
      const draw = await builtFirstFrame(join(root, 'client'));
      expect(draw?.('/w/x/needs', 'lv', {} as never)).toBe('<p>lv /w/x/needs</p>');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
