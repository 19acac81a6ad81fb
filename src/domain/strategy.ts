import { z } from 'zod';
import { WORKSPACE_ROLES } from './access';
import { LIMITS } from './limits';
import { storableText } from './text';
import {
  COUNTRIES,
  CURRENCIES,
  MEETING_FORMATS,
  PARTNER_TYPES,
  PRIORITIES,
  TARGET_GROUPS,
  THEME_TAGS,
} from './taxonomy';
import { WorkflowStateSchema } from './workflow';

// The strategy model. Every schema here is the single truth for the form resolver,
// the client's parsing of responses, the server's validation and the MSW handlers.
// Drafts are allowed to be incomplete: text fields may be empty, links may be missing.
// Completeness is a status computed in completeness.ts, never a validation error.

// One schema per rule, shared by every field that follows it: a zod schema never changes once
// made (each method returns a new one), and making one is not free: a page load makes them all,
// and on a slow phone a hundred needless copies cost tens of milliseconds before the first frame.
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const texts = new Map<number, z.ZodString>();

/** Free text as PostgreSQL can store it (see text.ts), trimmed, at most `max` characters. */
export const text = (max: number = LIMITS.text): z.ZodString => {
  let schema = texts.get(max);
  if (!schema) {
    schema = z.string().overwrite(storableText).trim().max(max);
    texts.set(max, schema);
  }
  return schema;
};
const shortText = () => text(LIMITS.shortText);
const id = once(() => z.uuid());
/** An id that may be empty: "not chosen yet". */
const optionalRef = once(() => z.union([z.uuid(), z.literal('')], { error: 'errors.choice' }));
const count = once(() => z.number().int().min(0).max(LIMITS.number).nullable());
const isoDate = once(() => z.union([z.iso.date(), z.literal('')], { error: 'errors.date' }));
/** A calendar year ("2026"), or '' when not given. */
const year = once(() => z.union([z.string().regex(/^\d{4}$/), z.literal('')], { error: 'errors.year' }));
const month = once(() =>
  z.union([z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), z.literal('')], { error: 'errors.month' }),
);
const tags = <T extends readonly string[]>(values: T) =>
  z.array(z.enum(values as unknown as [T[number], ...T[number][]])).max(LIMITS.tags);
const refs = once(() => z.array(z.uuid()).max(LIMITS.links));

export const TargetGroups = tags(TARGET_GROUPS);
export const ThemeTags = tags(THEME_TAGS);

// ---------- singular sections (one per workspace) ----------

export const PartnershipSection = z.strictObject({
  municipality: shortText(),
  country: z.union([z.enum(COUNTRIES), z.literal('')]),
  leadLibrary: shortText(),
  description: text(),
  agreementSigned: z.boolean(),
  agreementDate: isoDate(),
});
export type PartnershipSection = z.infer<typeof PartnershipSection>;

export const DiagnosisSection = z.strictObject({
  population: count(),
  tcnCount: count(),
  countriesOfOrigin: z.array(shortText()).max(LIMITS.tags),
  languages: z.array(shortText()).max(LIMITS.tags),
  targetGroups: TargetGroups,
  summary: text(),
  dataSources: text(),
});
export type DiagnosisSection = z.infer<typeof DiagnosisSection>;

export const PlanSection = z.strictObject({
  monitoring: text(),
  review: text(),
});
export type PlanSection = z.infer<typeof PlanSection>;

/** A strategy's period ends in or after the year it starts. */
export const periodInOrder = (v: { periodStart: string; periodEnd: string }) =>
  !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd;

export const VisionSection = z
  .strictObject({
    vision: text(),
    objectives: z.array(text(LIMITS.shortText * 3)).max(LIMITS.objectives),
    summary: text(LIMITS.longText),
    councilDecision: shortText(),
    adoptionDate: isoDate(),
    /** The years the strategy runs, e.g. 2026 to 2028 (on the document's cover). */
    periodStart: year(),
    periodEnd: year(),
  })
  .refine(periodInOrder, { path: ['periodEnd'], message: 'errors.periodEndBeforeStart' });
export type VisionSection = z.infer<typeof VisionSection>;

export const SECTION_SCHEMAS = {
  partnership: PartnershipSection,
  diagnosis: DiagnosisSection,
  plan: PlanSection,
  vision: VisionSection,
} as const;
export type SectionKey = keyof typeof SECTION_SCHEMAS;
export const SECTION_KEYS = Object.keys(SECTION_SCHEMAS) as SectionKey[];
export type SectionData = { [K in SectionKey]: z.infer<(typeof SECTION_SCHEMAS)[K]> };

export const EMPTY_SECTIONS: SectionData = {
  partnership: {
    municipality: '',
    country: '',
    leadLibrary: '',
    description: '',
    agreementSigned: false,
    agreementDate: '',
  },
  diagnosis: {
    population: null,
    tcnCount: null,
    countriesOfOrigin: [],
    languages: [],
    targetGroups: [],
    summary: '',
    dataSources: '',
  },
  plan: { monitoring: '', review: '' },
  vision: {
    vision: '',
    objectives: [],
    summary: '',
    councilDecision: '',
    adoptionDate: '',
    periodStart: '',
    periodEnd: '',
  },
};

// ---------- list items ----------

export const Partner = z.strictObject({
  name: shortText(),
  type: z.union([z.enum(PARTNER_TYPES), z.literal('')]),
  contactPerson: shortText(),
  contactEmail: shortText().refine((v) => v === '' || z.email().safeParse(v).success, { error: 'errors.email' }),
  role: text(),
});
export type Partner = z.infer<typeof Partner>;

export const Meeting = z.strictObject({
  title: shortText(),
  date: isoDate(),
  format: z.union([z.enum(MEETING_FORMATS), z.literal('')]),
  participants: count(),
  notes: text(),
});
export type Meeting = z.infer<typeof Meeting>;

/** An existing service or initiative found by the local diagnosis. */
export const Service = z.strictObject({
  name: shortText(),
  runBy: shortText(),
  description: text(),
  targetGroups: TargetGroups,
});
export type Service = z.infer<typeof Service>;

/** Needs, strengths and challenges share one shape; `priority` reads as severity for challenges. */
export const Finding = z.strictObject({
  title: shortText(),
  description: text(),
  targetGroups: TargetGroups,
  themes: ThemeTags,
  evidence: text(),
  priority: z.union([z.enum(PRIORITIES), z.literal('')]),
  partnerId: optionalRef(),
});
export type Finding = z.infer<typeof Finding>;

export const Recommendation = z.strictObject({
  title: shortText(),
  description: text(),
  themes: ThemeTags,
  needIds: refs(),
  challengeIds: refs(),
  strengthIds: refs(),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const Indicator = z.strictObject({
  id: id(),
  name: shortText(),
  baseline: z.number().min(-LIMITS.number).max(LIMITS.number).nullable(),
  target: z.number().min(-LIMITS.number).max(LIMITS.number).nullable(),
  unit: shortText(),
  verification: shortText(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Action = z
  .strictObject({
    title: shortText(),
    description: text(),
    recommendationId: optionalRef(),
    leadPartnerId: optionalRef(),
    supportingPartnerIds: refs(),
    startMonth: month(),
    endMonth: month(),
    resources: text(),
    budget: z.number().min(0).max(LIMITS.number).nullable(),
    currency: z.enum(CURRENCIES),
    fundingSource: shortText(),
    indicators: z.array(Indicator).max(LIMITS.indicators),
    risks: text(),
  })
  .refine((a) => !a.startMonth || !a.endMonth || a.startMonth <= a.endMonth, {
    path: ['endMonth'],
    message: 'errors.endBeforeStart',
  });
export type Action = z.infer<typeof Action>;

export const ITEM_SCHEMAS = {
  partner: Partner,
  meeting: Meeting,
  service: Service,
  need: Finding,
  strength: Finding,
  challenge: Finding,
  recommendation: Recommendation,
  action: Action,
} as const;
export type ItemKind = keyof typeof ITEM_SCHEMAS;
export const ITEM_KINDS = Object.keys(ITEM_SCHEMAS) as ItemKind[];
export type ItemData = { [K in ItemKind]: z.infer<(typeof ITEM_SCHEMAS)[K]> };

export const EMPTY_FINDING: Finding = {
  title: '',
  description: '',
  targetGroups: [],
  themes: [],
  evidence: '',
  priority: '',
  partnerId: '',
};
export const EMPTY_ITEMS: ItemData = {
  partner: { name: '', type: '', contactPerson: '', contactEmail: '', role: '' },
  meeting: { title: '', date: '', format: '', participants: null, notes: '' },
  service: { name: '', runBy: '', description: '', targetGroups: [] },
  need: EMPTY_FINDING,
  strength: EMPTY_FINDING,
  challenge: EMPTY_FINDING,
  recommendation: { title: '', description: '', themes: [], needIds: [], challengeIds: [], strengthIds: [] },
  action: {
    title: '',
    description: '',
    recommendationId: '',
    leadPartnerId: '',
    supportingPartnerIds: [],
    startMonth: '',
    endMonth: '',
    resources: '',
    budget: null,
    currency: 'EUR',
    fundingSource: '',
    indicators: [],
    risks: '',
  },
};

// ---------- stored records ----------

export const Timestamp = z.iso.datetime({ offset: true });

export const Workspace = z.object({
  id: id(),
  name: text(LIMITS.name),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Where it stands on the way to adoption (workflow.ts); absent in copies from before the workflow: a draft. */
  state: WorkflowStateSchema.optional(),
  /** The programme it belongs to (programmes.ts), if any: its good practice is the town's to use. */
  programmeId: z.uuid().optional(),
});
export type Workspace = z.infer<typeof Workspace>;

/** A workspace in the list, with enough to show progress without loading everything. */
export const WorkspaceSummary = Workspace.extend({
  municipality: z.string(),
  itemCount: z.number().int().min(0),
  /** The signed-in person's role in it; null for an administrator who is not a member. */
  role: z.enum(WORKSPACE_ROLES).nullable(),
  /** False for a workspace from before accounts that waits for an administrator to hand it to a lead. */
  hasLead: z.boolean(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

/** Who last changed a record: null when nobody signed in did (data from before accounts, a backup). */
export type ChangedBy = { id: string; name: string } | null;
export const ChangedBySchema = z.object({ id: z.string(), name: z.string() }).nullable();

export type StoredItem<K extends ItemKind = ItemKind> = {
  id: string;
  kind: K;
  position: number;
  version: number;
  updatedAt: string;
  updatedBy?: ChangedBy;
  data: ItemData[K];
};
export type StoredSection<K extends SectionKey = SectionKey> = {
  version: number;
  updatedAt: string | null;
  updatedBy?: ChangedBy;
  data: SectionData[K];
};

export const StoredItemSchema = z.object({
  id: id(),
  kind: z.enum(ITEM_KINDS as [ItemKind, ...ItemKind[]]),
  position: z.number(),
  version: z.number().int().min(0),
  updatedAt: Timestamp,
  updatedBy: ChangedBySchema.optional(),
  data: z.unknown(),
});

/** The whole strategy of one workspace, as the API returns it. */
export type Strategy = {
  workspace: Workspace;
  /** The last live event this copy includes (see live.ts): live updates go on from there. */
  seq?: number;
  sections: { [K in SectionKey]: StoredSection<K> };
  items: { [K in ItemKind]: StoredItem<K>[] };
};

export const StrategySchema = z
  .object({
    workspace: Workspace,
    seq: z.number().int().min(0).optional(),
    sections: z.object(
      Object.fromEntries(
        SECTION_KEYS.map((k) => [
          k,
          z.object({
            version: z.number().int().min(0),
            updatedAt: Timestamp.nullable(),
            updatedBy: ChangedBySchema.optional(),
            data: SECTION_SCHEMAS[k],
          }),
        ]),
      ) as unknown as { [K in SectionKey]: z.ZodType<StoredSection<K>> },
    ),
    items: z.object(
      Object.fromEntries(
        ITEM_KINDS.map((k) => [k, z.array(StoredItemSchema.extend({ kind: z.literal(k), data: ITEM_SCHEMAS[k] }))]),
      ) as unknown as { [K in ItemKind]: z.ZodType<StoredItem<K>[]> },
    ),
  })
  .transform((s) => s as Strategy);

export function emptyStrategy(workspace: Workspace): Strategy {
  return {
    workspace,
    sections: {
      partnership: { version: 0, updatedAt: null, data: EMPTY_SECTIONS.partnership },
      diagnosis: { version: 0, updatedAt: null, data: EMPTY_SECTIONS.diagnosis },
      plan: { version: 0, updatedAt: null, data: EMPTY_SECTIONS.plan },
      vision: { version: 0, updatedAt: null, data: EMPTY_SECTIONS.vision },
    },
    items: {
      partner: [],
      meeting: [],
      service: [],
      need: [],
      strength: [],
      challenge: [],
      recommendation: [],
      action: [],
    },
  };
}
