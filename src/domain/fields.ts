import type { ContentStep } from './steps';
import type { Action, ItemData, ItemKind, SectionData, SectionKey, Strategy } from './strategy';

// Each section's and item kind's fields, described once. The review page, the document
// (DOCX and PDF), completeness, the document outline's "empty section" test and the
// tests' expectations are derived from these lists, so a new plain field is: its schema
// entry (strategy.ts), its line here, its label in locales/<lng>/fields.json and its
// editor. `satisfies` below makes the compiler refuse a schema key with no description.
//
// Labels are `fields:<owner>.<key>`, e.g. `fields:need.title`.

/** How a value is shown. Taxonomy values are message keys of the `taxonomy` namespace. */
export type Show =
  | { as: 'text' }
  | { as: 'paragraphs' }
  | { as: 'number' }
  | { as: 'decimal' }
  | { as: 'money'; currencyField: string }
  | { as: 'currency' }
  | { as: 'date' }
  | { as: 'month' }
  | { as: 'yesNo' }
  | { as: 'country' }
  | { as: 'choice'; taxonomy: 'partnerType' | 'meetingFormat' | 'priority' | 'significance' | 'severity' }
  | { as: 'tags'; taxonomy: 'theme' | 'targetGroup' }
  | { as: 'list' }
  | { as: 'link'; to: ItemKind }
  | { as: 'links'; to: ItemKind }
  | { as: 'records'; fields: readonly FieldSpec[] };

export type FieldSpec = {
  key: string;
  show: Show;
  /**
   * Completeness counts the field as missing while it is empty: `true` says so with the
   * field's label, a string names the message `wizard:missing.<key>` (items: with a count).
   */
  required?: true | string;
  /** Personal data of partner staff: visible only to the workspace and its coordinator. */
  personal?: true;
  /** `false`: left out of the document on purpose (it is circulated and published); still in the backup. */
  document?: false;
};

type Owner = SectionKey | ItemKind;
type Described<T> = readonly (FieldSpec & { key: keyof T & string })[];

const text = { as: 'text' } as const;
const paragraphs = { as: 'paragraphs' } as const;

export const INDICATOR_FIELDS = [
  { key: 'name', show: text },
  { key: 'baseline', show: { as: 'decimal' } },
  { key: 'target', show: { as: 'decimal' } },
  { key: 'unit', show: text },
  { key: 'verification', show: text },
] as const satisfies readonly FieldSpec[];

/** A finding's rating reads as priority (needs), significance (strengths) or severity (challenges). */
export const SCALE = { need: 'priority', strength: 'significance', challenge: 'severity' } as const;
export type FindingKind = keyof typeof SCALE;
export const FINDING_KINDS = Object.keys(SCALE) as FindingKind[];
export const isFindingKind = (kind: ItemKind): kind is FindingKind => kind in SCALE;

const findingFields = (kind: FindingKind) =>
  [
    { key: 'title', show: text, required: 'titles' },
    { key: 'description', show: paragraphs },
    {
      key: 'priority',
      show: { as: 'choice', taxonomy: SCALE[kind] },
      ...(kind === 'strength' ? {} : { required: kind === 'need' ? 'priorities' : 'severities' }),
    },
    { key: 'targetGroups', show: { as: 'tags', taxonomy: 'targetGroup' } },
    { key: 'themes', show: { as: 'tags', taxonomy: 'theme' }, required: 'themes' },
    { key: 'evidence', show: paragraphs },
    { key: 'partnerId', show: { as: 'link', to: 'partner' } },
  ] as const satisfies Described<ItemData['need']>;

export const SECTION_FIELDS = {
  partnership: [
    { key: 'municipality', show: text, required: 'municipality' },
    { key: 'country', show: { as: 'country' }, required: 'country' },
    { key: 'leadLibrary', show: text, required: 'leadLibrary' },
    { key: 'description', show: paragraphs },
    { key: 'agreementSigned', show: { as: 'yesNo' }, required: 'agreement' },
    { key: 'agreementDate', show: { as: 'date' } },
  ],
  diagnosis: [
    { key: 'population', show: { as: 'number' }, required: 'population' },
    { key: 'tcnCount', show: { as: 'number' }, required: 'tcnCount' },
    { key: 'countriesOfOrigin', show: { as: 'list' }, required: 'countriesOfOrigin' },
    { key: 'languages', show: { as: 'list' }, required: 'languages' },
    { key: 'targetGroups', show: { as: 'tags', taxonomy: 'targetGroup' }, required: 'targetGroups' },
    { key: 'summary', show: paragraphs },
    { key: 'dataSources', show: paragraphs, required: 'dataSources' },
  ],
  plan: [
    { key: 'monitoring', show: paragraphs, required: 'monitoring' },
    { key: 'review', show: paragraphs },
  ],
  vision: [
    { key: 'vision', show: paragraphs, required: 'vision' },
    { key: 'objectives', show: { as: 'list' }, required: 'objectives' },
    { key: 'summary', show: paragraphs, required: 'summary' },
    { key: 'councilDecision', show: text },
    { key: 'adoptionDate', show: { as: 'date' } },
    { key: 'periodStart', show: text },
    { key: 'periodEnd', show: text },
  ],
} as const satisfies { [K in SectionKey]: Described<SectionData[K]> };

export const ITEM_FIELDS = {
  partner: [
    { key: 'name', show: text, required: 'partnerDetails' },
    { key: 'type', show: { as: 'choice', taxonomy: 'partnerType' }, required: 'partnerDetails' },
    { key: 'contactPerson', show: text, personal: true },
    { key: 'contactEmail', show: text, personal: true, document: false },
    { key: 'role', show: paragraphs },
  ],
  meeting: [
    { key: 'title', show: text },
    { key: 'date', show: { as: 'date' } },
    { key: 'format', show: { as: 'choice', taxonomy: 'meetingFormat' } },
    { key: 'participants', show: { as: 'number' } },
    { key: 'notes', show: paragraphs },
  ],
  service: [
    { key: 'name', show: text },
    { key: 'runBy', show: text },
    { key: 'description', show: paragraphs },
    { key: 'targetGroups', show: { as: 'tags', taxonomy: 'targetGroup' } },
  ],
  need: findingFields('need'),
  strength: findingFields('strength'),
  challenge: findingFields('challenge'),
  recommendation: [
    { key: 'title', show: text, required: 'titles' },
    { key: 'description', show: paragraphs },
    { key: 'themes', show: { as: 'tags', taxonomy: 'theme' } },
    { key: 'needIds', show: { as: 'links', to: 'need' } },
    { key: 'challengeIds', show: { as: 'links', to: 'challenge' } },
    { key: 'strengthIds', show: { as: 'links', to: 'strength' } },
  ],
  action: [
    { key: 'title', show: text, required: 'titles' },
    { key: 'description', show: paragraphs },
    { key: 'recommendationId', show: { as: 'link', to: 'recommendation' } },
    { key: 'leadPartnerId', show: { as: 'link', to: 'partner' } },
    { key: 'supportingPartnerIds', show: { as: 'links', to: 'partner' } },
    { key: 'startMonth', show: { as: 'month' }, required: 'timing' },
    { key: 'endMonth', show: { as: 'month' }, required: 'timing' },
    { key: 'resources', show: paragraphs },
    { key: 'budget', show: { as: 'money', currencyField: 'currency' } },
    { key: 'currency', show: { as: 'currency' } },
    { key: 'fundingSource', show: text },
    { key: 'indicators', show: { as: 'records', fields: INDICATOR_FIELDS } },
    { key: 'risks', show: paragraphs },
  ],
} as const satisfies { [K in ItemKind]: Described<ItemData[K]> };

/** A record's title or name as the lists show it, or "" when it has none yet. */
export const itemName = (data: unknown): string => {
  const d = data as { title?: string; name?: string } | undefined;
  return (d?.title ?? d?.name ?? '').trim();
};

/** Fields of a section or kind, typed loosely for generic code. */
export const fieldsOf = (owner: Owner): readonly FieldSpec[] =>
  (owner in SECTION_FIELDS
    ? SECTION_FIELDS[owner as SectionKey]
    : ITEM_FIELDS[owner as ItemKind]) as readonly FieldSpec[];

/** What each step holds, and how many items a complete step has (`missing` names the message). */
export const STEP_CONTENT: Record<
  ContentStep,
  { sections: readonly SectionKey[]; lists: readonly { kind: ItemKind; min: number; missing: string }[] }
> = {
  partnership: {
    sections: ['partnership'],
    lists: [
      { kind: 'partner', min: 2, missing: 'partners' },
      { kind: 'meeting', min: 1, missing: 'meetings' },
    ],
  },
  diagnosis: { sections: ['diagnosis'], lists: [{ kind: 'service', min: 1, missing: 'services' }] },
  needs: { sections: [], lists: [{ kind: 'need', min: 1, missing: 'needItems' }] },
  strengths: { sections: [], lists: [{ kind: 'strength', min: 1, missing: 'strengthItems' }] },
  challenges: { sections: [], lists: [{ kind: 'challenge', min: 1, missing: 'challengeItems' }] },
  recommendations: { sections: [], lists: [{ kind: 'recommendation', min: 1, missing: 'recommendationItems' }] },
  plan: { sections: ['plan'], lists: [{ kind: 'action', min: 1, missing: 'actionItems' }] },
  vision: { sections: ['vision'], lists: [] },
};

/** The step where a kind of item is edited. */
export const STEP_OF_KIND = Object.fromEntries(
  Object.entries(STEP_CONTENT).flatMap(([step, c]) => c.lists.map((l) => [l.kind, step])),
) as Record<ItemKind, ContentStep>;

/** The step where a section is edited. */
export const STEP_OF_SECTION = Object.fromEntries(
  Object.entries(STEP_CONTENT).flatMap(([step, c]) => c.sections.map((s) => [s, step])),
) as Record<SectionKey, ContentStep>;

/** Empty as a reader sees it: blank text, no tags, no choice, not signed, no number. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}

/** A field's value in a record; a currency alone (it has a default) is not content. */
export function hasContent(spec: FieldSpec, record: Record<string, unknown>): boolean {
  return spec.show.as !== 'currency' && !isEmptyValue(record[spec.key]);
}

// ---------- showing a value ----------

/** What a value means, before it is put in words: the review page and the document render this. */
export type Display =
  | { type: 'empty' }
  | { type: 'text'; text: string; block: boolean }
  | { type: 'number'; value: number }
  | { type: 'money'; value: number; currency: string }
  | { type: 'date'; iso: string }
  | { type: 'month'; month: string }
  | { type: 'yesNo'; value: boolean }
  | { type: 'country'; code: string }
  | { type: 'terms'; keys: string[] }
  | { type: 'list'; items: string[] }
  | { type: 'links'; kind: ItemKind; ids: string[] }
  | { type: 'records'; rows: { spec: FieldSpec; display: Display }[][] };

export function display(spec: FieldSpec, record: Record<string, unknown>): Display {
  const v = record[spec.key];
  if (spec.show.as !== 'yesNo' && isEmptyValue(v)) return { type: 'empty' };
  const s = spec.show;
  switch (s.as) {
    case 'text':
    case 'paragraphs':
      return { type: 'text', text: String(v), block: s.as === 'paragraphs' };
    case 'number':
    case 'decimal':
      return typeof v === 'number' ? { type: 'number', value: v } : { type: 'empty' };
    case 'money':
      return typeof v === 'number'
        ? { type: 'money', value: v, currency: String(record[s.currencyField] ?? 'EUR') }
        : { type: 'empty' };
    case 'currency':
      return { type: 'text', text: String(v), block: false };
    case 'date':
      return { type: 'date', iso: String(v) };
    case 'month':
      return { type: 'month', month: String(v) };
    case 'yesNo':
      return { type: 'yesNo', value: v === true };
    case 'country':
      return { type: 'country', code: String(v) };
    case 'choice':
      return { type: 'terms', keys: [`${s.taxonomy}.${String(v)}`] };
    case 'tags':
      return { type: 'terms', keys: (v as string[]).map((x) => `${s.taxonomy}.${x}`) };
    case 'list':
      return { type: 'list', items: (v as string[]).filter((x) => x.trim() !== '') };
    case 'link':
      return { type: 'links', kind: s.to, ids: [String(v)] };
    case 'links':
      return { type: 'links', kind: s.to, ids: v as string[] };
    case 'records':
      return {
        type: 'records',
        rows: (v as Record<string, unknown>[]).map((r) => s.fields.map((f) => ({ spec: f, display: display(f, r) }))),
      };
  }
}

/** How a consumer puts values in words: the app with its i18next and locale, the document with its labels. */
export type Wording = {
  label: (owner: string, key: string) => string;
  term: (key: string) => string;
  number: (n: number) => string;
  money: (n: number, currency: string) => string;
  date: (iso: string) => string;
  month: (month: string) => string;
  yesNo: (value: boolean) => string;
  country: (code: string) => string;
  /** The name of a linked item ("N2 Language cafés"), or null when it no longer exists. */
  link: (kind: ItemKind, id: string) => string | null;
};

/** A value in words, one line per entry of a list; '' when empty. */
export function displayText(d: Display, w: Wording, owner = 'indicator'): string {
  switch (d.type) {
    case 'empty':
      return '';
    case 'text':
      return d.text;
    case 'number':
      return w.number(d.value);
    case 'money':
      return w.money(d.value, d.currency);
    case 'date':
      return w.date(d.iso);
    case 'month':
      return w.month(d.month);
    case 'yesNo':
      return w.yesNo(d.value);
    case 'country':
      return w.country(d.code);
    case 'terms':
      return d.keys.map(w.term).join(', ');
    case 'list':
      return d.items.join('\n');
    case 'links':
      return d.ids
        .map((id) => w.link(d.kind, id))
        .filter((x): x is string => x !== null)
        .join('\n');
    case 'records':
      return d.rows
        .map((row) =>
          row
            .filter((c) => c.display.type !== 'empty')
            .map((c) => `${w.label(owner, c.spec.key)}: ${displayText(c.display, w)}`)
            .join('; '),
        )
        .join('\n');
  }
}

/** Every field of a record with its value in words, in the order described. */
export function describeRecord(owner: Owner, record: Record<string, unknown>, w: Wording) {
  return fieldsOf(owner).map((spec) => ({
    spec,
    label: w.label(owner, spec.key),
    text: displayText(display(spec, record), w),
  }));
}

/** One field of a record in words ('' when the owner has no such field): a comparison's line. */
export function describeField(owner: Owner, key: string, record: Record<string, unknown>, w: Wording): string {
  const spec = fieldsOf(owner).find((f) => f.key === key);
  return spec ? displayText(display(spec, record), w, owner) : '';
}

/** Typed access for callers that hold a concrete record. */
export const recordOf = (data: ItemData[ItemKind] | SectionData[SectionKey] | Action) =>
  data as unknown as Record<string, unknown>;

// The compiler's half of "every schema key is described": a key left out is a type error here.
type KeysOf<L> = L extends readonly { key: infer K }[] ? K : never;
type Undescribed<T, L> = Exclude<keyof T, KeysOf<L>>;
type AllDescribed = {
  [K in SectionKey]: Undescribed<SectionData[K], (typeof SECTION_FIELDS)[K]>;
} & { [K in ItemKind]: Undescribed<ItemData[K], (typeof ITEM_FIELDS)[K]> };
export const EVERY_FIELD_DESCRIBED: { [K in keyof AllDescribed]: AllDescribed[K] extends never ? true : false } = {
  partnership: true,
  diagnosis: true,
  plan: true,
  vision: true,
  partner: true,
  meeting: true,
  service: true,
  need: true,
  strength: true,
  challenge: true,
  recommendation: true,
  action: true,
};

/** An item that names another in one of its link fields (an action whose lead is a partner). */
export type Dependant = { kind: ItemKind; id: string; position: number; name: string; field: string };

/**
 * What names item `id` of `kind`: every item with a link field to that kind holding it, in the
 * order of the steps. Deleting the item leaves these links pointing at nothing (shown as broken
 * links), so the confirmation names them and an undo brings them back.
 */
export function dependantsOf(strategy: Strategy, kind: ItemKind, id: string): Dependant[] {
  const out: Dependant[] = [];
  for (const owner of Object.keys(ITEM_FIELDS) as ItemKind[]) {
    const links = fieldsOf(owner).filter((f) => (f.show.as === 'link' || f.show.as === 'links') && f.show.to === kind);
    if (links.length === 0) continue;
    for (const item of strategy.items[owner]) {
      const data = item.data as Record<string, unknown>;
      for (const spec of links) {
        const value = data[spec.key];
        if (value === id || (Array.isArray(value) && value.includes(id)))
          out.push({ kind: owner, id: item.id, position: item.position, name: itemName(data), field: spec.key });
      }
    }
  }
  return out;
}
