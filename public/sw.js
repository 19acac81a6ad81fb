/* LiBri Strategy Builder service worker.
 *
 * Why: a person who loses the connection must be able to reload the page and keep
 * working (their unsent edits live in localStorage). So the app shell and the code of every
 * screen are kept in the Cache Storage, and the last copy of each workspace the person
 * opened answers when the server cannot. Writes (PUT/POST/DELETE) are never cached:
 * the app's own queue retries them.
 */
const SHELL = 'libri-shell-v3';
const DATA = 'libri-data-v1';

/**
 * What the app needs to open any screen offline: every chunk reachable from the entry,
 * except the document generators (DOCX, PDF) and their fonts — megabytes a person may
 * never use. Those are cached the first time a document is made (cache-first below), so
 * exporting works offline from then on.
 */
const ON_EXPORT = /^src\/features\/export\/lib\/build-/;

function shellFiles(manifest) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    const entry = manifest[key];
    if (!entry || seen.has(key) || ON_EXPORT.test(key)) return;
    seen.add(key);
    files.add(`/${entry.file}`);
    for (const css of entry.css ?? []) files.add(`/${css}`);
    for (const next of [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])]) visit(next);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  return files;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      await cache.add(new Request('/', { cache: 'reload' }));
      try {
        const res = await fetch('/asset-manifest.json', { cache: 'no-store' });
        await cache.addAll([...shellFiles(await res.json())]);
      } catch {
        // Without the manifest, assets are cached as they are first used.
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== SHELL && key !== DATA) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/**
 * The page as kept for any screen offline: without the first frame the server drew into it for
 * the screen it was asked for (src/app/first-frame.tsx), which would show one step's words on
 * another's page until the app starts.
 */
async function withoutFrame(response) {
  const html = await response.text();
  const page = html.replace(/<!--first-frame-->[\s\S]*<!--\/first-frame-->/, '');
  const headers = new Headers(response.headers);
  // The text is read decoded, and is shorter.
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(page, { status: response.status, statusText: response.statusText, headers });
}

async function networkFirst(request, cacheName, fallbackKey, kept = (response) => response) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackKey ?? request, await kept(response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(fallbackKey ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    // The workspace list, so the first screen opens offline. A workspace's own content is
    // kept by the app itself (localStorage), which also knows which writes were confirmed.
    if (url.pathname === '/api/workspaces') {
      event.respondWith(networkFirst(request, DATA));
    }
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SHELL, '/', withoutFrame));
    return;
  }
  if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
});
