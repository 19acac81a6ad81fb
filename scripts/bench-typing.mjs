#!/usr/bin/env node
// Typing latency of the production build against the "stack floor" (see scripts/bench-typing.ts).
// Builds the app (npm run build) and the floor page, then runs the measurement.
//
//   npm run bench:typing                 build, then 3 runs of each scenario
//   npm run bench:typing -- --runs 5     5 runs
//   npm run bench:typing -- --no-build   reuse dist/ (also BENCH_NO_BUILD=1); builds what is missing
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build') || process.env.BENCH_NO_BUILD === '1';
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
  console.error('--runs takes a whole number from 1 to 20');
  process.exit(2);
}

const run = (command, commandArgs, env = process.env) =>
  spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env }).status ?? 1;
const build = (command, commandArgs) => {
  const status = run(command, commandArgs);
  if (status !== 0) process.exit(status);
};

if (!noBuild || !existsSync(join(ROOT, 'dist/server/index.js')) || !existsSync(join(ROOT, 'dist/client/index.html'))) {
  build('npm', ['run', 'build']);
}
if (!noBuild || !existsSync(join(ROOT, 'dist/bench-floor/index.html'))) {
  build(process.execPath, [
    join(ROOT, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'tests/bench/floor/vite.config.ts',
  ]);
}

const dir = mkdtempSync(join(tmpdir(), 'libri-bench-typing-'));
const report = join(dir, 'report.txt');
const vitest = [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/bench/bench.config.ts'];
const status = run(process.execPath, vitest, {
  ...process.env,
  BENCH_TYPING_RUNS: String(runs),
  BENCH_TYPING_REPORT: report,
});
if (status === 0) console.log(`\n${readFileSync(report, 'utf8')}`);
rmSync(dir, { recursive: true, force: true });
process.exit(status);
