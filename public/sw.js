/* LiBri Strategy Builder service worker.
 *
 * Why: a person who loses the connection must be able to reload the page and keep
 * working (their unsent edits live in localStorage). So the app shell and every built
 * asset are kept in the Cache Storage, and the last copy of each workspace the person
 * opened answers when the server cannot. Writes (PUT/POST/DELETE) are never cached:
 * the app's own queue retries them.
 */
const SHELL = 'libri-shell-v1';
const DATA = 'libri-data-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      await cache.add(new Request('/', { cache: 'reload' }));
      try {
        const res = await fetch('/asset-manifest.json', { cache: 'no-store' });
        const manifest = await res.json();
        const files = new Set();
        for (const entry of Object.values(manifest)) {
          files.add(`/${entry.file}`);
          for (const css of entry.css ?? []) files.add(`/${css}`);
          // Fonts and other files the export needs, so a document can be made offline too.
          for (const asset of entry.assets ?? []) files.add(`/${asset}`);
        }
        await cache.addAll([...files]);
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

async function networkFirst(request, cacheName, fallbackKey) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackKey ?? request, response.clone());
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
    event.respondWith(networkFirst(request, SHELL, '/'));
    return;
  }
  if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
});
