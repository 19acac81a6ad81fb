import { writeFile } from 'node:fs/promises';
import { buildDocx } from '@/features/export/lib/build-docx';
import { buildPdf } from '@/features/export/lib/build-pdf';
import { diskFonts, labelsFor, readDocx, readPdf, richStrategy } from './helpers';

test('smoke', async () => {
  const s = richStrategy();
  const l = await labelsFor('en');
  let t = Date.now();
  const docx = await buildDocx(s, 'en', l);
  console.log('docx ms', Date.now() - t, docx.length);
  await writeFile('/tmp/out.docx', docx);
  t = Date.now();
  const pdf = await buildPdf(s, 'en', l, diskFonts);
  console.log('pdf ms', Date.now() - t, pdf.length);
  await writeFile('/tmp/out.pdf', pdf);
  const r = await readPdf(pdf);
  console.log(r.pages.length, r.outline.slice(0, 30), r.info);
  console.log(r.pages[0], '\n----\n', r.pages[1], '\n-----\n', r.pages[2]);
  const d = await readDocx(docx);
  console.log(d.files, d.styles.match(/<w:lang[^>]*>/g));
});
