import {
  Bookmark,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Cell, Column, Run } from './model/types';
import { fitColumns, rowsFitWhole } from './table-fit';

// Model blocks → docx paragraphs and tables. Text goes into XML text nodes only (the
// docx library escapes it), so nothing a user typed can become markup.

export const BULLETS = 'bullets';
export const NUMBERS = 'numbers';
export const NOTE_STYLE = 'Note';

/** Runs of one paragraph; line breaks inside a text become Word line breaks. */
function textRuns(runs: Run[], size?: number): TextRun[] {
  return runs.flatMap((run) =>
    run.text
      .split('\n')
      .map((text, i) => new TextRun({ text, bold: run.bold, italics: run.italic, size, break: i > 0 ? 1 : undefined })),
  );
}

const TABLE_TEXT = 18; // half-points: 9 pt
const CELL_MARGIN = 80; // twips, left and right of a cell's text

function cellParagraphs(cell: Cell): Paragraph[] {
  if (cell.length === 0) return [new Paragraph({})];
  return cell.map((p) => new Paragraph({ children: textRuns(p, TABLE_TEXT), spacing: { after: 60 } }));
}

function table(model: Column[], rows: Cell[][], textWidth: number): Table {
  // Sized as the PDF's columns are (in points: twips / 20), with the cell margins around the text.
  const columns = fitColumns(model, rows, {
    tableWidth: textWidth / 20,
    fontSize: TABLE_TEXT / 2,
    cellExtra: (2 * CELL_MARGIN) / 20,
  });
  const widths = columns.map((c) => Math.round((c.width / 100) * textWidth));
  // The header row repeats on each page and keeps with the first body row (keepNext on its
  // paragraphs), so a header never stands alone at the foot of a page.
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' },
          children: [
            new Paragraph({
              keepNext: true,
              keepLines: true,
              children: [new TextRun({ text: c.header, bold: true, size: TABLE_TEXT })],
            }),
          ],
        }),
    ),
  });
  const keepWhole = rowsFitWhole(columns, rows, textWidth / 20);
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: keepWhole,
        children: row.map(
          (cell, i) =>
            new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children: cellParagraphs(cell) }),
        ),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
  });
}

/** How a block sits among its neighbours. */
type Place = {
  /** The next block is a table: the block's last paragraph keeps with the table's first rows. */
  beforeTable: boolean;
  /** The block ends its part: the section break follows, no spacer is needed. */
  last: boolean;
};

function renderBlock(block: Block, textWidth: number, nextList: () => number, place: Place): (Paragraph | Table)[] {
  const keepNext = place.beforeTable || undefined;
  switch (block.kind) {
    case 'heading':
      // Set on the paragraph as well as in the heading styles: a heading never ends a page,
      // whatever styles the reader's word processor applies.
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          keepLines: true,
          children: [new Bookmark({ id: block.anchor, children: [new TextRun(block.text)] })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ keepNext, children: textRuns(block.runs) })];
    case 'note':
      return [new Paragraph({ keepNext, style: NOTE_STYLE, children: [new TextRun(block.text)] })];
    case 'field':
      return [
        new Paragraph({
          keepNext,
          children: textRuns([{ text: `${block.label} `, bold: true }, ...block.value]),
          spacing: { after: 60 },
        }),
      ];
    case 'list': {
      const instance = nextList();
      return block.items.map(
        (item, i) =>
          new Paragraph({
            keepNext: (keepNext && i === block.items.length - 1) || undefined,
            children: textRuns(item),
            numbering: block.ordered ? { reference: NUMBERS, level: 0, instance } : { reference: BULLETS, level: 0 },
            spacing: { after: 60 },
          }),
      );
    }
    case 'table':
      // An empty paragraph after a table keeps two tables or a table and a heading apart in Word.
      // At the end of a part the section break's own paragraph does that: a second empty
      // paragraph there could spill onto a page of its own before the next part.
      return [table(block.columns, block.rows, textWidth), ...(place.last ? [] : [new Paragraph({ keepNext })])];
  }
}

/** Counts ordered lists across the document: each restarts at 1 as its own numbering instance. */
export type ListCounter = { count: number };

/** One part's blocks (a section of the Word document: the section break follows the last one). */
export function renderBlocks(blocks: Block[], textWidth: number, lists: ListCounter): (Paragraph | Table)[] {
  return blocks.flatMap((block, i) =>
    renderBlock(block, textWidth, () => ++lists.count, {
      beforeTable: blocks[i + 1]?.kind === 'table',
      last: i === blocks.length - 1,
    }),
  );
}
