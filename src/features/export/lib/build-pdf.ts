import PDFDocument from 'pdfkit';
import type { Strategy } from '@/domain';
import type { Language } from '@/lib/i18n';
import type { Labels } from './labels';
import { buildDocumentModel } from './model/build-model';
import type { DocumentModel } from './model/types';
import { FALLBACK_FONT_FILES, MAIN_FONT_FILES, fetchFonts } from './pdf-fonts';
import type { FontFile, FontLoader } from './pdf-fonts';
import { needsFallbackFont } from './pdf-glyphs';
import type { FontName, Measure } from './pdf-lines';
import { writePdf } from './pdf-writer';

// The strategy as a tagged PDF (PDF/UA-1) with the same model and structure as the DOCX:
// contents with page numbers and links, bookmarks, running header and footer, tables whose
// header row repeats on every page, landscape pages for the plan, selectable text in
// embedded fonts, and a structure tree that screen readers follow (see pdf-writer.ts, and
// docs/decisions for why pdfkit is driven directly rather than through pdfmake). It runs the
// same in the browser's worker and in Node, so the tests read back what users download.

const FONT_FACES: Record<FontName, FontFile> = {
  Roboto: 'Roboto-Regular.ttf',
  'Roboto-Bold': 'Roboto-Medium.ttf',
  'Roboto-Italic': 'Roboto-Italic.ttf',
  'Roboto-BoldItalic': 'Roboto-MediumItalic.ttf',
  DejaVu: 'DejaVuSans.ttf',
  'DejaVu-Bold': 'DejaVuSans-Bold.ttf',
};

/** XML's special characters as entities: pdfkit writes the title into the XMP metadata as it is. */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The strategy as a PDF file in language `lng` (the labels must be of that language). */
export async function buildPdf(
  strategy: Strategy,
  lng: Language,
  labels: Labels,
  loadFonts: FontLoader = fetchFonts,
): Promise<Uint8Array> {
  if (labels.lng !== lng) throw new Error(`Labels are in ${labels.lng}, the document should be in ${lng}`);
  return pdfOfModel(buildDocumentModel(strategy, labels), loadFonts);
}

/** The document model drawn as a tagged PDF (what `buildPdf` does once the model is built). */
export async function pdfOfModel(model: DocumentModel, loadFonts: FontLoader = fetchFonts): Promise<Uint8Array> {
  const withFallback = needsFallbackFont(JSON.stringify([model.parts, model.cover, model.header, model.toc]));
  const files = await loadFonts(withFallback ? [...MAIN_FONT_FILES, ...FALLBACK_FONT_FILES] : MAIN_FONT_FILES);

  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    // No standard font: every letter is drawn in an embedded one.
    font: null as never,
    pdfVersion: '1.7',
    tagged: true,
    // The types know only PDF/A; pdfkit also writes PDF/UA's identification.
    subset: 'PDF/UA' as never,
    lang: model.locale,
    displayTitle: true,
    info: {
      Title: model.fileTitle,
      Subject: model.subject,
      Keywords: model.keywords,
      Creator: 'LiBri Strategy Builder',
      Producer: 'LiBri Strategy Builder (pdfkit)',
    },
  });
  const metadata = doc as unknown as { endMetadata: () => void; info: Record<string, unknown> };
  const endMetadata = metadata.endMetadata.bind(doc);
  metadata.endMetadata = () => {
    for (const [key, value] of Object.entries(metadata.info))
      if (typeof value === 'string') metadata.info[key] = xmlText(value);
    endMetadata();
  };
  for (const [name, file] of Object.entries(FONT_FACES)) if (files[file]) doc.registerFont(name, files[file] as never);

  const widths = new Map<string, number>();
  const measure: Measure = (text, font, size) => {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = doc.font(font).fontSize(size).widthOfString(text);
      widths.set(key, width);
    }
    return width;
  };

  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    doc.on('error', reject);
  });
  writePdf(doc, model, measure);
  doc.end();
  return done;
}
