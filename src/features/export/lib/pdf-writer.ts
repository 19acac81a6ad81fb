import type { Block, Cell, DocumentModel, Orientation, Part, Run } from './model/types';
import { breakLines } from './pdf-lines';
import type { Line, Measure } from './pdf-lines';
import { fitColumns } from './table-fit';

// The document model laid out on A4 pages and drawn with pdfkit as a tagged PDF: every
// text drawn belongs to an element of the structure tree, in reading order (Document →
// Sect per chapter → H1/H2, P, L/LI/Lbl/LBody, Table/THead/TBody/TR/TH/TD, TOC/TOCI/Link),
// and everything else (running header and footer, rules and shading, a table's header
// repeated on the next page) is marked as an artifact that screen readers skip.
//
// The writer breaks lines itself (pdf-lines.ts), so it knows every block's height before
// drawing it: a heading goes to the next page with the start of what it introduces, a
// table's header row repeats on every page it spans and never ends one, a row that fits
// on a page is never split, and a row taller than a page continues on the next.

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const A4 = { portrait: [595.28, 841.89], landscape: [841.89, 595.28] } as const;
/** Page margins in points: the running header sits above `top`, the footer below `bottom`. */
export const MARGINS = { left: 56, top: 62, right: 56, bottom: 56 } as const;

const DARK = '#1F3864';
const MUTED = '#44546A';
const H2_COLOR = '#2F5496';
const BLACK = '#000000';
const RULE = '#8EA0BE';
const HEADER_FILL = '#D9E2F3';

export const BODY_SIZE = 10;
export const TABLE_FONT_SIZE = 8.5;
const LINE_HEIGHT = 1.2;
/** Roboto's line box (ascender − descender) and ascender, in ems. */
const FONT_BOX = 2400 / 2048;
const FONT_ASCENT = 1900 / 2048;
const CELL_PAD = { x: 4, y: 3 };
const RULE_WIDTH = 0.5;
/** Lines of text a heading takes along whole to the next page; longer text, its first two lines. */
const MAX_KEPT_LINES = 8;
const KEPT_LINES = 2;
/** Fewest lines of a paragraph at the foot or the head of a page. */
const MIN_LINES = 2;

type TextStyle = { size: number; color: string; bold?: boolean; italic?: boolean };
const STYLE = {
  coverPlace: { size: 18, color: MUTED },
  coverTitle: { size: 30, color: DARK, bold: true },
  coverSubtitle: { size: 15, color: MUTED },
  coverRow: { size: 11, color: BLACK },
  tocTitle: { size: 18, color: DARK, bold: true },
  toc: { size: BODY_SIZE, color: BLACK },
  h1: { size: 17, color: DARK, bold: true },
  h2: { size: 12.5, color: H2_COLOR, bold: true },
  body: { size: BODY_SIZE, color: BLACK },
  note: { size: BODY_SIZE, color: MUTED, italic: true },
  cell: { size: TABLE_FONT_SIZE, color: BLACK },
  th: { size: TABLE_FONT_SIZE, color: BLACK, bold: true },
  running: { size: 8, color: MUTED },
} satisfies Record<string, TextStyle>;

const lineHeight = (size: number) => size * FONT_BOX * LINE_HEIGHT;
const linesHeight = (lines: readonly Line[], size: number) => lines.length * lineHeight(size);

/** Space above and below each kind of block, in points. */
const SPACE = {
  h1: [14, 8],
  h2: [10, 4],
  paragraph: [0, 6],
  note: [0, 6],
  field: [0, 3],
  list: [0, 6],
  table: [4, 10],
} as const;
/** Space between the paragraphs of a list or a cell. */
const BETWEEN = 2;

type CellLayout = { paragraphs: Line[][]; height: number };
type TableLayout = { widths: number[]; header: CellLayout[]; rows: CellLayout[][]; headerHeight: number };

export function writePdf(doc: Doc, model: DocumentModel, measure: Measure) {
  new Writer(doc, model, measure).write();
}

class Writer {
  private y: number = MARGINS.top;
  private pageCount = 0;
  private orientation: Orientation = 'portrait';
  private readonly root: Struct;
  private chapter: Struct | null = null;
  private chapterOutline: PDFKit.PDFOutline | null = null;
  /** Page (1-based) of each heading by its anchor, for the contents. */
  private readonly pages = new Map<string, number>();

  constructor(
    private readonly doc: Doc,
    private readonly model: DocumentModel,
    private readonly measure: Measure,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  write() {
    this.cover();
    const toc = this.reserveContents();
    for (const part of this.model.parts) this.part(part);
    this.endChapter();
    this.contents(toc);
    this.runningHeaderAndFooter();
    this.root.end();
  }

  // Pages ---------------------------------------------------------------------------------

  private newPage(orientation: Orientation = this.orientation) {
    this.orientation = orientation;
    this.doc.addPage({ size: [...A4[orientation]] as [number, number], margins: MARGINS });
    this.pageCount++;
    this.y = MARGINS.top;
  }

  private get width() {
    return A4[this.orientation][0] - MARGINS.left - MARGINS.right;
  }

  private get bottom() {
    return A4[this.orientation][1] - MARGINS.bottom;
  }

  private get atTop() {
    return this.y <= MARGINS.top + 0.01;
  }

  /** Starts a new page unless `height` fits below or the page is still empty. */
  private keep(height: number) {
    if (this.y + height > this.bottom + 0.01 && !this.atTop) this.newPage();
  }

  private space(points: number) {
    if (!this.atTop) this.y += points;
  }

  // Drawing -------------------------------------------------------------------------------

  private lines(text: Run[], style: TextStyle, width: number): Line[] {
    return breakLines(text, width, style.size, this.measure, style);
  }

  private drawLine(line: Line, x: number, top: number, style: TextStyle) {
    const baseline = top + (lineHeight(style.size) - style.size * FONT_BOX) / 2 + style.size * FONT_ASCENT;
    this.doc.fillColor(style.color);
    for (const piece of line.pieces)
      this.doc
        .font(piece.font)
        .fontSize(style.size)
        .text(piece.text, x + piece.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }

  /** Marks what `draw` draws as content of `element` (one marked sequence per page it is on). */
  private tagged(element: Struct, tag: string, draw: () => void) {
    const content = this.doc.markStructureContent(tag);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  private artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout') {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * Lines flowing down the page from `x`, onto the next pages as needed, as content of
   * `element`. A paragraph never leaves a single line at a page's foot or carries a single
   * line over to the next page (widow and orphan control), where it has the lines to avoid it.
   */
  private flow(element: Struct, tag: string, lines: Line[], style: TextStyle, x: number = MARGINS.left) {
    const h = lineHeight(style.size);
    let i = 0;
    while (i < lines.length) {
      const rest = lines.length - i;
      let fit = Math.floor((this.bottom + 0.01 - this.y) / h);
      if (fit < rest && !this.atTop) {
        if (fit < MIN_LINES || rest < 2 * MIN_LINES) {
          this.newPage();
          continue;
        }
        fit = Math.min(fit, rest - MIN_LINES);
      }
      const page = lines.slice(i, i + Math.max(1, fit));
      this.tagged(element, tag, () => {
        for (const line of page) {
          this.drawLine(line, x, this.y, style);
          this.y += h;
        }
      });
      i += page.length;
    }
  }

  private paragraph(parent: Struct, tag: string, lines: Line[], style: TextStyle, x: number = MARGINS.left) {
    const element = this.doc.struct(tag);
    parent.add(element);
    this.flow(element, tag, lines, style, x);
    element.end();
  }

  // Cover and contents -----------------------------------------------------------------------

  private cover() {
    const { cover } = this.model;
    this.newPage('portrait');
    const section = this.doc.struct('Sect');
    this.root.add(section);
    const width = this.width;
    this.y += 140;
    const put = (tag: string, runs: Run[], style: TextStyle, below: number) => {
      this.paragraph(section, tag, this.lines(runs, style, width), style);
      this.y += below;
    };
    put('P', [{ text: cover.municipality }], STYLE.coverPlace, 12);
    put('H1', [{ text: cover.title }], STYLE.coverTitle, 6);
    put('P', [{ text: cover.subtitle }], STYLE.coverSubtitle, 70);
    for (const row of cover.rows)
      put('P', [{ text: `${row.label} `, bold: true }, { text: row.value }], STYLE.coverRow, 6);
    section.end();
  }

  /** Width of the contents' page-number column. */
  private static readonly NUMBER_WIDTH = 36;

  private tocEntries() {
    const width = this.width - Writer.NUMBER_WIDTH;
    return this.model.toc.map((entry) => ({ entry, lines: this.lines([{ text: entry.text }], STYLE.toc, width) }));
  }

  /** Blank pages for the contents, as many as it will fill; drawn once the page numbers are known. */
  private reserveContents() {
    const title = this.lines([{ text: this.model.contentsTitle }], STYLE.tocTitle, this.width);
    const entries = this.tocEntries();
    const first = this.pageCount + 1;
    this.newPage('portrait');
    let y = MARGINS.top + linesHeight(title, STYLE.tocTitle.size) + 12;
    for (const { lines } of entries) {
      const h = linesHeight(lines, STYLE.toc.size) + 4;
      if (y + h > this.bottom) {
        this.newPage('portrait');
        y = MARGINS.top;
      }
      y += h;
    }
    return { first, title, entries };
  }

  private contents({ first, title, entries }: ReturnType<Writer['reserveContents']>) {
    const toc = this.doc.struct('TOC');
    // The contents come right after the cover in reading order, though drawn last.
    this.root.add(toc);
    let page = first;
    this.doc.switchToPage(page - 1);
    this.orientation = 'portrait';
    this.y = MARGINS.top;
    this.paragraph(toc, 'H1', title, STYLE.tocTitle);
    this.y += 12;
    const right = MARGINS.left + this.width;
    for (const { entry, lines } of entries) {
      const h = linesHeight(lines, STYLE.toc.size);
      if (this.y + h + 4 > this.bottom) {
        this.doc.switchToPage(++page - 1);
        this.y = MARGINS.top;
      }
      const item = this.doc.struct('TOCI');
      toc.add(item);
      const link = this.doc.struct('Link');
      item.add(link);
      const number = String(this.pages.get(entry.anchor) ?? '');
      const top = this.y;
      this.tagged(link, 'Link', () => {
        lines.forEach((line, i) => this.drawLine(line, MARGINS.left, top + i * lineHeight(STYLE.toc.size), STYLE.toc));
        const last = lines.length - 1;
        const w = this.measure(number, 'Roboto', STYLE.toc.size);
        this.drawLine(
          { pieces: [{ text: number, font: 'Roboto', x: 0, width: w }], width: w },
          right - w,
          top + last * lineHeight(STYLE.toc.size),
          STYLE.toc,
        );
      });
      // The annotation belongs to the Link element and says where it leads (PDF/UA: Contents);
      // pdfkit writes a String object as a PDF string (a plain string would become a name).
      const contents = new String(entry.text);
      this.doc.goTo(MARGINS.left, top, this.width, h, entry.anchor, { structParent: link, contents } as never);
      link.end();
      item.end();
      this.y += h + 4;
    }
    toc.end();
  }

  private runningHeaderAndFooter() {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start + 1; i < start + count; i++) {
      const page = this.doc.switchToPage(i);
      const [width, height] = [page.width, page.height];
      const header = this.lines([{ text: this.model.header }], STYLE.running, width - MARGINS.left - MARGINS.right)[0];
      const footerText = this.model.pageTemplate.replace('{{page}}', String(i + 1)).replace('{{pages}}', String(count));
      const footer = this.lines([{ text: footerText }], STYLE.running, width)[0]!;
      this.artifact(() => {
        if (header) this.drawLine(header, width - MARGINS.right - header.width, 28, STYLE.running);
        this.drawLine(footer, (width - footer.width) / 2, height - MARGINS.bottom + 22, STYLE.running);
      }, 'Pagination');
    }
  }

  // Chapters and blocks ---------------------------------------------------------------------

  private part(part: Part) {
    this.newPage(part.orientation);
    part.blocks.forEach((b, i) => {
      if (b.kind === 'heading') this.heading(b, this.keptHeight(part.blocks, i));
      else this.block(b);
    });
  }

  private endChapter() {
    this.chapter?.end();
    this.chapter = null;
  }

  /** The struct element chapters' content goes into: the current chapter's section. */
  private get parent(): Struct {
    return this.chapter ?? this.root;
  }

  /** Height of the headings from `i` on together with what must come along with them. */
  private keptHeight(blocks: Block[], i: number): number {
    let height = 0;
    for (let j = i; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (b.kind !== 'heading') return height + this.leadHeight(b);
      const [above, below] = SPACE[b.level === 1 ? 'h1' : 'h2'];
      const style = b.level === 1 ? STYLE.h1 : STYLE.h2;
      height +=
        (j === i ? 0 : above) + linesHeight(this.lines([{ text: b.text }], style, this.width), style.size) + below;
    }
    return height;
  }

  /** What of a block must share a page with the heading before it. */
  private leadHeight(b: Block): number {
    const lead = (lines: Line[], size: number) =>
      (lines.length <= MAX_KEPT_LINES ? lines.length : KEPT_LINES) * lineHeight(size);
    switch (b.kind) {
      case 'heading':
        return 0;
      case 'paragraph':
      case 'note':
      case 'field':
        return lead(this.textLines(b), b.kind === 'note' ? STYLE.note.size : STYLE.body.size);
      case 'list':
        return b.items.length === 0 ? 0 : lead(this.lines(b.items[0]!, STYLE.body, this.width - 14), BODY_SIZE);
      case 'table': {
        const layout = this.tableLayout(b);
        const first = layout.rows[0];
        const row = first ? Math.min(rowHeight(first), lineHeight(TABLE_FONT_SIZE) * KEPT_LINES + 2 * CELL_PAD.y) : 0;
        return SPACE.table[0] + layout.headerHeight + row;
      }
    }
  }

  private textLines(b: Extract<Block, { kind: 'paragraph' | 'note' | 'field' }>): Line[] {
    if (b.kind === 'paragraph') return this.lines(b.runs, STYLE.body, this.width);
    if (b.kind === 'note') return this.lines([{ text: b.text }], STYLE.note, this.width);
    return this.lines([{ text: `${b.label} `, bold: true }, ...b.value], STYLE.body, this.width);
  }

  private block(b: Exclude<Block, { kind: 'heading' }>) {
    switch (b.kind) {
      case 'paragraph':
      case 'note':
      case 'field': {
        const [above, below] = SPACE[b.kind];
        this.space(above);
        this.paragraph(this.parent, 'P', this.textLines(b), b.kind === 'note' ? STYLE.note : STYLE.body);
        this.y += below;
        return;
      }
      case 'list':
        return this.list(b);
      case 'table':
        return this.table(b);
    }
  }

  /** A heading, on a new page unless `kept` (its height and what must come with it) fits below. */
  private heading(b: Extract<Block, { kind: 'heading' }>, kept: number) {
    const style = b.level === 1 ? STYLE.h1 : STYLE.h2;
    const [above, below] = SPACE[b.level === 1 ? 'h1' : 'h2'];
    if (b.level === 1) {
      this.endChapter();
      this.chapter = this.doc.struct('Sect');
      this.root.add(this.chapter);
    }
    this.space(above);
    const lines = this.lines([{ text: b.text }], style, this.width);
    this.keep(kept);
    this.pages.set(b.anchor, this.pageCount);
    this.doc.addNamedDestination(b.anchor, 'XYZ', MARGINS.left, this.y, null as never);
    const bookmark = { top: this.y, left: A4[this.orientation][0] };
    if (b.level === 1) this.chapterOutline = this.doc.outline.addItem(b.text, bookmark as never);
    else (this.chapterOutline ?? this.doc.outline).addItem(b.text, bookmark as never);
    this.paragraph(this.parent, b.level === 1 ? 'H1' : 'H2', lines, style);
    this.y += below;
  }

  private list(b: Extract<Block, { kind: 'list' }>) {
    const [above, below] = SPACE.list;
    this.space(above);
    const labels = b.items.map((_, i) => (b.ordered ? `${i + 1}.` : '•'));
    const indent = Math.max(12, ...labels.map((l) => this.measure(l, 'Roboto', BODY_SIZE) + 5));
    const list = this.doc.struct('L');
    this.parent.add(list);
    b.items.forEach((runs, i) => {
      if (i > 0) this.y += BETWEEN;
      const lines = this.lines(runs, STYLE.body, this.width - indent);
      // The label goes with as many lines as its body will start with on this page (see `flow`).
      this.keep(lineHeight(BODY_SIZE) * firstLines(lines.length));
      const item = this.doc.struct('LI');
      list.add(item);
      const label = this.doc.struct('Lbl');
      item.add(label);
      const text = labels[i]!;
      const w = this.measure(text, 'Roboto', BODY_SIZE);
      const top = this.y;
      this.tagged(label, 'Lbl', () =>
        this.drawLine({ pieces: [{ text, font: 'Roboto', x: 0, width: w }], width: w }, MARGINS.left, top, STYLE.body),
      );
      label.end();
      this.paragraph(item, 'LBody', lines, STYLE.body, MARGINS.left + indent);
      item.end();
    });
    list.end();
    this.y += below;
  }

  // Tables -----------------------------------------------------------------------------------

  private readonly tableLayouts = new WeakMap<object, TableLayout>();

  private tableLayout(b: Extract<Block, { kind: 'table' }>): TableLayout {
    const known = this.tableLayouts.get(b);
    if (known) return known;
    const columns = fitColumns(b.columns, b.rows, {
      tableWidth: this.width,
      fontSize: TABLE_FONT_SIZE,
      cellExtra: 2 * CELL_PAD.x + RULE_WIDTH,
    });
    const widths = columns.map((c) => (c.width / 100) * this.width);
    const cellLayout = (cell: Cell, i: number, style: TextStyle): CellLayout => {
      const inner = widths[i]! - 2 * CELL_PAD.x;
      const paragraphs = cell.map((p) => this.lines(p, style, inner));
      const text = paragraphs.reduce((s, p) => s + linesHeight(p, style.size), 0);
      return { paragraphs, height: text + Math.max(0, paragraphs.length - 1) * BETWEEN + 2 * CELL_PAD.y };
    };
    const header = columns.map((c, i) => cellLayout([[{ text: c.header }]], i, STYLE.th));
    const layout: TableLayout = {
      widths,
      header,
      headerHeight: rowHeight(header),
      rows: b.rows.map((row) => columns.map((_, i) => cellLayout(row[i] ?? [], i, STYLE.cell))),
    };
    this.tableLayouts.set(b, layout);
    return layout;
  }

  private table(b: Extract<Block, { kind: 'table' }>) {
    const layout = this.tableLayout(b);
    const [above, below] = SPACE.table;
    this.space(above);
    const table = this.doc.struct('Table', { title: b.caption } as never);
    this.parent.add(table);
    const head = this.doc.struct('THead');
    table.add(head);
    // The header row never ends a page: it goes on with the first body row (or its first lines).
    this.keep(this.leadHeight(b) - above);
    this.row(head, layout, layout.header, 'TH');
    head.end();
    const body = this.doc.struct('TBody');
    table.add(body);
    const room = this.bottom - MARGINS.top - layout.headerHeight;
    for (const cells of layout.rows) {
      const height = rowHeight(cells);
      // A row that fits on a page is never split; one taller than a page continues on the next.
      if (this.y + height > this.bottom + 0.01 && height <= room) this.continueTable(layout);
      this.row(body, layout, cells, 'TD');
    }
    body.end();
    table.end();
    this.y += below;
  }

  /** A new page with the table's header row again, as an artifact: it was read once already. */
  private continueTable(layout: TableLayout) {
    this.newPage();
    this.drawRow(layout, layout.header, 'TH', null);
  }

  private row(parent: Struct, layout: TableLayout, cells: CellLayout[], tag: 'TH' | 'TD') {
    const tr = this.doc.struct('TR');
    parent.add(tr);
    const elements = cells.map(() => {
      const cell = this.doc.struct(tag, (tag === 'TH' ? { scope: 'Column' } : {}) as never);
      tr.add(cell);
      return cell;
    });
    this.drawRow(layout, cells, tag, elements);
    for (const e of elements) e.end();
    tr.end();
  }

  /**
   * Draws a row from the current position, continuing on new pages (each with the header
   * row again) when it is taller than what is left of the page. `elements` are the cells'
   * structure elements, or null for a repeated header (an artifact).
   */
  private drawRow(layout: TableLayout, cells: CellLayout[], tag: 'TH' | 'TD', elements: Struct[] | null) {
    const style = tag === 'TH' ? STYLE.th : STYLE.cell;
    const h = lineHeight(style.size);
    // Each cell's lines with the space above each, still to draw.
    const queues = cells.map((cell) =>
      cell.paragraphs.flatMap((lines, p) => lines.map((line, i) => ({ line, gap: p > 0 && i === 0 ? BETWEEN : 0 }))),
    );
    let first = true;
    while (first || queues.some((q) => q.length > 0)) {
      first = false;
      const available = this.bottom - this.y - 2 * CELL_PAD.y;
      const taken = queues.map((q) => {
        let used = 0;
        let n = 0;
        while (n < q.length && used + q[n]!.gap + h <= available + 0.01) used += q[n++]!.gap + h;
        return { n, used };
      });
      if (taken.every((t) => t.n === 0) && queues.some((q) => q.length > 0)) {
        // Not even a line fits below: the row continues on a new page.
        this.continueTable(layout);
        continue;
      }
      const remaining = queues.some((q, i) => taken[i]!.n < q.length);
      const height = remaining ? this.bottom - this.y : Math.max(...taken.map((t) => t.used)) + 2 * CELL_PAD.y;
      const top = this.y;
      const fill = tag === 'TH';
      this.artifact(() => {
        let x = MARGINS.left;
        for (const w of layout.widths) {
          if (fill) this.doc.rect(x, top, w, height).fill(HEADER_FILL);
          this.doc.rect(x, top, w, height).lineWidth(RULE_WIDTH).strokeColor(RULE).stroke();
          x += w;
        }
      });
      let x = MARGINS.left;
      queues.forEach((q, i) => {
        const lines = q.splice(0, taken[i]!.n);
        const cellX = x + CELL_PAD.x;
        const draw = () => {
          let y = top + CELL_PAD.y;
          for (const { line, gap } of lines) {
            y += gap;
            this.drawLine(line, cellX, y, style);
            y += h;
          }
        };
        const element = elements?.[i];
        if (lines.length > 0) {
          if (element) this.tagged(element, tag, draw);
          else this.artifact(draw, 'Pagination');
        }
        x += layout.widths[i]!;
      });
      this.y = top + height;
      if (remaining) this.continueTable(layout);
    }
  }
}

/** How many lines a paragraph of `count` lines starts with at a page's foot: all, or the fewest `flow` leaves there. */
const firstLines = (count: number) => (count < 2 * MIN_LINES ? count : MIN_LINES);

const rowHeight = (cells: CellLayout[]) => Math.max(0, ...cells.map((c) => c.height));
