import { createRequire } from 'node:module';
import { FALLBACK_COVERAGE, MAIN_COVERAGE } from '@/features/export/lib/font-coverage';
import { BOLD_WIDTHS, REGULAR_WIDTHS, WIDTH_RANGES } from '@/features/export/lib/font-widths';
import { fontPieces } from '@/features/export/lib/pdf-glyphs';
import { FONT_URLS } from '@/features/export/lib/pdf-fonts';
import type { FontFile } from '@/features/export/lib/pdf-fonts';
import { diskFonts } from './helpers';

// The PDF's fonts must draw every letter of the seven languages (and Cyrillic), and the
// coverage table that picks a font for each letter must match the font files.

const require = createRequire(import.meta.url);
type Font = {
  characterSet: number[];
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
};
const fontkit = require('fontkit') as { create(data: Uint8Array): Font };

const LETTERS =
  'ĀāĒēĪīŪūĶķĻļŅņŠšŽžĢģČč ĄąĆćĘęŁłŃńÓóŚśŹźŻż ĖėĮįŲųŪūČčŠšŽž ȘșȚțĂăÂâÎî ÉéÈèÊêËëÇçÀàÂâÎîÏïÔôÙùÛûÜüŒœÆæ ÀàÈèÉéÌìÒòÙù ' +
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя ЇїІіЄєҐґ €„“”«»–—…№';

function ranges(cps: number[]): (number | [number, number])[] {
  const out: [number, number][] = [];
  for (const cp of [...new Set(cps)].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out.map(([a, b]) => (a === b ? a : [a, b]));
}

async function coverage(files: FontFile[]) {
  const loaded = await diskFonts(files);
  const sets = files.map((f) => new Set(fontkit.create(loaded[f]).characterSet));
  return ranges([...sets[0]!].filter((cp) => sets.every((s) => s.has(cp))));
}

const fmt = (list: readonly (number | readonly [number, number])[]) =>
  JSON.stringify(list).replace(/\d+/g, (n) => `0x${Number(n).toString(16)}`);

test('the coverage table matches the font files', async () => {
  const main = await coverage([
    'Roboto-Regular.ttf',
    'Roboto-Medium.ttf',
    'Roboto-Italic.ttf',
    'Roboto-MediumItalic.ttf',
  ]);
  const fallback = await coverage(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
  // On a mismatch, the message holds the new lists for font-coverage.ts.
  expect(fmt(MAIN_COVERAGE), `MAIN_COVERAGE should be ${fmt(main)}`).toBe(fmt(main));
  expect(fmt(FALLBACK_COVERAGE), `FALLBACK_COVERAGE should be ${fmt(fallback)}`).toBe(fmt(fallback));
  expect(Object.keys(FONT_URLS)).toHaveLength(6);
});

test('the width table that sizes table columns matches the font files', async () => {
  const fonts = await diskFonts(['Roboto-Regular.ttf', 'Roboto-Medium.ttf']);
  const widths = (file: FontFile) => {
    const font = fontkit.create(fonts[file]);
    return WIDTH_RANGES.flatMap(([start, end]) =>
      Array.from({ length: end - start + 1 }, (_, i) =>
        Math.ceil((font.glyphForCodePoint(start + i).advanceWidth * 1000) / font.unitsPerEm),
      ),
    );
  };
  // On a mismatch, the message holds the new lists for font-widths.ts.
  const regular = widths('Roboto-Regular.ttf');
  const bold = widths('Roboto-Medium.ttf');
  expect(REGULAR_WIDTHS, `REGULAR_WIDTHS should be ${JSON.stringify(regular)}`).toEqual(regular);
  expect(BOLD_WIDTHS, `BOLD_WIDTHS should be ${JSON.stringify(bold)}`).toEqual(bold);
});

test('the main font has every letter of the seven languages and Cyrillic', () => {
  expect(fontPieces(LETTERS)).toEqual([{ text: LETTERS, font: 'main' }]);
});

test('Hebrew and Arabic go to the fallback font, whole phrases at a time; what no font has becomes �', () => {
  expect(fontPieces('Tikšanās (שלום עולם) un مرحبا!')).toEqual([
    { text: 'Tikšanās (', font: 'main' },
    { text: 'שלום עולם', font: 'fallback' },
    { text: ') un ', font: 'main' },
    { text: 'مرحبا', font: 'fallback' },
    { text: '!', font: 'main' },
  ]);
  expect(fontPieces('party 🎉 teacher 👩🏽‍🏫\nnext')).toEqual([
    { text: 'party \uFFFD teacher \uFFFD\nnext', font: 'main' },
  ]);
  // Letters typed decomposed (a + combining macron) are drawn precomposed.
  expect(fontPieces('ra\u0304da')).toEqual([{ text: 'rāda', font: 'main' }]);
});
