// Typing latency in the production build, against a "stack floor": a page built from the
// same libraries at the same versions and nothing else (tests/bench/floor). The gap between
// the two is what the app's own code costs per keystroke.
//
//   npm run bench:typing [-- --runs 5] [-- --no-build]     (scripts/bench-typing.mjs builds, then runs this)
//
// Per scenario (needs step with 150 needs, plan step with 150 actions, needs step with 3 needs)
// and CPU rate (1×, 4× through CDP): open the step (service workers blocked), open the first
// item, type 60 characters into its description at 60 ms a key, and read each keystroke's
// latency from the Event Timing API; count the item saves (PUT) sent until 3 s after the last
// key. The same typing on the floor page. Then the step's LCP at 4× against the floor's.
// Medians of the runs are printed; nothing here fails on a slow number.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { median, percentile, readKeystrokes, settle, startEventTiming, TEXT, typeAtPace } from '../tests/bench/keystrokes';
import { LARGE, SMALL, seedWorkspace } from '../tests/bench/seed';
import { serveStatic } from '../tests/bench/static-server';
import { removeDir, startServer, waitSaved } from '../tests/e2e/harness';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_TYPING_RUNS ?? 3);
const RATES = [1, 4] as const;
/** Saves counted until this long after the last key (the autosave waits for a pause). */
const SAVE_WINDOW_MS = 3000;
/** Generous: a 4× throttled page on a busy 2-core machine. */
const WAIT_MS = 90_000;
const ITEM_PUT = /^\/api\/workspaces\/[^/]+\/items\//;

type Target = {
  name: string;
  url: string;
  /** Accessible name of the button opening the first item's editor (none on the floor page). */
  edit?: string;
  /** Label of the field typed into. */
  field: string;
  saves: boolean;
};
type TypingRun = { latencies: number[]; saves: number | null };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function newPage(browser: Browser) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  return { context, page, cdp: await context.newCDPSession(page) };
}

/** What shows that the page is usable: the first Edit button, or on the floor page the field. */
const readyMark = (page: Page, target: Target) =>
  target.edit
    ? page.getByRole('button', { name: target.edit, exact: true })
    : page.getByRole('textbox', { name: target.field, exact: true });

async function typingRun(browser: Browser, target: Target, rate: number): Promise<TypingRun> {
  const { context, page, cdp } = await newPage(browser);
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
    await settle(page);

    await startEventTiming(page);
    const from = Date.now();
    const lastKey = await typeAtPace(cdp, TEXT);
    await page.waitForFunction(
      ([el, text]) => (el as HTMLTextAreaElement).value.endsWith(text),
      [await field.elementHandle(), TEXT] as const,
    );
    const latencies = await readKeystrokes(page, TEXT.length);
    if (!target.saves) return { latencies, saves: null };
    await sleep(lastKey + SAVE_WINDOW_MS - Date.now());
    const saves = puts.filter((t) => t >= from && t <= lastKey + SAVE_WINDOW_MS).length;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await waitSaved(page, WAIT_MS);
    return { latencies, saves };
  } finally {
    await context.close();
  }
}

/** A cold first load (new context, empty cache): its LCP and how many script files it fetched. */
async function loadRun(browser: Browser, target: Target, rate: number) {
  const { context, page, cdp } = await newPage(browser);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const scripts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(r.url());
    });
    await page.goto(target.url);
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
    return { lcp, scripts: scripts.size };
  } finally {
    await context.close();
  }
}

type Summary = { p50: number; p95: number; max: number; worst: number; saves: number | null };

function summarise(runs: TypingRun[]): Summary {
  const saves = runs.map((r) => r.saves).filter((s): s is number => s !== null);
  return {
    p50: median(runs.map((r) => percentile(r.latencies, 50))),
    p95: median(runs.map((r) => percentile(r.latencies, 95))),
    max: median(runs.map((r) => Math.max(...r.latencies))),
    worst: Math.max(...runs.flatMap((r) => r.latencies)),
    saves: saves.length ? median(saves) : null,
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)));
  return [line(rows[0]!).join('  '), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map((r) => line(r).join('  '))].join('\n');
}

const ms = (n: number) => `${Math.round(n)}`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);

test('typing benchmark', async () => {
  for (const file of [CHROMIUM, join(ROOT, 'dist/server/index.js'), join(ROOT, 'dist/bench-floor/index.html')]) {
    if (!existsSync(file)) throw new Error(`Missing ${file}: run \`npm run bench:typing\`, which builds first`);
  }
  const server = await startServer();
  const floorServer = await serveStatic(join(ROOT, 'dist/bench-floor'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const large = await seedWorkspace(server.url, LARGE, 'Typing benchmark: 150 needs, 150 actions');
    const small = await seedWorkspace(server.url, SMALL, 'Typing benchmark: 3 needs');
    const floor: Target = { name: 'floor', url: `${floorServer.url}/`, field: 'Description', saves: false };
    const needs = (id: string, name: string): Target => ({
      name,
      url: `${server.url}/w/${id}/needs`,
      edit: 'Edit “need number 1”',
      field: 'Description',
      saves: true,
    });
    const scenarios: Target[] = [
      needs(large, 'needs step, 150 needs'),
      {
        name: 'plan step, 150 actions',
        url: `${server.url}/w/${large}/plan`,
        edit: 'Edit “Action number 1”',
        field: 'What will be done',
        saves: true,
      },
      needs(small, 'needs step, 3 needs'),
    ];

    // Runs interleaved, so that a busy moment of the machine does not land on one scenario only.
    const runs = new Map<string, TypingRun[]>();
    for (let run = 1; run <= RUNS; run++) {
      for (const rate of RATES) {
        for (const target of [floor, ...scenarios]) {
          const result = await typingRun(browser, target, rate);
          const key = `${target.name}@${rate}`;
          runs.set(key, [...(runs.get(key) ?? []), result]);
          console.log(
            `run ${run}/${RUNS} ${rate}× ${target.name}: p50 ${ms(percentile(result.latencies, 50))} ms, ` +
              `p95 ${ms(percentile(result.latencies, 95))} ms, max ${ms(Math.max(...result.latencies))} ms` +
              (result.saves === null ? '' : `, ${result.saves} PUT`),
          );
        }
      }
    }

    const loads = { step: [] as number[], floor: [] as number[], scripts: [] as number[], floorScripts: [] as number[] };
    for (let run = 1; run <= RUNS; run++) {
      const step = await loadRun(browser, scenarios[0]!, 4);
      const bare = await loadRun(browser, floor, 4);
      loads.step.push(step.lcp);
      loads.scripts.push(step.scripts);
      loads.floor.push(bare.lcp);
      loads.floorScripts.push(bare.scripts);
      console.log(`run ${run}/${RUNS} LCP at 4×: step ${ms(step.lcp)} ms (${step.scripts} scripts), floor ${ms(bare.lcp)} ms`);
    }

    const rows = [['scenario', 'CPU', 'p50', 'p95', 'max', 'floor p50', 'floor p95', 'ratio p50', 'ratio p95', 'PUTs/60 chars']];
    const verdicts: string[] = [];
    for (const target of scenarios) {
      for (const rate of RATES) {
        const s = summarise(runs.get(`${target.name}@${rate}`)!);
        const f = summarise(runs.get(`floor@${rate}`)!);
        rows.push([target.name, `${rate}×`, ms(s.p50), ms(s.p95), ms(s.max), ms(f.p50), ms(f.p95), ratio(s.p50, f.p50), ratio(s.p95, f.p95), `${s.saves}`]);
        if (rate === 4 && target !== scenarios[2]) {
          if (s.p95 > 2 * f.p95) verdicts.push(`${target.name}: p95 is ${ratio(s.p95, f.p95)}× the floor's (target ≤ 2×)`);
          if (s.max > 100) verdicts.push(`${target.name}: slowest keystroke ${ms(s.max)} ms (target ≤ 100 ms)`);
        }
      }
    }
    const floorRows = RATES.map((rate) => {
      const f = summarise(runs.get(`floor@${rate}`)!);
      return `floor ${rate}×: p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, max ${ms(f.max)} ms`;
    });
    const lcp = { step: median(loads.step), floor: median(loads.floor) };
    if (lcp.step > 1.3 * lcp.floor) verdicts.push(`step LCP is ${ratio(lcp.step, lcp.floor)}× the floor's (target ≤ 1.3×)`);

    const report = [
      `Typing latency per keystroke (ms; Event Timing, under 16 ms counts as 16), ${TEXT.length} characters at 60 ms a key, median of ${RUNS} runs`,
      table(rows),
      floorRows.join('; '),
      `LCP at 4× CPU, cold load: needs step (150 needs) ${ms(lcp.step)} ms, floor ${ms(lcp.floor)} ms, ` +
        `ratio ${ratio(lcp.step, lcp.floor)}; the step loads ${median(loads.scripts)} script files (floor ${median(loads.floorScripts)})`,
      verdicts.length === 0
        ? 'Targets MET: at 4× with 150 items p95 ≤ 2× floor p95 and no keystroke over 100 ms; step LCP ≤ 1.3× floor'
        : `Targets NOT MET: ${verdicts.join('; ')}`,
    ].join('\n');
    if (process.env.BENCH_TYPING_REPORT) writeFileSync(process.env.BENCH_TYPING_REPORT, `${report}\n`);
    else console.log(report);
  } finally {
    await browser.close();
    await floorServer.close();
    await server.stop();
    removeDir(server.dataDir);
  }
});
