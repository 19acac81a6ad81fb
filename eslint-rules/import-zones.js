import path from 'node:path';
import { isTestPath, projectPath, resolveSpecifier, zoneOf } from './paths.js';
import { SOURCE_NODES, sourceOf } from './sources.js';

// Imports go one way: components/lib → features → app; features do not import each
// other; the domain is shared by the SPA, the server and the mocks and imports none of
// them. (STYLE.md, "The shape of the house".) Checked on the resolved path, so `@/x`,
// `./x` and `../x` are judged alike.

/** Packages the domain may use: zod only (no React, i18next, Mantine or Node). */
const DOMAIN_PACKAGES = /^zod(?:\/|$)/;

const where = (target) => {
  if (target.zone === 'feature') return `src/features/${target.feature}`;
  if (['server', 'mocks'].includes(target.zone)) return target.zone;
  if (target.zone === 'entry') return 'src';
  return `src/${target.zone}`;
};

/** Why `from` may not import `resolved`, or null when it may. */
function violation(from, resolved, targetRel) {
  if (from.zone === 'domain') {
    if (resolved.kind === 'package') {
      return DOMAIN_PACKAGES.test(resolved.name) ? null : { messageId: 'domainPackage', data: { name: resolved.name } };
    }
    const target = zoneOf(targetRel);
    return target?.zone === 'domain' ? null : { messageId: 'domainFile', data: { where: targetRel ?? resolved.file } };
  }
  if (resolved.kind === 'package') return null;
  const target = zoneOf(targetRel);
  if (!target) return null;
  switch (from.zone) {
    case 'feature':
      if (target.zone === 'feature' && target.feature !== from.feature) {
        return { messageId: 'crossFeature', data: { from: from.feature, to: target.feature || '(all)' } };
      }
      return target.zone === 'app' ? { messageId: 'upward', data: { from: where(from), to: 'src/app' } } : null;
    case 'components':
    case 'lib':
      return target.zone === 'feature' || target.zone === 'app'
        ? { messageId: 'upward', data: { from: where(from), to: where(target) } }
        : null;
    case 'server':
    case 'mocks':
      return ['feature', 'app', 'components', 'lib', 'entry'].includes(target.zone)
        ? { messageId: 'outsideContract', data: { from: from.zone, to: where(target) } }
        : null;
    default:
      return null;
  }
}

/** @type {import('eslint').Rule.RuleModule} */
export const importZones = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports inside the zones of STYLE.md (domain, lib/components → features → app)' },
    schema: [],
    messages: {
      domainPackage:
        "src/domain imports only src/domain and zod, not '{{name}}': the domain returns keys and data, the app does the rest.",
      domainFile:
        'src/domain imports only src/domain and zod, not {{where}}: the SPA, the server and the mocks all build on the domain.',
      crossFeature:
        'The {{from}} feature imports the {{to}} feature: features do not import each other; move what both need to src/components, src/lib or src/domain.',
      upward: '{{from}} imports {{to}}: imports go one way, components/lib → features → app.',
      outsideContract: '{{from}} imports {{to}}: the server and the mocks share only src/domain with the SPA.',
    },
  },
  create(context) {
    const file = path.resolve(context.physicalFilename ?? context.filename);
    const rel = projectPath(file);
    if (rel === null || isTestPath(rel)) return {};
    const from = zoneOf(rel);
    if (!from) return {};
    const check = (node) => {
      const source = sourceOf(node);
      if (!source) return;
      const resolved = resolveSpecifier(source.value, file);
      const targetRel = resolved.kind === 'file' ? projectPath(resolved.file) : null;
      const problem = violation(from, resolved, targetRel);
      if (problem) context.report({ node: node.source ?? node, ...problem });
    };
    return Object.fromEntries(SOURCE_NODES.map((type) => [type, check]));
  },
};
