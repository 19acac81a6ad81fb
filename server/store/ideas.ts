import { itemFromIdea } from '@/domain/ideas';
import type { StoredItem, WorkspaceRole } from '@/domain';
import type { Idea, IdeaBody, IdeaStatus, IdeaTarget } from '@/domain/ideas';
import { checkConvertIdea, checkIdeaEditor, unknownIdea } from '@/domain/store-rules';
import type { Queryable } from '../db/database';
import { ApiError, orThrow } from '../errors';
import type { Write } from './changes';
import { recordEvent } from './changes';
import { createItem } from './items';
import { iso } from './time';

// The ideas board: ideas with their votes (one per member, taken back at will), the lead's
// decision, and the item a selected idea became.

type IdeaRow = {
  id: string;
  title: string;
  description: string;
  themes: unknown;
  target_groups: unknown;
  status: string;
  reason: string;
  author_id: string | null;
  author_name: string;
  created_at: Date | string;
  converted_kind: string | null;
  converted_id: string | null;
  votes: number;
  my_vote: boolean;
};

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const isStatus = (v: string): v is IdeaStatus => v === 'proposed' || v === 'selected' || v === 'setAside';

const toIdea = (r: IdeaRow): Idea => ({
  id: r.id,
  title: r.title,
  description: r.description,
  themes: strings(r.themes),
  targetGroups: strings(r.target_groups),
  status: isStatus(r.status) ? r.status : 'proposed',
  reason: r.reason,
  proposedBy: { id: r.author_id, name: r.author_name },
  createdAt: iso(r.created_at),
  votes: Number(r.votes),
  myVote: r.my_vote,
  convertedTo:
    r.converted_id && (r.converted_kind === 'recommendation' || r.converted_kind === 'action')
      ? { kind: r.converted_kind, id: r.converted_id }
      : null,
});

const SELECT = `
  select i.*,
    (select count(*)::int from idea_votes v where v.idea_id = i.id) as votes,
    exists (select 1 from idea_votes v where v.idea_id = i.id and v.user_id = $2) as my_vote
  from ideas i`;

export async function listIdeas(q: Queryable, workspaceId: string, userId: string): Promise<Idea[]> {
  const rows = await q.query<IdeaRow>(`${SELECT} where i.workspace_id = $1 order by i.created_at desc, i.id`, [
    workspaceId,
    userId,
  ]);
  return rows.map(toIdea);
}

async function findIdea(q: Queryable, workspaceId: string, id: string, userId: string): Promise<Idea | undefined> {
  const [row] = await q.query<IdeaRow>(`${SELECT} where i.workspace_id = $1 and i.id = $3`, [workspaceId, userId, id]);
  return row && toIdea(row);
}

const actorId = (w: Write) => w.actor?.id ?? '';

export async function proposeIdea(w: Write, id: string, body: IdeaBody): Promise<Idea> {
  await w.tx.query(
    `insert into ideas (id, workspace_id, title, description, themes, target_groups, author_id, author_name, created_at, updated_at)
     values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $9)
     on conflict (id) do nothing`,
    [
      id,
      w.workspaceId,
      body.title,
      body.description,
      JSON.stringify(body.themes),
      JSON.stringify(body.targetGroups),
      w.actor?.id ?? null,
      w.actor?.name ?? '',
      w.now,
    ],
  );
  const made = await findIdea(w.tx, w.workspaceId, id, actorId(w));
  if (!made) throw new ApiError(409, 'conflict', 'This id is already used: propose the idea under another id');
  await recordEvent(w, { type: 'ideas' });
  return made;
}

export async function editIdea(w: Write, id: string, role: WorkspaceRole | null, body: IdeaBody): Promise<Idea> {
  const idea = await findIdea(w.tx, w.workspaceId, id, actorId(w));
  orThrow(
    checkIdeaEditor(idea && { authorId: idea.proposedBy.id, converted: idea.convertedTo !== null }, actorId(w), role),
  );
  await w.tx.query(
    `update ideas set title = $2, description = $3, themes = $4::jsonb, target_groups = $5::jsonb, updated_at = $6 where id = $1`,
    [id, body.title, body.description, JSON.stringify(body.themes), JSON.stringify(body.targetGroups), w.now],
  );
  await recordEvent(w, { type: 'ideas' });
  return (await findIdea(w.tx, w.workspaceId, id, actorId(w))) as Idea;
}

export async function removeIdea(w: Write, id: string, role: WorkspaceRole | null): Promise<void> {
  const idea = await findIdea(w.tx, w.workspaceId, id, actorId(w));
  orThrow(
    checkIdeaEditor(idea && { authorId: idea.proposedBy.id, converted: idea.convertedTo !== null }, actorId(w), role),
  );
  await w.tx.query('delete from ideas where id = $1', [id]);
  await recordEvent(w, { type: 'ideas' });
}

/** One vote per member and idea: voting again changes nothing, taking it back removes it. */
export async function vote(w: Write, id: string, on: boolean): Promise<Idea> {
  const idea = await findIdea(w.tx, w.workspaceId, id, actorId(w));
  if (!idea) throw ApiError.from(unknownIdea());
  if (on) {
    await w.tx.query(
      'insert into idea_votes (idea_id, user_id, created_at) values ($1, $2, $3) on conflict do nothing',
      [id, actorId(w), w.now],
    );
  } else {
    await w.tx.query('delete from idea_votes where idea_id = $1 and user_id = $2', [id, actorId(w)]);
  }
  await recordEvent(w, { type: 'ideas' });
  return (await findIdea(w.tx, w.workspaceId, id, actorId(w))) as Idea;
}

export async function decideIdea(w: Write, id: string, status: IdeaStatus, reason: string): Promise<Idea> {
  const idea = await findIdea(w.tx, w.workspaceId, id, actorId(w));
  orThrow(checkIdeaEditor(idea && { authorId: null, converted: idea.convertedTo !== null }, actorId(w), 'lead'));
  await w.tx.query('update ideas set status = $2, reason = $3, updated_at = $4 where id = $1', [
    id,
    status,
    status === 'setAside' ? reason : '',
    w.now,
  ]);
  await recordEvent(w, { type: 'ideas' });
  return (await findIdea(w.tx, w.workspaceId, id, actorId(w))) as Idea;
}

/** A selected idea becomes a recommendation or an action at the end of its list; the idea keeps the link. */
export async function convertIdea(
  w: Write,
  id: string,
  target: { kind: IdeaTarget; id: string },
): Promise<{ idea: Idea; item: StoredItem }> {
  const idea = await findIdea(w.tx, w.workspaceId, id, actorId(w));
  orThrow(checkConvertIdea(idea && { status: idea.status, converted: idea.convertedTo !== null }));
  const source = idea as Idea;
  const data =
    target.kind === 'recommendation' ? itemFromIdea(source, 'recommendation') : itemFromIdea(source, 'action');
  const { item } = await createItem(w, target.kind, { id: target.id, data });
  await w.tx.query('update ideas set converted_kind = $2, converted_id = $3, updated_at = $4 where id = $1', [
    id,
    target.kind,
    item.id,
    w.now,
  ]);
  await recordEvent(w, { type: 'ideas' });
  return { idea: (await findIdea(w.tx, w.workspaceId, id, actorId(w))) as Idea, item };
}
