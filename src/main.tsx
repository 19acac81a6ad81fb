import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { initI18n } from '@/lib/i18n';
import { installZodMessages } from '@/lib/zod-messages';

async function start() {
  installZodMessages();
  if (import.meta.env.VITE_DEMO === 'true') {
    // Serverless demo: MSW answers the API inside the browser, data kept in localStorage.
    const { startDemoWorker } = await import('../mocks/browser');
    await startDemoWorker();
  }
  await initI18n();
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
