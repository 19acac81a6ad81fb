import { csvNumber } from '@/domain/programme-csv';
import type { CsvWords } from '@/domain/programme-csv';
import type { DocumentLanguage } from '@/domain/programmes';

// The words the server writes into files in the reader's language (a programme's CSV): the
// same translation files the screens and the documents use, bundled at build time.

type Dict = Record<string, unknown>;
const FILES = import.meta.glob<Dict>('../../locales/*/{taxonomy,export,programmes}.json', {
  eager: true,
  import: 'default',
});

const dict = (lng: DocumentLanguage, ns: 'taxonomy' | 'export' | 'programmes'): Dict =>
  FILES[`../../locales/${lng}/${ns}.json`] ?? {};

function lookup(d: Dict, key: string): string | undefined {
  let node: unknown = d;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Dict)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The words of a programme's spreadsheet in `lng`; English where a word is missing. */
export function csvWords(lng: DocumentLanguage): CsvWords {
  const t = (ns: 'taxonomy' | 'export' | 'programmes', key: string) =>
    lookup(dict(lng, ns), key) ?? lookup(dict('en', ns), key) ?? key.slice(key.lastIndexOf('.') + 1);
  const decimal = new Intl.NumberFormat(lng).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',';
  return {
    column: (c) => t('programmes', `csv.columns.${c}`),
    section: (kind) => t('programmes', `csv.sections.${kind}`),
    code: (kind) => t('export', `doc.codes.${kind}`),
    term: (key) => t('taxonomy', key),
    number: (n) => csvNumber(n, decimal ? ',' : '.'),
  };
}
