import dejaVuBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import dejaVuRegular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import robotoItalic from '../fonts/Roboto-Italic.ttf?url';
import robotoMedium from '../fonts/Roboto-Medium.ttf?url';
import robotoMediumItalic from '../fonts/Roboto-MediumItalic.ttf?url';
import robotoRegular from '../fonts/Roboto-Regular.ttf?url';

// The PDF embeds its fonts (subset to the letters used). Roboto (../fonts) covers
// every letter of the seven languages plus Cyrillic and Greek; DejaVu Sans is
// the fallback for Hebrew and Arabic script and is fetched only when the text has some.
// The files are static assets, fetched at export time, never part of a script chunk.

export const FONT_URLS = {
  'Roboto-Regular.ttf': robotoRegular,
  'Roboto-Medium.ttf': robotoMedium,
  'Roboto-Italic.ttf': robotoItalic,
  'Roboto-MediumItalic.ttf': robotoMediumItalic,
  'DejaVuSans.ttf': dejaVuRegular,
  'DejaVuSans-Bold.ttf': dejaVuBold,
} as const;
export type FontFile = keyof typeof FONT_URLS;

/** Gives the bytes of font files; the browser fetches them, tests read them from disk. */
export type FontLoader = (files: readonly FontFile[]) => Promise<Record<FontFile, Uint8Array>>;

export const MAIN_FONT_FILES: readonly FontFile[] = [
  'Roboto-Regular.ttf',
  'Roboto-Medium.ttf',
  'Roboto-Italic.ttf',
  'Roboto-MediumItalic.ttf',
];
export const FALLBACK_FONT_FILES: readonly FontFile[] = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

const cache = new Map<FontFile, Promise<Uint8Array>>();

async function fetchFont(file: FontFile): Promise<Uint8Array> {
  const res = await fetch(FONT_URLS[file]);
  if (!res.ok) throw new Error(`Font ${file}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Fetches font files once per page load. */
export const fetchFonts: FontLoader = async (files) => {
  const entries = await Promise.all(
    files.map(async (file) => {
      let pending = cache.get(file);
      if (!pending) {
        pending = fetchFont(file);
        cache.set(file, pending);
        pending.catch(() => cache.delete(file));
      }
      return [file, await pending] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<FontFile, Uint8Array>;
};
