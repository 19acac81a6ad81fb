import path from 'node:path';
import { pathBack, runtimeTargets } from './import-graph.js';
import { CODE_FILE, projectPath } from './paths.js';
import { SOURCE_NODES, sourceOf } from './sources.js';

// A cycle among the project's own modules makes the order of evaluation matter (one side
// sees the other's exports as undefined) and ties the zones into one lump. Each import of
// the linted file is followed through the graph; the one that leads back is reported with
// the whole chain. Type-only imports are erased at compile time and are not followed.

/** @type {import('eslint').Rule.RuleModule} */
export const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: "No import cycles among the project's own modules (type-only imports excepted)" },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}.' },
  },
  create(context) {
    const file = path.resolve(context.physicalFilename ?? context.filename);
    if (projectPath(file) === null || !CODE_FILE.test(file)) return {};
    const parser = context.languageOptions.parser;
    if (!parser || (!parser.parse && !parser.parseForESLint)) return {};
    const imports = [];
    const collect = (node) => {
      const source = sourceOf(node);
      if (source && !source.typeOnly) imports.push({ node, source });
    };
    return {
      ...Object.fromEntries(SOURCE_NODES.map((type) => [type, collect])),
      'Program:exit'() {
        // Files known not to lead back here, shared by this file's imports.
        const dead = new Set();
        for (const { node, source } of imports) {
          // The linted text, not the file on disk, says what this file imports.
          const [target] = runtimeTargets([source], file);
          if (!target) continue;
          const chain = pathBack(target, file, parser, dead);
          if (!chain) continue;
          const names = [file, ...chain].map((f) => projectPath(f) ?? f);
          context.report({ node: node.source ?? node, messageId: 'cycle', data: { chain: names.join(' → ') } });
        }
      },
    };
  },
};
