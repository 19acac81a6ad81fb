import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../bench/static-server';
import { launchBrowser, waitSaved, watchErrors } from './harness';

// The serverless demo (`npm run demo`, built by `npm run build:demo`): no server, the mock
// service worker answers the API with the same rules, and a demo person is signed in.

const DEMO = join(import.meta.dirname, '../../dist/demo');
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DEMO, 'index.html'))) execSync('npm run build:demo', { stdio: 'ignore' });
  site = await serveStatic(DEMO);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the demo without a server', () => {
  it('opens signed in as the demo lead, saves an edit, signs out and in again', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(site.url);
    await page.getByRole('heading', { level: 1, name: 'Your strategy workspaces' }).waitFor();
    await page.getByRole('link', { name: /Demo Lead \(library\)/ }).waitFor();
    await page.getByRole('link', { name: /Valmiera/ }).click();
    await page.getByRole('heading', { level: 1, name: /overview/ }).waitFor();
    await page.getByRole('link', { name: /Needs/ }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    await page.getByRole('button', { name: 'Add a need' }).click();
    await page.getByLabel('Title', { exact: true }).last().fill('Typed in the demo');
    await waitSaved(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Sign in as lead@example.org' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your strategy workspaces' }).waitFor();
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
