import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './http/env';
import { mayHaveFrame, pageWithPreloads } from './page-preloads';
import type { FirstFrame } from './page-preloads';
import type { SessionUser } from '@/domain';

/** The signed-in person of a request (its session cookie), or null. */
export type PersonOf = (c: Context<AppEnv>) => Promise<SessionUser | null>;

/**
 * The app's own drawing of a step's first frame (src/app/first-frame.tsx), built by
 * `npm run build:frame` into dist/frame beside the static files (dist/client); null without it.
 */
export async function builtFirstFrame(staticDir: string): Promise<FirstFrame | null> {
  const file = resolve(staticDir, '..', 'frame', 'first-frame.js');
  if (!existsSync(file)) return null;
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { firstFrame?: FirstFrame };
  return module.firstFrame ?? null;
}

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

/**
 * Mounts the SPA on `app` when `staticDir` exists; returns whether it did. `personOf` tells who
 * is signed in: a step's page is then sent with its first frame drawn (`frame`), their name in it.
 */
export function mountSpa(
  app: Hono<AppEnv>,
  staticDir: string,
  frames?: { personOf: PersonOf; frame: Promise<FirstFrame | null> },
): boolean {
  const root = resolve(staticDir);
  if (!existsSync(resolve(root, 'index.html'))) return false;

  // Compressed at build time (vite.config.ts), sent as they are.
  app.use('/assets/*', withCache(YEAR, serveStatic({ root, precompressed: true })));
  // A missing asset is a 404, not the page: a script tag must not receive HTML.
  app.get('/assets/*', (c) => c.text('Not found', 404));

  const files = withCache(REVALIDATE, serveStatic({ root }));
  // Any other path is a client-side route (a deep link or a reload): answer with the app,
  // naming the code that route will load (page-preloads.ts), a step's page with its first
  // frame drawn (src/app/first-frame.tsx).
  const page = pageWithPreloads(root);
  // The start page is the app too (with its preloads), not the bare index.html file.
  app.get('*', (c, next) => (isApi(c) || c.req.path === '/' ? next() : files(c, next)));
  app.get('*', async (c, next) => {
    if (isApi(c)) return next();
    const draw = frames && mayHaveFrame(c.req.path) ? await frames.frame : null;
    const person = draw ? await frames?.personOf(c) : null;
    // With a first frame the page shows the person's name: for their browser only.
    c.header('Cache-Control', person ? `private, ${REVALIDATE}` : REVALIDATE);
    // The page names the words of the person's language (page-preloads.ts).
    c.header('Vary', 'Cookie, Accept-Language');
    return c.html(
      page(c.req.path, {
        cookie: c.req.header('cookie'),
        acceptLanguage: c.req.header('accept-language'),
        frame: draw && person ? { draw, person } : undefined,
      }),
    );
  });
  return true;
}
