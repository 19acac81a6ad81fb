import type { Cell, Column } from './model/types';

// Table rows are kept whole on one page when they are short: a row split across pages
// is hard to read. A row taller than a page must break, or it is lost (pdfmake) or
// clipped; both generators keep rows whole only when every row of the table is short.

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
