import { describe, expect, test } from 'vitest';
import { EMPTY_FINDING, EMPTY_ITEMS } from '@/domain';
import type { ItemKind, StoredItem, Strategy } from '@/domain';
import { buildRedline } from '@/features/export/lib/build-redline';
import { assertWellFormed, labelsFor, NOW, readDocx, sampleStrategy } from './helpers';

// The redline a council secretary opens in Word or LibreOffice: every change between two versions
// is a tracked change (w:ins, w:del) with the words that changed, the later version's author and date.

const item = <K extends ItemKind>(kind: K, data: Partial<StoredItem<K>['data']>): StoredItem<K> => ({
  id: crypto.randomUUID(),
  kind,
  position: 0,
  version: 1,
  updatedAt: NOW,
  data: { ...EMPTY_ITEMS[kind], ...data } as StoredItem<K>['data'],
});

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<');
/** The text of every revision of one kind, in document order. */
const revisions = (xml: string, tag: 'ins' | 'del') =>
  [...xml.matchAll(new RegExp(`<w:${tag} ([^>]*)>([\\s\\S]*?)</w:${tag}>`, 'g'))].map(([, attrs, inner]) => ({
    author: /w:author="([^"]*)"/.exec(attrs ?? '')?.[1] ?? '',
    date: /w:date="([^"]*)"/.exec(attrs ?? '')?.[1] ?? '',
    text: unescape(
      [...(inner ?? '').matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join(''),
    ),
  }));

function versions(): { before: Strategy; after: Strategy } {
  const before = sampleStrategy();
  const kept = item('need', { ...EMPTY_FINDING, title: 'Praktizēt latviešu valodu ārpus klases', priority: 'high' });
  const gone = item('need', { ...EMPTY_FINDING, title: 'Zajęcia dla dzieci w świetlicy' });
  before.items.need = [kept, gone];
  const after: Strategy = structuredClone(before);
  after.items.need = [
    { ...kept, data: { ...kept.data, title: 'Praktizēt latviešu valodu bibliotēkā ārpus nodarbībām' } },
    item('need', { ...EMPTY_FINDING, title: 'Pomoc w szukaniu pracy dla młodzieży' }),
  ];
  after.sections.vision.data = { ...after.sections.vision.data, vision: 'Atvērta un droša pilsēta visiem' };
  before.sections.vision.data = { ...before.sections.vision.data, vision: 'Atvērta pilsēta visiem' };
  return { before, after };
}

describe('the redline document', () => {
  test('marks inserted and deleted words as revisions with the later version’s author and date', async () => {
    const { before, after } = versions();
    const bytes = await buildRedline(
      {
        before,
        after,
        from: { label: 'Version 2: sent for review', by: 'Ieva Kalniņa', at: '2026-05-01T09:00:00.000Z' },
        to: { label: 'Version 4: answered', by: 'Anna Bērziņa', at: '2026-05-12T10:00:00.000Z' },
      },
      await labelsFor('lv'),
    );
    const { document } = await readDocx(bytes);
    assertWellFormed(document);
    const ins = revisions(document, 'ins');
    const del = revisions(document, 'del');
    // The changed need: only its changed words.
    expect(ins.map((r) => r.text.trim())).toEqual(
      expect.arrayContaining(['bibliotēkā', 'nodarbībām', 'un droša', 'Pomoc w szukaniu pracy dla młodzieży']),
    );
    expect(del.map((r) => r.text.trim())).toEqual(expect.arrayContaining(['klases', 'Zajęcia dla dzieci w świetlicy']));
    // Words that did not change are not revisions.
    expect([...ins, ...del].some((r) => r.text.includes('Praktizēt'))).toBe(false);
    expect(document).toContain('Praktizēt latviešu valodu ');
    for (const r of [...ins, ...del]) {
      expect(r.author).toBe('Anna Bērziņa');
      expect(r.date).toMatch(/^2026-05-12T10:00:00/);
    }
    // Deleted words are deletion text, never plain text in a deletion.
    expect(document).toMatch(/<w:del [^>]*>\s*<w:r>(?:(?!<\/w:del>)[\s\S])*<w:delText[^>]*>klases<\/w:delText>/);
    // Each revision has its own id, as Word wants.
    const ids = [...document.matchAll(/<w:(?:ins|del) [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // The cover says what is compared with what, in the document's language.
    expect(document).toContain('Version 2: sent for review');
    expect(document).toContain('Ieva Kalniņa');
  });

  test('says so when two versions do not differ', async () => {
    const s = sampleStrategy();
    const v = { label: 'Version 1', by: 'Anna', at: NOW };
    const { document } = await readDocx(
      await buildRedline({ before: s, after: s, from: v, to: v }, await labelsFor('en')),
    );
    expect(document).toContain('The two versions do not differ.');
    expect(document).not.toContain('<w:ins ');
    expect(document).not.toContain('<w:del ');
  });
});
