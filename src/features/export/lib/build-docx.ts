import {
  AlignmentType,
  BuilderElement,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import type { ISectionOptions } from 'docx';
import type { Strategy } from '@/domain';
import type { Language } from '@/lib/i18n';
import { BULLETS, NOTE_STYLE, NUMBERS, renderBlocks } from './docx-blocks';
import type { ListCounter } from './docx-blocks';
import type { Labels } from './labels';
import { buildDocumentModel } from './model/build-model';
import type { DocumentModel, Orientation } from './model/types';

// The strategy as an editable Word document. Loaded only when the user exports
// (the docx library is large). Real heading styles make the contents and the
// navigation pane work; the document language sits in the default run properties.

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1134; // 2 cm
const TEXT_WIDTH: Record<Orientation, number> = { portrait: A4.width - 2 * MARGIN, landscape: A4.height - 2 * MARGIN };
const FONT = 'Calibri';
const MUTED = '44546A'; // 7.6:1 on white

function page(orientation: Orientation) {
  return {
    size: {
      width: A4.width,
      height: A4.height,
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { top: MARGIN + 300, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
  };
}

/** "Page {{page}} of {{pages}}" with Word fields in place of the placeholders. */
function pageNumberRuns(template: string): TextRun[] {
  return template
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{{page}}'
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === '{{pages}}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
}

/**
 * A table of contents in a content control of Word's "Table of Contents" gallery, as Word
 * writes its own: LibreOffice shows the entries of such a one (of a plain one it shows the
 * field code). Only a word processor's layout knows the pages, so the entries are written
 * without page numbers: Word adds them on opening (`updateFields` in the settings, below);
 * LibreOffice ignores that setting and adds them on Tools → Update → Update All.
 */
class ContentsTable extends TableOfContents {
  constructor(title: string, entries: DocumentModel['toc']) {
    super(title, {
      hyperlink: true,
      headingStyleRange: '1-1',
      cachedEntries: entries.map((e) => ({ title: e.text, level: 1, href: e.anchor })),
    });
    const gallery = new BuilderElement<{ val: string }>({
      name: 'w:docPartGallery',
      attributes: { val: { key: 'w:val', value: 'Table of Contents' } },
    });
    const docPart = new BuilderElement({
      name: 'w:docPartObj',
      children: [gallery, new BuilderElement({ name: 'w:docPartUnique' })],
    });
    this.root[0] = new BuilderElement({ name: 'w:sdtPr', children: [docPart] });
  }
}

function coverSection(model: DocumentModel): ISectionOptions {
  const { cover } = model;
  return {
    properties: { page: page('portrait') },
    children: [
      new Paragraph({
        spacing: { before: 2400, after: 240 },
        children: [new TextRun({ text: cover.municipality, size: 36, color: MUTED })],
      }),
      new Paragraph({ style: 'Title', children: [new TextRun(cover.title)] }),
      new Paragraph({ style: 'Subtitle', spacing: { after: 1200 }, children: [new TextRun(cover.subtitle)] }),
      ...cover.rows.map(
        (row) =>
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: `${row.label} `, bold: true }), new TextRun(row.value)],
          }),
      ),
    ],
  };
}

function bodySections(model: DocumentModel): ISectionOptions[] {
  const headers = {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: model.header, size: 16, color: MUTED })],
        }),
      ],
    }),
  };
  const footers = {
    default: new Footer({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(model.pageTemplate) })],
    }),
  };
  const lists: ListCounter = { count: 0 };
  return model.parts.map((part, i) => ({
    properties: { page: page(part.orientation) },
    headers,
    footers,
    children: [
      ...(i === 0
        ? [
            new Paragraph({ style: 'TOCHeading', children: [new TextRun(model.contentsTitle)] }),
            new ContentsTable(model.contentsTitle, model.toc),
            new Paragraph({ pageBreakBefore: true, children: [] }),
          ]
        : []),
      ...renderBlocks(part.blocks, TEXT_WIDTH[part.orientation], lists),
    ],
  }));
}

export function createDocx(model: DocumentModel): Document {
  const language = { value: model.locale };
  return new Document({
    title: model.fileTitle,
    subject: model.subject,
    keywords: model.keywords,
    creator: 'LiBri Strategy Builder',
    description: model.subject,
    // <w:updateFields/>: Word updates the fields on opening (after asking), so the contents get
    // their page numbers without the reader knowing to update them.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: {
          run: { font: FONT, size: 56, bold: true, color: '1F3864', language },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '1F3864', language },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: FONT, size: 25, bold: true, color: '2F5496', language },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true },
        },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 30, color: MUTED } },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 32, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 240, after: 200 } },
        },
        { id: NOTE_STYLE, name: 'Note', basedOn: 'Normal', next: 'Normal', run: { italics: true, color: MUTED } },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
        {
          reference: NUMBERS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [coverSection(model), ...bodySections(model)],
  });
}

/** The strategy as a DOCX file in language `lng` (the labels must be of that language). */
export async function buildDocx(strategy: Strategy, lng: Language, labels: Labels): Promise<Uint8Array> {
  if (labels.lng !== lng) throw new Error(`Labels are in ${labels.lng}, the document should be in ${lng}`);
  return Packer.pack(createDocx(buildDocumentModel(strategy, labels)), 'uint8array');
}
