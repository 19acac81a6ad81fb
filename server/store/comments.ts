import { randomUUID } from 'node:crypto';
import { isWorkspaceRole } from '@/domain';
import { findMentions, parseAnchor } from '@/domain/comments';
import type { WorkspaceRole } from '@/domain';
import type { Comment, Thread } from '@/domain/comments';
import { checkOwnComment, unknownCommentTarget } from '@/domain/store-rules';
import type { Queryable } from '../db/database';
import { ApiError, orThrow } from '../errors';
import type { Write } from './changes';
import { recordEvent } from './changes';
import { notify } from './notifications';
import { iso } from './time';

// Comments in threads. A thread is its first comment's id; a reply carries it. Removing a
// comment keeps its place (the thread says "comment removed") and forgets its text.

type CommentRow = {
  id: string;
  thread_id: string;
  anchor: string;
  author_id: string | null;
  author_name: string;
  author_role: string | null;
  body: string;
  mentions: unknown;
  created_at: Date | string;
  edited_at: Date | string | null;
  deleted_at: Date | string | null;
  resolved_at: Date | string | null;
  resolved_by: string | null;
};

const toComment = (r: CommentRow): Comment => ({
  id: r.id,
  threadId: r.thread_id,
  author: {
    id: r.author_id,
    name: r.author_name,
    role: isWorkspaceRole(r.author_role) || r.author_role === 'coordinator' ? r.author_role : null,
  },
  body: r.deleted_at ? '' : r.body,
  mentions: r.deleted_at ? [] : Array.isArray(r.mentions) ? (r.mentions as string[]) : [],
  createdAt: iso(r.created_at),
  editedAt: r.edited_at ? iso(r.edited_at) : null,
  deleted: r.deleted_at !== null,
});

/** Every thread of a workspace, the most recently active first; each thread's comments oldest first. */
export async function listThreads(q: Queryable, workspaceId: string): Promise<Thread[]> {
  const rows = await q.query<CommentRow>(
    'select * from comments where workspace_id = $1 order by thread_id, created_at, id',
    [workspaceId],
  );
  const threads = new Map<string, Thread & { last: string }>();
  for (const r of rows) {
    const comment = toComment(r);
    let t = threads.get(r.thread_id);
    if (!t) {
      t = { id: r.thread_id, anchor: r.anchor, resolved: null, comments: [], last: comment.createdAt };
      threads.set(r.thread_id, t);
    }
    if (r.id === r.thread_id && r.resolved_at) t.resolved = { at: iso(r.resolved_at), by: r.resolved_by ?? '' };
    t.comments.push(comment);
    if (comment.createdAt > t.last) t.last = comment.createdAt;
  }
  return [...threads.values()]
    .sort((a, b) => b.last.localeCompare(a.last) || a.id.localeCompare(b.id))
    .map(({ last: _, ...t }) => t);
}

async function members(q: Queryable, workspaceId: string): Promise<{ id: string; name: string }[]> {
  return q.query<{ id: string; name: string }>(
    'select u.id, u.name from memberships m join users u on u.id = m.user_id where m.workspace_id = $1',
    [workspaceId],
  );
}

async function findComment(q: Queryable, workspaceId: string, id: string): Promise<CommentRow | undefined> {
  const [row] = await q.query<CommentRow>('select * from comments where workspace_id = $1 and id = $2', [
    workspaceId,
    id,
  ]);
  return row;
}

/** A new thread on `anchor`, or a reply in `threadId` (which then decides the anchor). */
export async function addComment(
  w: Write,
  role: WorkspaceRole | 'coordinator' | null,
  input: { anchor: string; body: string; threadId?: string },
): Promise<Comment> {
  let anchor = input.anchor;
  let threadId: string;
  const id = randomUUID();
  if (input.threadId) {
    const root = await findComment(w.tx, w.workspaceId, input.threadId);
    if (!root || root.id !== root.thread_id) throw ApiError.from(unknownCommentTarget('thread'));
    anchor = root.anchor;
    threadId = root.id;
    // A reply reopens a resolved thread: there is something to discuss again.
    await w.tx.query('update comments set resolved_at = null, resolved_by = null where id = $1', [root.id]);
  } else {
    const target = parseAnchor(anchor);
    if (target?.type === 'item') {
      const found = await w.tx.query('select 1 from items where workspace_id = $1 and kind = $2 and id = $3', [
        w.workspaceId,
        target.kind,
        target.id,
      ]);
      if (found.length === 0) throw ApiError.from(unknownCommentTarget('item'));
    }
    threadId = id;
  }
  const mentions = findMentions(input.body, await members(w.tx, w.workspaceId));
  await notify(w, mentions, { kind: 'mention', anchor });
  if (input.threadId) {
    // Everyone who wrote in the thread hears of the reply (unless just told of a mention).
    const earlier = await w.tx.query<{ author_id: string }>(
      'select distinct author_id from comments where thread_id = $1 and author_id is not null and deleted_at is null',
      [threadId],
    );
    await notify(
      w,
      earlier.map((r) => r.author_id).filter((id) => !mentions.includes(id)),
      { kind: 'reply', anchor },
    );
  }
  const [row] = await w.tx.query<CommentRow>(
    `insert into comments (id, workspace_id, thread_id, anchor, author_id, author_name, author_role, body, mentions, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10) returning *`,
    [
      id,
      w.workspaceId,
      threadId,
      anchor,
      w.actor?.id ?? null,
      w.actor?.name ?? '',
      role,
      input.body,
      JSON.stringify(mentions),
      w.now,
    ],
  );
  await recordEvent(w, { type: 'comments' });
  return toComment(row as CommentRow);
}

export async function editComment(w: Write, id: string, userId: string, body: string): Promise<Comment> {
  const row = await findComment(w.tx, w.workspaceId, id);
  orThrow(checkOwnComment(row && { authorId: row.author_id, deleted: row.deleted_at !== null }, userId));
  const mentions = findMentions(body, await members(w.tx, w.workspaceId));
  // Only those newly mentioned by the edit hear of it.
  const before = Array.isArray(row?.mentions) ? (row.mentions as string[]) : [];
  await notify(
    w,
    mentions.filter((m) => !before.includes(m)),
    { kind: 'mention', anchor: (row as CommentRow).anchor },
  );
  const [updated] = await w.tx.query<CommentRow>(
    'update comments set body = $2, mentions = $3::jsonb, edited_at = $4 where id = $1 returning *',
    [id, body, JSON.stringify(mentions), w.now],
  );
  await recordEvent(w, { type: 'comments' });
  return toComment(updated as CommentRow);
}

/** Forgets the text; its place in the thread stays, saying it was removed. */
export async function removeComment(w: Write, id: string, userId: string): Promise<void> {
  const row = await findComment(w.tx, w.workspaceId, id);
  orThrow(checkOwnComment(row && { authorId: row.author_id, deleted: row.deleted_at !== null }, userId));
  await w.tx.query(`update comments set body = '', mentions = '[]'::jsonb, deleted_at = $2 where id = $1`, [id, w.now]);
  await recordEvent(w, { type: 'comments' });
}

export async function resolveThread(w: Write, threadId: string, resolved: boolean): Promise<Thread> {
  const root = await findComment(w.tx, w.workspaceId, threadId);
  if (!root || root.id !== root.thread_id) throw ApiError.from(unknownCommentTarget('thread'));
  await w.tx.query('update comments set resolved_at = $2, resolved_by = $3 where id = $1', [
    threadId,
    resolved ? w.now : null,
    resolved ? (w.actor?.name ?? '') : null,
  ]);
  await recordEvent(w, { type: 'comments' });
  const thread = (await listThreads(w.tx, w.workspaceId)).find((t) => t.id === threadId);
  return thread as Thread;
}
