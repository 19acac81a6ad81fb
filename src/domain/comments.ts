import { z } from 'zod';
import { WORKSPACE_ROLES } from './access';
import { STEP_OF_KIND, STEP_OF_SECTION } from './fields';
import type { ContentStep } from './steps';
import { ITEM_KINDS, SECTION_KEYS, text, Timestamp } from './strategy';
import type { ItemKind, SectionKey } from './strategy';

// Comments: threads on an item, a section or the strategy as a whole, with replies, resolved
// and reopened, edited and removed by their authors, mentioning members with `@Name`. They stay
// open in every state of the workflow: a reviewer comments on what they cannot change.
//
// A thread's anchor says what it is about:
//   strategy                       the strategy as a whole
//   section:<key>                  a section (partnership, diagnosis, plan, vision)
//   item:<kind>:<uuid>             one item

export const COMMENT_MAX = 4000;

export type CommentAnchor =
  { type: 'strategy' } | { type: 'section'; key: SectionKey } | { type: 'item'; kind: ItemKind; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseAnchor(raw: string): CommentAnchor | null {
  if (raw === 'strategy') return { type: 'strategy' };
  const [type, a, b, ...rest] = raw.split(':');
  if (rest.length > 0) return null;
  if (type === 'section' && b === undefined && (SECTION_KEYS as readonly string[]).includes(a ?? '')) {
    return { type: 'section', key: a as SectionKey };
  }
  if (type === 'item' && (ITEM_KINDS as readonly string[]).includes(a ?? '') && b && UUID.test(b)) {
    return { type: 'item', kind: a as ItemKind, id: b.toLowerCase() };
  }
  return null;
}

export const anchorKey = (a: CommentAnchor): string =>
  a.type === 'strategy' ? 'strategy' : a.type === 'section' ? `section:${a.key}` : `item:${a.kind}:${a.id}`;

/** The step where what a thread is about is edited; null for the strategy as a whole. */
export function stepOfAnchor(a: CommentAnchor): ContentStep | null {
  if (a.type === 'section') return STEP_OF_SECTION[a.key];
  if (a.type === 'item') return STEP_OF_KIND[a.kind];
  return null;
}

/** Where a thread's subject is edited, with its comments open beside it (an app path). */
export function commentPath(workspaceId: string, raw: string): string {
  const anchor = parseAnchor(raw);
  const step = anchor ? stepOfAnchor(anchor) : null;
  const comments = `comments=${encodeURIComponent(raw)}`;
  if (!anchor || !step) return `/w/${workspaceId}?${comments}`;
  if (anchor.type === 'item') return `/w/${workspaceId}/${step}?item=${anchor.id}&${comments}`;
  return `/w/${workspaceId}/${step}?${comments}`;
}

export const AnchorSchema = z
  .string()
  .max(120)
  .refine((v) => parseAnchor(v) !== null, { error: 'Expected strategy, section:<key> or item:<kind>:<id>' })
  .transform((v) => anchorKey(parseAnchor(v) as CommentAnchor));

const commentText = () => text(COMMENT_MAX).min(1, { error: 'errors.required' });

export const NewCommentBody = z.strictObject({
  anchor: AnchorSchema,
  body: commentText(),
  /** A reply joins this thread (the id of its first comment); without it, a new thread starts. */
  threadId: z.uuid().optional(),
});
export type NewCommentBody = z.input<typeof NewCommentBody>;

export const EditCommentBody = z.strictObject({ body: commentText() });
export type EditCommentBody = z.infer<typeof EditCommentBody>;

export const ResolveThreadBody = z.strictObject({ resolved: z.boolean() });
export type ResolveThreadBody = z.infer<typeof ResolveThreadBody>;

export const CommentSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  author: z.object({
    id: z.string().nullable(),
    name: z.string(),
    role: z.enum([...WORKSPACE_ROLES, 'coordinator']).nullable(),
  }),
  /** Empty once removed: the thread then says "comment removed" in its place. */
  body: z.string(),
  /** The members it mentions, by id. */
  mentions: z.array(z.string()),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
  deleted: z.boolean(),
});
export type Comment = z.infer<typeof CommentSchema>;

export const ThreadSchema = z.object({
  id: z.string(),
  anchor: z.string(),
  resolved: z.object({ at: Timestamp, by: z.string() }).nullable(),
  /** Oldest first; the first is the thread's opening comment. */
  comments: z.array(CommentSchema),
});
export type Thread = z.infer<typeof ThreadSchema>;

export const CommentsSchema = z.object({ threads: z.array(ThreadSchema) });
export type Comments = z.infer<typeof CommentsSchema>;

/**
 * The members a comment mentions: each whose name follows an `@` (letters compared without
 * regard to case), the longest name first so that "@Anna Bērziņa" is not read as "@Anna".
 */
export function findMentions(body: string, members: readonly { id: string; name: string }[]): string[] {
  const lower = body.toLocaleLowerCase();
  const found = new Set<string>();
  let rest = lower;
  for (const m of [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length)) {
    const tag = `@${m.name.trim().toLocaleLowerCase()}`;
    if (rest.includes(tag)) {
      found.add(m.id);
      rest = rest.split(tag).join(' ');
    }
  }
  return [...found];
}

/** Splits a comment into text and mentions, for showing the mentions apart. */
export function mentionParts(
  body: string,
  members: readonly { id: string; name: string }[],
): ({ text: string } | { mention: string })[] {
  const names = [...members]
    .map((m) => m.name.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const parts: ({ text: string } | { mention: string })[] = [];
  let i = 0;
  let plain = '';
  const lower = body.toLocaleLowerCase();
  while (i < body.length) {
    const name = body[i] === '@' ? names.find((n) => lower.startsWith(`@${n.toLocaleLowerCase()}`, i)) : undefined;
    if (name) {
      if (plain) parts.push({ text: plain });
      plain = '';
      parts.push({ mention: body.slice(i, i + name.length + 1) });
      i += name.length + 1;
    } else {
      plain += body[i];
      i += 1;
    }
  }
  if (plain) parts.push({ text: plain });
  return parts;
}

export const isOpenThread = (t: Thread) => t.resolved === null && t.comments.some((c) => !c.deleted);

/** Open threads per anchor and per step (the strategy as a whole counts under `strategy`). */
export function openCounts(threads: readonly Thread[]): {
  byAnchor: Map<string, number>;
  byStep: Map<ContentStep | 'strategy', number>;
  total: number;
} {
  const byAnchor = new Map<string, number>();
  const byStep = new Map<ContentStep | 'strategy', number>();
  let total = 0;
  for (const t of threads) {
    if (!isOpenThread(t)) continue;
    const anchor = parseAnchor(t.anchor);
    if (!anchor) continue;
    total += 1;
    byAnchor.set(t.anchor, (byAnchor.get(t.anchor) ?? 0) + 1);
    const step = stepOfAnchor(anchor) ?? 'strategy';
    byStep.set(step, (byStep.get(step) ?? 0) + 1);
  }
  return { byAnchor, byStep, total };
}

export type ThreadFilter = 'open' | 'mine' | 'mentionsMe' | 'fromReviewer' | 'resolved';
export const THREAD_FILTERS: readonly ThreadFilter[] = ['open', 'mine', 'mentionsMe', 'fromReviewer', 'resolved'];

/** The comments panel's filters; every filter but `resolved` shows open threads only. */
export function filterThreads(threads: readonly Thread[], filter: ThreadFilter, me: string | null): Thread[] {
  return threads.filter((t) => {
    if (filter === 'resolved') return t.resolved !== null;
    if (!isOpenThread(t)) return false;
    const live = t.comments.filter((c) => !c.deleted);
    if (filter === 'mine') return live.some((c) => c.author.id === me);
    if (filter === 'mentionsMe') return me !== null && live.some((c) => c.mentions.includes(me));
    if (filter === 'fromReviewer') return live.some((c) => c.author.role === 'reviewer');
    return true;
  });
}
