import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  axe,
  formatViolations,
  launchBrowser,
  removeDir,
  sessionOf,
  signInContext,
  snapshot,
  startServer,
  waitSaved,
  watchErrors,
} from './harness';
import type { RunningServer } from './harness';

// Journey 3 of the product brief: a municipal reviewer comments on a recommendation and requests
// changes; the lead answers the comment, the partnership makes the change, the lead submits
// again; the reviewer approves; the lead submits to the coordinator. Three people, three browsers.

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let sampleId = '';

async function personPage(email: string, width = 1280, acceptDownloads = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads });
  contexts.push(context);
  const page = await context.newPage();
  await signInContext(page, server, email);
  return page;
}

async function expectNoViolations(page: Page) {
  const violations = await axe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** Takes a step on the review-and-approval screen, with a comment where one is wanted. */
async function takeStep(page: Page, action: string, comment?: string) {
  await page.goto(`${server.url}/w/${sampleId}/approval`);
  const button = page.getByRole('region', { name: 'Where the strategy stands' }).getByRole('button', { name: action });
  await button.click();
  const dialog = page.getByRole('dialog', { name: action });
  if (comment) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: action }).click();
  await dialog.waitFor({ state: 'detached' });
}

const state = (page: Page) => page.getByRole('region', { name: 'Where the strategy stands' }).getByTestId('state');

beforeAll(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
  const leadApi = apiAs(server, await sessionOf(server, 'lead@example.org'));
  const list = await (await leadApi('/api/workspaces')).json();
  sampleId = list.find((w: { role: string }) => w.role === 'lead').id;
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const [i, c] of contexts.entries())
      for (const p of c.pages()) await snapshot(p, `review-${i}-${ctx.task.name.replace(/\W+/g, '-')}`);
  for (const c of contexts.splice(0)) await c.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

describe('ideas from a workshop', () => {
  it('a partner proposes, others vote live, and the lead turns the idea into an action that remembers it', async () => {
    const lead = await personPage('lead@example.org');
    const partner = await personPage('partner@example.org', 360);
    const reviewer = await personPage('reviewer@example.org');
    const errors = [...watchErrors(lead), ...watchErrors(partner), ...watchErrors(reviewer)];
    await lead.goto(`${server.url}/w/${sampleId}/ideas`);
    await lead.getByRole('heading', { level: 1, name: 'Ideas from workshops' }).waitFor();

    await partner.goto(`${server.url}/w/${sampleId}/ideas`);
    await partner.getByRole('button', { name: 'Propose an idea' }).click();
    await partner.getByLabel(/Title of the idea/).fill('Homework club in the library');
    await partner.getByLabel('Description').fill('Volunteers help pupils twice a week.');
    await partner.getByRole('button', { name: 'Propose the idea' }).click();
    await partner.getByText('The idea is on the board.').waitFor();
    await expectNoViolations(partner);

    // The lead's board shows it, and the reviewer's vote, without a reload.
    const card = lead.getByRole('listitem', { name: 'Homework club in the library' });
    await card.waitFor();
    await reviewer.goto(`${server.url}/w/${sampleId}/ideas`);
    await reviewer
      .getByRole('listitem', { name: 'Homework club in the library' })
      .getByRole('button', { name: 'Vote for this idea' })
      .click();
    await card.getByTestId('votes').getByText('1 vote').waitFor();
    await expectNoViolations(lead);

    await card.getByRole('button', { name: 'Select' }).click();
    await card.getByRole('button', { name: 'Turn into an action' }).click();
    await lead.getByText('The idea is now an action “Homework club in the library”.').waitFor();
    await partner.goto(`${server.url}/w/${sampleId}/plan`);
    await partner.getByText('From the idea of Demo Partner (NGO), 1 vote').waitFor();
    expect(errors).toEqual([]);
  });
});

describe('from draft to submission, with a municipal reviewer', () => {
  it('goes through review, a request for changes answered in a comment, approval and submission', async () => {
    const lead = await personPage('lead@example.org');
    const partner = await personPage('partner@example.org', 360);
    const reviewer = await personPage('reviewer@example.org', 1280, true);
    const errors = [...watchErrors(lead), ...watchErrors(partner), ...watchErrors(reviewer)];

    // The lead submits the draft for municipal review.
    await takeStep(lead, 'Submit for municipal review');
    await expect.poll(() => state(lead).textContent()).toBe('In municipal review');
    await expectNoViolations(lead);

    // The partner (on a phone) sees at once that editing is paused, and why.
    await partner.goto(`${server.url}/w/${sampleId}/recommendations`);
    await partner
      .getByTestId('workflow-banner')
      .getByText(/In municipal review since/)
      .waitFor();
    expect(await partner.getByRole('button', { name: 'Add a recommendation' }).isDisabled()).toBe(true);
    await expectNoViolations(partner);

    // The reviewer comments on a recommendation, mentioning the lead.
    await reviewer.goto(`${server.url}/w/${sampleId}/recommendations`);
    await reviewer.getByRole('link', { name: /^Comment ?: Open weekly language cafés in the library$/ }).click();
    const drawer = reviewer.getByRole('dialog', { name: /^Comments on Recommendation “Open weekly language cafés/ });
    await drawer.getByRole('textbox', { name: 'Your comment' }).fill('Who leads the cafés? @Demo Lead (library)');
    await drawer.getByRole('button', { name: 'Post comment' }).click();
    await drawer.getByText('Who leads the cafés?', { exact: false }).waitFor();
    await expectNoViolations(reviewer);
    // …and requests changes, saying what to change.
    await takeStep(reviewer, 'Request changes', 'Name the partner who leads each recommendation.');
    await expect.poll(() => state(reviewer).textContent()).toBe('Changes requested');
    await expectNoViolations(reviewer);

    // Back at the list of workspaces, the lead hears what happened meanwhile.
    await lead.goto(`${server.url}/`);
    const away = lead.getByRole('region', { name: /While you were away/ });
    await away.getByRole('link', { name: 'Demo Reviewer (municipality): Request changes' }).waitFor();
    await away
      .getByRole('link', {
        name: 'Demo Reviewer (municipality) mentioned you in a discussion of the step “Recommendations”',
      })
      .waitFor();
    await expectNoViolations(lead);
    // The lead sees the request on every screen, and the comment that mentions them.
    await lead.goto(`${server.url}/w/${sampleId}/comments?show=mentionsMe`);
    await lead.getByText('Who leads the cafés?', { exact: false }).waitFor();
    await expectNoViolations(lead);
    await lead.getByRole('link', { name: /^Go to Recommendation “Open weekly language cafés/ }).click();
    await lead
      .getByTestId('workflow-banner')
      .getByText(/Name the partner who leads each recommendation\./)
      .waitFor();
    const leadDrawer = lead.getByRole('dialog', { name: /^Comments on Recommendation/ });
    await leadDrawer.getByRole('button', { name: 'Reply' }).click();
    await leadDrawer.getByRole('textbox', { name: 'Your reply' }).fill('The library leads them, with the NGO.');
    await leadDrawer.getByRole('button', { name: 'Post reply' }).click();
    await leadDrawer.getByText('The library leads them, with the NGO.').waitFor();
    // The reviewer reads the answer; a second partner, from the municipality, adds to the thread
    // from their own browser, and the reviewer sees it arrive without a reload.
    await reviewer.goto(`${server.url}/w/${sampleId}/comments`);
    await reviewer.getByText('The library leads them, with the NGO.').waitFor();
    const partner2 = await personPage('partner2@example.org');
    errors.push(...watchErrors(partner2));
    await partner2.goto(`${server.url}/w/${sampleId}/comments`);
    const thread = partner2.getByRole('article', { name: /^Thread started by Demo Reviewer/ });
    await thread.getByText('The library leads them, with the NGO.').waitFor();
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByRole('textbox', { name: 'Your reply' }).fill('The youth centre can host them on Saturdays.');
    await thread.getByRole('button', { name: 'Post reply' }).click();
    await thread.getByText('The youth centre can host them on Saturdays.').waitFor();
    await reviewer.getByText('The youth centre can host them on Saturdays.').waitFor();

    // The partner, open for editing again, makes the change.
    await partner
      .getByTestId('workflow-banner')
      .getByText(/Changes requested by Demo Reviewer/)
      .waitFor();
    await partner.getByRole('button', { name: 'Edit “Open weekly language cafés in the library”' }).click();
    const description = partner.getByLabel('Explanation', { exact: true }).first();
    await description.fill('Led by the central library, with the volunteers of the NGO.');
    await waitSaved(partner);

    // Submitted again, approved, and sent to the coordinator.
    await takeStep(lead, 'Submit for municipal review');
    // The reviewer sees at once what changed since they asked, and takes it to the council as a redline.
    await reviewer.goto(`${server.url}/w/${sampleId}/approval`);
    await reviewer.getByRole('link', { name: 'See what changed since changes were requested' }).click();
    await reviewer.getByRole('heading', { level: 1, name: 'Compare versions' }).waitFor();
    const changed = reviewer.getByRole('article', {
      name: 'Recommendation: Open weekly language cafés in the library',
    });
    await changed.getByRole('insertion').first().waitFor();
    // The partner rewrote the explanation: the new text is marked inserted, the old deleted.
    expect(await changed.getByRole('insertion').allTextContents()).toEqual([
      '[inserted: Led by the central library, with the volunteers of the NGO.]',
    ]);
    await expectNoViolations(reviewer);
    const [download] = await Promise.all([
      reviewer.waitForEvent('download'),
      reviewer.getByRole('button', { name: 'Download the changes as a Word document with tracked changes' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^strategy-valmiera-changes-v2-v3-en\.docx$/);
    const zip = await JSZip.loadAsync(await readFile((await download.path()) as string));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:ins [^>]*w:author="Demo Lead \(library\)"[^>]*>\s*<w:r>[\s\S]*?Led by the central library/);
    await takeStep(reviewer, 'Approve for the municipality');
    await expect.poll(() => state(reviewer).textContent()).toBe('Approved by the municipality');
    await takeStep(lead, 'Submit to the programme coordinator');
    await expect.poll(() => state(lead).textContent()).toBe('Submitted to the coordinator');
    const history = lead.getByRole('region', { name: 'What happened' });
    for (const line of [
      'Demo Lead (library): Submit to the programme coordinator',
      'Demo Reviewer (municipality): Approve for the municipality',
      'Demo Reviewer (municipality): Request changes',
    ]) {
      await history.getByText(line).waitFor();
    }
    await history.getByText('Name the partner who leads each recommendation.').waitFor();
    expect(await lead.getByRole('region', { name: 'Versions' }).getByRole('row').count()).toBe(1 + 5);
    await expectNoViolations(lead);
    // The first version, as it was sent, read-only.
    await lead.getByRole('link', { name: /^Open \(version 1\)$/ }).click();
    await lead.getByRole('heading', { level: 1, name: /^Version 1: Submit for municipal review/ }).waitFor();
    await lead.getByRole('article', { name: 'Recommendation: Open weekly language cafés in the library' }).waitFor();
    await expectNoViolations(lead);
    expect(errors).toEqual([]);
  });
});
