import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { WORKSPACE_NAMESPACES } from '@/features/strategy-wizard/preload';
import { initI18n } from '@/lib/i18n';
import { installZodMessages } from '@/lib/zod-messages';

async function start() {
  installZodMessages();
  if (import.meta.env.VITE_DEMO === 'true') {
    // Serverless demo: MSW answers the API inside the browser, data kept in localStorage.
    const { startDemoWorker } = await import('../mocks/browser');
    await startDemoWorker();
  }
  // A workspace page needs the wizard's words: ask for them with the common ones.
  await initI18n(undefined, location.pathname.startsWith('/w/') ? WORKSPACE_NAMESPACES : []);
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
}

void start();
