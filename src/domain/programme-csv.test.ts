import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { emptyStrategy, EMPTY_ITEMS } from './index';
import type { Strategy, StoredItem } from './index';
import { csvConventions, csvNumber, neutralise, programmeCsvRows } from './programme-csv';
import type { CsvWords } from './programme-csv';

// The spreadsheet of a programme: a cell is never a formula, letters come back as written,
// numbers are numbers in the reader's convention. Written and read back with the kept libraries.

const WORDS: CsvWords = {
  column: (c) => c,
  section: (kind) => `${kind}s`,
  code: (kind) => kind[0]?.toUpperCase() ?? '',
  term: (key) => key,
  number: (n) => csvNumber(n, ','),
};

function townWith(titles: string[]): Strategy {
  const s = emptyStrategy({
    id: crypto.randomUUID(),
    name: 'Town',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  });
  // Straight into the strategy, as no form would let them: the writer must stand on its own.
  const needs: StoredItem<'need'>[] = titles.map((title, position) => ({
    id: crypto.randomUUID(),
    kind: 'need',
    position,
    version: 1,
    updatedAt: '2026-01-01T00:00:00Z',
    data: { ...EMPTY_ITEMS.need, title, description: `${title} — ķēķis, żółw, ąžuolas` },
  }));
  return { ...s, items: { ...s.items, need: needs } };
}

describe('a programme as a spreadsheet', () => {
  it('neutralises every cell a spreadsheet would run, and nothing else', () => {
    for (const hostile of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\tTab', '\rReturn'])
      expect(neutralise(hostile)).toBe(`'${hostile}`);
    for (const fine of ['Plain', ' =not first', '1-2', "'quoted", '']) expect(neutralise(fine)).toBe(fine);
  });

  it('writes the reader’s delimiter and decimal mark', () => {
    expect(csvConventions('en')).toEqual({ delimiter: ',', decimal: '.' });
    for (const lng of ['lv', 'pl', 'lt', 'fr', 'it', 'ro'])
      expect(csvConventions(lng)).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvNumber(7200.5, ',')).toBe('7200,5');
    expect(csvNumber(1234567.891, '.')).toBe('1234567.89');
    expect(csvNumber(80, ',')).toBe('80');
  });

  it('reads back exactly through csv-stringify and csv-parse, leading tabs and carriage returns included', () => {
    const titles = [
      '=HYPERLINK("http://x","y")',
      '+1',
      '-2+3',
      '@SUM(A1:A2)',
      '\tTabbed',
      '\rReturned',
      'Šķūnis; "quoted", two\nlines',
    ];
    const rows = programmeCsvRows(
      [{ municipality: 'Rēzekne', name: 'Rēzekne — strategy', strategy: townWith(titles) }],
      WORDS,
    );
    const text = stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' });
    const back: string[][] = parse(text, { bom: true, delimiter: ';' });
    expect(back).toHaveLength(titles.length + 1);
    back.slice(1).forEach((row, i) => {
      const title = titles[i] as string;
      expect(row[3]).toBe(/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
      expect(row[4]).toBe(neutralise(`${title} — ķēķis, żółw, ąžuolas`));
      expect(row[0]).toBe('Rēzekne');
      expect(row[2]).toBe(`N${i + 1}`);
    });
  });
});
