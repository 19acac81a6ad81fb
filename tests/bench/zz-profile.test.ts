// Scratch profiler (not committed): CPU profile of typing into the plan step at 4×.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { typeAtPace } from './keystrokes';
import { LARGE, seedWorkspace } from './seed';

it('profiles', async () => {
  const port = 4100 + Math.floor(Math.random() * 50);
  const server = spawn(process.execPath, ['dist/server/index.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'p-')), DATABASE_URL: '' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(`${url}/api/health`)).ok) break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  const id = await seedWorkspace(url, LARGE, 'Prof');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await (await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } })).newPage();
  const step = process.env.STEP ?? 'plan';
  await page.goto(`${url}/w/${id}/${step}`);
  await page.getByRole('button', { name: /^Edit “/ }).first().click();
  const field = page.getByLabel(step === 'plan' ? 'What will be done' : 'Description').first();
  await field.scrollIntoViewIfNeeded();
  await field.click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' } as any);
  await cdp.send('Profiler.start');
  await typeAtPace(cdp, ' and the reading room stays open late for study');
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete' as any, r));
  await cdp.send('Tracing.end');
  await done;
  const byName = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  console.log([...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  TRACE ${k}`).join('\n'));
  writeFileSync('/tmp/typing.cpuprofile', JSON.stringify(profile));
  // self time by function
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas as number[];
  (profile.samples as number[]).forEach((s, i) => {
    const n: any = byId.get(s);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(top.map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
  await browser.close();
  server.kill();
}, 300_000);
