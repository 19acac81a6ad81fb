import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, launchBrowser, removeDir, signInContext, snapshot, startServer, waitSaved } from './harness';
import type { RunningServer } from './harness';

// Journey 5: the server goes away while the lead is typing; she keeps working, reloads
// the page, the server comes back, and every edit is saved. The screen says the truth throughout.

let server: RunningServer;
let browser: Browser;
let page: Page;
let token = '';

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
  page = await browser.newPage();
  token = await signInContext(page, server);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

const status = () => page.getByTestId('save-status');

describe('typing while the server is down', () => {
  it('keeps every edit through a reload and saves it when the server is back', async () => {
    const created = await (
      await apiAs(server, token)('/api/workspaces', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Offline test' }),
      })
    ).json();
    const stepUrl = `${server.url}/w/${created.id}/needs`;
    const sent = await page.goto(stepUrl);
    // The server drew the step's first frame into the page (src/app/first-frame.tsx).
    expect(await sent?.text()).toContain('<!--first-frame-->');
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Once the service worker controls the page, it keeps the shell and the workspace.
    await page.reload();
    // The page it keeps for any screen has no step's words in it.
    const kept = await page.evaluate(async () => (await (await caches.match('/'))?.text()) ?? '');
    expect(kept).toContain('<div id="root"></div>');
    expect(kept).not.toContain('first-frame');
    await page.getByRole('button', { name: 'Add a need' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Saved before the outage');
    await waitSaved(page);

    await server.stop();
    await page.getByLabel('Description', { exact: true }).fill('Typed while the server was down');
    await page.getByRole('button', { name: 'Add a need' }).click();
    await page.getByLabel('Title', { exact: true }).last().fill('A second need, typed offline');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-status') === 'retrying',
      null,
      { timeout: 15_000 },
    );
    expect(await status().textContent()).toMatch(/Server not reachable. Changes kept on this device/);

    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Needs' })
      .waitFor()
      .catch(async (error: unknown) => {
        await snapshot(page, 'offline-reload');
        throw error;
      });
    await page
      .getByRole('heading', { level: 3, name: /A second need, typed offline/ })
      .waitFor({ timeout: 10_000 })
      .catch(() => snapshot(page, 'offline-after-reload'));
    expect(await page.getByRole('heading', { level: 3, name: /A second need, typed offline/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Edit “Saved before the outage”' }).click();
    expect(await page.getByLabel('Description', { exact: true }).inputValue()).toBe('Typed while the server was down');
    expect(await status().getAttribute('data-status')).not.toBe('saved');

    server = await startServer({ port: server.port, dataDir: server.dataDir });
    // "Try now", as a person would, unless the page has just tried again by itself.
    const tryNow = page.getByRole('button', { name: 'Try now' });
    await tryNow.click({ timeout: 5_000 }).catch(async (error: unknown) => {
      if ((await tryNow.count()) > 0) throw error;
    });
    await waitSaved(page, 30_000);

    // The session was kept in the database across the restart.
    const stored = await (await apiAs(server, token)(`/api/workspaces/${created.id}`)).json();
    const needs = stored.items.need.map((n: { data: { title: string; description: string } }) => n.data);
    expect(needs).toEqual([
      expect.objectContaining({ title: 'Saved before the outage', description: 'Typed while the server was down' }),
      expect.objectContaining({ title: 'A second need, typed offline' }),
    ]);
  });
});
