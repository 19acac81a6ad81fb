import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { getRouter } from '@/app/router';
import { WORKSPACE_NAMESPACES } from '@/features/strategy-wizard/preload';
import { holdUntilFirstFrame } from '@/lib/first-frame';
import { initI18n } from '@/lib/i18n';
import { installZodMessages } from '@/lib/zod-messages';

async function start() {
  const drawn = holdUntilFirstFrame();
  installZodMessages();
  if (import.meta.env.VITE_DEMO === 'true') {
    // Serverless demo: MSW answers the API inside the browser, data kept in localStorage.
    const { startDemoWorker } = await import('../mocks/browser');
    await startDemoWorker();
  }
  // A workspace page needs the wizard's words: ask for them with the common ones.
  const words = initI18n(undefined, location.pathname.startsWith('/w/') ? WORKSPACE_NAMESPACES : []);
  // Meanwhile the router loads the first screen's code (its modules are preloaded by the page):
  // rendered once it has, the first frame is that screen, not a spinner that a second render,
  // sliced in a transition, replaces a few hundred milliseconds later on a slow machine.
  // A step's first frame shows its heading and guidance (the largest text of the page) too.
  const step = /^\/w\/[^/]+\/([^/]+)/.exec(location.pathname)?.[1];
  const guidance = words.then(() =>
    step ? import('@/features/strategy-wizard/guidance-loader').then((m) => m.stepGuidanceReady(step)) : undefined,
  );
  await Promise.all([words, guidance, firstScreen(getRouter())]);
  if (import.meta.env.PROD && import.meta.env.VITE_DEMO !== 'true' && 'serviceWorker' in navigator) {
    // Lets a reload work without the network (see public/sw.js).
    navigator.serviceWorker
      .register('/sw.js')
      .catch((error: unknown) => console.warn('Offline support unavailable', error));
  }
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  drawn();
}

/** Resolves when the router knows the first screen: its code loaded, its loaders started. */
function firstScreen(router: ReturnType<typeof getRouter>): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

void start();
