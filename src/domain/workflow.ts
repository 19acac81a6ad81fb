import { z } from 'zod';
import type { WorkspaceRole } from './access';
import { LIMITS } from './limits';
import { storableText } from './text';

// The road from draft to adopted strategy, as a pure state machine: the server enforces it on
// every transition and every content write, the SPA shows only the steps the person may take,
// and the mocks answer with the same rules in demo mode.
//
//   draft ──submitForReview──▶ inReview ──approve──▶ approved ──submitToCoordinator──▶ submitted
//     ▲  ◀──────withdraw────────┘   │                  │                                │     │
//     │                  requestChanges             reopen                        return   accept
//     │                             ▼                  │                                ▼     ▼
//     │                      changesRequested ◀────────┼─────────────────────────  returned  accepted
//     └────────────────────────────────────────────────┘
//   changesRequested and returned are open for editing; the lead submits for review again from there.

export const WORKFLOW_STATES = [
  'draft',
  'inReview',
  'changesRequested',
  'approved',
  'submitted',
  'returned',
  'accepted',
] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];
export const isWorkflowState = (v: unknown): v is WorkflowState =>
  typeof v === 'string' && (WORKFLOW_STATES as readonly string[]).includes(v);

export const WORKFLOW_ACTIONS = [
  'submitForReview',
  'withdraw',
  'requestChanges',
  'approve',
  'reopen',
  'submitToCoordinator',
  'returnToTown',
  'accept',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
export const isWorkflowAction = (v: unknown): v is WorkflowAction =>
  typeof v === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(v);

/**
 * Who takes a step: a member's role in the workspace, or the coordinator of the programme the
 * workspace belongs to (programmes and their coordinators come with the coordinator's view).
 */
export type WorkflowActor = WorkspaceRole | 'coordinator';

/** Everyone a person acts as in one workspace: their role there, and the coordinator of its programme. */
export const actorsOf = (role: WorkspaceRole | null, coordinates: boolean): WorkflowActor[] => [
  ...(role ? [role] : []),
  ...(coordinates ? (['coordinator'] as const) : []),
];
type Actors = WorkflowActor | null | readonly WorkflowActor[];
const asList = (actor: Actors): readonly WorkflowActor[] =>
  actor === null ? [] : typeof actor === 'string' ? [actor] : actor;
/** Whether one of these actors may ever take this step (from some state). */
export const mayTake = (action: WorkflowAction, actor: Actors): boolean =>
  asList(actor).some((a) => TRANSITIONS[action].by.includes(a));

type Transition = {
  from: readonly WorkflowState[];
  to: WorkflowState;
  by: readonly WorkflowActor[];
  /** A comment is required: the others must learn what to change, or why. */
  comment: boolean;
};

export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  submitForReview: { from: ['draft', 'changesRequested', 'returned'], to: 'inReview', by: ['lead'], comment: false },
  withdraw: { from: ['inReview'], to: 'draft', by: ['lead'], comment: false },
  requestChanges: { from: ['inReview'], to: 'changesRequested', by: ['reviewer'], comment: true },
  approve: { from: ['inReview'], to: 'approved', by: ['reviewer'], comment: false },
  reopen: { from: ['approved'], to: 'draft', by: ['lead'], comment: true },
  submitToCoordinator: { from: ['approved'], to: 'submitted', by: ['lead'], comment: false },
  returnToTown: { from: ['submitted'], to: 'returned', by: ['coordinator'], comment: true },
  accept: { from: ['submitted'], to: 'accepted', by: ['coordinator'], comment: false },
};

/** A workspace saved before the workflow existed is a draft. */
export const stateOf = (workspace: { state?: WorkflowState }): WorkflowState => workspace.state ?? 'draft';

/** Where the content may change: a draft, and a strategy sent back for changes. Comments are always open. */
const EDITABLE: ReadonlySet<WorkflowState> = new Set(['draft', 'changesRequested', 'returned']);
export const isEditable = (state: WorkflowState): boolean => EDITABLE.has(state);

export type TransitionRefusal =
  { reason: 'notFrom'; state: WorkflowState } | { reason: 'notBy'; actor: Actors } | { reason: 'commentRequired' };

/** The state after `action`, or why it may not be taken now, by this actor, with this comment. */
export function transition(
  state: WorkflowState,
  action: WorkflowAction,
  actor: Actors,
  comment = '',
): { ok: true; to: WorkflowState } | ({ ok: false } & TransitionRefusal) {
  const t = TRANSITIONS[action];
  if (!t.from.includes(state)) return { ok: false, reason: 'notFrom', state };
  if (!mayTake(action, actor)) return { ok: false, reason: 'notBy', actor };
  if (t.comment && comment.trim() === '') return { ok: false, reason: 'commentRequired' };
  return { ok: true, to: t.to };
}

/** The steps this actor may take from this state: the buttons the SPA shows. */
export const availableActions = (state: WorkflowState, actor: Actors): WorkflowAction[] =>
  WORKFLOW_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(state) && mayTake(a, actor));

/** How each step reads in the audit log. */
export const WORKFLOW_AUDIT = {
  submitForReview: 'review-requested',
  withdraw: 'review-withdrawn',
  requestChanges: 'changes-requested',
  approve: 'strategy-approved',
  reopen: 'approval-withdrawn',
  submitToCoordinator: 'strategy-submitted',
  returnToTown: 'strategy-returned',
  accept: 'strategy-accepted',
} as const satisfies Record<WorkflowAction, string>;

export const commentRequired = (action: WorkflowAction): boolean => TRANSITIONS[action].comment;

// ---------- what the API speaks ----------

const text = (max: number) => z.string().overwrite(storableText).trim().max(max);

export const WorkflowStateSchema = z.enum(WORKFLOW_STATES);

export const TransitionBody = z.strictObject({
  action: z.enum(WORKFLOW_ACTIONS, { error: 'Unknown step: expected one of ' + WORKFLOW_ACTIONS.join(', ') }),
  comment: text(LIMITS.text).default(''),
  /** The state the person saw when they chose: a step taken on a stale screen is refused (409). */
  from: WorkflowStateSchema,
});
export type TransitionBody = z.input<typeof TransitionBody>;

export const VersionNameBody = z.strictObject({ name: text(LIMITS.shortText).min(1, { error: 'errors.required' }) });
export type VersionNameBody = z.infer<typeof VersionNameBody>;

const Person = z.object({ id: z.string().nullable(), name: z.string() });

/** One step of the workflow as it was taken. */
export const WorkflowEntry = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  by: Person,
  action: z.enum(WORKFLOW_ACTIONS),
  from: WorkflowStateSchema,
  to: WorkflowStateSchema,
  comment: z.string(),
  /** The version kept at this step. */
  versionId: z.string().nullable(),
});
export type WorkflowEntry = z.infer<typeof WorkflowEntry>;

/** A copy of the whole content kept at a transition, or named by the lead. */
export const VersionSummary = z.object({
  id: z.string(),
  number: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  by: Person,
  /** The lead's name for it; empty for one kept at a transition. */
  name: z.string(),
  /** The step it was kept at; null for a named version. */
  action: z.enum(WORKFLOW_ACTIONS).nullable(),
  /** The state the strategy was in when it was kept. */
  state: WorkflowStateSchema,
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const WorkflowInfo = z.object({
  state: WorkflowStateSchema,
  /** Newest first. */
  entries: z.array(WorkflowEntry),
  /** Newest first. */
  versions: z.array(VersionSummary),
});
export type WorkflowInfo = z.infer<typeof WorkflowInfo>;

/** The last request for changes (or return) since the strategy was last sent: what the lead is answering. */
export function openRequest(entries: readonly WorkflowEntry[]): WorkflowEntry | undefined {
  const last = entries[0];
  return last && (last.action === 'requestChanges' || last.action === 'returnToTown') ? last : undefined;
}
