import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { StoredItemSchema } from '@/domain';
import { ConvertIdeaBody, DecideIdeaBody, IdeaBody, IdeaSchema, IdeasSchema, VoteBody } from '@/domain/ideas';
import { checkIdParam } from '@/domain/store-rules';
import { audit } from '../../audit';
import { workspaceParam } from '../../auth/guard';
import { orThrow } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { writeAs } from '../../http/write';
import * as store from '../../store/ideas';

type C = Context<AppEnv>;

// Every member proposes and votes (the board goes alongside the content, in any state); the
// lead decides; turning an idea into a recommendation or an action changes the content, so that
// one step waits while the workflow pauses editing.

const ideaParam = (c: C) => orThrow(checkIdParam(c.req.param('ideaId'), 'Idea'));

export async function list(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.read');
  const ideas = await c.var.db.transaction((tx) => store.listIdeas(tx, id, auth.user.id));
  return c.json(IdeasSchema.parse({ ideas }));
}

export async function propose(c: C) {
  const { id } = await workspaceParam(c, 'workspace.comment');
  const body = await readBody(c, IdeaBody.extend({ id: z.uuid().optional() }));
  const { id: ideaId = randomUUID(), ...idea } = body;
  const made = await writeAs(c, id, (w) => store.proposeIdea(w, ideaId, idea), 'alongside');
  return c.json(IdeaSchema.parse(made), 201);
}

export async function edit(c: C) {
  const { id, role } = await workspaceParam(c, 'workspace.comment');
  const ideaId = ideaParam(c);
  const body = await readBody(c, IdeaBody);
  const idea = await writeAs(c, id, (w) => store.editIdea(w, ideaId, role, body), 'alongside');
  return c.json(IdeaSchema.parse(idea));
}

export async function remove(c: C) {
  const { id, role, auth } = await workspaceParam(c, 'workspace.comment');
  const ideaId = ideaParam(c);
  await writeAs(
    c,
    id,
    async (w) => {
      await store.removeIdea(w, ideaId, role);
      await audit(w.tx, {
        action: 'idea-deleted',
        actorId: auth.user.id,
        actorEmail: auth.user.email,
        workspaceId: id,
        target: ideaId,
        ip: c.var.ip,
      });
    },
    'alongside',
  );
  return c.body(null, 204);
}

export async function vote(c: C) {
  const { id } = await workspaceParam(c, 'workspace.comment');
  const ideaId = ideaParam(c);
  const { vote: on } = await readBody(c, VoteBody);
  const idea = await writeAs(c, id, (w) => store.vote(w, ideaId, on), 'alongside');
  return c.json(IdeaSchema.parse(idea));
}

export async function decide(c: C) {
  const { id } = await workspaceParam(c, 'ideas.decide');
  const ideaId = ideaParam(c);
  const { status, reason } = await readBody(c, DecideIdeaBody);
  const idea = await writeAs(c, id, (w) => store.decideIdea(w, ideaId, status, reason), 'alongside');
  return c.json(IdeaSchema.parse(idea));
}

export async function convert(c: C) {
  const { id } = await workspaceParam(c, 'ideas.decide');
  const ideaId = ideaParam(c);
  const target = await readBody(c, ConvertIdeaBody);
  const made = await writeAs(c, id, (w) => store.convertIdea(w, ideaId, target));
  return c.json(z.object({ idea: IdeaSchema, item: StoredItemSchema }).parse(made), 201);
}
