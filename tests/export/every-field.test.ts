import { applyOperations, emptyStrategy, strategyProgress } from '@/domain';
import { buildDocx } from '@/features/export/lib/build-docx';
import { buildPdf } from '@/features/export/lib/build-pdf';
import { createCtx } from '@/features/export/lib/model/context';
import { describedKeys, everyFieldOperations, everySchemaKey, expectedTexts } from '../utils/every-field';
import { diskFonts, docxParagraphs, labelsFor, newId, NOW, readDocx, readPdf, squash, workspace } from './helpers';

// "Describe once, derive the rest": every key of every schema is described, and every
// described field reaches both documents with its value in the document's language —
// so a field added to a kind is printed without touching the document's layout.

const { ops } = everyFieldOperations(newId);
const strategy = applyOperations(emptyStrategy(workspace('Every field')), ops, NOW);
/** What the document must show; the signed agreement is worded with its date ("Signed on …"). */
async function inDocument(lng: 'lv' | 'en') {
  const labels = await labelsFor(lng);
  const p = strategy.sections.partnership.data;
  return expectedTexts(ops, createCtx(strategy, labels).wording, (spec) => spec.document !== false).map((e) =>
    e.where === 'partnership.agreementSigned'
      ? { ...e, text: labels.t('doc.fields.agreementSignedOn', { date: labels.date(p.agreementDate) }) }
      : e,
  );
}

describe('every field of the strategy', () => {
  test('is described once, with none left out', () => {
    expect(describedKeys().sort()).toEqual(everySchemaKey().sort());
  });

  test('counts as written for completeness: no step lacks anything when every field is filled', () => {
    for (const p of strategyProgress(strategy)) expect(p.missing, p.step).toEqual([]);
  });

  test.each(['lv', 'en'] as const)('reaches the Word document in %s', async (lng) => {
    const labels = await labelsFor(lng);
    const { document } = await readDocx(await buildDocx(strategy, lng, labels));
    const text = squash(
      docxParagraphs(document)
        .map((p) => p.text)
        .join('\n'),
    );
    const expected = await inDocument(lng);
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.filter((e) => !text.includes(squash(e.text)))).toEqual([]);
  });

  test('reaches the PDF', async () => {
    const labels = await labelsFor('lv');
    const pdf = await readPdf(await buildPdf(strategy, 'lv', labels, diskFonts));
    const text = squash(pdf.text);
    const expected = await inDocument('lv');
    expect(expected.filter((e) => !text.includes(squash(e.text)))).toEqual([]);
  });
});
