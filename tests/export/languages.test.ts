import { readFile } from 'node:fs/promises';
import { buildDocx } from '@/features/export/lib/build-docx';
import { buildPdf } from '@/features/export/lib/build-pdf';
import { LANGUAGES } from '@/lib/i18n';
import { sectionHeadings } from './expectations';
import { diskFonts, docxParagraphs, labelsFor, readDocx, readPdf, richStrategy, squash } from './helpers';

// The same strategy in each of the seven languages: headings, labels, tags and dates
// follow the document's language; the content stays as written.

const strategy = richStrategy();
const taxonomy = async (lng: string) =>
  JSON.parse(await readFile(`locales/${lng}/taxonomy.json`, 'utf8')) as {
    theme: { library: { language: string } };
    targetGroup: { temporaryProtection: string };
  };

describe.each(LANGUAGES)('the document in %s', (lng) => {
  test('has that language’s headings, tags, dates and language mark in DOCX', async () => {
    const labels = await labelsFor(lng);
    const tax = await taxonomy(lng);
    const { document, styles } = await readDocx(await buildDocx(strategy, lng, labels));
    const paragraphs = docxParagraphs(document);
    const headings = sectionHeadings(strategy, labels).map((h) => h.title);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(headings);
    expect(paragraphs.filter((p) => p.style === 'TOC1').map((p) => p.text)).toEqual(headings);
    expect(styles).toContain(`<w:lang w:val="${labels.locale}"/>`);
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(labels.t('doc.title'));
    expect(text).toContain(tax.theme.library.language);
    expect(text).toContain(tax.targetGroup.temporaryProtection);
    expect(text).toContain(
      new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date('2025-02-14T00:00:00Z'),
      ),
    );
    // The content stays as it was written.
    expect(text).toContain('Practise Latvian outside the classroom');
  });

  test('has the same headings and language mark in PDF', async () => {
    const labels = await labelsFor(lng);
    const tax = await taxonomy(lng);
    const pdf = await readPdf(await buildPdf(strategy, lng, labels, diskFonts));
    const headings = sectionHeadings(strategy, labels).map((h) => h.title);
    expect(pdf.raw).toContain(`/Lang (${labels.locale})`);
    expect(pdf.outline).toEqual(expect.arrayContaining(headings));
    for (const h of headings) expect(squash(pdf.pages[1]!)).toContain(squash(h));
    const text = squash(pdf.text);
    for (const word of [labels.t('doc.title'), tax.theme.library.language, labels.t('doc.sections.plan')])
      expect(text).toContain(squash(word));
  });
});
