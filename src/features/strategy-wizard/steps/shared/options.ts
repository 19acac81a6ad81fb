import { useTranslation } from 'react-i18next';
import {
  COUNTRIES,
  EU_THEMES,
  LIBRARY_SERVICES,
  MEETING_FORMATS,
  PARTNER_TYPES,
  PRIORITIES,
  TARGET_GROUPS,
} from '@/domain';
import type { StoredItem, ThemeTag } from '@/domain';
import { countryName } from '@/lib/format';

/** The fixed lists as translated options, in the current language. */
export function useOptions() {
  const { t, i18n } = useTranslation('taxonomy');
  const collator = new Intl.Collator(i18n.language);
  return {
    euThemes: EU_THEMES.map((v) => ({ value: `eu.${v}`, label: t(`theme.eu.${v}`) })),
    libraryThemes: LIBRARY_SERVICES.map((v) => ({ value: `library.${v}`, label: t(`theme.library.${v}`) })),
    targetGroups: TARGET_GROUPS.map((v) => ({ value: v, label: t(`targetGroup.${v}`) })),
    partnerTypes: PARTNER_TYPES.map((v) => ({ value: v, label: t(`partnerType.${v}`) })),
    meetingFormats: MEETING_FORMATS.map((v) => ({ value: v, label: t(`meetingFormat.${v}`) })),
    priorities: (scale: 'priority' | 'severity' | 'significance') =>
      PRIORITIES.map((v) => ({ value: v, label: t(`${scale}.${v}`) })),
    countries: COUNTRIES.map((c) => ({ value: c, label: countryName(c, i18n.language) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    ),
  };
}

/** A tag's words: "eu.health" → "Health". */
export function useTagLabel() {
  const { t } = useTranslation('taxonomy');
  return (tag: ThemeTag) => t(`theme.${tag}`);
}

/** Items of another list as choices, named by title (or by number when untitled). */
export function itemOptions(
  items: readonly StoredItem[],
  untitled: (n: number) => string,
  field: 'title' | 'name' = 'title',
) {
  return items.map((i, n) => {
    const label = String((i.data as Record<string, unknown>)[field] ?? '').trim();
    return { value: i.id, label: label || untitled(n + 1) };
  });
}
