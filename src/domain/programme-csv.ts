import type { Strategy } from './strategy';

// Every item of a programme as rows of a spreadsheet: one row per need, strength, challenge,
// recommendation and action of every town, in the reader's language. Pure: the words come in
// (`CsvWords`), the server writes the rows with csv-stringify. What a spreadsheet must never
// do with a cell is settled here: run it as a formula, or read a number as text.

export const CSV_KINDS = ['need', 'strength', 'challenge', 'recommendation', 'action'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export const CSV_COLUMNS = [
  'town',
  'section',
  'code',
  'title',
  'description',
  'themes',
  'targetGroups',
  'priority',
  'links',
  'lead',
  'startMonth',
  'endMonth',
  'budget',
  'currency',
  'funding',
  'indicators',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export type CsvCell = string | number | null;

/** The words of the reader's language a spreadsheet row is written in. */
export type CsvWords = {
  column: (c: CsvColumn) => string;
  /** The section an item belongs to ("Needs"). */
  section: (kind: CsvKind) => string;
  /** An item's code prefix in the document ("N" for needs in English, "V" in Latvian). */
  code: (kind: CsvKind) => string;
  /** A taxonomy term: `theme.eu.health`, `targetGroup.women`, `priority.high`, `severity.high`… */
  term: (key: string) => string;
  /** A number inside a text (an indicator's baseline and target), as the language writes it. */
  number: (n: number) => string;
};

/** How a spreadsheet program in this language reads a file: a comma where numbers use a point, else a semicolon. */
export function csvConventions(lng: string): { delimiter: ',' | ';'; decimal: '.' | ',' } {
  const decimal = new Intl.NumberFormat(lng).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

/**
 * A text cell a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage
 * return) starts with an apostrophe instead, which spreadsheets show as text (OWASP's advice).
 */
export const neutralise = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** A number as the reader's spreadsheet reads one: no grouping, the language's decimal mark. */
export const csvNumber = (n: number, decimal: '.' | ','): string => {
  const plain = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return decimal === ',' ? plain.replace('.', ',') : plain;
};

type Town = { municipality: string; name: string; strategy: Strategy };

const PRIORITY_TERM: Record<CsvKind, string | null> = {
  need: 'priority',
  strength: 'significance',
  challenge: 'severity',
  recommendation: null,
  action: null,
};

/** The header and one row per item, texts already neutralised; numbers stay numbers. */
export function programmeCsvRows(towns: readonly Town[], words: CsvWords): CsvCell[][] {
  const rows: CsvCell[][] = [CSV_COLUMNS.map((c) => neutralise(words.column(c)))];
  const join = (values: readonly string[]) => values.join('; ');
  for (const { municipality, name, strategy } of towns) {
    const town = municipality || name;
    const codes = new Map<string, string>();
    for (const kind of CSV_KINDS)
      strategy.items[kind].forEach((item, i) => codes.set(item.id, `${words.code(kind)}${i + 1}`));
    const partners = new Map(strategy.items.partner.map((p) => [p.id, p.data.name]));
    const codesOf = (ids: readonly string[]) => ids.flatMap((id) => codes.get(id) ?? []);
    for (const kind of CSV_KINDS) {
      for (const item of strategy.items[kind]) {
        const cells: Record<CsvColumn, CsvCell> = {
          town,
          section: words.section(kind),
          code: codes.get(item.id) ?? '',
          title: '',
          description: '',
          themes: '',
          targetGroups: '',
          priority: '',
          links: '',
          lead: '',
          startMonth: '',
          endMonth: '',
          budget: null,
          currency: '',
          funding: '',
          indicators: '',
        };
        const d = item.data;
        cells.title = d.title;
        cells.description = d.description;
        if ('themes' in d) cells.themes = join(d.themes.map((t) => words.term(`theme.${t}`)));
        if ('targetGroups' in d) cells.targetGroups = join(d.targetGroups.map((g) => words.term(`targetGroup.${g}`)));
        const term = PRIORITY_TERM[kind];
        if (term && 'priority' in d && d.priority) cells.priority = words.term(`${term}.${d.priority}`);
        if ('partnerId' in d) cells.lead = partners.get(d.partnerId) ?? '';
        if ('needIds' in d) cells.links = join(codesOf([...d.needIds, ...d.challengeIds, ...d.strengthIds]));
        if ('recommendationId' in d) {
          cells.links = join(codesOf([d.recommendationId]));
          cells.lead = partners.get(d.leadPartnerId) ?? '';
          cells.startMonth = d.startMonth;
          cells.endMonth = d.endMonth;
          cells.budget = d.budget;
          cells.currency = d.budget === null ? '' : d.currency;
          cells.funding = d.fundingSource;
          cells.indicators = join(
            d.indicators.map((i) =>
              [i.name, [i.baseline, i.target].map((n) => (n === null ? '…' : words.number(n))).join(' → '), i.unit]
                .filter((part) => part !== '')
                .join(' '),
            ),
          );
        }
        rows.push(CSV_COLUMNS.map((c) => (typeof cells[c] === 'string' ? neutralise(cells[c]) : cells[c])));
      }
    }
  }
  return rows;
}
