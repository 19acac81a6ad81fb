// Benchmark of the backup import at the largest size a workspace may have: 1,000 items of
// every kind, 8,000 in all. Target: under 1 s on the embedded database (PGlite), with
// other requests answered meanwhile. Also on PostgreSQL when one answers at DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/test).
//
//   npm run bench:import
//
// Prints, per database: the file's size; the time of POST /api/workspaces/import, cold
// (first) and the median of the next runs; the part of it spent in the database
// transaction; and the longest a GET /api/health sent over and over meanwhile had to wait.
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { backupToOperations, parseBackup } from '@/domain/backup';
import { createApp } from '../server/app';
import { importWorkspace } from '../server/store/import';
import { BACKENDS } from '../server/test/backends';
import { largeBackup } from '../server/test/large-backup';

const RUNS = 5;
const TARGET_MS = 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

type Row = {
  database: string;
  items: number;
  fileMb: number;
  coldMs: number;
  warmMs: number;
  transactionMs: number;
  longestWaitMs: number;
};

test('import benchmark', async () => {
  const backup = largeBackup();
  const body = JSON.stringify(backup);
  const items = Object.values(backup.items).flat().length;
  const rows: Row[] = [];

  for (const backend of BACKENDS) {
    if (backend.skipReason) {
      console.log(`${backend.name}: skipped (${backend.skipReason})`);
      continue;
    }
    const { db, dispose } = await backend.open();
    const app = createApp({ db });
    const post = async () =>
      app.request('/api/workspaces/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });

    // Through the whole route, while another client keeps asking for /api/health.
    const times: number[] = [];
    let longestWait = 0;
    for (let run = 0; run < RUNS; run++) {
      let done = false;
      const start = performance.now();
      const imported = post().then(async (res) => {
        if (res.status !== 201) throw new Error(`Import answered ${res.status}: ${await res.text()}`);
        times.push(performance.now() - start);
        done = true;
      });
      while (!done) {
        const asked = performance.now();
        await app.request('/api/health');
        longestWait = Math.max(longestWait, performance.now() - asked);
        await nextTurn();
      }
      await imported;
    }

    // The database part alone: the one transaction other requests may queue behind.
    const parsed = parseBackup(body);
    if (!parsed.ok) throw new Error(`The benchmark's backup is refused: ${parsed.problem.key}`);
    const transaction: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ops = backupToOperations(parsed.backup, randomUUID);
      const start = performance.now();
      await importWorkspace(db, 'Bench', ops);
      transaction.push(performance.now() - start);
    }
    await dispose();

    rows.push({
      database: backend.name,
      items,
      fileMb: Math.round(body.length / 10_000) / 100,
      coldMs: Math.round(times[0] as number),
      warmMs: Math.round(median(times.slice(1))),
      transactionMs: Math.round(median(transaction)),
      longestWaitMs: Math.round(longestWait),
    });
  }

  console.table(rows);
  const pglite = rows.find((r) => r.database === 'PGlite');
  expect(pglite?.warmMs, `import on PGlite under ${TARGET_MS} ms`).toBeLessThan(TARGET_MS);
});
