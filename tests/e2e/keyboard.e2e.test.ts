import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  launchBrowser,
  removeDir,
  sessionOf,
  signInContext,
  snapshot,
  startServer,
  watchErrors,
} from './harness';
import type { RunningServer } from './harness';

// A keyboard user at 320 px and at 1280 px (issue 10, WCAG 2.4.3, 2.4.7, 2.4.11): Tab reaches
// only what is on screen, no focused element hides under the sticky header, focus goes to
// the page's heading on every change of page, and returns where it was when a dialog closes.

let server: RunningServer;
let browser: Browser;
let workspaceId = '';
let token = '';
const pages: Page[] = [];

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
  token = await sessionOf(server);
  const list = await (await apiAs(server, token)('/api/workspaces')).json();
  workspaceId = list.find((w: { role: string }) => w.role === 'lead').id;
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const [i, p] of pages.entries()) await snapshot(p, `keyboard-${i}-${ctx.task.name.replace(/\W+/g, '-')}`);
  for (const p of pages.splice(0)) await p.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

async function leadPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 720 } });
  pages.push(page);
  await signInContext(page, server);
  return page;
}

/**
 * Where the focused element falls short, or null: it must have a box, lie at least partly
 * inside the screen, and not be covered where it is (by the sticky header above all) —
 * some point of it must be its own when the browser is asked what is there.
 */
const focusProblem = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const name = `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return `${name} has no box (${r.width}×${r.height})`;
    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth)
      return `${name} is off the screen (${Math.round(r.left)}, ${Math.round(r.top)})`;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') return `${name} is invisible`;
    const points: [number, number][] = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
    ];
    const own = points.some(([x, y]) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      // A label or wrapper drawn over a native control (a Mantine checkbox) is the control's own.
      return !!hit && (el.contains(hit) || hit.contains(el) || (hit instanceof HTMLLabelElement && hit.control === el));
    });
    if (!own) {
      const [x, y] = points[0]!;
      const over = document.elementFromPoint(Math.max(0, x), Math.max(0, y));
      return `${name} is covered by ${over?.tagName.toLowerCase()}.${over?.className.toString().split(' ')[0] ?? ''}`;
    }
    return null;
  });

/** Tabs through the whole page from its top, and lists every stop that falls short. */
async function tabThrough(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      // Where it is in the page: the same element is the same path.
      const path: number[] = [];
      for (let n: Element | null = el; n && n.parentElement; n = n.parentElement)
        path.unshift([...n.parentElement.children].indexOf(n));
      return path.join('.');
    });
    if (key === 'body' || seen.has(key)) break;
    seen.add(key);
    const problem = await focusProblem(page);
    if (problem) problems.push(`${label}: ${problem}`);
  }
  expect(seen.size, `${label}: Tab reaches something`).toBeGreaterThan(3);
  return problems;
}

const STEPS = ['partnership', 'diagnosis', 'needs', 'recommendations', 'plan', 'vision', 'review', 'export'];

describe('a keyboard user', () => {
  it.each([320, 1280])(
    'at %i px reaches only what is shown, and no focused field hides under the header',
    async (width) => {
      const page = await leadPage(width);
      const errors = watchErrors(page);
      const strategy = await (await apiAs(server, token)(`/api/workspaces/${workspaceId}`)).json();
      const paths = [
        '/',
        `/w/${workspaceId}`,
        ...STEPS.map((s) => `/w/${workspaceId}/${s}`),
        `/w/${workspaceId}/needs?item=${strategy.items.need[0].id}`,
        `/w/${workspaceId}/plan?item=${strategy.items.action[0].id}`,
      ];
      const problems: string[] = [];
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        if (path.includes('?item=')) await page.locator('form').first().waitFor();
        problems.push(...(await tabThrough(page, path)));
        // Backwards too: Shift+Tab from the end puts fields above the one left under the header.
        for (let i = 0; i < 12; i++) {
          await page.keyboard.press('Shift+Tab');
          const problem = await focusProblem(page);
          if (problem) problems.push(`${path} (Shift+Tab): ${problem}`);
        }
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('lands on the new page’s heading after every change of page: a step link, Next, a Change link', async () => {
    const page = await leadPage(1280);
    const focusedHeading = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.tagName === 'H1' ? el.textContent : `${el?.tagName} ${el?.textContent?.slice(0, 30)}`;
      });
    await page.goto(`${server.url}/w/${workspaceId}/needs`);
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    await page.getByRole('link', { name: /^Next: Strengths/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Strengths' }).waitFor();
    await expect.poll(focusedHeading).toBe('Strengths');
    // By keyboard: Enter on the Next link.
    await page.getByRole('link', { name: /^Next: Challenges/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedHeading).toBe('Challenges');
    // A step from the step menu.
    await page.getByRole('navigation', { name: /steps/i }).locator(`a[href$="/review"]`).click();
    await expect.poll(focusedHeading).toMatch(/Review/);
    // "Change" on the review page opens the step at its heading, not mid-page on the body.
    await page
      .getByRole('link', { name: /^Change / })
      .first()
      .click();
    await page.waitForURL(/\/partnership/);
    await expect.poll(focusedHeading).toBe('Partnership');
  });

  it('gets the focus back where it was when a dialog closes, the first time too', async () => {
    const page = await leadPage(1280);
    await page.goto(`${server.url}/w/${workspaceId}/needs`);
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    const remove = page.getByRole('button', { name: /^Delete “/ }).first();
    const removeName = await remove.getAttribute('aria-label');
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    for (const close of ['Cancel', 'Escape'] as const) {
      await remove.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      if (close === 'Cancel') await dialog.getByRole('button', { name: 'Cancel' }).click();
      else await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(focusedLabel, { message: close }).toBe(removeName);
    }

    // The rename dialog of the workspace list starts on the name, and gives the focus back.
    await page.goto(`${server.url}/`);
    const rename = page.getByRole('button', { name: /^Rename “/ }).first();
    const renameName = await rename.getAttribute('aria-label');
    await rename.click();
    const dialog = page.getByRole('dialog', { name: 'Rename workspace' });
    await dialog.waitFor();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.tagName))
      .toBe('INPUT');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(focusedLabel).toBe(renameName);
  });
});
