import { buildPdf } from '@/features/export/lib/build-pdf';
import { expectedBudget, expectedContent, sectionHeadings, splitBySection } from './expectations';
import { diskFonts, labelsFor, readPdf, richStrategy, squash } from './helpers';
import { largeStrategy } from './large-strategy';

describe('the PDF', () => {
  const strategy = richStrategy();

  test('shows every item the user entered in its own section, as selectable text', async () => {
    const labels = await labelsFor('en');
    const pdf = await readPdf(await buildPdf(strategy, 'en', labels, diskFonts));
    // Page 1 is the cover, page 2 the contents: the sections start after them.
    const sections = splitBySection(
      pdf.text,
      sectionHeadings(strategy, labels),
      pdf.pages[0]!.length + pdf.pages[1]!.length,
    );
    for (const [id, expected] of Object.entries(expectedContent(strategy))) {
      for (const text of expected)
        expect(sections[id as keyof typeof sections], `${id}: ${text}`).toContain(squash(text));
    }
  });

  test('adds up the plan’s budget in the plan chapter', async () => {
    const labels = await labelsFor('pl');
    const pdf = await readPdf(await buildPdf(strategy, 'pl', labels, diskFonts));
    const plan = splitBySection(
      pdf.text,
      sectionHeadings(strategy, labels),
      pdf.pages[0]!.length + pdf.pages[1]!.length,
    ).plan;
    for (const text of expectedBudget(strategy, labels)) expect(plan, text).toContain(squash(text));
  });

  test('declares its language and title, has bookmarks, contents and embedded fonts', async () => {
    const labels = await labelsFor('pl');
    const bytes = await buildPdf(strategy, 'pl', labels, diskFonts);
    const pdf = await readPdf(bytes);
    expect(pdf.raw).toMatch(/\/Lang \(pl-PL\)/);
    expect(pdf.info).toMatchObject({ Language: 'pl-PL', Title: 'Lokalna strategia integracji: Valmiera' });
    expect(pdf.raw).toContain('/DisplayDocTitle true');
    expect(pdf.raw).toContain('/FontFile2');
    expect(pdf.raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    // Bookmarks: sections and their items.
    expect(pdf.outline).toEqual(
      expect.arrayContaining([
        '1. Streszczenie',
        '9. Plan wdrożenia',
        'Załącznik C. Macierz powiązań',
        'P1 Practise Latvian outside the classroom',
      ]),
    );
    // The contents page lists every section with its page number.
    expect(pdf.pages[1]).toMatch(/Spis treści/);
    expect(squash(pdf.pages[1]!)).toMatch(new RegExp(squash('9. Plan wdrożenia') + '\\d+'));
    expect(pdf.pages.at(-1)).toContain(`Strona ${pdf.pages.length} z ${pdf.pages.length}`);
  });

  test('repeats the header row of a long table on every page it spans', async () => {
    const big = largeStrategy();
    const labels = await labelsFor('en');
    const pdf = await readPdf(await buildPdf(big, 'en', labels, diskFonts));
    const planPages = pdf.pages.filter((p) => /A\d+ Action number \d+/.test(p) && p.includes('Resources and budget'));
    const withActions = pdf.pages.filter(
      (p) => /A\d+ Action number \d+/.test(p) && /Baseline/.test(p) === false && !/Traceability matrix/.test(p),
    );
    expect(planPages.length).toBeGreaterThan(5);
    // Each page of the plan table shows the header again.
    for (const page of withActions.filter((p) => /Budget:/.test(p))) expect(page).toContain('Resources and budget');
  });
});
