import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '@/app/router';
import { cssVariablesResolver, theme } from '@/app/theme';
import { i18next } from '@/lib/i18n';

/**
 * How long a screen may take to load. Each route and each wizard step is a lazy module,
 * and in a test its first import is compiled on the spot: on a busy 2-core machine that
 * takes seconds, far past Testing Library's 1 s default. Waiting ends as soon as the
 * screen is ready, so the normal case is not slowed.
 */
export const SCREEN_TIMEOUT = { timeout: 15_000 };

/**
 * Waits until every item form opened has its fields: a form's code loads the first time one
 * opens (components/item-editor.tsx), and a check of "every field" must not run before.
 */
export async function formsOpened() {
  await waitFor(() => {
    if (document.querySelector('[data-form-loading]')) throw new Error('forms still opening');
  }, SCREEN_TIMEOUT);
}

type Router = ReturnType<typeof createMemoryRouter>;

/** The spinners the app shows while a screen's code or data loads (`Loading` in src/components/layout). */
function loadingIndicators() {
  const label = i18next.t('loading', { ns: 'common' });
  return [...document.body.querySelectorAll('[aria-label]')].filter((el) => el.getAttribute('aria-label') === label);
}

/**
 * Waits until the screen is ready for a person: the router is not loading a route, no
 * "Loading…" spinner is left (route code, workspace data, a step's code), and the page
 * shows its h1 — the one that says `heading`, when given — or, when loading failed, an
 * alert. Resolves with the h1.
 */
async function waitForScreenOf(router: Router, heading?: string | RegExp) {
  return waitFor(() => {
    if (!router.state.initialized) throw new Error('The first route is still loading');
    if (router.state.navigation.state !== 'idle') throw new Error(`The router is ${router.state.navigation.state}`);
    if (loadingIndicators().length > 0) throw new Error('The screen is still loading');
    const h1 = document.querySelector('h1');
    if (heading !== undefined) {
      const text = h1?.textContent ?? '';
      const matches = typeof heading === 'string' ? text === heading : heading.test(text);
      if (!h1 || !matches) throw new Error(`The h1 says “${text}”, not ${String(heading)}`);
    } else if (!h1 && !document.querySelector('[role="alert"]')) {
      throw new Error('The screen shows neither an h1 nor an alert');
    }
    return h1;
  }, SCREEN_TIMEOUT);
}

/**
 * Renders the whole app at `path`, as a person would reach it, and resolves once the
 * screen has loaded. Tests that sign in and out pass the page's own `queryClient`
 * (src/lib/query-client.ts): the session module keeps the signed-in person there. After following a link or switching the language, call the returned
 * `waitForScreen('the new h1')` before looking at the new screen.
 */
export async function renderApp(path: string, options: { queryClient?: QueryClient } = {}) {
  const queryClient =
    options.queryClient ??
    new QueryClient({
      defaultOptions: { queries: { retry: false, refetchInterval: false, refetchOnWindowFocus: false } },
    });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  const waitForScreen = (heading?: string | RegExp) => waitForScreenOf(router, heading);
  await waitForScreen();
  return { ...result, user, router, queryClient, waitForScreen };
}

/** Renders one component inside the providers, without the router. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, user, queryClient };
}
