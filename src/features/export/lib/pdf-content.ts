import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import type { Block, Cell, Part, Run } from './model/types';

// Model blocks → pdfmake content. pdfmake draws strings as they are; the only care
// needed is the font: text in Hebrew or Arabic script goes to the fallback font,
// since the main one has no such letters (a missing letter would print as a box).

export const MAIN_FONT = 'Roboto';
export const FALLBACK_FONT = 'DejaVuSans';

const FALLBACK_CHARS = '\u0530-\u058F\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFB4F\uFB50-\uFDFF\uFE70-\uFEFF';
const FALLBACK = new RegExp(`[${FALLBACK_CHARS}]`);
// A stretch of fallback script, with the spaces and punctuation between its words.
const FALLBACK_STRETCH = new RegExp(`([${FALLBACK_CHARS}]+(?:[\\s\\p{P}\\p{N}]+[${FALLBACK_CHARS}]+)*)`, 'u');

export const needsFallbackFont = (text: string) => FALLBACK.test(text);

type Inline = { text: string; bold?: boolean; italics?: boolean; font?: string };

/** Runs as pdfmake inlines, letters the main font lacks set in the fallback font. */
export function inlines(runs: Run[]): Inline[] {
  return runs.flatMap((run) =>
    run.text
      .split(FALLBACK_STRETCH)
      .filter((text) => text !== '')
      .map((text) => ({
        text,
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italics: true } : {}),
        ...(FALLBACK.test(text) ? { font: FALLBACK_FONT } : {}),
      })),
  );
}

const textOf = (runs: Run[], extra: Partial<ContentText> = {}): ContentText => ({ text: inlines(runs), ...extra });

function cellContent(cell: Cell): TableCell {
  if (cell.length === 0) return { text: '' };
  return { stack: cell.map((p) => textOf(p, { margin: [0, 0, 0, 2] })) };
}

function block(b: Block, parent: { id: string }): Content {
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
      const content = block(b, parent) as Content & object;
      return i === 0 ? { ...content, pageBreak: 'before' as const, pageOrientation: part.orientation } : content;
    }),
  );
}
