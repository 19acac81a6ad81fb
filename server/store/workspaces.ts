import { checkWorkspaceCount, unknownWorkspace } from '@/domain/store-rules';
import { isWorkflowState } from '@/domain';
import type { Workspace, WorkflowState, WorkspaceRole, WorkspaceSummary } from '@/domain';
import type { Queryable } from '../db/database';
import { ApiError, orThrow } from '../errors';
import { iso } from './time';

type WorkspaceRow = {
  id: string;
  name: string;
  created_at: Date | string;
  updated_at: Date | string;
  state: string;
  programme_id?: string | null;
};

const toWorkspace = (r: WorkspaceRow): Workspace => ({
  id: r.id,
  name: r.name,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  state: isWorkflowState(r.state) ? r.state : 'draft',
  ...(r.programme_id ? { programmeId: r.programme_id } : {}),
});

/** The workspaces `userId` is a member of, with their role; `all`: every workspace (administrators). */
export async function listWorkspaces(q: Queryable, userId: string, all: boolean): Promise<WorkspaceSummary[]> {
  const rows = await q.query<
    WorkspaceRow & { municipality: string; item_count: number; role: WorkspaceRole | null; has_lead: boolean }
  >(
    `
    select w.*, coalesce(s.data->>'municipality', '') as municipality,
      (select count(*)::int from items i where i.workspace_id = w.id) as item_count,
      m.role,
      exists (select 1 from memberships l where l.workspace_id = w.id and l.role = 'lead') as has_lead
    from workspaces w
    left join sections s on s.workspace_id = w.id and s.key = 'partnership'
    left join memberships m on m.workspace_id = w.id and m.user_id = $1
    where $2 or m.user_id is not null
    order by w.updated_at desc, w.created_at desc, w.id`,
    [userId, all],
  );
  return rows.map((r) => ({
    ...toWorkspace(r),
    municipality: r.municipality,
    itemCount: r.item_count,
    role: r.role,
    hasLead: r.has_lead,
  }));
}

export async function countWorkspaces(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>('select count(*)::int as n from workspaces');
  return row?.n ?? 0;
}

/** `for share` (inside a transaction) waits for writers to the workspace and holds them off: a consistent read. */
export async function getWorkspace(
  q: Queryable,
  id: string,
  lock: '' | 'for share' = '',
): Promise<Workspace | undefined> {
  const [row] = await q.query<WorkspaceRow>(`select * from workspaces where id = $1 ${lock}`, [id]);
  return row && toWorkspace(row);
}

export async function createWorkspace(q: Queryable, id: string, name: string, now: string): Promise<Workspace> {
  // A rough cap against runaway scripts; a race may overshoot it by one, which is harmless.
  orThrow(checkWorkspaceCount(await countWorkspaces(q)));
  const [row] = await q.query<WorkspaceRow>(
    'insert into workspaces (id, name, created_at, updated_at) values ($1, $2, $3, $3) returning *',
    [id, name, now],
  );
  return toWorkspace(row as WorkspaceRow);
}

export async function renameWorkspace(q: Queryable, id: string, name: string, now: string): Promise<Workspace> {
  const [row] = await q.query<WorkspaceRow>(
    'update workspaces set name = $2, updated_at = $3 where id = $1 returning *',
    [id, name, now],
  );
  if (!row) throw ApiError.from(unknownWorkspace());
  return toWorkspace(row);
}

/** Sections and items go with it (on delete cascade). */
export async function deleteWorkspace(q: Queryable, id: string): Promise<void> {
  const rows = await q.query('delete from workspaces where id = $1 returning id', [id]);
  if (rows.length === 0) throw ApiError.from(unknownWorkspace());
}

/**
 * Every write inside a workspace starts here: the row lock queues concurrent writers to
 * the same workspace (PostgreSQL), which makes version checks, item counts and positions
 * race-free. Throws 404 for an unknown workspace.
 */
export async function lockWorkspace(q: Queryable, id: string): Promise<WorkflowState> {
  const [row] = await q.query<{ state: string }>('select state from workspaces where id = $1 for update', [id]);
  if (!row) throw ApiError.from(unknownWorkspace());
  return isWorkflowState(row.state) ? row.state : 'draft';
}

/**
 * Any change inside a workspace makes it "recently updated" in the list. `greatest`: with
 * several server processes a slightly slower clock must not move the time backwards.
 */
export async function touchWorkspace(q: Queryable, id: string, now: string): Promise<void> {
  await q.query('update workspaces set updated_at = greatest(updated_at, $2) where id = $1', [id, now]);
}
