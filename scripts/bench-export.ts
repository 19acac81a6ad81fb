// Benchmark of the document export on a strategy far larger than a town writes
// (60 needs, 40 strengths, 40 challenges, 50 recommendations, 150 actions with two
// indicators each). Target: each format under 2 s on a 2-core machine.
//
//   npx vitest run --config tests/export/bench.config.ts
//
// Prints a table: time of the first (cold) and the median of the next runs, peak RSS and
// peak heap sampled every 2 ms, and the file size.
import { buildDocx } from '@/features/export/lib/build-docx';
import { buildPdf } from '@/features/export/lib/build-pdf';
import { diskFonts, labelsFor } from '../tests/export/helpers';
import { largeStrategy } from '../tests/export/large-strategy';

const RUNS = 4;
const MB = 1024 * 1024;

type Row = { format: string; coldMs: number; warmMs: number; peakRssMb: number; peakHeapMb: number; sizeKb: number };

async function measure(format: string, run: () => Promise<Uint8Array>): Promise<Row> {
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  let size = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 2);
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const bytes = await run();
    sample();
    times.push(performance.now() - start);
    size = bytes.byteLength;
  }
  clearInterval(timer);
  const warm = times.slice(1).sort((a, b) => a - b);
  return {
    format,
    coldMs: Math.round(times[0]!),
    warmMs: Math.round(warm[Math.floor(warm.length / 2)]!),
    peakRssMb: Math.round(peakRss / MB),
    peakHeapMb: Math.round(peakHeap / MB),
    sizeKb: Math.round(size / 1024),
  };
}

test('export benchmark', async () => {
  const strategy = largeStrategy();
  const labels = await labelsFor('lv');
  const rows = [
    await measure('DOCX', () => buildDocx(strategy, 'lv', labels)),
    await measure('PDF', () => buildPdf(strategy, 'lv', labels, diskFonts)),
  ];
  const { need, strength, challenge, recommendation, action } = strategy.items;
  console.log(
    `Strategy: ${need.length} needs, ${strength.length} strengths, ${challenge.length} challenges, ` +
      `${recommendation.length} recommendations, ${action.length} actions, ${action.length * 2} indicators`,
  );
  console.table(rows);
  for (const row of rows) expect(row.warmMs, `${row.format} under 2 s`).toBeLessThan(2000);
});
