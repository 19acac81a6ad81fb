import i18next from 'i18next';
import type { BackendModule, Namespace as KeyNamespaces, ParseKeys, ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, loadNamespace } from './locale-files';
import type { Language, Namespace } from './locale-files';

export { LANGUAGES, NAMESPACES, loadNamespace } from './locale-files';
export type { Language, Namespace } from './locale-files';

// Every text on screen comes from locales/<lng>/<namespace>.json. Each file is its own
// chunk, fetched when a screen first needs that namespace in that language, so the
// first visit loads only the current language's common strings.

/**
 * The one escape hatch from typed keys (src/lib/i18n-types.d.ts), for a key built from data the
 * compiler cannot follow, such as a rule's message key or a field name from the field descriptions.
 * `Ns` names the namespaces of the `t` it goes to, as in `dynamicKey<['wizard', 'fields']>(key)`.
 * Such a key is checked by the tests that render it, not by tsc: prefer a typed union where one exists.
 */
export const dynamicKey = <Ns extends KeyNamespaces>(key: string) => key as ParseKeys<Ns>;

/** Each language's own name, as its speakers write it (the switcher shows these). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  lv: 'Latviešu',
  pl: 'Polski',
  lt: 'Lietuvių',
  fr: 'Français',
  it: 'Italiano',
  ro: 'Română',
};

const STORAGE_KEY = 'libri.language';

export const isLanguage = (v: unknown): v is Language =>
  typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng: string, ns: string, callback: ReadCallback) {
    if (!isLanguage(lng)) return callback(new Error(`Unknown language ${lng}`), null);
    // Guidance comes a step at a time (`useStepGuidance`), never the whole file.
    if (ns === 'guidance') return callback(null, {});
    loadNamespace(lng, ns as Namespace).then(
      (data) => callback(null, data as never),
      (error: Error) => callback(error, null),
    );
  },
};

export function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  // The language the server drew the page in (server/page-preloads.ts `languageOf`): the same choice.
  const told =
    typeof document === 'undefined' ? undefined : /(?:^|;\s*)libri_lang=([a-z]{2})(?:;|$)/.exec(document.cookie)?.[1];
  if (isLanguage(told)) return told;
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browser) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function rememberLanguage(lng: Language) {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
  tellServer(lng);
}

/**
 * The language in a cookie too, so that the server names this language's words in the page
 * it sends, and they load with the main script (server/page-preloads.ts). Not a secret.
 */
function tellServer(lng: Language) {
  if (typeof document === 'undefined') return;
  document.cookie = `libri_lang=${lng}; path=/; max-age=31536000; SameSite=Lax`;
}

/** `alsoLoad`: namespaces the first screen will need, fetched together with `common` rather than after it. */
export async function initI18n(lng: Language = initialLanguage(), alsoLoad: readonly Namespace[] = []) {
  if (!i18next.isInitialized) {
    await i18next
      .use(backend)
      .use(initReactI18next)
      .init({
        lng,
        fallbackLng: false,
        supportedLngs: [...LANGUAGES],
        ns: ['common', ...alsoLoad],
        defaultNS: 'common',
        interpolation: { escapeValue: false },
        returnNull: false,
        react: { useSuspense: true },
      });
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  tellServer(lng);
  return i18next;
}

export { i18next };
