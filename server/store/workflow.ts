import { randomUUID } from 'node:crypto';
import { isWorkflowState, upgradeStrategy, WORKFLOW_ACTIONS } from '@/domain';
import type { Strategy, VersionSummary, WorkflowAction, WorkflowEntry, WorkflowInfo, WorkflowState } from '@/domain';
import type { Queryable } from '../db/database';
import type { Write } from './changes';
import { recordEvent } from './changes';
import { followerIds, notify } from './notifications';
import { listItems } from './items';
import { listSections } from './sections';
import { iso } from './time';
import { getWorkspace } from './workspaces';

// The workflow's memory: the steps taken (who, when, from which state to which, with what
// comment) and the versions kept on the way, each a whole copy of the content as it stood.

const isAction = (v: unknown): v is WorkflowAction =>
  typeof v === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(v);

type EntryRow = {
  id: string | number;
  at: Date | string;
  user_id: string | null;
  user_name: string;
  action: string;
  from_state: string;
  to_state: string;
  comment: string;
  version_id: string | null;
};

type VersionRow = {
  id: string;
  number: number;
  at: Date | string;
  user_id: string | null;
  user_name: string;
  name: string;
  action: string | null;
  state: string;
};

const state = (v: string): WorkflowState => (isWorkflowState(v) ? v : 'draft');

const toEntry = (r: EntryRow): WorkflowEntry => ({
  id: Number(r.id),
  at: iso(r.at),
  by: { id: r.user_id, name: r.user_name },
  action: isAction(r.action) ? r.action : 'submitForReview',
  from: state(r.from_state),
  to: state(r.to_state),
  comment: r.comment,
  versionId: r.version_id,
});

const toVersion = (r: VersionRow): VersionSummary => ({
  id: r.id,
  number: r.number,
  at: iso(r.at),
  by: { id: r.user_id, name: r.user_name },
  name: r.name,
  action: isAction(r.action) ? r.action : null,
  state: state(r.state),
});

export async function readWorkflow(q: Queryable, workspaceId: string): Promise<WorkflowInfo | undefined> {
  const workspace = await getWorkspace(q, workspaceId);
  if (!workspace) return undefined;
  const entries = await q.query<EntryRow>(
    'select * from workflow_entries where workspace_id = $1 order by id desc limit 500',
    [workspaceId],
  );
  const versions = await q.query<VersionRow>(
    `select id, number, at, user_id, user_name, name, action, state from versions
     where workspace_id = $1 order by number desc limit 500`,
    [workspaceId],
  );
  return { state: workspace.state ?? 'draft', entries: entries.map(toEntry), versions: versions.map(toVersion) };
}

/** Keeps a copy of the content as it stands now, in this write's transaction. */
export async function keepVersion(
  w: Write,
  kept: { name: string; action: WorkflowAction | null; state: WorkflowState },
): Promise<VersionSummary> {
  const content = { sections: await listSections(w.tx, w.workspaceId), items: await listItems(w.tx, w.workspaceId) };
  const [row] = await w.tx.query<VersionRow>(
    `insert into versions (id, workspace_id, number, at, user_id, user_name, name, action, state, content)
     values ($1, $2, (select coalesce(max(number), 0) + 1 from versions where workspace_id = $2), $3, $4, $5, $6, $7, $8, $9::jsonb)
     returning id, number, at, user_id, user_name, name, action, state`,
    [
      randomUUID(),
      w.workspaceId,
      w.now,
      w.actor?.id ?? null,
      w.actor?.name ?? '',
      kept.name,
      kept.action,
      kept.state,
      JSON.stringify(content),
    ],
  );
  await recordEvent(w, { type: 'workflow' });
  return toVersion(row as VersionRow);
}

/** Moves the workflow to `to`, keeping a version of the content at the moment of the step. */
export async function takeStep(
  w: Write,
  step: { action: WorkflowAction; to: WorkflowState; comment: string },
): Promise<WorkflowEntry> {
  const version = await keepVersion(w, { name: '', action: step.action, state: step.to });
  const [row] = await w.tx.query<EntryRow>(
    `insert into workflow_entries (workspace_id, at, user_id, user_name, action, from_state, to_state, comment, version_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *`,
    [
      w.workspaceId,
      w.now,
      w.actor?.id ?? null,
      w.actor?.name ?? '',
      step.action,
      w.state,
      step.to,
      step.comment,
      version.id,
    ],
  );
  const [ws] = await w.tx.query<{ id: string }>('update workspaces set state = $2 where id = $1 returning id', [
    w.workspaceId,
    step.to,
  ]);
  const workspace = ws && (await getWorkspace(w.tx, w.workspaceId));
  if (workspace) await recordEvent(w, { type: 'workspace', workspace });
  await notify(w, await followerIds(w.tx, w.workspaceId), { kind: 'step', action: step.action });
  w.state = step.to;
  return toEntry(row as EntryRow);
}

/** One kept version with its content, read as a strategy (the workspace as it is now). */
export async function readVersion(
  q: Queryable,
  workspaceId: string,
  versionId: string,
): Promise<{ version: VersionSummary; strategy: Strategy } | undefined> {
  const workspace = await getWorkspace(q, workspaceId);
  if (!workspace) return undefined;
  const [row] = await q.query<VersionRow & { content: Pick<Strategy, 'sections' | 'items'> }>(
    'select * from versions where workspace_id = $1 and id = $2',
    [workspaceId, versionId],
  );
  if (!row) return undefined;
  const content: unknown = typeof row.content === 'string' ? JSON.parse(row.content) : row.content;
  // Kept by any earlier release, read in today's shape.
  const strategy = upgradeStrategy({ ...(content as object), workspace: { ...workspace, state: row.state } });
  return strategy ? { version: toVersion(row), strategy } : undefined;
}
