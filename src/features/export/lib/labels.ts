import type { Language } from '@/lib/i18n';
import { loadNamespace } from '@/lib/locale-files';
import { countryName, formatAmount, formatDate, formatDateTime, formatMonth, formatNumber } from '@/lib/format';
import type en from '../../../../locales/en/export.json';

// The document's words come from the `export` and `taxonomy` namespaces of the language
// the user picked for the document, which may differ from the screen's language; so the
// generators get their own small translator instead of the app's i18next instance.

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of `locales/en/export.json`, e.g. `doc.sections.needs`. */
export type ExportKey = Leaves<typeof en>;
type Vars = Record<string, string | number>;
type Dictionary = Record<string, unknown>;

/** A language tag with region for the file's language mark (`w:lang`, `/Lang`). */
const LOCALES: Record<Language, string> = {
  en: 'en-GB',
  lv: 'lv-LV',
  pl: 'pl-PL',
  lt: 'lt-LT',
  fr: 'fr-FR',
  it: 'it-IT',
  ro: 'ro-RO',
};

export type Labels = {
  lng: Language;
  /** BCP 47 tag with region, written into the file. */
  locale: string;
  t: (key: ExportKey, vars?: Vars) => string;
  /** A `taxonomy` value, e.g. `theme.eu.health`, `targetGroup.women`; an unknown one shows as is. */
  taxonomy: (key: string) => string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  month: (month: string) => string;
  number: (n: number) => string;
  money: (n: number, currency: string) => string;
  country: (code: string) => string;
  /** A field's label, `fields:<owner>.<key>`. */
  field: (owner: string, key: string) => string;
  yesNo: (value: boolean) => string;
  /** A workflow state's name (`common:workflowState.<state>`). */
  state: (state: string) => string;
};

function lookup(dict: Dictionary, key: string): string | undefined {
  const flat = dict[key];
  if (typeof flat === 'string') return flat;
  let node: unknown = dict;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Dictionary)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const interpolate = (text: string, vars: Vars = {}) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** Labels from dictionaries already loaded (tests pass fixtures here). */
export function createLabels(
  lng: Language,
  exportDict: Dictionary,
  taxonomyDict: Dictionary,
  fieldsDict: Dictionary = {},
  commonDict: Dictionary = {},
): Labels {
  // Dates and numbers as written in the country (en-GB: "15 March 2026", not the US order).
  const locale = LOCALES[lng];
  return {
    lng,
    locale,
    t: (key, vars) => interpolate(lookup(exportDict, key) ?? key, vars),
    taxonomy: (key) => lookup(taxonomyDict, key) ?? key.slice(key.lastIndexOf('.') + 1),
    date: (iso) => (iso ? formatDate(iso, locale) : ''),
    dateTime: (iso) => (iso ? formatDateTime(iso, locale) : ''),
    month: (m) => formatMonth(m, locale),
    number: (n) => formatNumber(n, locale),
    money: (n, currency) => formatAmount(n, currency, locale),
    country: (code) => countryName(code, locale),
    field: (owner, key) => lookup(fieldsDict, `${owner}.${key}`) ?? key,
    yesNo: (value) => lookup(commonDict, value ? 'yes' : 'no') ?? (value ? 'Yes' : 'No'),
    state: (state) => lookup(commonDict, `workflowState.${state}`) ?? state,
  };
}

/** Loads the document's words in language `lng`. */
export async function loadLabels(lng: Language): Promise<Labels> {
  const [exportDict, taxonomyDict, fieldsDict, commonDict] = await Promise.all([
    loadNamespace(lng, 'export'),
    loadNamespace(lng, 'taxonomy'),
    loadNamespace(lng, 'fields'),
    loadNamespace(lng, 'common'),
  ]);
  return createLabels(lng, exportDict, taxonomyDict, fieldsDict, commonDict);
}
