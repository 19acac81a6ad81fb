// The translation files, each its own chunk. Apart from i18next so that a Web Worker
// (the document export) can read them without loading React or i18next.

export const LANGUAGES = ['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro'] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = [
  'common',
  'workspaces',
  'wizard',
  'taxonomy',
  'guidance',
  'review',
  'export',
  'fields',
  'auth',
  'workflow',
  'comments',
  'ideas',
  'programmes',
  'budget',
  'accessibility',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

// Not the glossaries (locales/<lng>/glossary.json): they are for translators and tests only.
const files = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/*/glossary.json',
]);

/** Loads one namespace of one language (also used by the export to write in the document's language). */
export async function loadNamespace(lng: Language, ns: Namespace): Promise<Record<string, unknown>> {
  const load = files[`../../locales/${lng}/${ns}.json`];
  if (!load) throw new Error(`No translations for ${lng}/${ns}`);
  return (await load()).default;
}
