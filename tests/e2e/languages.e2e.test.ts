import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, formatViolations, launchBrowser, removeDir, startServer, watchErrors } from './harness';
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

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
  const list = await (await fetch(`${server.url}/api/workspaces`)).json();
  workspaceId = list[0].id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

async function pageIn(lng: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: lng });
  await page.addInitScript((l) => localStorage.setItem('libri.language', l), lng);
  return page;
}

describe('every screen, every language', () => {
  it.each(LANGUAGES)('%s: no serious accessibility violation on any step, the page language is set', async (lng) => {
    const page = await pageIn(lng, lng === 'lv' ? 360 : 1280);
    const errors = watchErrors(page);
    for (const path of ['/', `/w/${workspaceId}`, ...STEPS.map((s) => `/w/${workspaceId}/${s}`)]) {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng);
      const violations = await axe(page);
      expect(violations, `${lng} ${path}\n${formatViolations(violations)}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switching the language changes the screen and is remembered', async () => {
    const polish = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/pl/wizard.json'), 'utf8')).steps
      .needs.title;
    const page = await browser.newPage({ locale: 'en-GB' });
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
