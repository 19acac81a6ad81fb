// Fixed lists shared by every town so that the national coordinator can compare strategies.
// The UI shows them through the `taxonomy` namespace: `taxonomy:<list>.<value>`.

/** EU Action Plan on Integration and Inclusion 2021–2027: sectoral areas and cross-cutting themes. */
export const EU_THEMES = [
  'education',
  'employment',
  'health',
  'housing',
  'partnerships',
  'participation',
  'digital',
  'funding',
  'monitoring',
] as const;

/** The kind of library service an item is about. */
export const LIBRARY_SERVICES = [
  'information',
  'language',
  'homeLanguage',
  'digitalSkills',
  'intercultural',
  'jobSupport',
  'safeSpace',
  'staffTraining',
  'outreach',
] as const;

/** Theme tags: one value list combining both, stored as `eu.<x>` / `library.<x>`. */
export const THEME_TAGS = [
  ...EU_THEMES.map((t) => `eu.${t}` as const),
  ...LIBRARY_SERVICES.map((t) => `library.${t}` as const),
] as const;
export type ThemeTag = (typeof THEME_TAGS)[number];

export const TARGET_GROUPS = [
  'refugees',
  'asylumSeekers',
  'temporaryProtection',
  'workers',
  'students',
  'familyMembers',
  'childrenYouth',
  'women',
  'olderPeople',
  'hostCommunity',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const PARTNER_TYPES = [
  'library',
  'municipality',
  'integrationBody',
  'ngo',
  'culturalSociety',
  'school',
  'employer',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const MEETING_FORMATS = ['meeting', 'workshop', 'hackathon', 'focusGroup', 'survey', 'online'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Countries of the LiBri programme first, then the rest of the EU/EEA. ISO 3166-1 alpha-2; names come from Intl.DisplayNames. */
export const COUNTRIES = [
  'LV',
  'PL',
  'LT',
  'FR',
  'IT',
  'RO',
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'DE',
  'GR',
  'HU',
  'IE',
  'LU',
  'MT',
  'NL',
  'PT',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
] as const;
export type Country = (typeof COUNTRIES)[number];

export const CURRENCIES = ['EUR', 'PLN', 'RON', 'CZK', 'HUF', 'BGN', 'SEK', 'DKK', 'NOK', 'CHF'] as const;
export type Currency = (typeof CURRENCIES)[number];
