import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import zones of STYLE.md and the ban on cycles are lint errors (eslint-rules/).
// These tests lint small code strings placed at made-up paths in the project, and the
// fixture folders under tests/fixtures (ignored by `npm run lint` because they are broken
// on purpose), through the project's own eslint.config.js.

const root = fileURLToPath(new URL('../..', import.meta.url));
// `ignore: false` so that the fixtures, which the normal run skips, are linted here.
const eslint = new ESLint({ cwd: root, ignore: false });

/** The architecture problems ESLint reports for `code` placed at `file`. */
async function architectureProblems(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages.filter((m) => m.ruleId?.startsWith('architecture/')).map((m) => m.message);
}

/** What ESLint reports for real files, by path relative to the root. */
async function lintFile(file: string) {
  const [result] = await eslint.lintFiles([path.join(root, file)]);
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import zones', () => {
  it('forbids a feature to import another feature, by alias or by relative path', async () => {
    const file = 'src/features/strategy-wizard/components/example.tsx';
    expect(
      await architectureProblems(file, "export { useWorkspaces } from '@/features/workspaces/api/get-workspaces';"),
    ).toEqual([expect.stringContaining('The strategy-wizard feature imports the workspaces feature')]);
    expect(
      await architectureProblems(
        file,
        "import { useWorkspaces } from '../../workspaces/api/get-workspaces';\nexport const use = useWorkspaces;",
      ),
    ).toEqual([expect.stringContaining('The strategy-wizard feature imports the workspaces feature')]);
    expect(
      await architectureProblems(file, "export const load = () => import('@/features/export/lib/outline');"),
    ).toEqual([expect.stringContaining('The strategy-wizard feature imports the export feature')]);
  });

  it('lets the domain import only the domain and zod', async () => {
    const problems = await architectureProblems(
      'src/domain/example.ts',
      [
        "import { z } from 'zod';",
        "import { formatDate } from '../lib/format';",
        "import { useState } from 'react';",
        "import { readFileSync } from 'node:fs';",
        "import { LIMITS } from './limits';",
        "import { STEPS } from '@/domain/steps';",
        'export const all = [z, formatDate, useState, readFileSync, LIMITS, STEPS];',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.stringContaining('not src/lib/format.ts'),
      expect.stringContaining("not 'react'"),
      expect.stringContaining("not 'node:fs'"),
    ]);
    expect(
      await architectureProblems('src/domain/example.ts', "export type { MockStore } from '../../mocks/store';"),
    ).toEqual([expect.stringContaining('not mocks/store.ts')]);
  });

  it('keeps components and lib free of features and routes', async () => {
    expect(
      await architectureProblems(
        'src/components/layout/example.tsx',
        "export { ExportPanel } from '@/features/export/components/export-panel';",
      ),
    ).toEqual([expect.stringContaining('src/components imports src/features/export')]);
    expect(await architectureProblems('src/lib/example.ts', "export { routes } from '../app/router';")).toEqual([
      expect.stringContaining('src/lib imports src/app'),
    ]);
  });

  it('keeps features from importing the app', async () => {
    expect(
      await architectureProblems('src/features/export/hooks/example.ts', "export { routes } from '@/app/router';"),
    ).toEqual([expect.stringContaining('src/features/export imports src/app')]);
  });

  it('lets the server and the mocks share only the domain with the SPA', async () => {
    expect(
      await architectureProblems(
        'server/routes/example.ts',
        "export { buildOutline } from '@/features/export/lib/outline';",
      ),
    ).toEqual([expect.stringContaining('server imports src/features/export')]);
    expect(
      await architectureProblems(
        'server/routes/example.ts',
        "export { buildOutline } from '../../src/features/export/lib/outline';",
      ),
    ).toEqual([expect.stringContaining('server imports src/features/export')]);
    expect(await architectureProblems('mocks/example.ts', "export { formatDate } from '@/lib/format';")).toEqual([
      expect.stringContaining('mocks imports src/lib'),
    ]);
    expect(
      await architectureProblems('mocks/example.ts', "export { Loading } from '../src/components/layout/loading';"),
    ).toEqual([expect.stringContaining('mocks imports src/components')]);
  });

  it('allows what goes the right way', async () => {
    expect(
      await architectureProblems(
        'src/features/strategy-wizard/components/example.tsx',
        [
          "import { STEPS } from '@/domain';",
          "import { Loading } from '@/components/layout/loading';",
          "import { api } from '@/lib/api-client';",
          "import { useWorkspace } from '../hooks/use-strategy';",
          "import { Guidance } from './guidance';",
          'export const all = [STEPS, Loading, api, useWorkspace, Guidance];',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(await architectureProblems('server/routes/example.ts', "export { LIMITS } from '@/domain';")).toEqual([]);
    expect(
      await architectureProblems(
        'src/app/routes/example.tsx',
        "export { StepRoute } from '@/features/strategy-wizard/components/step-route';",
      ),
    ).toEqual([]);
  });

  it('lets a test import across zones', async () => {
    expect(
      await architectureProblems(
        'src/features/strategy-wizard/components/example.test.tsx',
        "export { useWorkspaces } from '@/features/workspaces/api/get-workspaces';",
      ),
    ).toEqual([]);
  });
});

describe('import cycles', () => {
  it('reports the import that closes a cycle, with the whole chain', async () => {
    expect(await lintFile('tests/fixtures/cycle/a.ts')).toEqual([
      'architecture/no-cycle: Import cycle: tests/fixtures/cycle/a.ts → tests/fixtures/cycle/b.ts → tests/fixtures/cycle/a.ts.',
    ]);
    expect(await lintFile('tests/fixtures/cycle/b.ts')).toEqual([
      'architecture/no-cycle: Import cycle: tests/fixtures/cycle/b.ts → tests/fixtures/cycle/a.ts → tests/fixtures/cycle/b.ts.',
    ]);
  });

  it('finds a cycle through the real modules, whatever the path form', async () => {
    // src/domain/index.ts re-exports completeness.ts; completeness importing the index back closes a loop.
    expect(
      await architectureProblems(
        'src/domain/completeness.ts',
        "import { STEPS } from '@/domain';\nexport const s = STEPS;",
      ),
    ).toEqual(['Import cycle: src/domain/completeness.ts → src/domain/index.ts → src/domain/completeness.ts.']);
  });

  it('ignores type-only imports, which are erased at compile time', async () => {
    expect(await lintFile('tests/fixtures/type-cycle/c.ts')).toEqual([]);
    expect(await lintFile('tests/fixtures/type-cycle/d.ts')).toEqual([]);
  });
});
