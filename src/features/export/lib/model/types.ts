import type { Language } from '@/lib/i18n';

// The document as both generators see it: what is written, in which order, with which
// structure. DOCX and PDF render this one model, so they cannot differ in content.
// Every string in it is already translated and cleaned (see sanitize.ts); a `text`
// may hold line breaks (\n).

export type Run = { text: string; bold?: boolean; italic?: boolean };
/** One paragraph of a table cell. */
export type CellParagraph = Run[];
export type Cell = CellParagraph[];

export type Column = { header: string; /** Share of the table's width, all columns summing to 100. */ width: number };

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string; anchor: string }
  | { kind: 'paragraph'; runs: Run[] }
  /** "Not provided" and other remarks of the document itself, set apart from the content. */
  | { kind: 'note'; text: string }
  /** "Label: value", one per line; `label` comes with its colon. */
  | { kind: 'field'; label: string; value: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | { kind: 'table'; caption: string; columns: Column[]; rows: Cell[][] };

export type Orientation = 'portrait' | 'landscape';

/** A run of pages in one orientation: each starts on a new page. */
export type Part = { orientation: Orientation; blocks: Block[] };

export type TocEntry = { text: string; anchor: string };

export type DocumentModel = {
  lng: Language;
  /** BCP 47 tag with region, e.g. lv-LV. */
  locale: string;
  /** Title for the document properties and the window title. */
  fileTitle: string;
  subject: string;
  keywords: string;
  /** Shown at the top of every page but the cover. */
  header: string;
  cover: {
    municipality: string;
    title: string;
    subtitle: string;
    /** `label` comes with its colon. */
    rows: { label: string; value: string }[];
  };
  contentsTitle: string;
  toc: TocEntry[];
  parts: Part[];
  /** "Page {{page}} of {{pages}}" in the document's language: DOCX puts fields where the placeholders are. */
  pageTemplate: string;
};
