import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './http/env';
import { pageWithPreloads } from './page-preloads';

// The built SPA. Vite puts content-hashed files in /assets: they never change, so they
// are cached for a year. Everything else is revalidated, above all index.html, so a new
// deploy is picked up at the next load.

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/');

/** serveStatic answers with a Response when it found the file, and passes on otherwise. */
const withCache =
  (cacheControl: string, serve: MiddlewareHandler): MiddlewareHandler =>
  async (c, next) => {
    const res = await serve(c, next);
    if (res instanceof Response) res.headers.set('Cache-Control', cacheControl);
    return res;
  };

/** Mounts the SPA on `app` when `staticDir` exists; returns whether it did. */
export function mountSpa(app: Hono<AppEnv>, staticDir: string): boolean {
  const root = resolve(staticDir);
  if (!existsSync(resolve(root, 'index.html'))) return false;

  // Compressed at build time (vite.config.ts), sent as they are.
  app.use('/assets/*', withCache(YEAR, serveStatic({ root, precompressed: true })));
  // A missing asset is a 404, not the page: a script tag must not receive HTML.
  app.get('/assets/*', (c) => c.text('Not found', 404));

  const files = withCache(REVALIDATE, serveStatic({ root }));
  // Any other path is a client-side route (a deep link or a reload): answer with the app,
  // naming the code that route will load (page-preloads.ts).
  const page = pageWithPreloads(root);
  // The start page is the app too (with its preloads), not the bare index.html file.
  app.get('*', (c, next) => (isApi(c) || c.req.path === '/' ? next() : files(c, next)));
  app.get('*', (c, next) => {
    if (isApi(c)) return next();
    c.header('Cache-Control', REVALIDATE);
    // The page names the words of the person's language (page-preloads.ts).
    c.header('Vary', 'Cookie, Accept-Language');
    return c.html(
      page(c.req.path, { cookie: c.req.header('cookie'), acceptLanguage: c.req.header('accept-language') }),
    );
  });
  return true;
}
