import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The service worker (public/sw.js) precaches what every screen needs, and leaves the
// document generators and their fonts to be cached when a document is first made.

const source = readFileSync(new URL('../../public/sw.js', import.meta.url), 'utf8');
const shellFiles = new Function(
  'self',
  `${source.slice(0, source.indexOf("self.addEventListener('install'"))}; return shellFiles;`,
)({}) as (manifest: Record<string, unknown>) => Set<string>;

const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    css: ['assets/index.css'],
    imports: ['_domain.js'],
    dynamicImports: ['src/app/routes/workspace-export.tsx', 'src/app/routes/workspace-step.tsx'],
  },
  '_domain.js': { file: 'assets/domain.js' },
  'src/app/routes/workspace-step.tsx': {
    file: 'assets/workspace-step.js',
    isDynamicEntry: true,
    dynamicImports: ['locales/lv/wizard.json'],
  },
  'locales/lv/wizard.json': { file: 'assets/wizard-lv.js', isDynamicEntry: true },
  'src/app/routes/workspace-export.tsx': {
    file: 'assets/workspace-export.js',
    isDynamicEntry: true,
    dynamicImports: ['src/features/export/lib/build-pdf.ts', 'src/features/export/lib/build-docx.ts'],
  },
  'src/features/export/lib/build-pdf.ts': {
    file: 'assets/build-pdf.js',
    isDynamicEntry: true,
    imports: ['_pdfkit.js'],
    assets: ['assets/Roboto.ttf'],
  },
  '_pdfkit.js': { file: 'assets/pdfkit.js' },
  'src/features/export/lib/build-docx.ts': { file: 'assets/build-docx.js', isDynamicEntry: true },
  'src/features/export/fonts/Roboto-Regular.ttf': { file: 'assets/Roboto.ttf' },
};

describe('the service worker', () => {
  it('precaches the code of every screen, including the export screen and every language', () => {
    expect([...shellFiles(manifest)].sort()).toEqual(
      [
        '/assets/domain.js',
        '/assets/index.css',
        '/assets/index.js',
        '/assets/wizard-lv.js',
        '/assets/workspace-export.js',
        '/assets/workspace-step.js',
      ].sort(),
    );
  });

  it('leaves the document generators and their fonts until a document is first made', () => {
    const files = shellFiles(manifest);
    for (const f of ['/assets/build-pdf.js', '/assets/build-docx.js', '/assets/pdfkit.js', '/assets/Roboto.ttf'])
      expect(files.has(f)).toBe(false);
  });
});
