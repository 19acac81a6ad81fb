import type { Context } from 'hono';
import {
  CommentSchema,
  CommentsSchema,
  EditCommentBody,
  NewCommentBody,
  ResolveThreadBody,
  ThreadSchema,
} from '@/domain/comments';
import { checkIdParam } from '@/domain/store-rules';
import { audit } from '../../audit';
import { workspaceParam } from '../../auth/guard';
import { orThrow } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { writeAs } from '../../http/write';
import { addComment, editComment, listThreads, removeComment, resolveThread } from '../../store/comments';

type C = Context<AppEnv>;

// Comments stay open in every state of the workflow: they go alongside the content, never in it.

const commentParam = (c: C) => orThrow(checkIdParam(c.req.param('commentId'), 'Comment'));

export async function list(c: C) {
  const { id } = await workspaceParam(c, 'workspace.read');
  const threads = await c.var.db.transaction((tx) => listThreads(tx, id));
  return c.json(CommentsSchema.parse({ threads }));
}

export async function add(c: C) {
  const { id, role, coordinates } = await workspaceParam(c, 'workspace.comment');
  const body = await readBody(c, NewCommentBody);
  const comment = await writeAs(
    c,
    id,
    (w) => addComment(w, role ?? (coordinates ? 'coordinator' : null), body),
    'alongside',
  );
  return c.json(CommentSchema.parse(comment), 201);
}

export async function edit(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.comment');
  const commentId = commentParam(c);
  const { body } = await readBody(c, EditCommentBody);
  const comment = await writeAs(c, id, (w) => editComment(w, commentId, auth.user.id, body), 'alongside');
  return c.json(CommentSchema.parse(comment));
}

export async function remove(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.comment');
  const commentId = commentParam(c);
  await writeAs(
    c,
    id,
    async (w) => {
      await removeComment(w, commentId, auth.user.id);
      await audit(w.tx, {
        action: 'comment-deleted',
        actorId: auth.user.id,
        actorEmail: auth.user.email,
        workspaceId: id,
        target: commentId,
        ip: c.var.ip,
      });
    },
    'alongside',
  );
  return c.body(null, 204);
}

export async function resolve(c: C) {
  const { id } = await workspaceParam(c, 'workspace.comment');
  const threadId = commentParam(c);
  const { resolved } = await readBody(c, ResolveThreadBody);
  const thread = await writeAs(c, id, (w) => resolveThread(w, threadId, resolved), 'alongside');
  return c.json(ThreadSchema.parse(thread));
}
