import { buildDocx } from '@/features/export/lib/build-docx';
import { expectedBudget, expectedContent, sectionHeadings, splitBySection } from './expectations';
import { assertWellFormed, docxParagraphs, labelsFor, readDocx, richStrategy, squash } from './helpers';

describe('the Word document', () => {
  const strategy = richStrategy();

  test('shows every item the user entered in its own section', async () => {
    const labels = await labelsFor('en');
    const { document } = await readDocx(await buildDocx(strategy, 'en', labels));
    const body = docxParagraphs(document).filter((p) => !p.style.startsWith('TOC'));
    const sections = splitBySection(body.map((p) => p.text).join('\n'), sectionHeadings(strategy, labels));
    for (const [id, expected] of Object.entries(expectedContent(strategy))) {
      for (const text of expected)
        expect(sections[id as keyof typeof sections], `${id}: ${text}`).toContain(squash(text));
    }
  });

  test('adds up the plan’s budget in the plan chapter', async () => {
    const labels = await labelsFor('lv');
    const { document } = await readDocx(await buildDocx(strategy, 'lv', labels));
    const body = docxParagraphs(document).filter((p) => !p.style.startsWith('TOC'));
    const plan = splitBySection(body.map((p) => p.text).join('\n'), sectionHeadings(strategy, labels)).plan;
    for (const text of expectedBudget(strategy, labels)) expect(plan, text).toContain(squash(text));
  });

  test('says an indicator’s missing baseline or target is not provided, never “from – to 80”', async () => {
    const withGaps = structuredClone(strategy);
    const desk = withGaps.items.action.find((x) => x.data.title === 'Information desk for newcomers');
    const [a, b] = desk!.data.indicators;
    Object.assign(a!, { name: 'Visits', baseline: null, target: 80, unit: '%' });
    Object.assign(b!, { name: 'Languages', baseline: 1, target: null, unit: 'languages' });
    const labels = await labelsFor('lv');
    const { document } = await readDocx(await buildDocx(withGaps, 'lv', labels));
    const text = docxParagraphs(document)
      .map((p) => p.text)
      .join('\n');
    expect(text).toContain('Visits: mērķa vērtība 80 % (sākotnējā vērtība nav norādīta)');
    expect(text).toContain('Languages: sākotnējā vērtība 1 languages (mērķa vērtība nav norādīta)');
    expect(text).not.toMatch(/no – līdz/);
  });

  test('is well-formed, with real headings, repeated table headers and the document language', async () => {
    const { document, styles, core, files } = await readDocx(await buildDocx(strategy, 'lv', await labelsFor('lv')));
    for (const xml of [document, styles, core]) assertWellFormed(xml);
    const paragraphs = docxParagraphs(document);
    const h1 = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(
      expect.arrayContaining(['1. Kopsavilkums', '9. Ieviešanas plāns', 'C pielikums. Izsekojamības matrica']),
    );
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain(
      'V1 Practise Latvian outside the classroom',
    );
    // Every table's first row is a header row, repeated on each page.
    const tables = document.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThanOrEqual(5);
    expect(document.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g)?.length).toBe(tables);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="lv-LV"\/>/);
    expect(core).toContain('<dc:title>Vietējā integrācijas stratēģija: Valmiera</dc:title>');
    // The contents are a TOC field in Word's own gallery, with an entry per section.
    expect(document).toContain('w:docPartGallery w:val="Table of Contents"');
    expect(paragraphs.filter((p) => p.style === 'TOC1')).toHaveLength(13);
    // Page numbers, the municipality in the header, and a landscape section for the plan.
    expect(files.some((f) => /^word\/header\d+\.xml$/.test(f))).toBe(true);
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  test('puts page numbers in the footer and the municipality in the header', async () => {
    const bytes = await buildDocx(strategy, 'en', await labelsFor('en'));
    const zip = await (await import('jszip')).default.loadAsync(bytes);
    const names = Object.keys(zip.files);
    const footers = await Promise.all(
      names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')),
    );
    const headers = await Promise.all(
      names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')),
    );
    expect(footers.join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(headers.join('')).toContain('Valmiera · Local integration strategy');
  });
});
