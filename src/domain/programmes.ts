import { z } from 'zod';
import { completionPercent, strategyProgress } from './completeness';
import type { StepStatus } from './completeness';
import { CONTENT_STEPS } from './steps';
import type { ContentStep } from './steps';
import { Timestamp, Workspace } from './strategy';
import { CreatedInvitation } from './accounts';
import type { Strategy } from './strategy';
import { COUNTRIES, CURRENCIES } from './taxonomy';
import type { Currency } from './taxonomy';
import { text } from './strategy';
import { findProblems } from './traceability';
import { stateOf, WORKFLOW_STATES } from './workflow';
import type { WorkflowState } from './workflow';
import { LIMITS } from './limits';

// Programmes: the towns a national coordinator follows (KISC in Latvia with about ten
// municipalities, FRSI in Poland with about twelve partnerships). An administrator creates a
// programme and names its coordinators; a coordinator enrols towns. A workspace belongs to at
// most one programme, and the programme's coordinators observe it (access.ts): they read and
// comment, and return or accept its submission (workflow.ts). Everything a coordinator sees
// about a town is computed here, from the same rules as the wizard's (completeness.ts,
// traceability.ts), by the server and by the mocks alike.
//
//   GET    /api/programmes                      -> ProgrammeSummary[] (coordinators: theirs; administrators: all)
//   POST   /api/programmes                      ProgrammeBody -> 201 Programme (administrators)
//   GET    /api/programmes/:id                  -> Programme
//   PATCH  /api/programmes/:id                  ProgrammeBody -> Programme (administrators)
//   GET    /api/programmes/:id/dashboard        -> Dashboard
//   POST   /api/programmes/:id/towns            EnrolTownBody -> 201 EnrolledTown (a new workspace and its lead's invitation)

const DAY_MS = 24 * 60 * 60 * 1000;

/** The languages a strategy document is written in: the app's seven. */
export const DOCUMENT_LANGUAGES = ['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
export const isDocumentLanguage = (v: unknown): v is DocumentLanguage =>
  typeof v === 'string' && (DOCUMENT_LANGUAGES as readonly string[]).includes(v);

/** A town that has changed nothing for this long, while still writing, is stalled. */
export const STALLED_DAYS = 21;
/** A deadline this close makes a town that has not submitted "due soon". */
export const DUE_SOON_DAYS = 14;

const email = z
  .string()
  .trim()
  .min(1, 'errors.required')
  .max(254, 'errors.email')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'errors.email')
  .transform((s) => s.toLowerCase());

export const ProgrammeBody = z.strictObject({
  name: text(LIMITS.name).min(1, 'errors.required'),
  country: z.enum(COUNTRIES, { error: 'errors.choice' }),
  /** The day submissions are due, YYYY-MM-DD. */
  deadline: z.iso.date({ error: 'errors.date' }),
  /** The language the coordinator expects the towns' documents in. */
  language: z.enum(DOCUMENT_LANGUAGES, { error: 'errors.choice' }),
  /** The accounts that coordinate it, by e-mail; each must exist. */
  coordinators: z.array(email).min(1, 'errors.required').max(20),
});
export type ProgrammeBody = z.input<typeof ProgrammeBody>;

/** E-mail addresses typed as one text, separated by commas, semicolons, spaces or lines. */
export const splitEmails = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The programme form: the coordinators typed as one text, checked by the body's own rule. */
export const ProgrammeForm = ProgrammeBody.extend({
  coordinators: z.string().transform((text, ctx) => {
    const parsed = ProgrammeBody.shape.coordinators.safeParse(splitEmails(text));
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'errors.invalid' });
    return z.NEVER;
  }),
});

const Person = z.object({ id: z.uuid(), name: z.string(), email: z.string() });

export const Programme = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.enum(COUNTRIES),
  deadline: z.iso.date(),
  language: z.enum(DOCUMENT_LANGUAGES),
  createdAt: Timestamp,
  coordinators: z.array(Person),
  townCount: z.number().int().min(0),
});
export type Programme = z.infer<typeof Programme>;

export const EnrolTownBody = z.strictObject({
  /** The new workspace's name, e.g. "Jelgava — integration strategy 2026–2028". */
  name: text(LIMITS.name).min(1, 'errors.required'),
  /** The town, written into the strategy's partnership section. */
  municipality: text(LIMITS.shortText).min(1, 'errors.required'),
});
export type EnrolTownBody = z.input<typeof EnrolTownBody>;
/** The enrolment form: an empty name is named after the town by the screen. */
export const EnrolTownForm = EnrolTownBody.extend({ name: text(LIMITS.name) });

/** A town enrolled with a new workspace: the link for its lead is shown once, here. */
export const EnrolledTown = z.object({ workspace: Workspace, invitation: CreatedInvitation });
export type EnrolledTown = z.infer<typeof EnrolledTown>;

/**
 * A town that already writes its strategy here joins a programme by a link its coordinator makes
 * and its lead opens: the lead chooses which of the strategies they lead joins. Shown once, as
 * every link; the server keeps only a hash of its token.
 *
 *   POST /api/programmes/:id/links                  -> 201 ProgrammeLink (coordinators)
 *   GET  /api/programme-links/:token                -> ProgrammeLinkPreview (anyone signed in who holds it)
 *   POST /api/programme-links/:token/accept         JoinProgrammeBody -> Workspace (the workspace's lead)
 */
export const PROGRAMME_LINK_MS = 14 * DAY_MS;

export const ProgrammeLink = z.object({ token: z.string(), expiresAt: Timestamp });
export type ProgrammeLink = z.infer<typeof ProgrammeLink>;

export const ProgrammeLinkPreview = z.object({
  programme: z.object({ name: z.string(), country: z.enum(COUNTRIES), deadline: z.iso.date() }),
  invitedBy: z.string(),
  expiresAt: Timestamp,
});
export type ProgrammeLinkPreview = z.infer<typeof ProgrammeLinkPreview>;

export const JoinProgrammeBody = z.strictObject({ workspaceId: z.uuid({ error: 'errors.choice' }) });
export type JoinProgrammeBody = z.infer<typeof JoinProgrammeBody>;

// ---------- the dashboard ----------

export const StepStatusSchema = z.enum(['notStarted', 'inProgress', 'complete', 'attention']);
const Money = z.object({ currency: z.enum(CURRENCIES), amount: z.number() });
export type Money = z.infer<typeof Money>;

/** Why a town stands out on the dashboard. */
export const TOWN_FLAGS = ['overdue', 'dueSoon', 'stalled', 'noLead'] as const;
export type TownFlag = (typeof TOWN_FLAGS)[number];

/** One town's row: where it stands, how far each step is, what it plans and what is open. */
export const TownProgress = z.object({
  workspaceId: z.uuid(),
  name: z.string(),
  municipality: z.string(),
  state: z.enum(WORKFLOW_STATES),
  /** Each content step's status, in the wizard's order. */
  steps: z.array(
    z.object({ step: z.enum(CONTENT_STEPS as [ContentStep, ...ContentStep[]]), status: StepStatusSchema }),
  ),
  /** Share of content steps complete, 0–100 (completeness.ts). */
  percent: z.number().int().min(0).max(100),
  needs: z.number().int().min(0),
  recommendations: z.number().int().min(0),
  actions: z.number().int().min(0),
  /** Broken links of the thread need → recommendation → action → indicator (traceability.ts). */
  warnings: z.number().int().min(0),
  openComments: z.number().int().min(0),
  lastActivity: Timestamp,
  /** Planned budget of its actions, one sum per currency, largest first. */
  budget: z.array(Money),
  hasLead: z.boolean(),
  flags: z.array(z.enum(TOWN_FLAGS)),
});
export type TownProgress = z.infer<typeof TownProgress>;

export const Dashboard = z.object({
  programme: Programme,
  /** Days from today to the deadline; negative once it has passed. */
  daysToDeadline: z.number().int(),
  towns: z.array(TownProgress),
});
export type Dashboard = z.infer<typeof Dashboard>;

/** What a town's row needs besides its strategy: kept by the store, not by the strategy. */
export type TownFacts = { openComments: number; lastActivity: string; hasLead: boolean };

/** Whole days from `today` (YYYY-MM-DD or a timestamp) to `deadline` (YYYY-MM-DD), negative when past. */
export function daysUntil(deadline: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / DAY_MS);
}

/** A town is done with the programme once it has submitted (and the coordinator has not returned it). */
const DELIVERED: ReadonlySet<WorkflowState> = new Set(['submitted', 'accepted']);

/**
 * Sums of money per currency, largest first. Summed in cents, as integers, so that 0.10 + 0.20
 * is 0.30. Every budget sum of the programme's screens and files goes through here.
 */
export function sumMoney(entries: Iterable<{ currency: Currency; amount: number }>): Money[] {
  const cents = new Map<Currency, number>();
  for (const { currency, amount } of entries)
    cents.set(currency, (cents.get(currency) ?? 0) + Math.round(amount * 100));
  return [...cents]
    .map(([currency, amount]) => ({ currency, amount: amount / 100 }))
    .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
}

/** The planned budget of a strategy's actions, per currency. */
export const budgetOf = (strategy: Strategy): Money[] =>
  sumMoney(
    strategy.items.action.flatMap((a) =>
      a.data.budget === null ? [] : [{ currency: a.data.currency, amount: a.data.budget }],
    ),
  );

/** What a town's row says of its content: the same until the content changes (the server keeps it). */
export type ContentProgress = Pick<
  TownProgress,
  'municipality' | 'steps' | 'percent' | 'needs' | 'recommendations' | 'actions' | 'warnings' | 'budget'
>;

export function contentProgress(strategy: Strategy): ContentProgress {
  const problems = findProblems(strategy);
  const progress = strategyProgress(strategy);
  return {
    municipality: strategy.sections.partnership.data.municipality,
    steps: progress.map((p) => ({ step: p.step as ContentStep, status: p.status as StepStatus })),
    percent: completionPercent(strategy, progress),
    needs: strategy.items.need.length,
    recommendations: strategy.items.recommendation.length,
    actions: strategy.items.action.length,
    warnings: problems.length,
    budget: budgetOf(strategy),
  };
}

/** A town's row from what its content says and what changes without it: state, comments, the calendar. */
export function townRow(
  workspace: { id: string; name: string; state?: WorkflowState },
  content: ContentProgress,
  facts: TownFacts,
  deadline: string,
  now: Date,
): TownProgress {
  const state = stateOf(workspace);
  const delivered = DELIVERED.has(state);
  const days = daysUntil(deadline, now);
  const idleDays = (now.getTime() - Date.parse(facts.lastActivity)) / DAY_MS;
  const flags: TownFlag[] = [];
  if (!delivered && days < 0) flags.push('overdue');
  if (!delivered && days >= 0 && days <= DUE_SOON_DAYS) flags.push('dueSoon');
  if (!delivered && idleDays >= STALLED_DAYS) flags.push('stalled');
  if (!facts.hasLead) flags.push('noLead');
  return {
    workspaceId: workspace.id,
    name: workspace.name,
    state,
    ...content,
    openComments: facts.openComments,
    lastActivity: facts.lastActivity,
    hasLead: facts.hasLead,
    flags,
  };
}

/** One town's dashboard row, from its strategy and what the store knows besides. */
export const townProgress = (strategy: Strategy, facts: TownFacts, deadline: string, now: Date): TownProgress =>
  townRow(strategy.workspace, contentProgress(strategy), facts, deadline, now);

// ---------- sorting and filtering the dashboard (the screen's; pure, so tested alone) ----------

export const TOWN_SORTS = ['name', 'state', 'percent', 'warnings', 'openComments', 'lastActivity', 'budget'] as const;
export type TownSort = (typeof TOWN_SORTS)[number];

/** The order states take on the way: a draft first, accepted last. */
const STATE_ORDER: Record<WorkflowState, number> = Object.fromEntries(WORKFLOW_STATES.map((s, i) => [s, i])) as Record<
  WorkflowState,
  number
>;

/** The first currency's sum, for sorting by budget (towns of one programme share a currency). */
const mainBudget = (t: TownProgress) => t.budget[0]?.amount ?? 0;

export function sortTowns(
  towns: readonly TownProgress[],
  by: TownSort,
  direction: 'ascending' | 'descending',
  collator: Intl.Collator,
): TownProgress[] {
  // A town is known by its name ("Jelgava"), its workspace by a longer one.
  const label = (t: TownProgress) => t.municipality || t.name;
  const byName = (a: TownProgress, b: TownProgress) =>
    collator.compare(label(a), label(b)) || collator.compare(a.name, b.name);
  const key: Record<TownSort, (a: TownProgress, b: TownProgress) => number> = {
    name: byName,
    state: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state],
    percent: (a, b) => a.percent - b.percent,
    warnings: (a, b) => a.warnings - b.warnings,
    openComments: (a, b) => a.openComments - b.openComments,
    lastActivity: (a, b) => Date.parse(a.lastActivity) - Date.parse(b.lastActivity),
    budget: (a, b) => mainBudget(a) - mainBudget(b),
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...towns].sort((a, b) => sign * key[by](a, b) || byName(a, b));
}

export type TownFilter = { search: string; state: WorkflowState | 'all'; attentionOnly: boolean };

/** Towns that stand out: late, idle, without a lead, or with broken links. */
export const needsAttention = (t: TownProgress) => t.flags.length > 0 || t.warnings > 0;

export function filterTowns(towns: readonly TownProgress[], filter: TownFilter, locale: string): TownProgress[] {
  const needle = filter.search.trim().toLocaleLowerCase(locale);
  return towns.filter(
    (t) =>
      (filter.state === 'all' || t.state === filter.state) &&
      (!filter.attentionOnly || needsAttention(t)) &&
      (needle === '' ||
        t.name.toLocaleLowerCase(locale).includes(needle) ||
        t.municipality.toLocaleLowerCase(locale).includes(needle)),
  );
}
