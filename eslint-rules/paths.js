import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Where a specifier points and which zone of the house a path belongs to. Shared by the
// zone rule and the cycle rule, so both read `@/x`, `./x` and `../x` the same way.

/** The project root: this plugin lives in <root>/eslint-rules. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What an extensionless specifier may name, in the order Vite and TypeScript try them. */
const CANDIDATES = ['', '.ts', '.tsx', '.js', '.mjs', '.jsx', '/index.ts', '/index.tsx', '/index.js'];

/** Files whose imports the cycle rule follows. */
export const CODE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * `{ kind: 'package', name }` for a bare specifier (`react`, `node:fs`, `@mantine/core`),
 * otherwise `{ kind: 'file', file, exists }`: the file it names, or — when no such file
 * exists, as for code linted at a virtual path — the path it would name, which still tells
 * the zone.
 */
export function resolveSpecifier(specifier, fromFile) {
  const bare = specifier.replace(/[?#].*$/, '');
  let base;
  if (bare === '@' || bare.startsWith('@/')) base = path.join(ROOT, 'src', bare.slice(2));
  else if (bare === '.' || bare === '..' || bare.startsWith('./') || bare.startsWith('../')) {
    base = path.resolve(path.dirname(fromFile), bare);
  } else if (path.isAbsolute(bare)) base = bare;
  else return { kind: 'package', name: bare };
  for (const suffix of CANDIDATES) {
    if (isFile(base + suffix)) return { kind: 'file', file: base + suffix, exists: true };
  }
  return { kind: 'file', file: base, exists: false };
}

/** A path relative to the root with forward slashes, or null when it lies outside. */
export function projectPath(file) {
  const rel = path.relative(ROOT, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** Test files and test helpers may import anything (cycles aside). */
export function isTestPath(rel) {
  return rel.startsWith('tests/') || /\.test\.[cm]?[jt]sx?$/.test(rel);
}

/**
 * The zone of a project path: domain, feature (with its name), app, components, lib,
 * entry (the rest of src, i.e. main.tsx), server, mocks — or null for anything else.
 */
export function zoneOf(rel) {
  if (rel === null) return null;
  const feature = /^src\/features\/([^/]+)(?:\/|$)/.exec(rel);
  if (feature) return { zone: 'feature', feature: feature[1] };
  for (const zone of ['domain', 'app', 'components', 'lib']) {
    if (rel === `src/${zone}` || rel.startsWith(`src/${zone}/`)) return { zone };
  }
  if (rel === 'src/features') return { zone: 'feature', feature: '' };
  if (rel.startsWith('src/')) return { zone: 'entry' };
  for (const zone of ['server', 'mocks']) {
    if (rel === zone || rel.startsWith(`${zone}/`)) return { zone };
  }
  return null;
}
