import { z } from 'zod';
import { EMPTY_ITEMS, TargetGroups, text, ThemeTags, Timestamp } from './strategy';
import type { Action, Recommendation } from './strategy';

// Ideas from workshops and hackathons: any member proposes one, members vote (one vote each,
// changeable), the lead selects ideas or sets them aside with a reason, and turns a selected
// idea into a recommendation or an action that keeps a link back to the idea and its votes.
// The board goes alongside the strategy: it stays open while the content is in review.

export const IDEA_STATUSES = ['proposed', 'selected', 'setAside'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

export const IDEA_TARGETS = ['recommendation', 'action'] as const;
export type IdeaTarget = (typeof IDEA_TARGETS)[number];

const title = () => text(200).min(1, { error: 'errors.required' });

export const IdeaBody = z.strictObject({
  title: title(),
  description: text(),
  themes: ThemeTags,
  targetGroups: TargetGroups,
});
export type IdeaBody = z.infer<typeof IdeaBody>;

export const VoteBody = z.strictObject({ vote: z.boolean() });
export type VoteBody = z.infer<typeof VoteBody>;

export const DecideIdeaBody = z
  .strictObject({
    status: z.enum(IDEA_STATUSES),
    /** Why an idea is set aside: the partnership should learn why its idea was not taken. */
    reason: text(1000).default(''),
  })
  .refine((b) => b.status !== 'setAside' || b.reason.trim() !== '', {
    path: ['reason'],
    error: 'errors.reasonRequired',
  });
export type DecideIdeaBody = z.input<typeof DecideIdeaBody>;

export const ConvertIdeaBody = z.strictObject({ kind: z.enum(IDEA_TARGETS), id: z.uuid() });
export type ConvertIdeaBody = z.infer<typeof ConvertIdeaBody>;

export const IdeaSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  themes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  status: z.enum(IDEA_STATUSES),
  reason: z.string(),
  proposedBy: z.object({ id: z.string().nullable(), name: z.string() }),
  createdAt: Timestamp,
  votes: z.number().int().min(0),
  /** Whether the person asking has voted for it. */
  myVote: z.boolean(),
  /** The recommendation or action made from it. */
  convertedTo: z.object({ kind: z.enum(IDEA_TARGETS), id: z.string() }).nullable(),
});
export type Idea = z.infer<typeof IdeaSchema>;

export const IdeasSchema = z.object({ ideas: z.array(IdeaSchema) });

export type IdeaSort = 'votes' | 'date';

/** Most votes first (then newest), or newest first. */
export function sortIdeas(ideas: readonly Idea[], by: IdeaSort): Idea[] {
  const newest = (a: Idea, b: Idea) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
  return [...ideas].sort(by === 'votes' ? (a, b) => b.votes - a.votes || newest(a, b) : newest);
}

/** The item a selected idea becomes: its title and description, and for a recommendation its themes. */
export function itemFromIdea(
  idea: Pick<Idea, 'title' | 'description' | 'themes'>,
  kind: 'recommendation',
): Recommendation;
export function itemFromIdea(idea: Pick<Idea, 'title' | 'description' | 'themes'>, kind: 'action'): Action;
export function itemFromIdea(
  idea: Pick<Idea, 'title' | 'description' | 'themes'>,
  kind: IdeaTarget,
): Recommendation | Action {
  if (kind === 'recommendation') {
    const themes = ThemeTags.safeParse(idea.themes);
    return {
      ...EMPTY_ITEMS.recommendation,
      title: idea.title,
      description: idea.description,
      themes: themes.success ? themes.data : [],
    };
  }
  return { ...EMPTY_ITEMS.action, title: idea.title, description: idea.description };
}

/** Which idea an item was made from, for its card ("From the idea of Anna, 12 votes"). */
export function ideaOfItem(ideas: readonly Idea[], itemId: string): Idea | undefined {
  return ideas.find((i) => i.convertedTo?.id === itemId);
}
