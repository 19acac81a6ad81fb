import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  formatViolations,
  launchBrowser,
  removeDir,
  snapshot,
  startServer,
  apiAs,
  sessionOf,
  signInThroughPage,
  waitSaved,
  watchErrors,
} from './harness';
import type { RunningServer } from './harness';

// Journey 1 (first half): a new user creates a workspace, fills every step, reloads,
// and finds every word; axe finds no serious or critical violation on any screen.

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
let base = '';
let api: ReturnType<typeof apiAs>;

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchErrors(page);
  api = apiAs(server, await sessionOf(server));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await snapshot(page, `journey-${ctx.task.name.replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

async function expectAccessible() {
  const violations = await axe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

async function openStep(slug: string, title: string) {
  await page.goto(`${base}/${slug}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const lastField = (label: string) => page.getByLabel(label, { exact: true }).last();

/** Clicks an "Add …" button and waits until the new item's form is there. */
async function addItem(button: string, field: string) {
  const before = await page.getByLabel(field, { exact: true }).count();
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction(
    ([label, n]) =>
      [...document.querySelectorAll('label')].filter((l) => l.textContent?.trim() === label).length > Number(n),
    [field, before] as const,
  );
}

describe('a library director builds a whole strategy', () => {
  it('signs in and creates a workspace from the list', async () => {
    await page.goto(server.url);
    // Signed out, the address asks for a sign-in and comes back.
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible();
    await signInThroughPage(page, server, 'lead@example.org');
    await page.getByRole('heading', { level: 1, name: 'Your strategy workspaces' }).waitFor();
    await expectAccessible();
    await page.getByLabel('Name of the workspace').fill('Cēsis integration strategy 2026–2028');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
    base = page.url();
    await page.getByRole('heading', { level: 1, name: /Cēsis integration strategy 2026–2028: overview/ }).waitFor();
    await expectAccessible();
  });

  it('fills the partnership step', async () => {
    await openStep('partnership', 'Partnership');
    // A focused text field shows a ring as clear as a button's, not only a border colour.
    const municipality = page.getByLabel('Municipality', { exact: true });
    await municipality.focus();
    expect(await municipality.evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('2px');
    await municipality.fill('Cēsis');
    await page.getByLabel('Country').selectOption('LV');
    await page.getByLabel('Lead library', { exact: true }).fill('Cēsis Central Library');
    await page.getByLabel('The cooperation agreement is signed').check();
    await page.getByLabel('Date of the agreement').fill('2025-03-01');
    for (const [name, type] of [
      ['Cēsis Central Library', 'library'],
      ['Cēsis Municipality', 'municipality'],
    ] as const) {
      await addItem('Add a partner organisation', 'Organisation name');
      await lastField('Organisation name').fill(name);
      await lastField('Type of organisation').selectOption(type);
    }
    await lastField('Contact email').fill('culture@cesis.example.lv');
    await addItem('Add a meeting or workshop', 'Title or topic');
    await lastField('Title or topic').fill('Needs workshop with newcomers');
    await lastField('Date').fill('2025-04-10');
    await lastField('Format').selectOption('workshop');
    await lastField('Number of participants').fill('18');
    await waitSaved(page);
    await expectAccessible();
  });

  it('fills the local diagnosis', async () => {
    await openStep('diagnosis', 'Local diagnosis');
    await page.getByLabel('Population of the municipality').fill('17000');
    await page.getByLabel('Number of third-country nationals').fill('310');
    await page.getByRole('combobox', { name: 'Main countries of origin' }).fill('Ukraine');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Languages spoken' }).fill('Ukrainian');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Target groups' }).getByLabel('People under temporary protection').check();
    await page.getByLabel('What the diagnosis shows').fill('Most newcomers came from Ukraine after 2022.');
    await page.getByLabel('Data sources').fill('Municipal statistics 2025; library survey');
    await addItem('Add a service or initiative', 'Name of the service or initiative');
    await lastField('Name of the service or initiative').fill('Latvian courses for adults');
    await lastField('Run by').fill('Cēsis Adult Education Centre');
    await waitSaved(page);
    await expectAccessible();
  });

  for (const [slug, title, add, text, scale, level] of [
    ['needs', 'Needs', 'Add a need', 'Conversation practice in Latvian', 'Priority', 'high'],
    ['strengths', 'Strengths', 'Add a strength', 'Trusted library in the town centre', 'Significance', 'high'],
    ['challenges', 'Challenges', 'Add a challenge', 'Few volunteers speak Ukrainian', 'Severity', 'medium'],
  ] as const) {
    it(`fills the ${slug} step`, async () => {
      await openStep(slug, title);
      await addItem(add, 'Title');
      await lastField('Title').fill(text);
      await lastField('Description').fill(`${text}: details`);
      await lastField(scale).selectOption(level);
      await page.getByLabel('Language learning').last().check();
      await waitSaved(page);
      await expectAccessible();
    });
  }

  it('links a recommendation to the need, challenge and strength', async () => {
    await openStep('recommendations', 'Recommendations');
    await addItem('Add a recommendation', 'Recommendation');
    await lastField('Recommendation').fill('Weekly language café in the library');
    await page
      .getByRole('group', { name: 'Needs it addresses' })
      .getByLabel('Conversation practice in Latvian')
      .check();
    await page
      .getByRole('group', { name: 'Challenges it addresses' })
      .getByLabel('Few volunteers speak Ukrainian')
      .check();
    await page
      .getByRole('group', { name: 'Strengths it builds on' })
      .getByLabel('Trusted library in the town centre')
      .check();
    await waitSaved(page);
    await expectAccessible();
  });

  it('plans an action with a lead, timing, budget and an indicator', async () => {
    await openStep('plan', 'Implementation plan');
    await addItem('Add an action', 'Action');
    await lastField('Action').fill('Language café every Thursday');
    await page
      .getByLabel('Recommendation it implements')
      .selectOption({ label: 'Weekly language café in the library' });
    await page.getByRole('combobox', { name: 'Lead partner' }).selectOption({ label: 'Cēsis Central Library' });
    await page.getByRole('group', { name: 'Supporting partners' }).getByLabel('Cēsis Municipality').check();
    await page.getByLabel('Start month').fill('2026-09');
    await page.getByLabel('End month').fill('2027-06');
    await page.getByRole('textbox', { name: 'Budget' }).fill('1500');
    await page.getByLabel('Funding source').fill('Municipal budget');
    await page.getByRole('button', { name: 'Add an indicator' }).click();
    await page.getByLabel('Indicator', { exact: true }).fill('Participants per session');
    await page.getByLabel('Baseline').fill('0');
    await page.getByLabel('Target').fill('12');
    await page.getByLabel('Unit').fill('people');
    await page.getByLabel('Means of verification').fill('Attendance list');
    await page.getByLabel('How the plan is monitored').fill('Quarterly partnership meeting reviews the indicators.');
    await waitSaved(page);
    await expectAccessible();
  });

  it('writes the vision, objectives and summary', async () => {
    await openStep('vision', 'Vision and objectives');
    await page.getByLabel('Vision', { exact: true }).fill('Cēsis welcomes newcomers; the library is their bridge.');
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByLabel('Objective 1', { exact: true }).fill('Every newcomer knows the library');
    await page.getByLabel('Executive summary').fill('A two-year strategy led by the library.');
    await waitSaved(page);
    await expectAccessible();
  });

  it('the review shows every answer and no broken links', async () => {
    await openStep('review', 'Review');
    const todo = page.getByRole('region', { name: 'Still to do' });
    await todo.waitFor();
    // Every thread holds: no recommendation, need or action is left unlinked.
    expect(await todo.getByText(/is not addressed|has no |not linked|does not address/).count()).toBe(0);
    for (const text of [
      'Cēsis Central Library',
      'Conversation practice in Latvian',
      'Language café every Thursday',
      'Every newcomer knows the library',
    ]) {
      expect(await page.getByRole('main').getByText(text).count(), text).toBeGreaterThan(0);
    }
    await expectAccessible();
  });

  it('finds every word again after a reload', async () => {
    await page.goto(`${base}/partnership`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Partnership' }).waitFor();
    expect(await page.getByLabel('Municipality', { exact: true }).inputValue()).toBe('Cēsis');
    expect(await page.getByLabel('Country').inputValue()).toBe('LV');
    expect(await page.getByLabel('The cooperation agreement is signed').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Edit “Cēsis Municipality”' }).click();
    expect(await page.getByLabel('Contact email').inputValue()).toBe('culture@cesis.example.lv');

    await openStep('plan', 'Implementation plan');
    await page.getByRole('button', { name: 'Edit “Language café every Thursday”' }).click();
    expect(await page.getByRole('textbox', { name: 'Budget' }).inputValue()).toBe('1,500');
    // Typed as ISO, stored as ISO, shown as English writes months in the app (day-first British order).
    expect(await page.getByLabel('Start month').inputValue()).toBe('09/2026');
    expect(await page.getByLabel('Target').inputValue()).toBe('12');
    expect(await page.getByLabel('How the plan is monitored').inputValue()).toContain('Quarterly');

    const res = await api(`/api/workspaces/${base.split('/').pop()}`);
    const strategy = await res.json();
    expect(strategy.items.need[0].data).toMatchObject({
      title: 'Conversation practice in Latvian',
      priority: 'high',
      themes: ['library.language'],
    });
    expect(strategy.items.recommendation[0].data.needIds).toEqual([strategy.items.need[0].id]);
    expect(strategy.items.action[0].data).toMatchObject({ startMonth: '2026-09', endMonth: '2027-06' });
    expect(strategy.sections.partnership.data.agreementDate).toBe('2025-03-01');
    expect(strategy.items.action[0].data.indicators[0]).toMatchObject({
      name: 'Participants per session',
      baseline: 0,
      target: 12,
    });
    expect(strategy.sections.diagnosis.data).toMatchObject({
      population: 17000,
      countriesOfOrigin: ['Ukraine'],
      targetGroups: ['temporaryProtection'],
    });
    expect(strategy.sections.vision.data.objectives).toEqual(['Every newcomer knows the library']);
    expect(errors).toEqual([]);
  });
});
