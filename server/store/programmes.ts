import { randomUUID } from 'node:crypto';
import { contentProgress, townRow } from '@/domain/programmes';
import type {
  ContentProgress,
  Dashboard,
  DocumentLanguage,
  Programme,
  ProgrammeBody,
  TownFacts,
} from '@/domain/programmes';
import { daysUntil, PROGRAMME_LINK_MS } from '@/domain/programmes';
import { EMPTY_SECTIONS, isWorkflowState } from '@/domain';
import type { Country, CreatedInvitation, Strategy, Workspace, WorkspaceRole } from '@/domain';
import type { Queryable } from '../db/database';
import { ApiError, notFound } from '../errors';
import { issueInvitation } from './invitations';
import { listItemsOfMany } from './items';
import { listSectionsOfMany } from './sections';
import { iso } from './time';
import { createWorkspace, getWorkspace } from './workspaces';
import { hashToken, isTokenShape, newToken } from '../auth/tokens';
import { unknownWorkspace } from '@/domain/store-rules';

// Programmes and their coordinators (src/domain/programmes.ts). A workspace names its
// programme (workspaces.programme_id); a coordinator observes every workspace of the
// programmes they coordinate.

type ProgrammeRow = {
  id: string;
  name: string;
  country: Country;
  deadline: string;
  language: DocumentLanguage;
  created_at: Date | string;
  coordinators: { id: string; name: string; email: string }[] | string;
  town_count: number;
};

const PROGRAMME_SQL = `
  select p.id, p.name, p.country, p.deadline, p.language, p.created_at,
    coalesce((select jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name, 'email', u.email) order by u.name, u.id)
      from programme_coordinators pc join users u on u.id = pc.user_id where pc.programme_id = p.id), '[]'::jsonb) as coordinators,
    (select count(*)::int from workspaces w where w.programme_id = p.id) as town_count
  from programmes p`;

const toProgramme = (r: ProgrammeRow): Programme => ({
  id: r.id,
  name: r.name,
  country: r.country,
  deadline: r.deadline,
  language: r.language,
  createdAt: iso(r.created_at),
  coordinators: typeof r.coordinators === 'string' ? JSON.parse(r.coordinators) : r.coordinators,
  townCount: r.town_count,
});

/** The programmes `userId` coordinates; `all`: every programme (administrators). */
export async function listProgrammes(q: Queryable, userId: string, all: boolean): Promise<Programme[]> {
  const rows = await q.query<ProgrammeRow>(
    `${PROGRAMME_SQL}
     where $2 or exists (select 1 from programme_coordinators pc where pc.programme_id = p.id and pc.user_id = $1)
     order by p.deadline, p.name, p.id`,
    [userId, all],
  );
  return rows.map(toProgramme);
}

export async function getProgramme(q: Queryable, id: string): Promise<Programme | undefined> {
  const [row] = await q.query<ProgrammeRow>(`${PROGRAMME_SQL} where p.id = $1`, [id]);
  return row && toProgramme(row);
}

export async function coordinatesProgramme(q: Queryable, programmeId: string, userId: string): Promise<boolean> {
  const rows = await q.query('select 1 from programme_coordinators where programme_id = $1 and user_id = $2', [
    programmeId,
    userId,
  ]);
  return rows.length > 0;
}

/** The workspaces `userId` observes as a coordinator: every town of their programmes. */
export async function coordinatedWorkspaces(q: Queryable, userId: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `select w.id from workspaces w join programme_coordinators pc on pc.programme_id = w.programme_id
     where pc.user_id = $1 order by w.id`,
    [userId],
  );
  return rows.map((r) => r.id);
}

/** A person's standing in one workspace: their role as a member, and whether they coordinate its programme. */
export async function standingIn(
  q: Queryable,
  workspaceId: string,
  userId: string,
): Promise<{ role: WorkspaceRole | null; coordinates: boolean }> {
  const [row] = await q.query<{ role: WorkspaceRole | null; coordinates: boolean }>(
    `select (select role from memberships where workspace_id = $1 and user_id = $2) as role,
       exists (select 1 from workspaces w join programme_coordinators pc on pc.programme_id = w.programme_id
               where w.id = $1 and pc.user_id = $2) as coordinates`,
    [workspaceId, userId],
  );
  return { role: row?.role ?? null, coordinates: row?.coordinates ?? false };
}

/**
 * The accounts named as coordinators, by e-mail; every one must exist and be enabled. An
 * account named here becomes a coordinator across the installation (two-step sign-in applies).
 */
async function coordinatorIds(q: Queryable, emails: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(emails)];
  const rows = await q.query<{ id: string; email: string }>(
    `select id, email from users where disabled_at is null
     and email in (select value from jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(wanted)],
  );
  const missing = wanted.filter((e) => !rows.some((r) => r.email === e));
  if (missing.length > 0) {
    throw new ApiError(400, 'validation', `No account has the e-mail ${missing.join(', ')}`, {
      field: 'coordinators',
    });
  }
  await q.query(
    `update users set system_role = 'coordinator'
     where system_role = 'user' and id in (select value::uuid from jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(rows.map((r) => r.id))],
  );
  return rows.map((r) => r.id);
}

async function setCoordinators(q: Queryable, programmeId: string, emails: readonly string[], now: string) {
  const ids = await coordinatorIds(q, emails);
  await q.query('delete from programme_coordinators where programme_id = $1', [programmeId]);
  await q.query(
    `insert into programme_coordinators (programme_id, user_id, created_at)
     select $1, value::uuid, $3 from jsonb_array_elements_text($2::jsonb)`,
    [programmeId, JSON.stringify(ids), now],
  );
}

export async function createProgramme(q: Queryable, body: ProgrammeBody, now: string): Promise<Programme> {
  const id = randomUUID();
  await q.query(
    `insert into programmes (id, name, country, deadline, language, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $6)`,
    [id, body.name, body.country, body.deadline, body.language, now],
  );
  await setCoordinators(q, id, body.coordinators, now);
  return (await getProgramme(q, id)) as Programme;
}

export async function updateProgramme(q: Queryable, id: string, body: ProgrammeBody, now: string): Promise<Programme> {
  const rows = await q.query(
    `update programmes set name = $2, country = $3, deadline = $4, language = $5, updated_at = $6
     where id = $1 returning id`,
    [id, body.name, body.country, body.deadline, body.language, now],
  );
  if (rows.length === 0) throw notFound('Programme not found');
  await setCoordinators(q, id, body.coordinators, now);
  return (await getProgramme(q, id)) as Programme;
}

type TownRow = {
  id: string;
  name: string;
  state: string;
  created_at: Date | string;
  updated_at: Date | string;
  open_comments: number;
  last_comment: Date | string | null;
  has_lead: boolean;
  /** The number of the workspace's last live event: it changes with every change of its content. */
  stamp: string;
};

/** The towns of a programme (or `only` these), with what the dashboard needs besides their content, in one query. */
async function townRows(q: Queryable, programmeId: string, only?: readonly string[]): Promise<TownRow[]> {
  return q.query<TownRow>(
    `select w.id, w.name, w.state, w.created_at, w.updated_at,
       (select count(*)::int from comments r
        where r.workspace_id = w.id and r.id = r.thread_id and r.resolved_at is null
          and exists (select 1 from comments c where c.thread_id = r.thread_id and c.deleted_at is null)) as open_comments,
       (select max(c.created_at) from comments c where c.workspace_id = w.id) as last_comment,
       exists (select 1 from memberships m where m.workspace_id = w.id and m.role = 'lead') as has_lead,
       (select coalesce(max(e.seq), 0) from workspace_events e where e.workspace_id = w.id)::text as stamp
     from workspaces w where w.programme_id = $1
       and ($2::jsonb is null or w.id in (select value::uuid from jsonb_array_elements_text($2::jsonb)))
     order by w.name, w.id`,
    [programmeId, only ? JSON.stringify(only) : null],
  );
}

const workspaceOf = (t: TownRow): Workspace => ({
  id: t.id,
  name: t.name,
  createdAt: iso(t.created_at),
  updatedAt: iso(t.updated_at),
  state: isWorkflowState(t.state) ? t.state : 'draft',
});

const factsOf = (t: TownRow): TownFacts => {
  const updatedAt = iso(t.updated_at);
  const lastActivity =
    t.last_comment && Date.parse(iso(t.last_comment)) > Date.parse(updatedAt) ? iso(t.last_comment) : updatedAt;
  return { openComments: t.open_comments, lastActivity, hasLead: t.has_lead };
};

/** Whole strategies of these towns: all their sections and all their items in two queries. */
async function strategiesOf(q: Queryable, towns: readonly TownRow[]): Promise<Strategy[]> {
  const ids = towns.map((t) => t.id);
  const [sections, items] = [await listSectionsOfMany(q, ids), await listItemsOfMany(q, ids)];
  return towns.map((t) => ({ workspace: workspaceOf(t), sections: sections.get(t.id)!, items: items.get(t.id)! }));
}

/** A town of a programme: its whole strategy, and what the store knows besides. */
export type Town = { strategy: Strategy; facts: TownFacts };

/**
 * Every town of a programme (or `only` these of its towns), whole, in three queries whatever
 * the number of towns: the workspaces with their counts, all their sections, all their items.
 */
export async function loadTowns(q: Queryable, programmeId: string, only?: readonly string[]): Promise<Town[]> {
  const towns = await townRows(q, programmeId, only);
  const strategies = await strategiesOf(q, towns);
  return towns.map((t, i) => ({ strategy: strategies[i] as Strategy, facts: factsOf(t) }));
}

/**
 * What each town's content says (contentProgress), kept by this process until that content
 * changes: a dashboard of fifty towns reads only the towns changed since it was last drawn.
 * Rules change only with a new release, which starts a new process and an empty cache.
 */
const contentCache = new Map<string, { stamp: string; content: ContentProgress }>();
const CACHE_MAX = 20_000;

/** Every town's row of the dashboard, by the domain's rules (programmes.ts), the wizard's own. */
export async function readDashboard(q: Queryable, programme: Programme, now: Date): Promise<Dashboard> {
  const towns = await townRows(q, programme.id);
  const stale = towns.filter((t) => contentCache.get(t.id)?.stamp !== t.stamp);
  if (stale.length > 0) {
    const strategies = await strategiesOf(q, stale);
    if (contentCache.size + stale.length > CACHE_MAX) contentCache.clear();
    stale.forEach((t, i) =>
      contentCache.set(t.id, { stamp: t.stamp, content: contentProgress(strategies[i] as Strategy) }),
    );
  }
  return {
    programme,
    daysToDeadline: daysUntil(programme.deadline, now),
    towns: towns.map((t) =>
      townRow(
        workspaceOf(t),
        (contentCache.get(t.id) as { content: ContentProgress }).content,
        factsOf(t),
        programme.deadline,
        now,
      ),
    ),
  };
}

/**
 * A new town in a programme: its workspace (named, with the town and the programme's country in
 * its partnership section) and an invitation for its lead. The coordinator is not a member.
 */
export async function enrolNewTown(
  q: Queryable,
  programme: Programme,
  body: { name: string; municipality: string },
  createdBy: string,
  now: Date,
): Promise<{ workspace: Workspace; invitation: CreatedInvitation }> {
  const at = now.toISOString();
  const workspace = await createWorkspace(q, randomUUID(), body.name, at);
  await q.query('update workspaces set programme_id = $2 where id = $1', [workspace.id, programme.id]);
  await q.query('insert into sections (workspace_id, key, data, version, updated_at) values ($1, $2, $3, 1, $4)', [
    workspace.id,
    'partnership',
    JSON.stringify({ ...EMPTY_SECTIONS.partnership, municipality: body.municipality, country: programme.country }),
    at,
  ]);
  const invitation = await issueInvitation(q, { workspaceId: workspace.id, role: 'lead', createdBy, now });
  return { workspace, invitation };
}

// ---------- links that bring an existing strategy into a programme ----------

type LinkRow = {
  token_hash: string;
  programme_id: string;
  programme_name: string;
  country: Country;
  deadline: string;
  invited_by: string | null;
  expires_at: Date | string;
  used_at: Date | string | null;
};

/** A new link for a town's lead; its token is returned only here. */
export async function createProgrammeLink(
  q: Queryable,
  programmeId: string,
  createdBy: string,
  now: Date,
): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PROGRAMME_LINK_MS).toISOString();
  await q.query(
    `insert into programme_links (token_hash, programme_id, created_by, created_at, expires_at) values ($1, $2, $3, $4, $5)`,
    [hashToken(token), programmeId, createdBy, now.toISOString(), expiresAt],
  );
  return { token, expiresAt };
}

/** The link of `token` if it can still be used; otherwise 404 (made up) or 410 (used, expired). */
export async function openProgrammeLink(q: Queryable, token: string | undefined, lock = false): Promise<LinkRow> {
  const invalid = () => notFound('This link is not valid: check that it was copied whole');
  if (!isTokenShape(token)) throw invalid();
  const [row] = await q.query<LinkRow>(
    `select l.token_hash, l.programme_id, p.name as programme_name, p.country, p.deadline, u.name as invited_by,
       l.expires_at, l.used_at
     from programme_links l join programmes p on p.id = l.programme_id left join users u on u.id = l.created_by
     where l.token_hash = $1${lock ? ' for update of l' : ''}`,
    [hashToken(token)],
  );
  if (!row) throw invalid();
  if (row.used_at)
    throw new ApiError(410, 'link_used', 'This link has already been used. Ask the coordinator for a new one');
  if (new Date(row.expires_at) <= new Date())
    throw new ApiError(410, 'link_expired', 'This link has expired. Ask the coordinator for a new one');
  return row;
}

export const linkPreview = (row: LinkRow) => ({
  programme: { name: row.programme_name, country: row.country, deadline: row.deadline },
  invitedBy: row.invited_by ?? '',
  expiresAt: iso(row.expires_at),
});

/** The lead brings one of their strategies into the link's programme; the link is used up. */
export async function joinProgramme(
  q: Queryable,
  link: LinkRow,
  workspaceId: string,
  userId: string,
  now: string,
): Promise<Workspace> {
  const [ws] = await q.query<{ programme_id: string | null; role: string | null }>(
    `select w.programme_id, m.role from workspaces w
     left join memberships m on m.workspace_id = w.id and m.user_id = $2 where w.id = $1 for update of w`,
    [workspaceId, userId],
  );
  if (!ws || ws.role === null) throw ApiError.from(unknownWorkspace());
  if (ws.role !== 'lead')
    throw new ApiError(403, 'forbidden', 'Only the lead of a strategy can bring it into a programme', {
      field: 'workspaceId',
    });
  if (ws.programme_id)
    throw new ApiError(409, 'conflict', 'This strategy already belongs to a programme', { field: 'workspaceId' });
  await q.query('update workspaces set programme_id = $2 where id = $1', [workspaceId, link.programme_id]);
  await q.query('update programme_links set used_at = $2, used_by = $3, workspace_id = $4 where token_hash = $1', [
    link.token_hash,
    now,
    userId,
    workspaceId,
  ]);
  return (await getWorkspace(q, workspaceId)) as Workspace;
}
