import fs from 'node:fs';
import path from 'node:path';
import { CODE_FILE, projectPath, resolveSpecifier } from './paths.js';
import { sourcesOfTree } from './sources.js';

// The project's import graph, for the cycle rule: which of the project's own files each
// file imports at run time (type-only imports are erased, so they cannot form a cycle).
// Files are read and parsed once per process and again only when they change on disk,
// so a lint run parses each file at most once however many files it lints.

/** file → { mtimeMs, size, edges } */
const cache = new Map();

const PARSE_OPTIONS = {
  sourceType: 'module',
  ecmaVersion: 'latest',
  range: false,
  loc: false,
  tokens: false,
  comment: false,
};

/** The project files that `specifiers` name at run time, resolved from `file`. */
export function runtimeTargets(sources, file) {
  const targets = new Set();
  for (const source of sources) {
    if (source.typeOnly) continue;
    const resolved = resolveSpecifier(source.value, file);
    if (resolved.kind !== 'file' || !resolved.exists || !CODE_FILE.test(resolved.file)) continue;
    const rel = projectPath(resolved.file);
    if (rel === null || rel.split('/').includes('node_modules')) continue;
    targets.add(resolved.file);
  }
  return [...targets];
}

/**
 * The files `file` imports at run time, parsed with `parser` (the one ESLint uses for
 * the file being linted; typescript-eslint's reads TS, TSX and plain JS alike). A file
 * that cannot be read or parsed has no edges: reporting its syntax is another rule's job.
 */
export function edgesOf(file, parser) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.edges;
  let edges;
  try {
    const code = fs.readFileSync(file, 'utf8');
    const jsx = /x$/.test(path.extname(file));
    const options = { ...PARSE_OPTIONS, filePath: file, ecmaFeatures: { jsx } };
    const ast = parser.parseForESLint ? parser.parseForESLint(code, options).ast : parser.parse(code, options);
    edges = runtimeTargets(sourcesOfTree(ast), file);
  } catch {
    edges = [];
  }
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, edges });
  return edges;
}

/**
 * The shortest chain of runtime imports from `start` back to `goal`, as a list of files
 * beginning with `start` and ending with `goal`, or null. `dead` holds files already
 * known not to reach `goal`; it is filled in for the next search from the same file.
 */
export function pathBack(start, goal, parser, dead) {
  if (start === goal) return [start];
  if (dead.has(start)) return null;
  const parent = new Map([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i];
    for (const next of edgesOf(current, parser)) {
      if (parent.has(next) || dead.has(next)) continue;
      parent.set(next, current);
      if (next === goal) {
        const chain = [];
        for (let at = goal; at !== null; at = parent.get(at)) chain.unshift(at);
        return chain;
      }
      queue.push(next);
    }
  }
  for (const seen of parent.keys()) dead.add(seen);
  return null;
}
