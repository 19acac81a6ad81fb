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

/** The text spacing of WCAG 1.4.12, as a reader's style sheet sets it. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** How far the page reaches past the screen's width, and what sticks out; null when it fits. */
const overflowOf = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    // The text past the edge (a word too long for its line), or else the innermost element.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Text hidden for the eye (a 1 px box that clips it) sticks out only on paper.
      if ((node.parentElement?.getBoundingClientRect().width ?? 0) <= 1) continue;
      range.selectNodeContents(node);
      const right = Math.max(0, ...[...range.getClientRects()].map((r) => r.right));
      if (right > width + 1)
        return `${document.documentElement.scrollWidth} px wide: text “${(node.textContent ?? '').trim().slice(0, 40)}” in ${node.parentElement?.tagName}`;
    }
    const out = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
      .at(-1);
    return `${document.documentElement.scrollWidth} px wide: ${out?.tagName ?? '?'}.${out?.className.toString().split(' ')[0] ?? ''} “${(out?.textContent ?? '').trim().slice(0, 40)}”`;
  });

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

/** The start page, the account, the accessibility statement, and the workspace's overview, members and every step. */
const everyScreen = () => [
  '/',
  '/account',
  '/accessibility',
  `/w/${workspaceId}`,
  `/w/${workspaceId}/members`,
  ...STEPS.map((s) => `/w/${workspaceId}/${s}`),
];

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
      ...everyScreen(),
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

  // WCAG 1.4.10: at 320 px (a phone, or 400 % zoom) nothing makes the page scroll sideways, in
  // any language (French and Latvian words run long), with an item's form open too.
  it.each(LANGUAGES)(
    '%s: every screen reflows at 320 px without sideways scrolling, with text spacing too',
    async (lng) => {
      const api = apiAs(server, token);
      const strategy = await (await api(`/api/workspaces/${workspaceId}`)).json();
      const first = (kind: string) => strategy.items[kind][0].id as string;
      const page = await pageIn(lng, 320);
      const paths = [
        ...everyScreen(),
        `/w/${workspaceId}/partnership?item=${first('partner')}`,
        `/w/${workspaceId}/needs?item=${first('need')}`,
        `/w/${workspaceId}/recommendations?item=${first('recommendation')}`,
        `/w/${workspaceId}/plan?item=${first('action')}`,
        `/w/${workspaceId}/approval`,
        `/w/${workspaceId}/comments`,
        `/w/${workspaceId}/ideas`,
      ];
      const wide: string[] = [];
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        if (path.includes('?item=')) await page.locator('form').first().waitFor();
        const overflow = await overflowOf(page);
        if (overflow) wide.push(`${path}: ${overflow}`);
        // WCAG 1.4.12: with the text spacing a reader may set (line height 1.5, spacing after
        // paragraphs 2 em, letters 0.12 em, words 0.16 em), nothing is cut or pushed sideways either.
        await page.addStyleTag({ content: TEXT_SPACING });
        const spaced = await overflowOf(page);
        if (spaced) wide.push(`${path} with text spacing: ${spaced}`);
      }
      expect(wide, lng).toEqual([]);
      await page.close();
    },
  );

  it("a step's words show before its scripts have run, in the person's language, and the app takes the page over", async () => {
    const lv = (ns: string) =>
      JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/lv/${ns}.json`), 'utf8'));
    const title = lv('wizard').steps.needs.title as string;
    const purpose = lv('guidance').needs.purpose as string;
    const page = await pageIn('lv', 360);
    // The page as the server sends it, before any of the app's code has run.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${server.url}/w/${workspaceId}/needs`);
    await page.locator('h1', { hasText: title }).waitFor();
    await page.getByText(purpose).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('lv');
    // Something to read, not yet to use: nothing in it takes a click or the focus.
    expect(await page.locator('#root > [inert]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[inert]') ?? null)).toBeNull();

    // With its code, the app draws the page again in place: one page, in Latvian, usable.
    await page.unroute('**/assets/*.js');
    await page.goto(`${server.url}/w/${workspaceId}/needs`);
    await page.getByTestId('save-status').waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('#root > [inert]').count()).toBe(0);
    expect(await page.evaluate(() => document.getElementById('root')?.innerHTML.includes('first-frame'))).toBe(false);
    expect(await page.getByText(purpose).count()).toBe(1);
    await page.close();
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
