import JSZip from 'jszip';
import { applyOperations } from '@/domain';
import type { Operation, Strategy } from '@/domain';
import { buildDocx } from '@/features/export/lib/build-docx';
import { buildPdf } from '@/features/export/lib/build-pdf';
import { cleanText } from '@/features/export/lib/sanitize';
import {
  assertWellFormed,
  diskFonts,
  docxParagraphs,
  labelsFor,
  NOW,
  readDocx,
  readPdf,
  richStrategy,
  squash,
} from './helpers';

// Whatever a user types must come out as text: never markup, never a broken file.

const LETTERS = 'ĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽž ĄąĆćĘęŁłŃńÓóŚśŹźŻż ĖėĮįŲų ȘșȚțĂăÂâÎî éèêëçàâòùûüœæ ÀÉÈÇ € № Привет, мир';
const MARKUP = `Quotes "double" 'single' „lv” «fr» & ampersand <script>alert('x')</script> <w:t>xml</w:t> ]]> {{count}} $& $1`;
const RTL = 'مرحبا بالعالم שלום עולם';
const EMOJI = 'party 🎉 teacher 👩🏽‍🏫';
const CONTROL = 'bell\u0007 nul\u0000 vt\u000B ff\u000C esc\u001B del\u007F';
const LONE = 'high\uD800 low\uDFFF pair😀';
const LONG_WORD = 'x'.repeat(300);
export const HOSTILE = [LETTERS, MARKUP, RTL, EMOJI, CONTROL, LONE, LONG_WORD].join(' | ');

/** The rich sample with hostile text in a field of every kind of item and section. */
export function hostileStrategy(): Strategy {
  const s = richStrategy();
  const h = (label: string) => `${label}: ${HOSTILE}`;
  const first = <
    K extends 'partner' | 'meeting' | 'service' | 'need' | 'strength' | 'challenge' | 'recommendation' | 'action',
  >(
    kind: K,
  ) => s.items[kind][0]!;
  const ops: Operation[] = [
    {
      type: 'putSection',
      key: 'partnership',
      data: { ...s.sections.partnership.data, municipality: `Rīga <b>&amp;</b> ${RTL}`, description: h('description') },
    },
    {
      type: 'putSection',
      key: 'vision',
      data: { ...s.sections.vision.data, summary: h('summary'), objectives: [h('objective')] },
    },
    {
      type: 'updateItem',
      kind: 'partner',
      id: first('partner').id,
      data: { ...first('partner').data, name: h('partner'), role: h('role') },
    },
    {
      type: 'updateItem',
      kind: 'meeting',
      id: first('meeting').id,
      data: { ...first('meeting').data, notes: h('notes') },
    },
    {
      type: 'updateItem',
      kind: 'service',
      id: first('service').id,
      data: { ...first('service').data, description: h('service') },
    },
    {
      type: 'updateItem',
      kind: 'need',
      id: first('need').id,
      data: { ...first('need').data, title: h('need'), description: h('need description') },
    },
    {
      type: 'updateItem',
      kind: 'recommendation',
      id: first('recommendation').id,
      data: { ...first('recommendation').data, description: h('recommendation') },
    },
    {
      type: 'updateItem',
      kind: 'action',
      id: first('action').id,
      data: { ...first('action').data, title: h('action'), risks: h('risks') },
    },
  ];
  return applyOperations(s, ops, NOW);
}

describe('text a user typed', () => {
  const strategy = hostileStrategy();
  const clean = cleanText(HOSTILE);

  test('is cleaned of what XML forbids, and nothing else', () => {
    // eslint-disable-next-line no-control-regex -- the very characters that must be gone
    expect(clean).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(clean).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(clean).toContain('high\uFFFD low\uFFFD pair😀');
    for (const part of [LETTERS, MARKUP, RTL, EMOJI, LONG_WORD]) expect(clean).toContain(part);
  });

  test('comes out of the Word document verbatim, as text, in a well-formed file', async () => {
    const bytes = await buildDocx(strategy, 'en', await labelsFor('en'));
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      assertWellFormed(await zip.file(name)!.async('string'));
    }
    const { document, core } = await readDocx(bytes);
    expect(document).not.toContain('<script>');
    expect(document).toContain('&lt;script&gt;');
    const texts = docxParagraphs(document).map((p) => p.text);
    for (const label of [
      'description',
      'summary',
      'objective',
      'partner',
      'role',
      'notes',
      'service',
      'need',
      'need description',
      'recommendation',
      'action',
      'risks',
    ]) {
      expect(
        texts.some((t) => t.includes(`${label}: ${clean}`)),
        label,
      ).toBe(true);
    }
    expect(core).toContain('Rīga &lt;b&gt;&amp;amp;&lt;/b&gt;');
  });

  test('comes out of the PDF as text, with every letter the fonts have', async () => {
    const pdf = await readPdf(await buildPdf(strategy, 'en', await labelsFor('en'), diskFonts));
    const text = squash(pdf.text);
    for (const part of [LETTERS, MARKUP, LONG_WORD, 'bell nul vt ff esc del', 'high\uFFFD low\uFFFD'])
      expect(text).toContain(squash(part));
    // Hebrew and Arabic are set in the fallback font, so their letters are there too;
    // an emoji no font has shows as �, not as an empty box.
    for (const word of ['שלום', 'עולם', 'مرحبا', 'party\uFFFDteacher\uFFFD|']) expect(text).toContain(word);
    expect(pdf.raw).toMatch(/DejaVuSans/);
    expect(pdf.info).toMatchObject({ Title: `Local integration strategy: Rīga <b>&amp;</b> ${RTL}` });
  });
});
