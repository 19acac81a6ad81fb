import { buildDocx } from '@/features/export/lib/build-docx';
import { buildPdf } from '@/features/export/lib/build-pdf';
import { buildDocumentModel } from '@/features/export/lib/model/build-model';
import { textWidth, wordsOf } from '@/features/export/lib/table-fit';
import { LANGUAGES } from '@/lib/i18n';
import type { Language } from '@/lib/i18n';
import {
  diskFonts,
  docxParagraphs,
  labelsFor,
  readDocx,
  readPdf,
  readPdfLayout,
  richStrategy,
  squash,
} from './helpers';
import type { PdfItem, PdfPage } from './helpers';
import { largeStrategy } from './large-strategy';

// What a council secretary gets (issue 10): contents with page numbers, no heading left at the
// foot of a page, no empty page, no word broken in a narrow column, and a cover whose status
// agrees with the council's decision.

const strategy = richStrategy();

describe('the Word document', () => {
  test('asks Word to update its fields on opening, so the contents get page numbers', async () => {
    const { settings } = await readDocx(await buildDocx(strategy, 'en', await labelsFor('en')));
    expect(settings).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
  });

  test('keeps every heading, and every paragraph before a table, with what follows', async () => {
    const { document } = await readDocx(await buildDocx(largeStrategy(), 'en', await labelsFor('en')));
    const paragraphs = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>|<w:tbl>/g)].map(([p]) => p);
    const headings = paragraphs.filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p));
    expect(headings.length).toBeGreaterThan(200);
    for (const h of headings) expect(h, h).toMatch(/<w:keepNext\/>[\s\S]*<w:keepLines\/>/);
    // The paragraph right before each table (not counting the tables' own cells).
    const body = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '<w:tbl>');
    const beforeTables = [...body.matchAll(/(<w:p>(?:(?!<w:p>)[\s\S])*?<\/w:p>|<w:p\/>)<w:tbl>/g)].map((m) => m[1]!);
    expect(beforeTables.length).toBe(document.match(/<w:tbl>/g)?.length);
    for (const p of beforeTables) expect(p, p).toContain('<w:keepNext/>');
  });

  test('repeats each table’s header row, keeps it with the first body row and never splits it', async () => {
    const { document } = await readDocx(await buildDocx(strategy, 'lv', await labelsFor('lv')));
    const firstRows = [...document.matchAll(/<w:tbl>[\s\S]*?(<w:tr>[\s\S]*?<\/w:tr>)/g)].map((m) => m[1]!);
    expect(firstRows.length).toBeGreaterThanOrEqual(5);
    for (const row of firstRows) {
      expect(row).toMatch(/<w:trPr>(?=[\s\S]*<w:cantSplit\/>)(?=[\s\S]*<w:tblHeader\/>)/);
      for (const p of row.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []) expect(p).toContain('<w:keepNext/>');
    }
  });

  test('ends a part at its last table: no empty paragraph that could spill onto a page of its own', async () => {
    const { document } = await readDocx(await buildDocx(strategy, 'en', await labelsFor('en')));
    // Each part ends with the section break's paragraph; the plan's part ends with a table.
    expect(document).toMatch(/<\/w:tbl><w:p><w:pPr><w:sectPr>/);
    expect(document).not.toMatch(/<\/w:tbl><w:p\/><w:p><w:pPr><w:sectPr>/);
  });
});

/** The lines drawn in a page's text area, below the running header and above the footer (pdf-definition margins). */
function contentItems(page: PdfPage): PdfItem[] {
  return page.items.filter((i) => i.y >= 56 && i.y <= page.height - 62);
}

/** The text and largest font size of the lowest line of the page's text area. */
function lastLine(page: PdfPage): { text: string; size: number } {
  const items = contentItems(page);
  const bottom = Math.min(...items.map((i) => i.y));
  const line = items.filter((i) => Math.abs(i.y - bottom) < 1.5);
  return { text: line.map((i) => i.str).join(' '), size: Math.max(...line.map((i) => i.size)) };
}

const HEADING_SIZE = 12; // h2 is 12.5 pt, h1 17 pt; body text at most 10 pt, tables 8.5 pt

describe('the PDF', () => {
  test('never ends a page with a heading, even in a large strategy', async () => {
    const pages = await readPdfLayout(await buildPdf(largeStrategy(), 'en', await labelsFor('en'), diskFonts));
    expect(pages.length).toBeGreaterThan(100);
    // Page 1 is the cover.
    const stranded = pages.flatMap((page, n) => {
      if (n === 0 || contentItems(page).length === 0) return [];
      const last = lastLine(page);
      return last.size >= HEADING_SIZE ? [`page ${n + 1}: ${last.text}`] : [];
    });
    expect(stranded).toEqual([]);
  });

  test.each(LANGUAGES)('has no page with nothing but its running header and footer (%s)', async (lng) => {
    const pages = await readPdfLayout(await buildPdf(strategy, lng, await labelsFor(lng), diskFonts));
    const empty = pages.flatMap((page, n) => (contentItems(page).length === 0 ? [n + 1] : []));
    expect(empty).toEqual([]);
  });
});

describe.each(['lv', 'pl'] as const satisfies Language[])('narrow columns in %s', (lng) => {
  const headerWords = async () => {
    const model = buildDocumentModel(strategy, await labelsFor(lng));
    const headers = model.parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'table' ? b.columns : [])));
    return [...new Set(headers.flatMap((c) => wordsOf(c.header)))];
  };

  test('DOCX: every column is at least as wide as each word of its header', async () => {
    const { document } = await readDocx(await buildDocx(strategy, lng, await labelsFor(lng)));
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(5);
    const tooNarrow: string[] = [];
    for (const table of tables) {
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const header = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table)![0];
      const cells = (header.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => docxParagraphs(c)[0]?.text ?? '');
      cells.forEach((text, i) => {
        for (const word of wordsOf(text)) {
          // 9 pt bold, in Roboto's widths (wider than Word's Calibri), plus the cell margins (2 × 80 twips).
          const need = (textWidth(word, 9, true) + 8) * 20;
          if (need > grid[i]!) tooNarrow.push(`${word}: ${Math.ceil(need)} > ${grid[i]} twips`);
        }
      });
    }
    expect(tooNarrow).toEqual([]);
  });

  test('PDF: every header word is drawn whole on one line', async () => {
    const pages = await readPdfLayout(await buildPdf(strategy, lng, await labelsFor(lng), diskFonts));
    // Table text is 8.5 pt; a word broken across lines shows up as two pieces, neither the word.
    const drawn = new Set(
      pages.flatMap((p) => p.items.filter((i) => Math.abs(i.size - 8.5) < 0.1).flatMap((i) => i.str.split(/\s+/))),
    );
    const words = await headerWords();
    expect(words).toEqual(expect.arrayContaining(lng === 'lv' ? ['Sākotnējā', 'Mērvienība'] : ['docelowa']));
    expect(words.filter((w) => !drawn.has(w))).toEqual([]);
  });
});

describe('the cover’s status', () => {
  const coverStatus = async (s: typeof strategy, lng: Language) => {
    const labels = await labelsFor(lng);
    const { document } = await readDocx(await buildDocx(s, lng, labels));
    const docx = docxParagraphs(document).find((p) => p.text.startsWith(`${labels.t('doc.cover.status')}:`))?.text;
    const pdf = (await readPdf(await buildPdf(s, lng, labels, diskFonts))).pages[0]!;
    return { docx, pdf };
  };

  test('reads as adopted, with the council’s decision and date, once a decision is entered', async () => {
    // The rich strategy is a draft in the app whose council decision has been recorded.
    const { docx, pdf } = await coverStatus(strategy, 'en');
    const expected =
      'Status: Adopted by the municipal council (Decision No. 42 of the Valmiera Council, 26 February 2026)';
    expect(docx).toBe(expected);
    expect(squash(pdf)).toContain(squash(expected));
    expect(pdf).not.toMatch(/Draft/);
  });

  test('keeps the review state when it says more than “draft”, and in the document’s language', async () => {
    const accepted = structuredClone(strategy);
    accepted.workspace.state = 'accepted';
    const { docx } = await coverStatus(accepted, 'lv');
    expect(docx).toBe(
      'Statuss: Pieņemta pašvaldības domē (Decision No. 42 of the Valmiera Council, 2026. gada 26. februāris) · Programmas koordinatora pieņemta',
    );
  });

  test('is the review state while no council decision is entered', async () => {
    const draft = structuredClone(strategy);
    Object.assign(draft.sections.vision.data, { councilDecision: '', adoptionDate: '' });
    const { docx, pdf } = await coverStatus(draft, 'en');
    expect(docx).toBe('Status: Draft');
    expect(pdf).toContain('Status: Draft');
  });
});
