import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, axe, formatViolations, launchBrowser, removeDir, sessionOf, startServer, watchErrors } from './harness';
import type { RunningServer } from './harness';

// Journey 6 (part): every screen in every language passes axe, at phone and desktop widths,
// and the language chosen is remembered across a reload.

const LANGUAGES = ['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro'] as const;
const STEPS = [
  'partnership',
  'diagnosis',
  'needs',
  'strengths',
  'challenges',
  'recommendations',
  'plan',
  'vision',
  'review',
  'export',
];

let server: RunningServer;
let browser: Browser;
let workspaceId = '';
let token = '';

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
  token = await sessionOf(server);
  const list = await (await apiAs(server, token)('/api/workspaces')).json();
  workspaceId = list.find((w: { role: string }) => w.role === 'lead').id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

async function pageIn(lng: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: lng });
  await page
    .context()
    .addCookies([
      { name: 'libri_session', value: token, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
    ]);
  await page.addInitScript((l) => localStorage.setItem('libri.language', l), lng);
  return page;
}

describe('every screen, every language', () => {
  it.each(LANGUAGES)('%s: no serious accessibility violation on any step, the page language is set', async (lng) => {
    const w = lng === 'lv' ? 360 : 1280;
    const page = await pageIn(lng, w);
    const errors = watchErrors(page);
    const paths = [
      '/',
      '/account',
      `/w/${workspaceId}`,
      `/w/${workspaceId}/members`,
      ...STEPS.map((s) => `/w/${workspaceId}/${s}`),
      // Review and adoption: the approval page, comments (the panel and the drawer), ideas, versions.
      `/w/${workspaceId}/approval`,
      `/w/${workspaceId}/comments`,
      `/w/${workspaceId}/needs?comments=strategy`,
      `/w/${workspaceId}/ideas`,
      `/w/${workspaceId}/versions/compare`,
    ];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng);
      const violations = await axe(page);
      expect(violations, `${lng} ${path}\n${formatViolations(violations)}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();

    // Signed out: the sign-in page, with its demo accounts.
    const signedOut = await browser.newPage({ viewport: { width: w, height: 800 }, locale: lng });
    await signedOut.addInitScript((l) => localStorage.setItem('libri.language', l), lng);
    await signedOut.goto(`${server.url}/sign-in`);
    await signedOut.locator('h1').first().waitFor();
    await signedOut.getByText('lead@example.org').first().waitFor();
    expect(await signedOut.evaluate(() => document.documentElement.lang)).toBe(lng);
    const violations = await axe(signedOut);
    expect(violations, `${lng} /sign-in\n${formatViolations(violations)}`).toEqual([]);
    await signedOut.close();
  });

  it('switching the language changes the screen and is remembered', async () => {
    const polish = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/pl/wizard.json'), 'utf8')).steps
      .needs.title;
    const page = await browser.newPage({ locale: 'en-GB' });
    await page
      .context()
      .addCookies([
        { name: 'libri_session', value: token, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' },
      ]);
    await page.goto(`${server.url}/w/${workspaceId}/needs`);
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    await page.getByLabel('Language').selectOption('pl');
    await page.getByRole('heading', { level: 1, name: polish }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: polish }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    await page.close();
  });
});
