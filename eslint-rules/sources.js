// The module specifiers a file names, read from its syntax tree: static imports,
// re-exports, dynamic `import()` and `import('x').T` types. `typeOnly` marks what
// vanishes at compile time (`import type`, all-`type` specifier lists, type imports).

function typeOnlySpecifiers(specifiers, key) {
  return specifiers.length > 0 && specifiers.every((s) => s[key] === 'type');
}

/** The specifier string a node names, with whether it is type-only; null for other nodes. */
export function sourceOf(node) {
  switch (node.type) {
    case 'ImportDeclaration':
      return {
        value: node.source.value,
        typeOnly: node.importKind === 'type' || typeOnlySpecifiers(node.specifiers, 'importKind'),
      };
    case 'ExportNamedDeclaration':
      if (!node.source) return null;
      return {
        value: node.source.value,
        typeOnly: node.exportKind === 'type' || typeOnlySpecifiers(node.specifiers, 'exportKind'),
      };
    case 'ExportAllDeclaration':
      return { value: node.source.value, typeOnly: node.exportKind === 'type' };
    case 'ImportExpression':
      return node.source.type === 'Literal' && typeof node.source.value === 'string'
        ? { value: node.source.value, typeOnly: false }
        : null;
    case 'TSImportType': {
      const arg = node.argument;
      const literal = arg?.type === 'TSLiteralType' ? arg.literal : arg;
      return literal?.type === 'Literal' && typeof literal.value === 'string'
        ? { value: literal.value, typeOnly: true }
        : null;
    }
    default:
      return null;
  }
}

/** The node types `sourceOf` understands, for a rule's visitor. */
export const SOURCE_NODES = [
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'ImportExpression',
  'TSImportType',
];

const SKIP = new Set(['parent', 'loc', 'range', 'tokens', 'comments']);

/** Every specifier in a whole syntax tree (for files the linter is not visiting). */
export function sourcesOfTree(ast) {
  const found = [];
  const stack = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    const source = sourceOf(node);
    if (source) found.push(source);
    for (const key of Object.keys(node)) {
      if (SKIP.has(key)) continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c.type === 'string') stack.push(c);
      } else if (child && typeof child.type === 'string') stack.push(child);
    }
  }
  return found;
}
