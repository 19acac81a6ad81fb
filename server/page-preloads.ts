import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SessionUser } from '@/domain';

// A deep link (/w/<id>/needs) needs the code of its route and step, its words and its data,
// which the app would only ask for once its main script has run. The page names them up
// front, so they arrive while the main script is still starting:
// - the route's and step's code as `modulepreload` links, read from Vite's manifest;
// - the words of the first screen in the person's language (the language cookie the app
//   sets, else the browser's Accept-Language, as the app itself chooses);
// - the session and, in a workspace, its strategy, as `preload` fetches that the app's own
//   requests then take over.
// Paths that match no route get the page as it is.

type ManifestEntry = { file: string; imports?: string[] };
type Manifest = Record<string, ManifestEntry>;

const ROUTES = 'src/app/routes/';

/** The manifest keys a path will load: its route modules and, on a step, the step's own code. */
function modulesFor(path: string, manifest: Manifest): string[] {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return [`${ROUTES}workspaces.tsx`];
  if (parts[0] !== 'w' || !parts[1]) return [];
  const layout = `${ROUTES}workspace-layout.tsx`;
  if (parts.length === 2) return [layout, `${ROUTES}workspace-overview.tsx`];
  if (parts.length > 3) return [];
  if (parts[2] === 'export') return [layout, `${ROUTES}workspace-export.tsx`];
  const step = Object.keys(manifest).find((key) =>
    new RegExp(`^src/features/strategy-wizard/steps/[^/]+/${parts[2]?.replace(/[^a-z]/g, '')}-step\\.tsx$`).test(key),
  );
  return step ? [layout, `${ROUTES}workspace-step.tsx`, step] : [];
}

/** Every file these modules import statically, each once. */
function filesOf(keys: string[], manifest: Manifest): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry || seen.has(key)) return;
    seen.add(key);
    files.add(`/${entry.file}`);
    entry.imports?.forEach(visit);
  };
  keys.forEach(visit);
  // The entry's own imports are already linked by the page itself.
  const entry = manifest['index.html'];
  const linked = new Set([entry?.file, ...(entry?.imports ?? []).map((k) => manifest[k]?.file)].map((f) => `/${f}`));
  return [...files].filter((f) => !linked.has(f));
}

/** Around a first frame in the page: public/sw.js keeps its offline copy of the page without it. */
export const FRAME_START = '<!--first-frame-->';
export const FRAME_END = '<!--/first-frame-->';

const LANGUAGES = ['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The app's language for this request, as `initialLanguage` (src/lib/i18n.ts) will choose it. */
export function languageOf(cookie: string | undefined, acceptLanguage: string | undefined): string {
  const chosen = /(?:^|;\s*)libri_lang=([a-z]{2})(?:;|$)/.exec(cookie ?? '')?.[1];
  if (chosen && LANGUAGES.includes(chosen)) return chosen;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const base = part.trim().slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** The namespaces the first screen of a path shows (src/main.tsx asks for the same ones). */
function wordsFor(path: string, language: string): string[] {
  const parts = path.split('/').filter(Boolean);
  const files = [`locales/${language}/common.json`];
  if (parts.length === 0) files.push(`locales/${language}/workspaces.json`);
  if (parts[0] === 'w' && parts[1]) {
    // WORKSPACE_NAMESPACES (src/features/strategy-wizard/preload.ts); guidance comes a step at a time.
    for (const ns of ['wizard', 'taxonomy', 'fields']) files.push(`locales/${language}/${ns}.json`);
    if (parts[2] && /^[a-z]+$/.test(parts[2])) files.push(`locales/${language}/guidance.json?step=${parts[2]}`);
  }
  return files;
}

/** The API answers the first screen waits for: the session, and a workspace's strategy. */
function dataFor(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return ['/api/auth/session', '/api/workspaces'];
  if (parts[0] === 'w' && parts[1] && UUID.test(parts[1])) return ['/api/auth/session', `/api/workspaces/${parts[1]}`];
  return [];
}

/** What goes inside `#root` before the app runs, for a path, language and person (src/app/first-frame.tsx). */
export type FirstFrame = (path: string, language: string, person: SessionUser) => string | null;

/** Whether a path may have a first frame (a step's page): only then is the person looked up. */
export const mayHaveFrame = (path: string) => /^\/w\/[^/]+\/[a-z]+\/?$/.test(path);

/** `frame`: a first frame to draw for a signed-in person (someone signed out goes to the sign-in page). */
type PageRequest = { cookie?: string; acceptLanguage?: string; frame?: { draw: FirstFrame; person: SessionUser } };

/**
 * index.html for a path, with its route's code, words and data preloaded, and in the person's
 * language (`<html lang>`); with the request's `frame`, the first frame of the screen in `#root`
 * (marked, so that the service worker keeps the page without it). Reads the files once.
 */
export function pageWithPreloads(root: string): (path: string, request?: PageRequest) => string {
  const html = readFileSync(resolve(root, 'index.html'), 'utf8');
  const manifestFile = resolve(root, 'asset-manifest.json');
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const cache = new Map<string, string>();
  return (path, request = {}) => {
    const keys = modulesFor(path, manifest);
    const language = languageOf(request.cookie, request.acceptLanguage);
    const drawn = request.frame ? request.frame.draw(path, language, request.frame.person) : null;
    // An unknown path gets the page as it is.
    if (keys.length === 0 && !drawn) return html;
    const words = keys.length > 0 ? wordsFor(path, language) : [];
    const cacheKey = [...keys, ...words].join('|');
    let links = cache.get(cacheKey);
    if (links === undefined) {
      links = filesOf([...keys, ...words], manifest)
        .map((f) => `<link rel="modulepreload" crossorigin href="${f}">`)
        .join('');
      cache.set(cacheKey, links);
    }
    // The fetch is taken over by the app's own same-origin request of the same address.
    links += dataFor(path)
      .map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`)
      .join('');
    let page = html.replace('</head>', `${links}</head>`).replace(/<html lang="[a-z]+"/, `<html lang="${language}"`);
    if (drawn) page = page.replace('<div id="root"></div>', `<div id="root">${FRAME_START}${drawn}${FRAME_END}</div>`);
    return page;
  };
}
