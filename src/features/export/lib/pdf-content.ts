import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import type { Block, Cell, Part, Run } from './model/types';
import { fontPieces } from './pdf-glyphs';
import { rowsFitWhole } from './table-fit';

// Model blocks → pdfmake content. pdfmake draws strings as they are; the only care
// needed is the font (see pdf-glyphs.ts).

export const MAIN_FONT = 'Roboto';
export const FALLBACK_FONT = 'DejaVuSans';

type Inline = { text: string; bold?: boolean; italics?: boolean; font?: string };

/** Runs as pdfmake inlines, each piece in a font that has its letters. */
export function inlines(runs: Run[]): Inline[] {
  return runs.flatMap((run) =>
    fontPieces(run.text).map((piece) => ({
      text: piece.text,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(piece.font === 'fallback' ? { font: FALLBACK_FONT } : {}),
    })),
  );
}

const textOf = (runs: Run[], extra: Partial<ContentText> = {}): ContentText => ({ text: inlines(runs), ...extra });

function cellContent(cell: Cell): TableCell {
  if (cell.length === 0) return { text: '' };
  return { stack: cell.map((p) => textOf(p, { margin: [0, 0, 0, 2] })) };
}

/** Width of the text area in points (A4, 56 pt side margins), by orientation. */
const TEXT_WIDTH: Record<Part['orientation'], number> = { portrait: 483, landscape: 730 };

function block(b: Block, parent: { id: string }, orientation: Part['orientation']): Content {
  switch (b.kind) {
    case 'heading':
      if (b.level === 1) parent.id = b.anchor;
      return {
        ...textOf([{ text: b.text }]),
        style: b.level === 1 ? 'h1' : 'h2',
        id: b.anchor,
        headlineLevel: b.level,
        tocItem: b.level === 1,
        outline: true,
        outlineText: b.text,
        ...(b.level === 2 ? { outlineParentId: parent.id } : {}),
      };
    case 'paragraph':
      return textOf(b.runs, { style: 'p' });
    case 'note':
      return textOf([{ text: b.text }], { style: 'note' });
    case 'field':
      return textOf([{ text: `${b.label} `, bold: true }, ...b.value], { style: 'field' });
    case 'list': {
      const items = b.items.map((item) => textOf(item, { margin: [0, 0, 0, 2] }));
      return b.ordered ? { ol: items, style: 'p' } : { ul: items, style: 'p' };
    }
    case 'table':
      return {
        style: 'table',
        table: {
          headerRows: 1,
          dontBreakRows: rowsFitWhole(b.columns, b.rows, TEXT_WIDTH[orientation]),
          widths: b.columns.map((c) => `${c.width}%`),
          body: [
            b.columns.map((c) => ({ ...textOf([{ text: c.header }]), style: 'th' })),
            ...b.rows.map((row) => row.map(cellContent)),
          ],
        },
        layout: 'strategy',
      };
  }
}

/** Each part begins on a new page in its own orientation. */
export function partsContent(parts: Part[]): Content[] {
  const parent = { id: '' };
  return parts.flatMap((part) =>
    part.blocks.map((b, i) => {
      const content = block(b, parent, part.orientation) as Content & object;
      return i === 0 ? { ...content, pageBreak: 'before' as const, pageOrientation: part.orientation } : content;
    }),
  );
}
