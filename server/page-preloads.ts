import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// A deep link (/w/<id>/needs) needs the code of its route and step, which the app would
// only ask for once its main script has run. The page names them up front as
// `modulepreload` links, read from Vite's manifest, so they arrive while the main script
// is still starting. Paths that match no route get the page as it is.

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

/** index.html for a path, with its route's code preloaded; reads the files once. */
export function pageWithPreloads(root: string): (path: string) => string {
  const html = readFileSync(resolve(root, 'index.html'), 'utf8');
  const manifestFile = resolve(root, 'asset-manifest.json');
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const cache = new Map<string, string>();
  return (path) => {
    const keys = modulesFor(path, manifest);
    const cacheKey = keys.join('|');
    let page = cache.get(cacheKey);
    if (page === undefined) {
      const links = filesOf(keys, manifest)
        .map((f) => `<link rel="modulepreload" crossorigin href="${f}">`)
        .join('');
      page = links ? html.replace('</head>', `${links}</head>`) : html;
      cache.set(cacheKey, page);
    }
    return page;
  };
}
