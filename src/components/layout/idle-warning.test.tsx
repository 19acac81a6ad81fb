import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS, SESSION_WARNING_MS } from '@/domain';
import type { SessionInfo } from '@/domain';
import { formatTime } from '@/lib/format';
import { queryClient } from '@/lib/query-client';
import { mockStore, server } from '../../../mocks/node';
import auth from '../../../locales/en/auth.json';
import { renderApp } from '../../../tests/utils/render';

// Sessions end after 30 minutes without activity; two minutes before, a warning says when
// and offers to stay signed in (idle-warning.tsx, shown by the session gate). Instead of
// fake timers, the server's session here ends a little over two minutes from now (or a
// couple of seconds), so the warning and the end come within seconds of real time.
//
// The app is rendered with the page's own query client, as src/app/app.tsx does: "Stay
// signed in" (keepAlive in src/lib/session.ts) puts the renewed session there.

/** How long to wait for what comes on a timer a few seconds away (plus a busy machine). */
const TIMER_TIMEOUT = { timeout: 15_000 };

/** The mock store's session, ending (for want of activity) at `idleEnds`. */
const sessionEndingAt = (idleEnds: number): SessionInfo => ({
  ...mockStore.current.session(),
  idleExpiresAt: new Date(idleEnds).toISOString(),
});

/** GET /api/auth/session answers a session ending at `idleEnds`; after that, when `endsThen`, 401. */
function givenSessionEndingAt(idleEnds: number, { endsThen = false } = {}) {
  const session = sessionEndingAt(idleEnds);
  server.use(
    http.get('/api/auth/session', () =>
      endsThen && Date.now() >= idleEnds
        ? HttpResponse.json({ error: { code: 'unauthenticated', message: 'Sign in to continue' } }, { status: 401 })
        : HttpResponse.json(session),
    ),
  );
  return session;
}

/** POST /api/auth/keep-alive answers a session renewed for 30 minutes; `calls` counts the requests. */
function givenKeepAlive() {
  const keepAlive = { calls: 0, renewedUntil: 0 };
  server.use(
    http.post('/api/auth/keep-alive', () => {
      keepAlive.calls += 1;
      keepAlive.renewedUntil = Date.now() + SESSION_IDLE_MS;
      return HttpResponse.json(sessionEndingAt(keepAlive.renewedUntil));
    }),
  );
  return keepAlive;
}

const warningText = (ends: number) => auth.idle.text.replace('{{time}}', formatTime(ends, 'en'));

beforeEach(() => {
  queryClient.clear();
});

afterEach(() => {
  queryClient.clear();
});

describe('Idle warning', () => {
  it('warns two minutes before the session ends, with the time, and moves focus to Stay signed in', async () => {
    const ends = Date.now() + SESSION_WARNING_MS + 1500;
    givenSessionEndingAt(ends);
    givenKeepAlive();
    await renderApp('/', { queryClient });

    const warning = await screen.findByRole('alertdialog', { name: auth.idle.title }, TIMER_TIMEOUT);
    // Not before the two minutes before the end.
    expect(Date.now()).toBeGreaterThanOrEqual(ends - SESSION_WARNING_MS);
    expect(warningText(ends)).toContain(formatTime(ends, 'en'));
    expect(warning).toHaveTextContent(warningText(ends));
    // Described by the warning sentence alone, not by the whole box with its button.
    expect(warning).toHaveAccessibleDescription(warningText(ends));
    const stay = within(warning).getByRole('button', { name: auth.idle.stay });
    await waitFor(() => expect(stay).toHaveFocus());
  });

  it('staying signed in asks the server and takes the warning away', async () => {
    const ends = Date.now() + SESSION_WARNING_MS + 1000;
    givenSessionEndingAt(ends);
    const keepAlive = givenKeepAlive();
    const { user, router } = await renderApp('/', { queryClient });

    const warning = await screen.findByRole('alertdialog', { name: auth.idle.title }, TIMER_TIMEOUT);
    expect(keepAlive.calls).toBe(0);
    await user.click(within(warning).getByRole('button', { name: auth.idle.stay }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(keepAlive.calls).toBe(1);
    expect(screen.getByText(auth.idle.stayed).closest('[role="status"]')).toBeInTheDocument();
    // The page now knows the session the server renewed, so no warning is on its way.
    expect(queryClient.getQueryData<SessionInfo>(['session'])?.idleExpiresAt).toBe(
      new Date(keepAlive.renewedUntil).toISOString(),
    );
    expect(router.state.location.pathname).toBe('/');
  });

  it('a warning on screen stays put while the person goes to another page', async () => {
    const ends = Date.now() + SESSION_WARNING_MS + 1000;
    givenSessionEndingAt(ends);
    givenKeepAlive();
    const { user, waitForScreen } = await renderApp('/', { queryClient });

    const warning = await screen.findByRole('alertdialog', { name: auth.idle.title }, TIMER_TIMEOUT);
    await user.click(screen.getByRole('link', { name: /Your account and sessions/ }));
    const heading = await waitForScreen(auth.account.title);

    // The same warning, not one taken down and shown again, taking focus from the new page.
    expect(screen.getByRole('alertdialog', { name: auth.idle.title })).toBe(warning);
    expect(heading).toHaveFocus();
  });

  it('a session that ends anyway sends the person to sign in, saying why', async () => {
    const ends = Date.now() + 2000;
    givenSessionEndingAt(ends, { endsThen: true });
    const keepAlive = givenKeepAlive();
    const { router, waitForScreen } = await renderApp('/', { queryClient });

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'), TIMER_TIMEOUT);
    await waitForScreen(auth.signIn.title);
    expect(Date.now()).toBeGreaterThanOrEqual(ends);
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('reason')).toBe('expired');
    expect(params.get('next')).toBe('/');
    expect(screen.getByText(auth.signIn.sessionEnded).closest('[role="status"]')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    // Nobody asked to stay: the page did not keep the session alive by itself.
    expect(keepAlive.calls).toBe(0);
  }, 30_000);
});
