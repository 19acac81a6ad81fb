import { LANGUAGE_NAMES, LANGUAGES } from '@/lib/i18n';

/**
 * The seven languages as options of a native select, each in its own name and marked as
 * written in that language, so that a screen reader reads "Latviešu" in Latvian (WCAG 3.1.2).
 */
export function languageOptions() {
  return LANGUAGES.map((lng) => (
    <option key={lng} value={lng} lang={lng}>
      {LANGUAGE_NAMES[lng]}
    </option>
  ));
}
