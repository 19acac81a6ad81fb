import type { Run } from './model/types';
import { fontPieces } from './pdf-glyphs';

// Text broken into lines for the PDF. The writer places every line itself, so it knows
// before drawing how tall a paragraph, a list item or a table cell is, where a page must
// break, and what a heading must take along to the next page.
//
// A line may break after a space, a hyphen, a dash or a slash; a word wider than the
// whole line breaks between letters rather than run off the page. Hard line breaks (\n)
// in the text are kept.

export type FontName = 'Roboto' | 'Roboto-Bold' | 'Roboto-Italic' | 'Roboto-BoldItalic' | 'DejaVu' | 'DejaVu-Bold';

/** Width in points of `text` in `font` at `size`. */
export type Measure = (text: string, font: FontName, size: number) => number;

/** What a line draws: pieces of text in one font each, `x` from the line's start. */
export type Piece = { text: string; font: FontName; x: number; width: number };
export type Line = { pieces: Piece[]; width: number };

export function fontName(fallback: boolean, bold = false, italic = false): FontName {
  // DejaVu's oblique faces are not shipped: its letters stay upright in italic text.
  if (fallback) return bold ? 'DejaVu-Bold' : 'DejaVu';
  if (bold) return italic ? 'Roboto-BoldItalic' : 'Roboto-Bold';
  return italic ? 'Roboto-Italic' : 'Roboto';
}

type Fragment = { text: string; font: FontName; width: number; space: number; breakAfter: boolean };
type Word = Fragment[];

const BREAK = /(?<=\s)(?=\S)|(?<=[-‐–—/])(?=[^\s\-‐–—/])/u;
const TRAILING_SPACE = /\s+$/u;

/** Lines of `runs` no wider than `width`, in the body font at `size` (runs may be bold or italic). */
export function breakLines(
  runs: Run[],
  width: number,
  size: number,
  measure: Measure,
  base: { bold?: boolean; italic?: boolean } = {},
): Line[] {
  const paragraphs: Word[][] = [[]];
  let word: Word = [];
  const endWord = () => {
    if (word.length > 0) paragraphs.at(-1)!.push(word);
    word = [];
  };
  for (const run of runs) {
    const bold = base.bold || run.bold;
    const italic = base.italic || run.italic;
    run.text.split('\n').forEach((segment, i) => {
      if (i > 0) {
        endWord();
        paragraphs.push([]);
      }
      for (const piece of fontPieces(segment)) {
        const font = fontName(piece.font === 'fallback', bold, italic);
        for (const text of piece.text.split(BREAK)) {
          if (!text) continue;
          const trailing = TRAILING_SPACE.exec(text)?.[0] ?? '';
          const w = measure(text, font, size);
          word.push({
            text,
            font,
            width: w,
            space: trailing ? measure(trailing, font, size) : 0,
            breakAfter: /[\s\-‐–—/]$/u.test(text),
          });
          if (word.at(-1)!.breakAfter) endWord();
        }
      }
    });
  }
  endWord();
  return paragraphs.flatMap((words) => fill(words, width, size, measure));
}

function fill(words: Word[], width: number, size: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let line: Fragment[] = [];
  let used = 0;
  const flush = () => {
    lines.push(toLine(line));
    line = [];
    used = 0;
  };
  for (const word of words) {
    const total = word.reduce((s, f) => s + f.width, 0);
    const visible = total - word.at(-1)!.space;
    if (line.length > 0 && used + visible > width) flush();
    if (visible <= width) {
      line.push(...word);
      used += total;
      continue;
    }
    // Wider than a whole line: break between letters.
    for (const f of word)
      for (const ch of f.text) {
        const w = measure(ch, f.font, size);
        if (line.length > 0 && used + w > width && ch.trim()) flush();
        line.push({ text: ch, font: f.font, width: w, space: ch.trim() ? 0 : w, breakAfter: false });
        used += w;
      }
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Consecutive fragments of one font drawn as one piece. */
function toLine(fragments: Fragment[]): Line {
  const pieces: Piece[] = [];
  let x = 0;
  for (const f of fragments) {
    const last = pieces.at(-1);
    if (last && last.font === f.font) {
      last.text += f.text;
      last.width += f.width;
    } else pieces.push({ text: f.text, font: f.font, x, width: f.width });
    x += f.width;
  }
  const trailing = fragments.at(-1)?.space ?? 0;
  return { pieces, width: x - trailing };
}
