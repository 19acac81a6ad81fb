import { z } from 'zod';
import { LIMITS } from './limits';
import { EMPTY_ITEMS, Indicator, text, Timestamp } from './strategy';
import type { Action, Recommendation, Strategy } from './strategy';
import { TARGET_GROUPS, THEME_TAGS } from './taxonomy';
import type { TargetGroup, ThemeTag } from './taxonomy';

// Good practice of a programme: the coordinator marks an action or a recommendation of any of
// its towns with a short note; every town of the programme sees the library, the entries that
// match its own needs' themes and target groups first, and copies one into its plan as a new
// action or recommendation that remembers where it came from. An entry keeps the item as it
// was when marked, so a later change in the source town does not change what others copied.
//
//   GET    /api/programmes/:id/good-practice                 -> GoodPractice[] (the coordinator's view)
//   POST   /api/programmes/:id/good-practice                 MarkPracticeBody -> 201 GoodPractice (coordinators)
//   DELETE /api/programmes/:id/good-practice/:practiceId     -> 204 (coordinators)
//   GET    /api/workspaces/:id/good-practice                 -> TownPractice[] (its programme's library, best matches first)
//   POST   /api/workspaces/:id/good-practice/:practiceId/copy  CopyPracticeBody -> 201 { item } (who edits the plan)

export const PRACTICE_KINDS = ['recommendation', 'action'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export const NOTE_MAX = 1000;

export const MarkPracticeBody = z.strictObject({
  workspaceId: z.uuid(),
  kind: z.enum(PRACTICE_KINDS),
  itemId: z.uuid(),
  /** Why it is good practice, for the other towns. */
  note: text(NOTE_MAX).min(1, { error: 'errors.required' }),
});
export type MarkPracticeBody = z.input<typeof MarkPracticeBody>;

export const CopyPracticeBody = z.strictObject({ id: z.uuid() });
export type CopyPracticeBody = z.infer<typeof CopyPracticeBody>;

/** What an entry keeps of its item, as it was when marked. */
export const PracticeContent = z.object({
  title: z.string(),
  description: z.string(),
  themes: z.array(z.enum(THEME_TAGS)),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  /** Actions: how it is done, and how its success is seen. */
  resources: z.string(),
  indicators: z.array(Indicator),
});
export type PracticeContent = z.infer<typeof PracticeContent>;

export const GoodPractice = z.object({
  id: z.uuid(),
  kind: z.enum(PRACTICE_KINDS),
  town: z.object({ workspaceId: z.uuid(), name: z.string() }),
  itemId: z.uuid(),
  note: z.string(),
  markedBy: z.string(),
  markedAt: Timestamp,
  content: PracticeContent,
});
export type GoodPractice = z.infer<typeof GoodPractice>;

export const TownPractice = GoodPractice.extend({
  /** The themes and target groups it shares with the town's own needs: why it comes first. */
  matches: z.object({ themes: z.array(z.enum(THEME_TAGS)), targetGroups: z.array(z.enum(TARGET_GROUPS)) }),
  /** The town's own item made from it, if it has copied it. */
  copiedAs: z.string().nullable(),
});
export type TownPractice = z.infer<typeof TownPractice>;

/**
 * What an entry keeps of an item: its own texts and themes; the target groups of the needs and
 * challenges it addresses (through its recommendation, for an action), since those say for whom.
 */
export function practiceContent(strategy: Strategy, kind: PracticeKind, itemId: string): PracticeContent | null {
  const { recommendation, action, need, challenge } = strategy.items;
  const groupsOf = new Map<string, readonly TargetGroup[]>(
    [...need, ...challenge].map((f) => [f.id, f.data.targetGroups]),
  );
  const recOf = (id: string) => recommendation.find((r) => r.id === id);
  const groups = (r: { data: Recommendation } | undefined) =>
    r ? [...new Set([...r.data.needIds, ...r.data.challengeIds].flatMap((id) => groupsOf.get(id) ?? []))] : [];
  if (kind === 'recommendation') {
    const r = recOf(itemId);
    if (!r) return null;
    const { title, description, themes } = r.data;
    return { title, description, themes, targetGroups: groups(r), resources: '', indicators: [] };
  }
  const a = action.find((x) => x.id === itemId);
  if (!a) return null;
  const rec = recOf(a.data.recommendationId);
  return {
    title: a.data.title,
    description: a.data.description,
    themes: rec?.data.themes ?? [],
    targetGroups: groups(rec),
    resources: a.data.resources,
    indicators: a.data.indicators,
  };
}

/** What a town's needs are about: the themes and target groups it has said matter. */
function needsOf(strategy: Strategy): { themes: Set<ThemeTag>; targetGroups: Set<TargetGroup> } {
  const themes = new Set<ThemeTag>();
  const targetGroups = new Set<TargetGroup>();
  for (const n of strategy.items.need) {
    n.data.themes.forEach((t) => themes.add(t));
    n.data.targetGroups.forEach((g) => targetGroups.add(g));
  }
  return { themes, targetGroups };
}

/**
 * The library as one town sees it: entries from other towns that share the most themes and
 * target groups with its needs first, then the newest; its own entries last.
 */
export function rankForTown(
  practices: readonly GoodPractice[],
  strategy: Strategy,
  copies: ReadonlyMap<string, string>,
): TownPractice[] {
  const own = needsOf(strategy);
  const ranked = practices.map((p) => ({
    ...p,
    matches: {
      themes: p.content.themes.filter((t) => own.themes.has(t)),
      targetGroups: p.content.targetGroups.filter((g) => own.targetGroups.has(g)),
    },
    copiedAs: copies.get(p.id) ?? null,
  }));
  const score = (p: TownPractice) =>
    p.town.workspaceId === strategy.workspace.id ? -1 : p.matches.themes.length + p.matches.targetGroups.length;
  return ranked.sort((a, b) => score(b) - score(a) || b.markedAt.localeCompare(a.markedAt) || a.id.localeCompare(b.id));
}

/** The new item a town makes from an entry: its texts and themes; the town links it and budgets it itself. */
export function itemFromPractice(
  practice: Pick<GoodPractice, 'kind' | 'content'>,
  newId: () => string,
): Recommendation | Action {
  const { content } = practice;
  if (practice.kind === 'recommendation') {
    return {
      ...EMPTY_ITEMS.recommendation,
      title: content.title,
      description: content.description,
      themes: content.themes,
    };
  }
  return {
    ...EMPTY_ITEMS.action,
    title: content.title,
    description: content.description,
    resources: content.resources,
    // Its own copies of the indicators: the town sets its own baseline and target.
    indicators: content.indicators
      .slice(0, LIMITS.indicators)
      .map((i) => ({ ...i, id: newId(), baseline: null, target: null })),
  };
}
