import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import type { i18n as I18n, Resource } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { cssVariablesResolver, theme } from './theme';
import { isStepId } from '@/domain/steps';
import type { StepId } from '@/domain/steps';
import { EarlyStep } from '@/features/strategy-wizard/components/early-step';
import { GuidanceText } from '@/features/strategy-wizard/components/guidance-text';
import { isLanguage, LANGUAGES } from '@/lib/i18n';
import { sessionQueryKey } from '@/lib/session';
import type { SessionInfo, SessionUser } from '@/domain';

// A step's first frame, drawn by the server into the page it sends (server/static.ts loads this
// module, built apart by `npm run build:frame` into dist/frame): the step's heading and
// guidance in the person's language, laid out by the same components and stylesheet as the
// app's own first render (components/early-step.tsx). On a slow machine the words then show as
// soon as the page and its stylesheet arrive, instead of after the scripts have loaded, compiled
// and run (about 0.4 s later at 4× CPU); the app's first render draws the same page in place.
// Nothing in it depends on the strategy; the person shows in the header (their name, their links).

const NAMESPACES = ['common', 'wizard', 'guidance'] as const;
const FILES = import.meta.glob<Record<string, unknown>>('../../locales/*/{common,wizard,guidance}.json', {
  eager: true,
  import: 'default',
});

function wordsOf(language: string): Resource {
  const bundle: Record<string, Record<string, unknown>> = {};
  for (const ns of NAMESPACES) bundle[ns] = FILES[`../../locales/${language}/${ns}.json`] ?? {};
  return { [language]: bundle } as Resource;
}

const instances = new Map<string, I18n>();

/** One i18next per language, set up as the app's (src/lib/i18n.ts), with all its words at hand. */
function i18nFor(language: string): I18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      ns: [...NAMESPACES],
      defaultNS: 'common',
      resources: wordsOf(language),
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      react: { useSuspense: false },
    });
    instances.set(language, instance);
  }
  return instance;
}

/**
 * The HTML of a step page's first frame (what goes inside `#root`) for a signed-in person, or
 * null for a path that is not a step's page (`/w/<id>/<step>`) or a language the app does not have.
 */
export function firstFrame(path: string, language: string, person: SessionUser): string | null {
  const [w, id, step, ...rest] = path.split('/').filter(Boolean);
  if (w !== 'w' || !id || rest.length > 0 || !isStepId(step) || !isLanguage(language)) return null;
  // The person shows only as their name and their links (account bar): the same for everyone alike.
  const key = JSON.stringify([language, step, person.name, person.systemRole]);
  const drawn = frames.get(key);
  if (drawn !== undefined) return drawn;
  const html = draw(step, language, person);
  if (frames.size >= MAX_FRAMES) frames.delete(frames.keys().next().value as string);
  frames.set(key, html);
  return html;
}

const frames = new Map<string, string>();
const MAX_FRAMES = 500;

function draw(step: StepId, language: string, person: SessionUser): string {
  // The header shows who is signed in, as the app will once it has asked (lib/session.ts); only
  // the account bar reads this session, and only the person's name and role.
  const queries = new QueryClient();
  const session: SessionInfo = { user: person, memberships: {}, coordinates: [], idleExpiresAt: '', expiresAt: '' };
  queries.setQueryData(sessionQueryKey, session);
  return renderToString(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <I18nextProvider i18n={i18nFor(language)}>
        <QueryClientProvider client={queries}>
          {/* Its links (the product's name, the accessibility statement) lead off the step. */}
          <MemoryRouter initialEntries={['/']}>
            {/*
              Something to read, not yet to use: until the app draws the page again, nothing in it
              takes a click, the focus or a screen reader's attention (its controls would do
              nothing), and nobody's choice in it is lost when the app's page replaces it.
            */}
            <div inert style={{ display: 'contents' }}>
              <EarlyStep step={step} guidance={<GuidanceText step={step} />} />
            </div>
          </MemoryRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>,
  );
}
