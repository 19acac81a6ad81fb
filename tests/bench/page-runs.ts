import type { Browser, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { waitSaved } from '../e2e/harness';
import { readKeystrokes, settle, startEventTiming, TEXT, typeAtPace } from './keystrokes';

// One measured visit of a page in a fresh browser context (empty cache, service workers
// blocked): typing into a field (typingRun), or a cold load (loadRun).

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Saves counted until this long after the last key (the autosave waits for a pause). */
const SAVE_WINDOW_MS = 3000;
/** Generous: a 4× throttled page on a busy 2-core machine. */
const WAIT_MS = 90_000;
const ITEM_PUT = /^\/api\/workspaces\/[^/]+\/items\//;

export type Target = {
  name: string;
  url: string;
  /** Accessible name of the button opening the first item's editor (none on the floor page). */
  edit?: string;
  /** Label of the field typed into. */
  field: string;
  /** Whether the page saves to the server (the PUTs are counted). */
  saves: boolean;
  /** The session cookie's value of the person who opens the page (none on the floor page). */
  session?: string;
};
/** `saves`: PUTs until 3 s after the last key; `later`: those sent after that, until all was saved. */
export type TypingRun = { latencies: number[]; saves: number | null; later: number };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function newPage(browser: Browser, target: Target) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB' });
  if (target.session) {
    const { hostname } = new URL(target.url);
    await context.addCookies([
      { name: 'libri_session', value: target.session, domain: hostname, path: '/', httpOnly: true, sameSite: 'Lax' },
    ]);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  return { context, page, cdp: await context.newCDPSession(page) };
}

/** What shows that the page is usable: the first Edit button, or on the floor page the field. */
const readyMark = (page: Page, target: Target) =>
  target.edit
    ? page.getByRole('button', { name: target.edit, exact: true })
    : page.getByRole('textbox', { name: target.field, exact: true });

/** The ready mark as a CSS selector, cheap to look for while the page loads. */
const readySelector = (target: Target) =>
  target.edit ? `button[aria-label="${target.edit.replace(/"/g, '\\"')}"]` : 'textarea, input';

export async function typingRun(browser: Browser, target: Target, rate: number): Promise<TypingRun> {
  const { context, page, cdp } = await newPage(browser, target);
  try {
    const puts: number[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && ITEM_PUT.test(new URL(r.url()).pathname)) puts.push(Date.now());
    });
    await page.goto(target.url);
    const mark = readyMark(page, target);
    await mark.waitFor();
    await settle(page);
    // Throttled from here: the load is not what this measures, and at 4× it takes long.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    let scope: Page | Locator = page;
    if (target.edit) {
      // Read first: once open, the button is named "Close …".
      scope = page.locator(`[id="${await mark.getAttribute('aria-controls')}"]`);
      await mark.click();
    }
    const field = scope.getByRole('textbox', { name: target.field, exact: true });
    await field.focus();
    await page.keyboard.press('Control+End');
    // In the middle of the screen, as for a person watching what they type: a field partly
    // below the fold paints no typed character, and Event Timing then waits for a later paint.
    await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await settle(page);

    await startEventTiming(page);
    const from = Date.now();
    const lastKey = await typeAtPace(cdp, TEXT);
    await page.waitForFunction(([el, text]) => (el as HTMLTextAreaElement).value.endsWith(text), [
      await field.elementHandle(),
      TEXT,
    ] as const);
    const latencies = await readKeystrokes(page, TEXT.length);
    if (!target.saves) return { latencies, saves: null, later: 0 };
    const end = lastKey + SAVE_WINDOW_MS;
    await sleep(end - Date.now());
    const saves = puts.filter((t) => t >= from && t <= end).length;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await waitSaved(page, WAIT_MS);
    return { latencies, saves, later: puts.filter((t) => t > end).length };
  } finally {
    await context.close();
  }
}

/** A cold first load (new context, empty cache): its LCP and how many script files it fetched. */
export async function loadRun(browser: Browser, target: Target, rate: number) {
  const { context, page, cdp } = await newPage(browser, target);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const scripts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(r.url());
    });
    await page.goto(target.url);
    // Waited for from outside, with a plain selector a few times a second: Playwright's role
    // queries, polled while the page loads, compute accessible names in the page being measured
    // (on 150 cards, at 4×, they added ~0.1 s to its LCP and nothing to the floor's).
    await page.waitForFunction((selector) => document.querySelector(selector) !== null, readySelector(target), {
      polling: 250,
    });
    await readyMark(page, target).waitFor();
    await settle(page);
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? NaN)).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
          // Only if the browser reported no LCP at all.
          setTimeout(() => reject(new Error('No largest-contentful-paint entry')), 10_000);
        }),
    );
    // The app's own first frame (src/lib/first-frame.ts); on the floor page, its LCP.
    const drawn = await page.evaluate(() => performance.getEntriesByName('libri:first-frame')[0]?.startTime ?? null);
    return { lcp, drawn: drawn ?? lcp, scripts: scripts.size };
  } finally {
    await context.close();
  }
}
