import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs, readDocx, readPdf, squash } from '../export/helpers';
import { apiAs, launchBrowser, removeDir, signInContext, snapshot, startServer, watchErrors } from './harness';
import type { RunningServer } from './harness';

// Journey 1 (end): the director downloads her strategy as DOCX and PDF in Latvian through
// the UI; the files open and hold what she entered. Then the backup file restores it.

const lv = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/lv/export.json'), 'utf8'));
let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
let workspaceId = '';
let api: ReturnType<typeof apiAs>;

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
  page = await browser.newPage({ acceptDownloads: true, locale: 'lv-LV' });
  errors = watchErrors(page);
  api = apiAs(server, await signInContext(page, server));
  workspaceId = (await (await api('/api/workspaces')).json()).find((w: { role: string }) => w.role === 'lead').id;
  await page.goto(`${server.url}/w/${workspaceId}/export`);
  await page.getByRole('heading', { level: 1, name: lv.page.title }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

async function download(buttonName: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

describe('downloading the strategy in Latvian', () => {
  it('gives a Word file with Latvian headings and everything entered, made off the page in a worker', async () => {
    await page.getByLabel(lv.panel.language).selectOption('lv');
    const started = page.waitForEvent('worker', { timeout: 60_000 });
    const { name, bytes } = await download(lv.panel.downloadDocx);
    expect((await started).url()).toMatch(/export\.worker/);
    expect(name).toMatch(/\.docx$/);
    const docx = await readDocx(bytes);
    const headings = docxParagraphs(docx.document)
      .filter((p) => /^Heading/.test(p.style))
      .map((p) => p.text);
    for (const section of [lv.doc.sections.needs, lv.doc.sections.strengths, lv.doc.sections.partnership]) {
      expect(
        headings.some((h) => h.endsWith(section)),
        `${section} in ${headings.join(' | ')}`,
      ).toBe(true);
    }
    for (const text of [
      'Valmiera',
      'Practise Latvian outside the classroom',
      'Weekly Latvian language café',
      'Participants per session',
    ]) {
      expect(docx.document, text).toContain(text);
    }
    expect(docx.styles).toMatch(/w:lang w:val="lv/);
  });

  it('gives a tagged PDF with the same content', async () => {
    const { name, bytes } = await download(lv.panel.downloadPdf);
    expect(name).toMatch(/\.pdf$/);
    const pdf = await readPdf(bytes);
    expect(squash(pdf.text)).toContain(squash(lv.doc.sections.needs));
    for (const text of ['Practise Latvian outside the classroom', 'Weekly Latvian language café'])
      expect(squash(pdf.text)).toContain(squash(text));
    expect(pdf.raw).toMatch(/\/Lang \(lv/);
    // Made by the browser's build of pdfkit, with its structure tree for screen readers.
    expect(pdf.raw).toMatch(/\/Marked true/);
    expect(pdf.raw).toMatch(/\/StructTreeRoot/);
    expect(pdf.raw).toMatch(/\/S \/H1/);
  });

  it('restores the workspace from the backup file', async () => {
    const { name, bytes } = await download(lv.panel.downloadBackup);
    expect(name).toMatch(/\.json$/);
    const file = join(server.dataDir, name);
    await import('node:fs/promises').then((fs) => fs.writeFile(file, bytes));
    await page.goto(server.url);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: lv.import.submit }).click();
    await page
      .waitForURL((url) => /\/w\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(workspaceId), {
        timeout: 30_000,
      })
      .catch(async (e) => {
        await snapshot(page, 'export-import');
        throw e;
      });
    const restoredId = page.url().split('/').pop();
    const [original, restored] = await Promise.all(
      [workspaceId, restoredId].map(async (id) => (await api(`/api/workspaces/${id}`)).json()),
    );
    const titles = (s: { items: Record<string, { data: { title?: string; name?: string } }[]> }) =>
      Object.fromEntries(Object.entries(s.items).map(([k, list]) => [k, list.map((i) => i.data.title ?? i.data.name)]));
    expect(titles(restored)).toEqual(titles(original));
    expect(restored.sections).toMatchObject({
      partnership: { data: original.sections.partnership.data },
      vision: { data: original.sections.vision.data },
    });
    expect(errors).toEqual([]);
  });
});
