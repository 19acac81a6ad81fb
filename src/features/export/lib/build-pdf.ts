import pdfMake from 'pdfmake';
import type {
  Content,
  CustomTableLayout,
  StyleDictionary,
  TDocumentDefinitions,
  TFontDictionary,
} from 'pdfmake/interfaces';

type PageBreakBefore = NonNullable<TDocumentDefinitions['pageBreakBefore']>;
type Node = Parameters<PageBreakBefore>[0];
import type { Strategy } from '@/domain';
import type { Language } from '@/lib/i18n';
import type { Labels } from './labels';
import { buildDocumentModel } from './model/build-model';
import type { DocumentModel } from './model/types';
import { FALLBACK_FONT, MAIN_FONT, TABLE_FONT_SIZE, inlines, partsContent } from './pdf-content';
import { FALLBACK_FONT_FILES, MAIN_FONT_FILES, fetchFonts } from './pdf-fonts';
import { needsFallbackFont } from './pdf-glyphs';
import type { FontLoader } from './pdf-fonts';

// The strategy as a PDF with the same model and structure as the DOCX. pdfmake lays it
// out (contents with page numbers, repeated table headers, landscape pages, bookmarks)
// and writes selectable text in embedded fonts; it runs the same in the browser and in
// Node, so the tests read back exactly what users download.

const DARK = '#1F3864';
/** Styles of the running header and footer, by which the page-break check tells them from the content. */
const RUNNING_HEADER = 'runningHeader';
const RUNNING_FOOTER = 'runningFooter';
const MUTED = '#44546A';

const STYLES: StyleDictionary = {
  coverPlace: { fontSize: 18, color: MUTED, margin: [0, 140, 0, 12] },
  coverTitle: { fontSize: 30, bold: true, color: DARK, margin: [0, 0, 0, 6] },
  coverSubtitle: { fontSize: 15, color: MUTED, margin: [0, 0, 0, 70] },
  coverRow: { fontSize: 11, margin: [0, 0, 0, 6] },
  tocTitle: { fontSize: 18, bold: true, color: DARK, margin: [0, 0, 0, 12] },
  h1: { fontSize: 17, bold: true, color: DARK, margin: [0, 14, 0, 8] },
  h2: { fontSize: 12.5, bold: true, color: '#2F5496', margin: [0, 10, 0, 4] },
  p: { margin: [0, 0, 0, 6] },
  field: { margin: [0, 0, 0, 3] },
  note: { italics: true, color: MUTED, margin: [0, 0, 0, 6] },
  table: { fontSize: TABLE_FONT_SIZE, margin: [0, 4, 0, 10] },
  th: { bold: true },
  [RUNNING_HEADER]: { fontSize: 8, color: MUTED, alignment: 'right' },
  [RUNNING_FOOTER]: { fontSize: 8, color: MUTED, alignment: 'center' },
};

const TABLE_LAYOUT: CustomTableLayout = {
  fillColor: (row: number) => (row === 0 ? '#D9E2F3' : null),
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#8EA0BE',
  vLineColor: () => '#8EA0BE',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function fontDictionary(withFallback: boolean): TFontDictionary {
  const fonts: TFontDictionary = {
    [MAIN_FONT]: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  };
  if (withFallback) {
    fonts[FALLBACK_FONT] = {
      normal: 'DejaVuSans.ttf',
      bold: 'DejaVuSans-Bold.ttf',
      italics: 'DejaVuSans.ttf',
      bolditalics: 'DejaVuSans-Bold.ttf',
    };
  }
  return fonts;
}

const isRunning = (node: Node) => node.style === RUNNING_HEADER || node.style === RUNNING_FOOTER;

/**
 * A heading never ends a page: when nothing but the running header and footer, or other
 * headings, follows it on its page, it moves to the next page with the text it introduces.
 * A table counts as following only when its header row and first body row fit on the page
 * (`keepWithHeaderRows`); otherwise it moves on whole, and the heading with it. Headings
 * followed only by headings move too, so a chapter title never stays behind its first
 * sub-heading. (pdfmake lays the document out again after each move.)
 */
const strandedHeading: PageBreakBefore = (node, queries) =>
  node.headlineLevel !== undefined &&
  queries.getFollowingNodesOnPage().every((next) => isRunning(next) || next.headlineLevel !== undefined);

export function pdfDefinition(model: DocumentModel): TDocumentDefinitions {
  const { cover } = model;
  const coverContent: Content[] = [
    { text: inlines([{ text: cover.municipality }]), style: 'coverPlace' },
    { text: cover.title, style: 'coverTitle' },
    { text: cover.subtitle, style: 'coverSubtitle' },
    ...cover.rows.map((row): Content => ({
      text: inlines([{ text: `${row.label} `, bold: true }, { text: row.value }]),
      style: 'coverRow',
    })),
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [56, 62, 56, 56],
    version: '1.7',
    language: model.locale,
    displayTitle: true,
    info: {
      title: model.fileTitle,
      subject: model.subject,
      keywords: model.keywords,
      creator: 'LiBri Strategy Builder',
      producer: 'LiBri Strategy Builder (pdfmake)',
    },
    defaultStyle: { font: MAIN_FONT, fontSize: 10, lineHeight: 1.2 },
    styles: STYLES,
    header: (page) =>
      page === 1 ? null : { text: inlines([{ text: model.header }]), style: RUNNING_HEADER, margin: [56, 28, 56, 0] },
    footer: (page, pages) =>
      page === 1
        ? null
        : {
            text: model.pageTemplate.replace('{{page}}', String(page)).replace('{{pages}}', String(pages)),
            style: RUNNING_FOOTER,
            margin: [0, 22, 0, 0],
          },
    pageBreakBefore: strandedHeading,
    content: [
      ...coverContent,
      { toc: { title: { text: model.contentsTitle, style: 'tocTitle' } }, pageBreak: 'before' },
      ...partsContent(model.parts),
    ],
  };
}

type VirtualFs = { writeFileSync: (name: string, data: Uint8Array) => void };

/** The strategy as a PDF file in language `lng` (the labels must be of that language). */
export async function buildPdf(
  strategy: Strategy,
  lng: Language,
  labels: Labels,
  loadFonts: FontLoader = fetchFonts,
): Promise<Uint8Array> {
  if (labels.lng !== lng) throw new Error(`Labels are in ${labels.lng}, the document should be in ${lng}`);
  const model = buildDocumentModel(strategy, labels);
  const definition = pdfDefinition(model);
  const withFallback = needsFallbackFont(JSON.stringify([model.parts, model.cover, model.header]));
  const files = await loadFonts(withFallback ? [...MAIN_FONT_FILES, ...FALLBACK_FONT_FILES] : MAIN_FONT_FILES);
  const vfs = (pdfMake as unknown as { virtualfs: VirtualFs }).virtualfs;
  for (const [name, data] of Object.entries(files)) vfs.writeFileSync(name, data);
  // Nothing is fetched or read from disk while the PDF is made: fonts come from memory only.
  const policies = pdfMake as unknown as {
    setUrlAccessPolicy?: (f: () => boolean) => void;
    setLocalAccessPolicy?: (f: () => boolean) => void;
  };
  policies.setUrlAccessPolicy?.(() => false);
  policies.setLocalAccessPolicy?.(() => false);
  pdfMake.setFonts(fontDictionary(withFallback));
  pdfMake.addTableLayouts({ strategy: TABLE_LAYOUT });
  const buffer = await pdfMake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
