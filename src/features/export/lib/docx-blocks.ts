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
import { rowsFitWhole } from './table-fit';

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

function cellParagraphs(cell: Cell): Paragraph[] {
  if (cell.length === 0) return [new Paragraph({})];
  return cell.map((p) => new Paragraph({ children: textRuns(p, TABLE_TEXT), spacing: { after: 60 } }));
}

function table(columns: Column[], rows: Cell[][], textWidth: number): Table {
  const widths = columns.map((c) => Math.round((c.width / 100) * textWidth));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' },
          children: [new Paragraph({ children: [new TextRun({ text: c.header, bold: true, size: TABLE_TEXT })] })],
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
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function renderBlock(block: Block, textWidth: number, nextList: () => number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new Bookmark({ id: block.anchor, children: [new TextRun(block.text)] })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs) })];
    case 'note':
      return [new Paragraph({ style: NOTE_STYLE, children: [new TextRun(block.text)] })];
    case 'field':
      return [
        new Paragraph({
          children: textRuns([{ text: `${block.label} `, bold: true }, ...block.value]),
          spacing: { after: 60 },
        }),
      ];
    case 'list': {
      const instance = nextList();
      return block.items.map(
        (item) =>
          new Paragraph({
            children: textRuns(item),
            numbering: block.ordered ? { reference: NUMBERS, level: 0, instance } : { reference: BULLETS, level: 0 },
            spacing: { after: 60 },
          }),
      );
    }
    case 'table':
      // An empty paragraph after a table keeps two tables or a table and a heading apart in Word.
      return [table(block.columns, block.rows, textWidth), new Paragraph({})];
  }
}

/** Counts ordered lists across the document: each restarts at 1 as its own numbering instance. */
export type ListCounter = { count: number };

export function renderBlocks(blocks: Block[], textWidth: number, lists: ListCounter): (Paragraph | Table)[] {
  return blocks.flatMap((block) => renderBlock(block, textWidth, () => ++lists.count));
}
