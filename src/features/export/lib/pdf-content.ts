import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import type { Block, Cell, Part, Run } from './model/types';
import { fontPieces } from './pdf-glyphs';
import { fitColumns, rowsFitWhole, textWidth } from './table-fit';

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

/** Space between the paragraphs of a list or cell, none after the last (see `placed`). */
const between = (i: number, count: number): [number, number, number, number] => [0, 0, 0, i < count - 1 ? 2 : 0];

function cellContent(cell: Cell): TableCell {
  if (cell.length === 0) return { text: '' };
  return { stack: cell.map((p, i) => textOf(p, { margin: between(i, cell.length) })) };
}

/** Width of the text area in points (A4, 56 pt side margins), by orientation. */
const TEXT_WIDTH: Record<Part['orientation'], number> = { portrait: 483, landscape: 730 };
/** The table layout's cell padding (4 pt each side) and rules (0.5 pt), as build-pdf.ts sets them. */
const TABLE_CELL_EXTRA = 8.5;
export const TABLE_FONT_SIZE = 8.5;

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
      const items = b.items.map((item, i) => textOf(item, { margin: between(i, b.items.length) }));
      return b.ordered ? { ol: items, style: 'p' } : { ul: items, style: 'p' };
    }
    case 'table': {
      const columns = fitColumns(b.columns, b.rows, {
        tableWidth: TEXT_WIDTH[orientation],
        fontSize: TABLE_FONT_SIZE,
        cellExtra: TABLE_CELL_EXTRA,
      });
      return {
        style: 'table',
        table: {
          // The header repeats on every page and never ends one: it moves on with the first body row.
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: rowsFitWhole(columns, b.rows, TEXT_WIDTH[orientation]),
          widths: columns.map((c) => `${c.width}%`),
          body: [
            columns.map((c) => ({ ...textOf([{ text: c.header }]), style: 'th' })),
            ...b.rows.map((row) => row.map(cellContent)),
          ],
        },
        layout: 'strategy',
      };
    }
  }
}

type Node = Content & object;
const startsPage = (content: Node, orientation: Part['orientation']) =>
  ({ ...content, pageBreak: 'before', pageOrientation: orientation }) as Node;
// pdfmake moves to a new page when a bottom margin does not fit: after a part's last block that
// page would stay empty before the next part's own page break.
const noSpaceBelow = (content: Node) => ({ ...content, marginBottom: 0 }) as Node;

/** Lines of body text a heading may take along whole to the next page. */
const MAX_KEPT_LINES = 8;

/** Whether a block is short text that can go unbroken with the heading before it (10 pt body text). */
function shortText(b: Block, width: number): boolean {
  const runs =
    b.kind === 'paragraph'
      ? b.runs
      : b.kind === 'field'
        ? [{ text: b.label }, ...b.value]
        : b.kind === 'note'
          ? [{ text: b.text }]
          : null;
  if (!runs) return false;
  const lines = runs
    .map((r) => r.text)
    .join('')
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line, 10, true) / width)), 0);
  return lines <= MAX_KEPT_LINES;
}

/**
 * Groups each run of headings with the short text that follows them into one unbreakable
 * stack, so they move to the next page together. What is longer (a table, a list, a long
 * paragraph) stays apart, and the document's `pageBreakBefore` moves a heading left alone
 * at a page's foot instead; grouping spares pdfmake most of those relayouts.
 */
function keptWithHeadings(blocks: Block[], width: number): Block[][] {
  const groups: Block[][] = [];
  let open: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') open.push(b);
    else if (open.length > 0 && shortText(b, width)) {
      groups.push([...open, b]);
      open = [];
    } else {
      groups.push(...open.map((h) => [h]), [b]);
      open = [];
    }
  }
  groups.push(...open.map((h) => [h]));
  return groups;
}

/** Each part begins on a new page in its own orientation; its last block has no space below. */
export function partsContent(parts: Part[]): Content[] {
  const parent = { id: '' };
  return parts.flatMap((part) => {
    const groups = keptWithHeadings(part.blocks, TEXT_WIDTH[part.orientation]);
    const last = part.blocks.at(-1);
    return groups.map((group, i) => {
      const contents = group.map((b) => {
        const content = block(b, parent, part.orientation) as Node;
        return b === last ? noSpaceBelow(content) : content;
      });
      const content: Node = contents.length === 1 ? contents[0]! : { stack: contents, unbreakable: true };
      return i === 0 ? startsPage(content, part.orientation) : content;
    });
  });
}
