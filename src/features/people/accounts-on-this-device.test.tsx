import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, EMPTY_FINDING } from '@/domain';
import type { SessionInfo, SessionUser } from '@/domain';
import { queryClient } from '@/lib/query-client';
import { mockStore, server } from '../../../mocks/node';
import { DEMO_USER } from '../../../mocks/store';
import { renderApp, SCREEN_TIMEOUT } from '../../../tests/utils/render';
import { SAVE_TIMEOUT, saveStatus, waitUntilAllSaved } from '../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../tests/utils/workspace';

// One browser, several people: a library's shared computer. What a person typed and could
// not send waits on the device under their own name. It is saved when that same person
// signs in again, and it is never shown to, nor sent under the session of, anyone else.
//
// These tests render the app with the page's own query client, as src/app/app.tsx does:
// signing in and out (src/lib/session.ts) keeps the session there.

const NEED = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const OTHER_NEED = '7a2e3b4c-5d6e-4f70-9b0c-1d2e3f4a5b6c';

/** The second person: a partner who leads the same workspace. */
const PARTNER: SessionUser = {
  ...DEMO_USER,
  id: '00000000-0000-4000-8000-0000000000b2',
  email: 'partner@example.org',
  name: 'Partner (adult education centre)',
  demo: false,
};
const PARTNER_PASSWORD = 'partner-password-2026';

/** Where a person's unsent edits of a workspace wait on this device (device-storage.ts). */
const outboxOf = (userId: string, workspaceId: string) => `libri.outbox.v2.${userId}.${workspaceId}`;
const keptOn = (userId: string, workspaceId: string): unknown[] =>
  JSON.parse(localStorage.getItem(outboxOf(userId, workspaceId)) ?? '[]') as unknown[];

const ITEM = '/api/workspaces/:id/items/:kind/:itemId';
const ITEMS = '/api/workspaces/:id/items/:kind';
const SECTION = '/api/workspaces/:id/sections/:key';

function givenNeeds() {
  return givenWorkspace({
    ops: [
      { type: 'createItem', kind: 'need', id: NEED, data: { ...EMPTY_FINDING, title: 'Childcare' } },
      { type: 'createItem', kind: 'need', id: OTHER_NEED, data: { ...EMPTY_FINDING, title: 'Evening courses' } },
    ],
  });
}

const titleOf = (workspaceId: string, id: string) =>
  stored(workspaceId).items.need.find((n) => n.id === id)?.data.title;

/** Opens a need's form and types at the end of its title. */
async function typeInTitle(user: UserEvent, name: string, text: string) {
  await user.click(screen.getByRole('button', { name: `Edit “${name}”` }));
  const title = await screen.findByDisplayValue(name, undefined, SCREEN_TIMEOUT);
  expect(title).toHaveAccessibleName('Title');
  await user.type(title, text, { initialSelectionStart: name.length, initialSelectionEnd: name.length });
  return title;
}

/** The sign-in form, filled and sent as a person does. */
async function signInThroughForm(user: UserEvent, email: string, password: string) {
  const form = screen.getByRole('form', { name: 'Sign in' });
  await user.type(within(form).getByRole('textbox', { name: 'E-mail address' }), email);
  await user.type(within(form).getByLabelText('Password'), password);
  await user.click(within(form).getByRole('button', { name: 'Sign in' }));
}

/** From the list of workspaces to the workspace's needs, by its links. */
async function openNeeds(user: UserEvent, waitForScreen: (heading?: string) => Promise<unknown>) {
  await user.click(await screen.findByRole('link', { name: 'Test town strategy' }, SCREEN_TIMEOUT));
  await waitForScreen('Test town strategy: overview');
  const steps = screen.getByRole('navigation', { name: 'Steps of the strategy' });
  await user.click(within(steps).getByRole('link', { name: /Needs/ }));
  await waitForScreen('Needs');
}

/** The header's "Sign out" button is gone once the page has forgotten its person. */
async function waitUntilSignedOut() {
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument());
}

/**
 * Lets person B (PARTNER, a lead of the workspace) sign in on this page, and sign out
 * again. While B is signed in, the mock server stores what the page sends.
 */
function partnerCanSignIn(workspaceId: string) {
  let partnerSignedIn = false;
  const partnerSession = (): SessionInfo => ({
    ...mockStore.current.session(),
    user: PARTNER,
    memberships: { [workspaceId]: 'lead' },
  });
  server.use(
    // While B is not signed in, the mock server answers (401: nobody is).
    http.get('/api/auth/session', () => (partnerSignedIn ? HttpResponse.json(partnerSession()) : undefined)),
    http.post('/api/auth/sign-in', async ({ request }) => {
      const { email, password } = (await request.json()) as { email: string; password: string };
      if (email !== PARTNER.email || password !== PARTNER_PASSWORD) return undefined;
      partnerSignedIn = true;
      mockStore.current.signedIn = true;
      return HttpResponse.json(partnerSession());
    }),
    http.post('/api/auth/sign-out', () => {
      partnerSignedIn = false;
      mockStore.current.signedIn = false;
      return new HttpResponse(null, { status: 204 });
    }),
  );
}

type Write = { method: string; url: string; body: Promise<string>; while: string };

/** Every write the page sends, with who was signed in on the page when it left. */
function recordWrites() {
  const writes: Write[] = [];
  let phase = 'start';
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'GET') return;
    writes.push({ method: request.method, url: request.url, body: request.clone().text(), while: phase });
  };
  server.events.on('request:start', listener);
  return {
    writes,
    phase: (name: string) => {
      phase = name;
    },
    stop: () => server.events.removeListener('request:start', listener),
    /** The bodies of the writes sent while `name` was the phase. */
    bodiesDuring: async (name: string) =>
      Promise.all(writes.filter((w) => w.while === name).map(async (w) => `${w.method} ${w.url} ${await w.body}`)),
  };
}

beforeEach(() => {
  queryClient.clear();
});

afterEach(() => {
  queryClient.clear();
});

describe('Accounts on this device', () => {
  it('idle expiry: an edit typed after the session ended stays on this device and is saved after signing in again', async () => {
    const ws = givenNeeds();
    const { user, router, waitForScreen } = await renderApp(`/w/${ws.id}/needs`, { queryClient });
    expect(screen.getByRole('heading', { level: 1, name: 'Needs' })).toBeInTheDocument();

    // The gate asks the server again when a save is refused; its answer waits until the
    // test has looked at what the person sees before being sent to sign in.
    let sessionAsked = false;
    let answerSession = () => {};
    const held = new Promise<void>((resolve) => (answerSession = resolve));
    server.use(
      http.get('/api/auth/session', async () => {
        sessionAsked = true;
        await held;
        // Nothing returned: the mock server answers, 401 while the session is over.
      }),
    );

    // The session ends on the server (30 minutes without activity) while the page is open.
    mockStore.current.signedIn = false;
    await typeInTitle(user, 'Childcare', ' during courses');

    await waitFor(() => expect(saveStatus()).toHaveAttribute('data-status', 'signedOut'), SAVE_TIMEOUT);
    expect(saveStatus()).toHaveTextContent('Signed out: 1 change kept on this device, saved when you sign in again');
    expect(keptOn(DEMO_USER.id, ws.id)).toEqual([
      expect.objectContaining({
        type: 'updateItem',
        kind: 'need',
        id: NEED,
        data: expect.objectContaining({ title: 'Childcare during courses' }),
      }),
    ]);
    expect(titleOf(ws.id, NEED)).toBe('Childcare');

    // The gate asked who is signed in; nobody is: to the sign-in page, with the way back.
    await waitFor(() => expect(sessionAsked).toBe(true));
    answerSession();
    await waitForScreen('Sign in');
    expect(router.state.location.pathname).toBe('/sign-in');
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('next')).toBe(`/w/${ws.id}/needs`);
    expect(params.get('reason')).toBe('expired');
    expect(screen.getByText(/^Your session ended after 30 minutes without activity/)).toBeInTheDocument();
    // Still only on this device, and still the same person's.
    expect(keptOn(DEMO_USER.id, ws.id)).toHaveLength(1);
    expect(titleOf(ws.id, NEED)).toBe('Childcare');

    await signInThroughForm(user, DEMO_USER.email, DEMO_PASSWORD);

    await waitForScreen('Needs');
    expect(router.state.location.pathname).toBe(`/w/${ws.id}/needs`);
    await waitFor(() => expect(titleOf(ws.id, NEED)).toBe('Childcare during courses'), SAVE_TIMEOUT);
    await waitUntilAllSaved();
    expect(saveStatus()).toHaveAttribute('data-status', 'saved');
    expect(localStorage.getItem(outboxOf(DEMO_USER.id, ws.id))).toBeNull();
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Edit “Childcare during courses”' })).toBeInTheDocument(),
      SCREEN_TIMEOUT,
    );
  });

  it('two people on one browser keep their unsent edits apart', async () => {
    const ws = givenNeeds();
    const record = recordWrites();
    try {
      // Person A, the lead, types while the server answers every save with 503.
      record.phase('A');
      const unavailable = () => new HttpResponse(null, { status: 503, statusText: 'Service Unavailable' });
      server.use(http.put(ITEM, unavailable), http.post(ITEMS, unavailable), http.put(SECTION, unavailable));
      const { user, router, waitForScreen } = await renderApp(`/w/${ws.id}/needs`, { queryClient });
      await typeInTitle(user, 'Childcare', ' during courses');
      await waitFor(() => expect(saveStatus()).toHaveAttribute('data-status', 'retrying'), SAVE_TIMEOUT);
      expect(keptOn(DEMO_USER.id, ws.id)).toEqual([
        expect.objectContaining({ id: NEED, data: expect.objectContaining({ title: 'Childcare during courses' }) }),
      ]);

      // A signs out; the edit cannot be sent, so A chooses to keep it on this device.
      await user.click(screen.getByRole('button', { name: 'Sign out' }));
      const dialog = await screen.findByRole('dialog', { name: 'Changes not saved yet' }, SCREEN_TIMEOUT);
      expect(dialog).toHaveTextContent(/1 change could not be sent/);
      await user.click(within(dialog).getByRole('button', { name: 'Sign out and keep them on this device' }));
      await waitForScreen('Sign in');
      expect(screen.getByText('You have signed out.')).toBeInTheDocument();
      await waitUntilSignedOut();
      expect(titleOf(ws.id, NEED)).toBe('Childcare');
      expect(keptOn(DEMO_USER.id, ws.id)).toHaveLength(1);

      // Person B signs in on the same page. The server is back: whatever the page sent now would be stored.
      record.phase('B');
      server.resetHandlers();
      partnerCanSignIn(ws.id);
      await signInThroughForm(user, PARTNER.email, PARTNER_PASSWORD);
      await waitForScreen();
      expect(router.state.location.pathname).toBe('/');
      await waitFor(
        () => expect(screen.getByRole('link', { name: /Partner \(adult education centre\)/ })).toBeInTheDocument(),
        SCREEN_TIMEOUT,
      );

      await openNeeds(user, waitForScreen);
      // B sees what the server holds, not A's unsent text.
      expect(screen.getByRole('button', { name: 'Edit “Childcare”' })).toBeInTheDocument();
      expect(screen.queryByText(/during courses/)).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Edit “Childcare”' }));
      expect(await screen.findByRole('textbox', { name: 'Title' }, SCREEN_TIMEOUT)).toHaveValue('Childcare');
      expect(screen.queryByDisplayValue(/during courses/)).not.toBeInTheDocument();
      expect(saveStatus()).toHaveAttribute('data-status', 'saved');
      await user.click(screen.getByRole('button', { name: 'Close “Childcare”' }));

      // B's own edit is saved under B's session: the page does send while B is signed in.
      await typeInTitle(user, 'Evening courses', ' for adults');
      await waitFor(() => expect(titleOf(ws.id, OTHER_NEED)).toBe('Evening courses for adults'), SAVE_TIMEOUT);
      await waitUntilAllSaved();

      const sentWhileB = await record.bodiesDuring('B');
      expect(sentWhileB.some((w) => w.includes('Evening courses for adults'))).toBe(true);
      expect(sentWhileB.filter((w) => w.includes('during courses') || w.includes(NEED))).toEqual([]);
      expect(titleOf(ws.id, NEED)).toBe('Childcare');
      expect(keptOn(DEMO_USER.id, ws.id)).toEqual([
        expect.objectContaining({ id: NEED, data: expect.objectContaining({ title: 'Childcare during courses' }) }),
      ]);
      expect(localStorage.getItem(outboxOf(PARTNER.id, ws.id))).toBeNull();

      // B signs out (nothing waits), and A signs in again and opens the workspace.
      await user.click(screen.getByRole('button', { name: 'Sign out' }));
      await waitForScreen('Sign in');
      await waitUntilSignedOut();
      expect(await record.bodiesDuring('B')).not.toContainEqual(expect.stringContaining('during courses'));

      record.phase('A again');
      server.resetHandlers();
      await signInThroughForm(user, DEMO_USER.email, DEMO_PASSWORD);
      await waitForScreen();
      expect(router.state.location.pathname).toBe('/');
      await openNeeds(user, waitForScreen);

      await waitFor(() => expect(titleOf(ws.id, NEED)).toBe('Childcare during courses'), SAVE_TIMEOUT);
      await waitUntilAllSaved();
      expect(titleOf(ws.id, OTHER_NEED)).toBe('Evening courses for adults');
      expect(localStorage.getItem(outboxOf(DEMO_USER.id, ws.id))).toBeNull();
      await waitFor(
        () => expect(screen.getByRole('button', { name: 'Edit “Childcare during courses”' })).toBeInTheDocument(),
        SCREEN_TIMEOUT,
      );
      expect((await record.bodiesDuring('A again')).filter((w) => w.includes('Childcare during courses'))).toHaveLength(
        1,
      );
    } finally {
      record.stop();
    }
  });

  it('an edit on its way when its person signs out is not followed by their other edits under the next person', async () => {
    const ws = givenNeeds();
    const record = recordWrites();
    try {
      // A's first save gets no answer for a long while (a failing connection); the page keeps it in flight.
      record.phase('A');
      let firstSent = false;
      let answerFirst = () => {};
      const answered = new Promise<void>((resolve) => (answerFirst = resolve));
      server.use(
        http.put(
          ITEM,
          async () => {
            firstSent = true;
            await answered;
            // Nothing returned: the mock server stores it, as a server that was only slow.
          },
          { once: true },
        ),
      );
      const { user, router, waitForScreen } = await renderApp(`/w/${ws.id}/needs`, { queryClient });
      await typeInTitle(user, 'Childcare', ' during courses');
      await waitFor(() => expect(firstSent).toBe(true), SAVE_TIMEOUT);
      // A second edit waits behind the first.
      await typeInTitle(user, 'Evening courses', ' for adults');
      await waitFor(() => expect(keptOn(DEMO_USER.id, ws.id)).toHaveLength(2));

      await user.click(screen.getByRole('button', { name: 'Sign out' }));
      const dialog = await screen.findByRole('dialog', { name: 'Changes not saved yet' }, SCREEN_TIMEOUT);
      expect(dialog).toHaveTextContent(/2 changes could not be sent/);
      await user.click(within(dialog).getByRole('button', { name: 'Sign out and keep them on this device' }));
      await waitForScreen('Sign in');
      await waitUntilSignedOut();

      // B signs in; then the server finally answers A's first save.
      record.phase('B');
      partnerCanSignIn(ws.id);
      await signInThroughForm(user, PARTNER.email, PARTNER_PASSWORD);
      await waitForScreen();
      expect(router.state.location.pathname).toBe('/');
      answerFirst();
      await waitFor(() => expect(titleOf(ws.id, NEED)).toBe('Childcare during courses'), SAVE_TIMEOUT);

      // B works in the workspace and saves; A's second edit is not sent meanwhile, nor shown.
      await openNeeds(user, waitForScreen);
      expect(screen.getByRole('button', { name: 'Edit “Evening courses”' })).toBeInTheDocument();
      await typeInTitle(user, 'Childcare during courses', ' and exams');
      await waitFor(() => expect(titleOf(ws.id, NEED)).toBe('Childcare during courses and exams'), SAVE_TIMEOUT);
      await waitUntilAllSaved();
      const sentWhileB = await record.bodiesDuring('B');
      expect(sentWhileB.some((w) => w.includes('Childcare during courses and exams'))).toBe(true);
      expect(sentWhileB.filter((w) => w.includes('for adults') || w.includes(OTHER_NEED))).toEqual([]);
      expect(titleOf(ws.id, OTHER_NEED)).toBe('Evening courses');
      expect(keptOn(DEMO_USER.id, ws.id)).toEqual([
        expect.objectContaining({
          id: OTHER_NEED,
          data: expect.objectContaining({ title: 'Evening courses for adults' }),
        }),
      ]);
      expect(localStorage.getItem(outboxOf(PARTNER.id, ws.id))).toBeNull();

      // A's second edit is saved when A is back.
      await user.click(screen.getByRole('button', { name: 'Sign out' }));
      await waitForScreen('Sign in');
      await waitUntilSignedOut();
      record.phase('A again');
      server.resetHandlers();
      await signInThroughForm(user, DEMO_USER.email, DEMO_PASSWORD);
      await waitForScreen();
      await openNeeds(user, waitForScreen);
      await waitFor(() => expect(titleOf(ws.id, OTHER_NEED)).toBe('Evening courses for adults'), SAVE_TIMEOUT);
      await waitUntilAllSaved();
      expect(localStorage.getItem(outboxOf(DEMO_USER.id, ws.id))).toBeNull();
    } finally {
      record.stop();
    }
  });
});
