import { FALLBACK_COVERAGE, MAIN_COVERAGE } from './font-coverage';

// A PDF can only draw the letters its embedded fonts have. Each piece of text goes to
// the main font if it has the letters, else to the fallback font (Hebrew, Arabic…);
// a character neither has (an emoji, say) is drawn as � rather than as an empty box
// that copies out as nothing.

export type FontChoice = 'main' | 'fallback';
export type Piece = { text: string; font: FontChoice };

type Ranges = readonly (number | readonly [number, number])[];

/** Flat sorted [start, end, start, end, …] for binary search. */
function compile(ranges: Ranges): Uint32Array {
  return Uint32Array.from(ranges.flatMap((r) => (typeof r === 'number' ? [r, r] : [r[0], r[1]])));
}
const MAIN = compile(MAIN_COVERAGE);
const FALLBACK = compile(FALLBACK_COVERAGE);

function has(table: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[mid * 2]!) hi = mid - 1;
    else if (cp > table[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Line breaks and tabs are layout, not glyphs: any font takes them. */
const LAYOUT = (cp: number) => cp === 0x0a || cp === 0x09;
// Invisible format characters (joiners, variation selectors, bidi marks): no font draws them.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

const fits = (table: Uint32Array, text: string) => {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!LAYOUT(cp) && !has(table, cp)) return false;
  }
  return true;
};

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Spaces, digits and punctuation between letters: they go with the letters around them.
const NEUTRAL = /^[\p{P}\p{Z}\p{N}\s]+$/u;

/** Splits text into pieces, each drawn in one font. */
export function fontPieces(input: string): Piece[] {
  // Precomposed letters (ā, not a + combining macron) are the ones the fonts have.
  const text = input.normalize('NFC');
  if (fits(MAIN, text)) return [{ text, font: 'main' }];
  const pieces: Piece[] = [];
  const add = (font: FontChoice, part: string) => {
    const last = pieces.at(-1);
    if (last?.font === font) last.text += part;
    else if (part) pieces.push({ text: part, font });
  };
  // Neutrals wait for the next letter: inside a Hebrew or Arabic phrase they join it (so it
  // is laid out right to left as a whole), at its edges they stay with the main text.
  let pending = '';
  for (const cluster of segmenter.segment(text)) {
    const segment = cluster.segment.replace(INVISIBLE, '');
    if (segment === '') continue;
    if (NEUTRAL.test(segment) && fits(MAIN, segment)) {
      pending += segment;
      continue;
    }
    const font: FontChoice = fits(MAIN, segment) ? 'main' : fits(FALLBACK, segment) ? 'fallback' : 'main';
    const out = font === 'main' && !fits(MAIN, segment) ? '\uFFFD' : segment;
    if (pieces.at(-1)?.font === font) add(font, pending + out);
    else if (font === 'main') add('main', pending + out);
    else {
      add('main', pending);
      add('fallback', out);
    }
    pending = '';
  }
  add('main', pending);
  return pieces;
}

export const needsFallbackFont = (text: string) => fontPieces(text).some((p) => p.font === 'fallback');
