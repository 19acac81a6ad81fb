// Dates and months as people write them in their language: "14.02.2025." in Latvian, "14/02/2025"
// in French, "2025-02-14" in Lithuanian. Read in the UI language's order with any usual separator,
// stored as ISO ('YYYY-MM-DD', 'YYYY-MM'), and never misread silently: an impossible date or a
// two-digit year is refused at the field, and what was read is shown back in the language's format.

type Unit = 'day' | 'month' | 'year';
type Part = { type: Unit } | { type: 'literal'; value: string };
/** How a language writes a date or a month: its numbers in order, with the marks between and after them. */
type Pattern = Part[];

/** Day, month and year as numbers; the day is 1 for a month. */
type Calendar = { year: number; month: number; day: number };

const UNITS: readonly string[] = ['day', 'month', 'year'];

// English is the app's language for readers across Europe, not for the United States: in the
// fields it writes dates day first, as British English and the six other languages do, so that
// "02/03/2025" is 2 March in every language of the app. The hint under the field shows the order.
const FIELD_LOCALES: Record<string, string> = { en: 'en-GB' };
const localeOf = (lng: string) => FIELD_LOCALES[lng] ?? lng;

const OPTIONS = {
  // Numeric, not '2-digit': with '2-digit' ICU drops the Latvian full stop after the year
  // ("14.02.2025" instead of "14.02.2025."). Day and month are padded to two digits here instead.
  date: { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'numeric', year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
/** A date field ('YYYY-MM-DD') or a month field ('YYYY-MM'). */
export type DateKind = keyof typeof OPTIONS;

const patterns = new Map<string, Pattern>();

/** The language's numeric pattern for a date or a month, read once from Intl. */
function patternOf(kind: DateKind, lng: string): Pattern {
  const key = `${kind}:${lng}`;
  let found = patterns.get(key);
  if (!found) {
    const parts = new Intl.DateTimeFormat(localeOf(lng), OPTIONS[kind]).formatToParts(Date.UTC(2026, 8, 14));
    found = parts.flatMap((p): Part[] => {
      if (UNITS.includes(p.type)) return [{ type: p.type as Unit }];
      return p.type === 'literal' ? [{ type: 'literal', value: p.value }] : [];
    });
    patterns.set(key, found);
  }
  return found;
}

/** The units of a pattern in the order the language writes them: ['day', 'month', 'year'], ['year', 'month', 'day']. */
const orderOf = (pattern: Pattern): Unit[] => pattern.flatMap((p) => (p.type === 'literal' ? [] : [p.type]));

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A calendar day or month written in the language's pattern, day and month always with two digits. */
function write(pattern: Pattern, { year, month, day }: Calendar): string {
  const numbers: Record<Unit, string> = { day: pad(day, 2), month: pad(month, 2), year: pad(year, 4) };
  return pattern.map((p) => (p.type === 'literal' ? p.value : numbers[p.type])).join('');
}

/** Whether the day exists: no 31 February, 29 February only in a leap year. */
function exists({ year, month, day }: Calendar): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Dots, slashes, hyphens and spaces of every width separate the numbers; a full stop may end the
// date (Latvian "14.02.2025."). Nothing else may appear: "14 Feb 2025" or "14.02.2025 r." is refused.
const WRITTEN = /^\d+(?:[\s./\u2010-\u2013-]+\d+)*[\s.]*$/;

/**
 * The numbers of a date or month typed in language `lng`, in the language's order, or in ISO order
 * when it starts with a four-digit year; `null` when they cannot be read one way only.
 */
function read(text: string, kind: DateKind, lng: string): Calendar | null {
  const trimmed = text.trim();
  if (!WRITTEN.test(trimmed)) return null;
  const groups = trimmed.match(/\d+/g) ?? [];
  const order = orderOf(patternOf(kind, lng));
  if (groups.length !== order.length) return null;
  // A four-digit year first is ISO ('2025-02-14', '2025-09') in every language.
  const units: Unit[] = groups[0]?.length === 4 ? (['year', 'month', 'day'] as Unit[]).slice(0, order.length) : order;
  const found: Partial<Record<Unit, string>> = {};
  units.forEach((unit, i) => (found[unit] = groups[i]));
  const { year = '', month = '', day = '1' } = found;
  // The year in full: "25" could be 1925 or 2025. Day and month take one or two digits.
  if (!/^[1-9]\d{3}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return null;
  const calendar = { year: Number(year), month: Number(month), day: Number(day) };
  return exists(calendar) ? calendar : null;
}

const iso = ({ year, month, day }: Calendar, kind: DateKind) =>
  kind === 'date' ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : `${pad(year, 4)}-${pad(month, 2)}`;

/**
 * The ISO date ('YYYY-MM-DD') in `text`, written the way of language `lng` or in ISO; `''` for an
 * empty field and `null` for text that is not a real date or could be read two ways.
 */
export function parseLocaleDate(text: string, lng: string): string | null {
  if (text.trim() === '') return '';
  const calendar = read(text, 'date', lng);
  return calendar && iso(calendar, 'date');
}

/**
 * The ISO month ('YYYY-MM') in `text`, written the way of language `lng` ("09.2025", "9/2025") or in
 * ISO; `''` for an empty field and `null` for text that is not a month of a four-digit year.
 */
export function parseLocaleMonth(text: string, lng: string): string | null {
  if (text.trim() === '') return '';
  const calendar = read(text, 'month', lng);
  return calendar && iso(calendar, 'month');
}

/** The calendar day or month of an ISO value, or `null` when it is not one. */
function fromIso(value: string, kind: DateKind): Calendar | null {
  const match = (kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^(\d{4})-(\d{2})$/).exec(value);
  if (!match) return null;
  const calendar = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3] ?? '1') };
  return exists(calendar) ? calendar : null;
}

/** An ISO date as the field shows it in language `lng` ("14.02.2025.", "14/02/2025"); any other text as it is. */
export function formatDateForField(value: string, lng: string): string {
  const calendar = fromIso(value, 'date');
  return calendar ? write(patternOf('date', lng), calendar) : value;
}

/** An ISO month as the field shows it in language `lng` ("09.2025.", "09/2025", "2025-09"); any other text as it is. */
export function formatMonthForField(value: string, lng: string): string {
  const calendar = fromIso(value, 'month');
  return calendar ? write(patternOf('month', lng), calendar) : value;
}

/** Whether `value` is a real ISO date or month, i.e. what the field stores once it has read the text. */
export function isIsoValue(value: unknown, kind: DateKind): value is string {
  return typeof value === 'string' && fromIso(value, kind) !== null;
}

// The examples in hints and error messages: a day after the 12th, so the order of day and month shows.
const EXAMPLE: Calendar = { year: 2026, month: 9, day: 14 };

/** A date written as language `lng` writes it in the fields, for "for example …". */
export const dateExample = (lng: string) => write(patternOf('date', lng), EXAMPLE);

/** A month written as language `lng` writes it in the fields, for "for example …". */
export const monthExample = (lng: string) => write(patternOf('month', lng), EXAMPLE);
