import { KEY_INTERVAL_MS, median, percentile, TEXT } from './keystrokes';
import type { TypingRun } from './page-runs';

// The typing benchmark's printout: one row per scenario and CPU rate (medians of the runs),
// the floor's own figures, the step's LCP, and whether the targets are met.

/**
 * Cold loads at 4×: the step's LCP (its words, drawn by the server into the page), when the app's
 * own first frame was drawn over it (`drawn`), and the floor's LCP (its app's first frame).
 */
export type Loads = { step: number[]; drawn: number[]; floor: number[]; scripts: number[]; floorScripts: number[] };
type Row = { scenario: string; rate: number; runs: TypingRun[]; floor: TypingRun[]; judged: boolean };

const ms = (n: number) => `${Math.round(n)}`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);

function summarise(runs: TypingRun[]) {
  const saves = runs.map((r) => r.saves).filter((s): s is number => s !== null);
  return {
    p50: median(runs.map((r) => percentile(r.latencies, 50))),
    p95: median(runs.map((r) => percentile(r.latencies, 95))),
    max: median(runs.map((r) => Math.max(...r.latencies))),
    worst: Math.max(...runs.flatMap((r) => r.latencies)),
    saves: saves.length ? median(saves) : null,
    later: median(runs.map((r) => r.later)),
  };
}

/** One line of a run, as it is measured. */
export function runLine(run: TypingRun): string {
  const { latencies, saves, later } = run;
  return (
    `p50 ${ms(percentile(latencies, 50))} ms, p95 ${ms(percentile(latencies, 95))} ms, ` +
    `max ${ms(Math.max(...latencies))} ms${saves === null ? '' : `, ${puts(saves, later)} PUT`}`
  );
}

const puts = (saves: number, later: number) => `${saves}${later ? ` (+${later} after 3 s)` : ''}`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/**
 * The report. `judged` rows (4× CPU, 150 items) must keep p95 within 2× the floor's and every
 * keystroke (median of the runs' slowest) within 100 ms; the step's LCP within 1.3× the floor's.
 */
export function report(rows: Row[], loads: Loads, runCount: number): string {
  const header = ['scenario', 'CPU', 'p50', 'p95', 'max', 'floor p50', 'floor p95', 'ratio p50', 'ratio p95'];
  const cells = [[...header, 'PUTs/60 chars']];
  const misses: string[] = [];
  const floors = new Map<number, ReturnType<typeof summarise>>();
  for (const row of rows) {
    // Nothing typed in this run (BENCH_TYPING_LCP_ONLY): the table has no row for it.
    if (row.runs.length === 0 || row.floor.length === 0) continue;
    const s = summarise(row.runs);
    const f = summarise(row.floor);
    floors.set(row.rate, f);
    cells.push([
      row.scenario,
      `${row.rate}×`,
      ...[s.p50, s.p95, s.max, f.p50, f.p95].map(ms),
      ratio(s.p50, f.p50),
      ratio(s.p95, f.p95),
      s.saves === null ? '–' : puts(s.saves, s.later),
    ]);
    if (!row.judged) continue;
    if (s.p95 > 2 * f.p95) misses.push(`${row.scenario} ${row.rate}×: p95 ${ratio(s.p95, f.p95)}× the floor's (≤ 2)`);
    if (s.max > 100) {
      misses.push(`${row.scenario} ${row.rate}×: slowest keystroke ${ms(s.max)} ms (≤ 100; worst run ${ms(s.worst)})`);
    }
  }
  const lcp = { step: median(loads.step), floor: median(loads.floor) };
  const measured = { typing: cells.length > 1, lcp: loads.step.length > 0 };
  if (measured.lcp && lcp.step > 1.3 * lcp.floor)
    misses.push(`step LCP ${ratio(lcp.step, lcp.floor)}× the floor's (≤ 1.3)`);
  const floorLine = [...floors]
    .map(([rate, f]) => `floor at ${rate}×: p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, max ${ms(f.max)} ms`)
    .join('; ');
  // A partial run (BENCH_TYPING_ONLY, _NO_LCP, _LCP_ONLY) says what it left out rather than "met".
  const left = [!measured.typing && 'typing', !measured.lcp && 'LCP'].filter(Boolean);
  return [
    `Typing: ${TEXT.length} characters at ${KEY_INTERVAL_MS} ms a key; latency per keystroke in ms ` +
      `(Event Timing, under 16 ms counts as 16); medians of ${runCount} runs`,
    table(cells),
    floorLine,
    measured.lcp
      ? `LCP at 4× CPU, cold load: needs step (150 needs) ${ms(lcp.step)} ms, floor ${ms(lcp.floor)} ms, ` +
        `ratio ${ratio(lcp.step, lcp.floor)}; the app's own first frame ${ms(median(loads.drawn))} ms ` +
        `(${ratio(median(loads.drawn), lcp.floor)}× the floor's); the step loads ${median(loads.scripts)} script files ` +
        `(floor ${median(loads.floorScripts)})`
      : 'LCP not measured in this run',
    misses.length > 0
      ? `Targets NOT MET: ${misses.join('; ')}`
      : left.length > 0
        ? `No target missed in what was measured (${left.join(' and ')} not measured)`
        : 'Targets MET (4×, 150 items: p95 ≤ 2× floor, no keystroke over 100 ms; step LCP ≤ 1.3× floor)',
  ].join('\n');
}
