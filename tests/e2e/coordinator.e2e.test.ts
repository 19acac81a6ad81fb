import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import polish from '../../locales/pl/common.json';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  formatViolations,
  launchBrowser,
  removeDir,
  signInContext,
  snapshot,
  startServer,
  watchErrors,
} from './harness';
import type { RunningServer } from './harness';

// Journey 4 of the product brief: the national coordinator opens the demo programme's dashboard,
// finds the towns that need attention, compares towns by theme, returns a submission with
// feedback, and takes the programme's items to a spreadsheet; the town's lead reads the feedback.

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function personPage(email: string, width = 1280, options: { locale?: string; downloads?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: options.locale ?? 'en',
    acceptDownloads: options.downloads ?? false,
  });
  contexts.push(context);
  const page = await context.newPage();
  await signInContext(page, server, email);
  return page;
}

async function expectNoViolations(page: Page) {
  const violations = await axe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

async function openDashboard(page: Page) {
  await page.goto(`${server.url}/programmes`);
  await page.getByRole('link', { name: 'LiBri Latvia (demo)' }).click();
  await page.getByTestId('towns-table').waitFor();
}

const townNames = (page: Page) =>
  page.getByTestId('town-row').evaluateAll((rows) => rows.map((r) => r.querySelector('th a')?.textContent ?? ''));

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const [i, c] of contexts.entries())
      for (const p of c.pages()) await snapshot(p, `coordinator-${i}-${ctx.task.name.replace(/\W+/g, '-')}`);
  for (const c of contexts.splice(0)) await c.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

describe('the national coordinator', () => {
  it('sees at a glance who is on track, sorts and filters the towns, and compares towns by theme', async () => {
    const page = await personPage('coordinator@example.org');
    const errors = watchErrors(page);
    await openDashboard(page);
    // Ten demo towns and the sample strategy's Valmiera.
    expect(await townNames(page)).toHaveLength(11);
    await expectNoViolations(page);

    // The towns that need attention, by their words rather than colour.
    await page.getByRole('checkbox', { name: 'Only towns that need attention' }).check();
    await page
      .getByTestId('towns-count')
      .getByText(/Showing \d+ of 11 towns/)
      .waitFor();
    const stalled = page.getByTestId('town-row').filter({ hasText: /No change for \d+ days/ });
    expect(await stalled.count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('checkbox', { name: 'Only towns that need attention' }).uncheck();

    await page.getByRole('button', { name: /Planned budget/ }).click();
    await expect
      .poll(() => page.getByRole('columnheader', { name: /Planned budget/ }).getAttribute('aria-sort'))
      .toBe('descending');
    const first = (await townNames(page))[0];
    expect(first).toBe('Liepāja');

    await page.getByRole('searchbox', { name: 'Search towns' }).fill('daug');
    await expect.poll(() => townNames(page)).toEqual(['Daugavpils']);
    await page.getByRole('searchbox', { name: 'Search towns' }).fill('');

    // Side by side: the same theme in one row, each item a link to its place in the town's strategy.
    await page.getByRole('link', { name: 'Compare towns' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare towns' }).waitFor();
    await page.getByRole('checkbox', { name: 'Jelgava' }).check();
    await page.getByRole('checkbox', { name: 'Liepāja' }).check();
    const table = page.getByTestId('comparison');
    await table.waitFor();
    const language = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Language learning/ }) });
    expect(await language.getByRole('link').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('combobox', { name: 'Section' }).selectOption('Actions');
    await expect.poll(() => page.url()).toMatch(/section=action/);
    // The actions have arrived when the table says so (the needs stay on screen meanwhile).
    await table.getByText(/^Actions of the chosen towns/).waitFor();
    await table.getByRole('columnheader', { name: 'Liepāja' }).waitFor();
    await expectNoViolations(page);
    const link = table.getByRole('link').first();
    const title = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL(/\/w\/[^/]+\/plan\?item=/);
    // The item opens in its step: its card's heading names it.
    await page
      .getByRole('heading', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('returns a submission with feedback, and takes every item of the programme to a spreadsheet intact', async () => {
    const coordinator = await personPage('coordinator@example.org', 1280, { downloads: true });
    await openDashboard(coordinator);
    const row = coordinator.getByTestId('town-row').filter({ hasText: 'Submitted to the coordinator' }).first();
    const town = (await row.locator('th a').textContent()) ?? '';
    await row.locator('th a').click();
    await coordinator.waitForURL(/\/w\/[^/]+$/);
    const workspaceId = new URL(coordinator.url()).pathname.split('/')[2] as string;
    await coordinator.goto(`${server.url}/w/${workspaceId}/approval`);
    const standing = coordinator.getByRole('region', { name: 'Where the strategy stands' });
    await standing.getByRole('button', { name: 'Return with feedback' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Return with feedback' });
    await dialog.getByRole('textbox').fill('Add indicators to the outreach actions, then submit again.');
    await dialog.getByRole('button', { name: 'Return with feedback' }).click();
    await dialog.waitFor({ state: 'detached' });
    await standing.getByTestId('state').getByText('Returned with feedback').waitFor();
    await expectNoViolations(coordinator);

    // The spreadsheet of the whole programme, in Latvian: semicolons, every letter as written.
    await coordinator.goto(`${server.url}/programmes`);
    await coordinator.getByRole('link', { name: 'LiBri Latvia (demo)' }).click();
    await coordinator.getByRole('combobox', { name: 'Language' }).first().selectOption('lv');
    const download = coordinator.waitForEvent('download');
    await coordinator.getByRole('link', { name: /CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^libri-latvia-demo-items-\d{4}-\d{2}-\d{2}-lv\.csv$/);
    const rows: string[][] = parse(await readFile((await file.path()) as string), { bom: true, delimiter: ';' });
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toContain('Liepāja');
    expect(rows.flat().every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);

    // The dashboard shows the town back with the partnership.
    await coordinator.getByRole('combobox', { name: 'Valoda' }).first().selectOption('en');
    const back = coordinator.getByTestId('town-row').filter({ has: coordinator.getByRole('link', { name: town }) });
    await back.getByTestId('workflow-state').getByText('Returned with feedback').waitFor();

    // The programme summary, in Polish: a Word file with a chapter per town.
    await coordinator.getByRole('combobox', { name: 'Language of the document' }).selectOption('pl');
    const summaryDownload = coordinator.waitForEvent('download');
    await coordinator.getByRole('button', { name: 'Download the programme summary (Word)' }).click();
    const summaryFile = await summaryDownload;
    expect(summaryFile.suggestedFilename()).toMatch(/^libri-latvia-demo-summary-\d{4}-\d{2}-\d{2}-pl\.docx$/);
    const zip = await JSZip.loadAsync(await readFile((await summaryFile.path()) as string));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const name of ['Liepāja', 'Daugavpils', 'Rēzekne', 'Valmiera']) expect(xml).toContain(name);
    expect(xml).toContain(polish.workflowState.returned);
  });

  it('sees the themes across the country as charts, each with a table of the same numbers that copies into a spreadsheet', async () => {
    const page = await personPage('coordinator@example.org');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const errors = watchErrors(page);
    await openDashboard(page);
    await page.getByRole('link', { name: 'Themes across the country' }).click();
    await page.getByRole('heading', { level: 1, name: 'Themes across the country' }).waitFor();
    const heat = page.getByTestId('heat-map');
    await heat.waitFor();
    // The heat map is a table a screen reader reads: a town's row, a theme's column, a number.
    const liepaja = heat.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Liepāja' }) });
    expect(Number(await liepaja.getByRole('cell').first().textContent())).toBeGreaterThan(0);
    await expectNoViolations(page);

    const byTheme = page.getByRole('region', { name: 'Needs, recommendations and actions by theme' });
    await byTheme.getByRole('img', { name: /Chart: Needs, recommendations and actions by theme/ }).waitFor();
    await byTheme.getByText('Table', { exact: true }).click();
    const table = byTheme.getByTestId('figure-table');
    await table.waitFor();
    const header = await table.getByRole('columnheader').allTextContents();
    expect(header).toEqual(['Theme', 'Needs', 'Recommendations', 'Actions']);
    const language = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Language learning' }) });
    const needs = Number(await language.getByRole('cell').first().textContent());
    expect(needs).toBeGreaterThan(0);
    await byTheme.getByRole('button', { name: 'Copy the table' }).click();
    await byTheme.getByText('Table copied: paste it into a spreadsheet.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('Theme\tNeeds\tRecommendations\tActions');
    expect(copied).toContain(`Language learning\t${needs}\t`);

    const timeline = page.getByRole('region', { name: 'Planned actions by month' });
    await timeline.getByText('Table', { exact: true }).click();
    expect(await timeline.getByTestId('figure-table').getByRole('row').count()).toBeGreaterThan(12);
    await expectNoViolations(page);
    expect(errors).toEqual([]);
  });

  it('shares good practice that reaches a town, whose lead copies it into the plan', async () => {
    const coordinator = await personPage('coordinator@example.org');
    const errors = watchErrors(coordinator);
    await openDashboard(coordinator);
    await coordinator.getByRole('link', { name: 'Compare towns' }).click();
    await coordinator.getByRole('checkbox', { name: 'Liepāja' }).check();
    await coordinator.getByRole('checkbox', { name: 'Jelgava' }).check();
    await coordinator.getByRole('combobox', { name: 'Section' }).selectOption('Actions');
    const table = coordinator.getByTestId('comparison');
    await table.getByRole('columnheader', { name: 'Jelgava' }).waitFor();
    const mark = table.getByRole('button', { name: /^Mark as good practice: / }).first();
    const title = ((await mark.getAttribute('aria-label')) ?? '').replace(/^Mark as good practice: /, '');
    await mark.click();
    const dialog = coordinator.getByRole('dialog', { name: `Mark “${title}” as good practice` });
    await dialog.getByRole('button', { name: 'Mark as good practice' }).click();
    await dialog.getByText('Enter a value').first().waitFor();
    await dialog
      .getByRole('textbox', { name: /Why the other towns should look at it/ })
      .fill('Cheap, and loved by families.');
    await dialog.getByRole('button', { name: 'Mark as good practice' }).click();
    await coordinator.getByText(`“${title}” is good practice now.`, { exact: false }).waitFor();
    await expectNoViolations(coordinator);

    // The sample town's lead finds it under Good practice, and copies it into the plan.
    const lead = await personPage('lead@example.org', 360);
    const leadErrors = watchErrors(lead);
    await lead.goto(`${server.url}/`);
    await lead
      .getByRole('link', { name: /Valmiera/ })
      .first()
      .click();
    // Folded away at 360 px, the step menu takes no focus; Esc closes it and returns to its button.
    const nav = lead.locator('#workspace-nav');
    await expect.poll(() => nav.getAttribute('inert')).not.toBeNull();
    await lead.getByRole('button', { name: 'Open the list of steps' }).click();
    await expect.poll(() => nav.getAttribute('inert')).toBeNull();
    await lead.keyboard.press('Escape');
    await expect
      .poll(() => lead.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Open the list of steps');
    await expect.poll(() => nav.getAttribute('inert')).not.toBeNull();
    await lead.getByRole('button', { name: 'Open the list of steps' }).click();
    await lead.getByRole('link', { name: 'Good practice' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Good practice of the programme' }).waitFor();
    const card = lead.getByRole('listitem', { name: title });
    await card.getByText('Cheap, and loved by families.').waitFor();
    await expectNoViolations(lead);
    await card.getByRole('button', { name: 'Copy into our plan' }).click();
    await lead.getByText(`“${title}” is now in your plan.`, { exact: false }).waitFor();
    await card.getByRole('link', { name: 'Open your action' }).click();
    await lead.waitForURL(/\/plan\?item=/);
    await lead
      .getByText(/Copied from the good practice of /)
      .first()
      .waitFor();
    await lead
      .getByRole('heading', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .waitFor();
    expect([...errors, ...leadErrors]).toEqual([]);
  });

  it('reads the dashboard in Latvian at 360 px without losing the table or the keyboard', async () => {
    const page = await personPage('coordinator@example.org', 360, { locale: 'lv' });
    await page.goto(`${server.url}/programmes`);
    await page.getByRole('combobox').first().selectOption('lv');
    await page.getByRole('link', { name: 'LiBri Latvia (demo)' }).click();
    await page.getByTestId('towns-table').waitFor();
    // The footer is its own landmark, outside main; "Sign out" is whole on the narrow screen.
    expect(await page.locator('main footer').count()).toBe(0);
    await page.getByRole('contentinfo').waitFor();
    const signOut = await page.getByRole('button', { name: 'Izrakstīties' }).boundingBox();
    expect((signOut?.x ?? 0) + (signOut?.width ?? 0)).toBeLessThanOrEqual(360);
    // The page itself does not scroll sideways; the table scrolls in its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoViolations(page);
    // Sorting by keyboard: Tab to a column's button, Enter.
    const sort = page.getByTestId('towns-table').getByRole('columnheader').nth(1).getByRole('button');
    await sort.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('towns-table').getByRole('columnheader').nth(1).getAttribute('aria-sort'))
      .toBe('ascending');
  });

  it('lets an administrator create a programme and name its coordinator; an unknown e-mail is refused at the field', async () => {
    const admin = await personPage('admin@example.org');
    const errors = watchErrors(admin);
    await admin.goto(`${server.url}/programmes`);
    await admin.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    const form = admin.getByRole('form', { name: 'New programme' });
    await form.getByLabel(/Name of the programme/).fill('LiBri Poland (test)');
    await form.getByRole('combobox', { name: 'Country' }).selectOption('PL');
    await form.getByLabel(/Deadline for the strategies/).fill('2027-06-30');
    await form.getByRole('combobox', { name: /Language of the documents/ }).selectOption('pl');
    await form.getByLabel(/Coordinators’ e-mail addresses/).fill('nobody@nowhere.example');
    await form.getByRole('button', { name: 'Create the programme' }).click();
    const field = form.getByLabel(/Coordinators’ e-mail addresses/);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await form.getByText('No account has one of these e-mail addresses', { exact: false }).first().waitFor();
    await expectNoViolations(admin);
    await field.fill('coordinator@example.org');
    await form.getByRole('button', { name: 'Create the programme' }).click();
    await admin.getByText('Programme LiBri Poland (test) created.').waitFor();
    await admin.getByRole('link', { name: 'LiBri Poland (test)' }).waitFor();

    // The coordinator now sees it among theirs, with no town yet.
    const coordinator = await personPage('coordinator@example.org');
    await coordinator.goto(`${server.url}/programmes`);
    await coordinator.getByRole('link', { name: 'LiBri Poland (test)' }).click();
    await coordinator.getByText('Showing 0 of 0 towns').waitFor();
    expect(errors).toEqual([]);
  });
});
