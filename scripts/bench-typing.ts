// Typing latency in the production build, against a "stack floor": a page built from the
// same libraries at the same versions and nothing else (tests/bench/floor). The gap between
// the two is what the app's own code costs per keystroke.
//
//   npm run bench:typing [-- --runs 5] [-- --no-build]   (scripts/bench-typing.mjs builds, then runs this)
//
// Per scenario (needs step with 150 needs, plan step with 150 actions, needs step with 3 needs)
// and CPU rate (1×, 4× through CDP): open the step, open the first item, type 60 characters
// into its description at 60 ms a key, and read each keystroke's latency from the Event Timing
// API; count the item saves (PUT) sent until 3 s after the last key. The same typing on the
// floor page. Then the step's LCP at 4× against the floor's. Medians of the runs are printed;
// nothing here fails on a slow number (it fails only when it cannot measure).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HUGE, LARGE, SMALL, seedWorkspace } from '../tests/bench/seed';
import { CHROMIUM, launchBrowser, loadRun, typingRun } from '../tests/bench/page-runs';
import type { Target, TypingRun } from '../tests/bench/page-runs';
import { report, runLine } from '../tests/bench/report';
import type { Loads } from '../tests/bench/report';
import { serveStatic } from '../tests/bench/static-server';
import { removeDir, sessionOf, startServer } from '../tests/e2e/harness';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_TYPING_RUNS ?? 3);
const RATES = (process.env.BENCH_TYPING_RATES ?? '1,4').split(',').map(Number);
/** Only the scenarios whose name contains this text (and the floor), e.g. `plan`. */
const ONLY = process.env.BENCH_TYPING_ONLY;

test('typing benchmark', async () => {
  for (const file of [CHROMIUM, join(ROOT, 'dist/server/index.js'), join(ROOT, 'dist/bench-floor/index.html')]) {
    if (!existsSync(file)) throw new Error(`Missing ${file}: \`npm run bench:typing\` builds what it needs`);
  }
  // The demo accounts (`seed`): the workspaces are the demo lead's, who opens them.
  const server = await startServer({ seed: true });
  const floorServer = await serveStatic(join(ROOT, 'dist/bench-floor'));
  const browser = await launchBrowser();
  try {
    const session = await sessionOf(server);
    const large = await seedWorkspace(server.url, LARGE, 'Typing benchmark: 150 needs, 150 actions', session);
    const small = await seedWorkspace(server.url, SMALL, 'Typing benchmark: 3 needs', session);
    const floor: Target = { name: 'floor', url: `${floorServer.url}/`, field: 'Description', saves: false };
    const needs = (id: string, name: string): Target => ({
      name,
      url: `${server.url}/w/${id}/needs`,
      edit: 'Edit “need number 1”',
      field: 'Description',
      saves: true,
      session,
    });
    const plan: Target = {
      name: 'plan step, 150 actions',
      url: `${server.url}/w/${large}/plan`,
      edit: 'Edit “Action number 1”',
      field: 'What will be done',
      saves: true,
      session,
    };
    // A list of 1,000 (the most a kind may hold) must cost no more per keystroke than one of 3.
    const huge = process.env.BENCH_TYPING_HUGE
      ? [
          needs(
            await seedWorkspace(server.url, HUGE, 'Typing benchmark: 1000 needs', session),
            'needs step, 1000 needs',
          ),
        ]
      : [];
    const scenarios = [
      needs(large, 'needs step, 150 needs'),
      plan,
      needs(small, 'needs step, 3 needs'),
      ...huge,
    ].filter((t) => !ONLY || t.name.includes(ONLY));

    // Interleaved, so that a busy moment of the machine does not land on one scenario only.
    const runs = new Map<string, TypingRun[]>();
    for (let run = 1; run <= (process.env.BENCH_TYPING_LCP_ONLY ? 0 : RUNS); run++) {
      for (const rate of RATES) {
        for (const target of [floor, ...scenarios]) {
          const result = await typingRun(browser, target, rate);
          const key = `${target.name}@${rate}`;
          runs.set(key, [...(runs.get(key) ?? []), result]);
          console.log(`run ${run}/${RUNS}, ${rate}× CPU, ${target.name}: ${runLine(result)}`);
          if (process.env.VERBOSE) console.log(`  each keystroke (ms): ${result.latencies.join(' ')}`);
        }
      }
    }

    const loads: Loads = { step: [], drawn: [], floor: [], scripts: [], floorScripts: [] };
    for (let run = 1; run <= (process.env.BENCH_TYPING_NO_LCP ? 0 : RUNS); run++) {
      const step = await loadRun(browser, scenarios[0]!, 4);
      const bare = await loadRun(browser, floor, 4);
      loads.step.push(step.lcp);
      loads.drawn.push(step.drawn);
      loads.scripts.push(step.scripts);
      loads.floor.push(bare.lcp);
      loads.floorScripts.push(bare.scripts);
      console.log(
        `run ${run}/${RUNS}, LCP at 4× CPU: step ${Math.round(step.lcp)} ms, floor ${Math.round(bare.lcp)} ms`,
      );
    }

    const rows = scenarios.flatMap((target) =>
      RATES.map((rate) => ({
        scenario: target.name,
        rate,
        runs: runs.get(`${target.name}@${rate}`) ?? [],
        floor: runs.get(`floor@${rate}`) ?? [],
        judged: rate === 4 && !target.name.includes('3 needs'),
      })),
    );
    const text = report(rows, loads, RUNS);
    if (process.env.BENCH_TYPING_REPORT) writeFileSync(process.env.BENCH_TYPING_REPORT, `${text}\n`);
    else console.log(text);
  } finally {
    await browser.close();
    await floorServer.close();
    await server.stop();
    removeDir(server.dataDir);
  }
});
