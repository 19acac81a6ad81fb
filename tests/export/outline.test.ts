import { readdir, readFile } from 'node:fs/promises';
import { emptyStrategy } from '@/domain';
import type { Strategy, WorkflowState } from '@/domain';
import { exportFileName } from '@/features/export/lib/files';
import { buildOutline, needsAttention } from '@/features/export/lib/outline';
import { fileSlug } from '@/features/export/lib/sanitize';
import { LANGUAGES } from '@/lib/i18n';
import { richStrategy, sampleStrategy, workspace } from './helpers';

describe('the outline the preview shows', () => {
  test('numbers the sections and letters the annexes', () => {
    const outline = buildOutline(sampleStrategy());
    expect(outline.map((e) => `${e.number} ${e.id}`)).toEqual([
      '1 summary',
      '2 partnership',
      '3 diagnosis',
      '4 needs',
      '5 strengths',
      '6 challenges',
      '7 vision',
      '8 recommendations',
      '9 plan',
      '10 monitoring',
      'A partners',
      'B meetings',
      'C traceability',
    ]);
  });

  test('flags every section of an empty strategy as empty', () => {
    const outline = buildOutline(emptyStrategy(workspace()));
    expect(outline.every((e) => e.empty && needsAttention(e))).toBe(true);
  });

  test('flags empty sections and broken links of the sample where they are', () => {
    const byId = Object.fromEntries(buildOutline(sampleStrategy()).map((e) => [e.id, e]));
    expect(byId.summary).toMatchObject({ empty: true });
    expect(byId.needs).toMatchObject({ empty: false, problems: [] });
    // The second recommendation has no action; the only action is complete.
    expect(byId.recommendations!.problems.map((p) => p.code)).toEqual(['recommendationWithoutAction']);
    expect(byId.plan).toMatchObject({ empty: false, problems: [] });
    expect(byId.partners).toMatchObject({ empty: false });
    expect(needsAttention(byId.partnership!)).toBe(false);
  });

  test('shows no flag on a section that is complete', () => {
    const byId = Object.fromEntries(buildOutline(richStrategy()).map((e) => [e.id, e]));
    for (const id of [
      'summary',
      'partnership',
      'diagnosis',
      'recommendations',
      'plan',
      'monitoring',
      'partners',
      'meetings',
      'traceability',
    ]) {
      expect(needsAttention(byId[id]!), id).toBe(false);
    }
  });
});

describe('file names', () => {
  test('say the place, where the strategy stands and the language, in plain letters', () => {
    const s = sampleStrategy();
    const adopted = (state: WorkflowState, adoptionDate: string): Strategy => ({
      ...s,
      workspace: { ...s.workspace, state },
      sections: { ...s.sections, vision: { ...s.sections.vision, data: { ...s.sections.vision.data, adoptionDate } } },
    });
    expect(exportFileName(adopted('draft', ''), 'docx', 'lv')).toBe('strategy-valmiera-draft-lv.docx');
    expect(exportFileName(adopted('inReview', '2026-05-12'), 'pdf', 'pl')).toBe('strategy-valmiera-in-review-pl.pdf');
    expect(exportFileName(adopted('approved', '2026-05-12'), 'docx', 'lv')).toBe(
      'strategy-valmiera-approved-2026-05-12-lv.docx',
    );
    expect(exportFileName(adopted('submitted', ''), 'pdf', 'fr')).toBe('strategy-valmiera-submitted-fr.pdf');
    expect(exportFileName(s, 'backup', 'en', new Date('2026-03-15T12:00:00Z'))).toBe(
      'strategy-valmiera-backup-2026-03-15.json',
    );
    expect(fileSlug('Łódź / Rēzekne «nord» <script>')).toBe('lodz-rezekne-nord-script');
    expect(fileSlug('שלום 🎉')).toBe('strategy');
  });
});

describe('the export translations', () => {
  type Tree = { [key: string]: string | Tree };
  const leaves = (tree: Tree, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
    );
  const load = async (lng: string) =>
    new Map(leaves(JSON.parse(await readFile(`locales/${lng}/export.json`, 'utf8')) as Tree));
  const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  test.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has exactly the keys and placeholders English has, all translated',
    async (lng) => {
      const [en, other] = await Promise.all([load('en'), load(lng)]);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) expect(vars(other.get(key)!), key).toEqual(vars(text));
      // Section names are translated, not copied.
      for (const key of [...en.keys()].filter((k) => k.startsWith('doc.sections.')))
        expect(other.get(key), key).not.toBe(en.get(key));
    },
  );

  test('exist for all seven languages and nothing else', async () => {
    const dirs = (await readdir('locales')).filter((d) => !d.startsWith('.'));
    for (const lng of LANGUAGES) expect(dirs).toContain(lng);
  });
});
