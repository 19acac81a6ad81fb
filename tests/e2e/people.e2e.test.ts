import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  axe,
  formatViolations,
  launchBrowser,
  removeDir,
  sessionOf,
  signInThroughPage,
  snapshot,
  startServer,
  waitSaved,
  watchErrors,
} from './harness';
import type { RunningServer } from './harness';
import { hotp, stepAt } from '../../server/auth/totp';

// Journey 2's beginning, as people do it: the lead invites a partner by a link, the partner
// makes an account there and writes; the lead sees it; a lead of another town sees nothing.

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let sampleId = '';
let link = '';

async function personPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function expectAccessible(page: Page, where: string) {
  const violations = await axe(page);
  expect(violations, `${where}\n${formatViolations(violations)}`).toEqual([]);
}

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
  const list = await (await apiAs(server, await sessionOf(server))('/api/workspaces')).json();
  sampleId = list.find((w: { role: string }) => w.role === 'lead').id;
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const [i, c] of contexts.entries())
      for (const p of c.pages()) await snapshot(p, `people-${i}-${ctx.task.name.replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

describe('a partnership gets to work', () => {
  let lead: Page;
  let partner: Page;

  it('the lead makes an invitation link for a contributor', async () => {
    lead = await personPage();
    const errors = watchErrors(lead);
    await signInThroughPage(lead, server, 'lead@example.org');
    await lead.goto(`${server.url}/w/${sampleId}/members`);
    await lead.getByRole('heading', { level: 1, name: /Members of Valmiera/ }).waitFor();
    await expect.poll(() => lead.getByRole('row').count()).toBeGreaterThan(3);
    await expectAccessible(lead, 'members');
    await lead.getByLabel('Role of the person you invite').selectOption('contributor');
    await lead.getByRole('button', { name: 'Make an invitation link' }).click();
    link = await lead.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{43}$`));
    await lead.getByText(/Open until/).waitFor();
    await expectAccessible(lead, 'members with an invitation');
    expect(errors).toEqual([]);
  });

  it('a new partner opens the link, creates an account, joins and adds a need', async () => {
    partner = await personPage();
    const errors = watchErrors(partner);
    await partner.goto(link);
    await partner.getByRole('heading', { level: 1, name: /Invitation to Valmiera/ }).waitFor();
    await expectAccessible(partner, 'invitation');
    // A password that is too short is refused at the field, in words.
    await partner.getByLabel('Your name').fill('Anna Bērziņa (Valmiera NGO)');
    await partner.getByLabel('E-mail address').fill('anna@ngo.example.lv');
    await partner.getByLabel('Password', { exact: true }).fill('short');
    await partner.getByRole('button', { name: 'Create the account and join' }).click();
    await partner
      .getByRole('alert')
      .getByText(/Use at least 12 characters/)
      .waitFor();
    await partner.getByLabel('Password', { exact: true }).fill('river lantern orchard 42');
    await partner.getByRole('button', { name: 'Create the account and join' }).click();
    await partner.waitForURL(new RegExp(`/w/${sampleId}$`));
    await partner.goto(`${server.url}/w/${sampleId}/needs`);
    await partner.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    await partner.getByRole('button', { name: 'Add a need' }).click();
    await partner.getByLabel('Title', { exact: true }).last().fill('Added by the new partner');
    await waitSaved(partner);
    expect(errors).toEqual([]);
  });

  it('the lead sees the new need after a reload, and the partner among the members', async () => {
    await lead.goto(`${server.url}/w/${sampleId}/needs`);
    await lead.getByRole('heading', { level: 3, name: /Added by the new partner/ }).waitFor();
    await lead.goto(`${server.url}/w/${sampleId}/members`);
    await lead.getByRole('rowheader', { name: /Anna Bērziņa/ }).waitFor();
    await lead.getByText(/Used by Anna Bērziņa/).waitFor();
  });

  it('the same link does not work twice', async () => {
    const someone = await personPage();
    await someone.goto(link);
    await someone.getByText('This invitation has already been used. Ask the lead for a new link.').waitFor();
    await expectAccessible(someone, 'used invitation');
  });

  it('the lead of another town finds nothing at this workspace’s address', async () => {
    const other = await personPage();
    await signInThroughPage(other, server, 'other-lead@example.org');
    await other.getByRole('heading', { level: 1, name: 'Your strategy workspaces' }).waitFor();
    await expect.poll(() => other.getByRole('link', { name: /Cēsis/ }).count()).toBe(1);
    expect(await other.getByRole('link', { name: /Valmiera/ }).count()).toBe(0);
    await other.goto(`${server.url}/w/${sampleId}/needs`);
    await other.getByText('This workspace does not exist or was deleted.').waitFor();
    const token = await sessionOf(server, 'other-lead@example.org');
    expect((await apiAs(server, token)(`/api/workspaces/${sampleId}`)).status).toBe(404);
  });

  it('the municipal reviewer reads the strategy but cannot change it', async () => {
    const reviewer = await personPage();
    await signInThroughPage(reviewer, server, 'reviewer@example.org');
    await reviewer.goto(`${server.url}/w/${sampleId}/needs`);
    await reviewer.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    await reviewer.getByText('You can read this strategy but not change it').waitFor();
    expect(await reviewer.getByRole('button', { name: 'Add a need' }).isDisabled()).toBe(true);
    await expectAccessible(reviewer, 'read-only step');
    // What is still to do, with links that show each item instead of adding one.
    await reviewer.goto(`${server.url}/w/${sampleId}/review`);
    const todo = reviewer.getByRole('region', { name: 'Still to do' });
    await todo.waitFor();
    expect(await todo.getByRole('link', { name: /^Add an action/ }).count()).toBe(0);
    await todo.getByRole('link', { name: 'Show: Make the library the first information point' }).click();
    await reviewer.waitForURL(/\/recommendations\?item=/);
    await reviewer
      .getByRole('heading', { name: /Make the library the first information point/ })
      .first()
      .waitFor();
  });

  it('signing out ends the session: the address asks for a sign-in again', async () => {
    await lead.getByRole('button', { name: 'Sign out' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await lead.getByText('You have signed out.').waitFor();
    await lead.goto(`${server.url}/w/${sampleId}/needs`);
    await lead.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(lead.url()).toContain(`next=${encodeURIComponent(`/w/${sampleId}/needs`)}`);
  });
});

describe('the administrator and two-step sign-in', () => {
  let admin: Page;

  it('the administrator creates an account and the new person sets a password by the link', async () => {
    admin = await personPage();
    const errors = watchErrors(admin);
    await signInThroughPage(admin, server, 'admin@example.org');
    await admin.getByRole('link', { name: 'Administration' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await admin.getByRole('rowheader', { name: /Demo Lead \(library\)/ }).waitFor();
    await expectAccessible(admin, 'administration');
    await admin.getByLabel('Name', { exact: true }).fill('Jānis Ozols');
    await admin.getByLabel('E-mail', { exact: true }).fill('janis@valmiera.example.lv');
    await admin.getByRole('button', { name: 'Create the account' }).click();
    const link = await admin.getByTestId('reset-link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/reset/[A-Za-z0-9_-]{43}$`));

    const janis = await personPage();
    await janis.goto(link);
    await janis.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    await expectAccessible(janis, 'password link');
    await janis.getByLabel('New password').fill('birch meadow lantern 7');
    await janis.getByRole('button', { name: 'Set the password and sign in' }).click();
    await janis.getByRole('heading', { level: 1, name: 'Your strategy workspaces' }).waitFor();
    // The link worked once.
    const again = await personPage();
    await again.goto(link);
    await again.getByText('This link has already been used. Ask your administrator for a new one.').waitFor();
    expect(errors).toEqual([]);
  });

  it('a partner turns on two-step sign-in; the next sign-in asks for the app’s code', async () => {
    const partner = await personPage();
    await signInThroughPage(partner, server, 'partner@example.org');
    await partner.goto(`${server.url}/account`);
    await partner.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await partner.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    const key = (await partner.getByTestId('two-step-key').textContent())?.replace(/\s/g, '') ?? '';
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await partner.getByRole('img', { name: 'QR code to scan with an authenticator app' }).waitFor();
    await expectAccessible(partner, 'two-step setup');
    await partner.getByLabel('Code', { exact: true }).fill(hotp(key, stepAt(Date.now())));
    await partner.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    // Shown once the server has taken the code: wait for the list, then read it.
    await partner.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    const codes = await partner.getByTestId('recovery-codes').locator('li').allTextContents();
    expect(codes).toHaveLength(10);
    await partner.getByRole('button', { name: /I have saved them/ }).click();
    await partner.getByText('On: signing in asks for a code from your authenticator app.').waitFor();

    const later = await personPage();
    await signInStart(later, 'partner@example.org');
    await later.getByRole('heading', { name: 'Enter the code from your authenticator app' }).waitFor();
    await expectAccessible(later, 'second step');
    await later.getByLabel('Code', { exact: true }).fill(codes[0] as string);
    await later.getByRole('button', { name: 'Continue' }).click();
    await later.getByRole('heading', { level: 1, name: 'Your strategy workspaces' }).waitFor();
  });
});

/** Only the first step of signing in: e-mail and password. */
async function signInStart(page: Page, email: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('libri-demo-2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
