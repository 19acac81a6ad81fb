import { BOLD_WIDTHS, REGULAR_WIDTHS, WIDTH_RANGES } from './font-widths';
import type { Cell, Column, Run } from './model/types';

// Table rows are kept whole on one page when they are short: a row split across pages
// is hard to read. A row taller than a page must break, or it is lost or clipped: Word
// keeps rows whole only when every row of the table is short (the PDF writer decides row by row).
//
// Columns are at least as wide as their longest word: a narrow column would otherwise break
// "Sākotnējā" or "docelowa" in the middle, as Word and the PDF writer do when a word does not fit.

const TABLE_FONT = 8.5; // pt
/** Rows estimated shorter than this (pt) are kept whole. */
const MAX_UNBROKEN_ROW = 220;

/** A rough height estimate from the text length: enough to tell a short row from a tall one. */
export function rowsFitWhole(columns: Column[], rows: Cell[][], textWidthPt: number): boolean {
  const lineHeight = TABLE_FONT * 1.2 * 1.2;
  return rows.every((row) =>
    row.every((cell, i) => {
      const perLine = Math.max(8, (((columns[i]?.width ?? 10) / 100) * textWidthPt) / (TABLE_FONT * 0.5));
      const lines = cell.reduce(
        (sum, p) =>
          sum +
          p.reduce(
            (n, r) => n + r.text.split('\n').reduce((k, l) => k + Math.max(1, Math.ceil(l.length / perLine)), 0),
            0,
          ),
        0,
      );
      return lines * lineHeight + 8 < MAX_UNBROKEN_ROW;
    }),
  );
}

/** Thousandths of an em per code point, regular and bold; Roboto is wider than Word's Calibri, so a fit here fits there. */
function widthTable(widths: readonly number[]): Map<number, number> {
  const table = new Map<number, number>();
  let i = 0;
  for (const [start, end] of WIDTH_RANGES) for (let cp = start; cp <= end; cp++) table.set(cp, widths[i++] ?? 0);
  return table;
}
const REGULAR = widthTable(REGULAR_WIDTHS);
const BOLD = widthTable(BOLD_WIDTHS);
/** A letter outside the table (Cyrillic, Greek…): about as wide as a wide lowercase letter. */
const OTHER = 650;

/** Width in points of `text` on one line, in the table font at `sizePt`. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let em = 0;
  for (const ch of text.normalize('NFC')) em += table.get(ch.codePointAt(0)!) ?? OTHER;
  return (em / 1000) * sizePt;
}

/** The pieces a line may not break inside: words, split after a hyphen or slash as line breaking does. */
export const wordsOf = (text: string): string[] => text.split(/\s+|(?<=[-‐–/])/).filter(Boolean);

const widestWord = (runs: Run[], sizePt: number, bold = false) =>
  Math.max(0, ...runs.flatMap((r) => wordsOf(r.text).map((w) => textWidth(w, sizePt, bold || r.bold))));

export type TableMetrics = {
  /** Width of the whole table, in points. */
  tableWidth: number;
  /** Font size of the table's text, in points. */
  fontSize: number;
  /** What a cell adds around its text (padding and rules), in points. */
  cellExtra: number;
};

/**
 * The columns' widths (per cent of the table, summing to 100), starting from the model's shares:
 * each column is made at least as wide as the longest word of its header (headers are bold) and,
 * where the table has room for it, of its cells. The width is taken from the columns that have
 * more than they need, in proportion to what they can spare.
 */
export function fitColumns(columns: Column[], rows: Cell[][], m: TableMetrics): Column[] {
  const need = (words: number) => words + m.cellExtra + 0.5;
  const headerNeed = columns.map((c) => need(widestWord([{ text: c.header }], m.fontSize, true)));
  const cellNeed = columns.map((_, i) =>
    Math.max(headerNeed[i]!, ...rows.map((row) => need(widestWord((row[i] ?? []).flat(), m.fontSize)))),
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  // Header words must stay whole; a cell's word only when all of them fit side by side.
  const min = sum(cellNeed) <= m.tableWidth ? cellNeed : headerNeed;
  if (sum(min) > m.tableWidth) return columns;
  const widths = columns.map((c, i) => Math.max((c.width / 100) * m.tableWidth, min[i]!));
  const excess = sum(widths) - m.tableWidth;
  const spare = widths.map((w, i) => w - min[i]!);
  const totalSpare = sum(spare);
  return columns.map((c, i) => ({
    ...c,
    width: ((widths[i]! - (excess > 0 ? (excess * spare[i]!) / totalSpare : 0)) / m.tableWidth) * 100,
  }));
}
