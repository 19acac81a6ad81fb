import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { can, CreateWorkspaceBody, RenameWorkspaceBody, StrategySchema, Workspace, WorkspaceSummary } from '@/domain';
import { audit } from '../../audit';
import { requireAuth, requireSystem, workspaceParam } from '../../auth/guard';
import { addMember } from '../../auth/users';
import { notFound } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { writeAs } from '../../http/write';
import { recordEvent } from '../../store/changes';
import { loadStrategy } from '../../store/strategy';
import { nowIso } from '../../store/time';
import { createWorkspace, deleteWorkspace, listWorkspaces, renameWorkspace } from '../../store/workspaces';

type C = Context<AppEnv>;

// Every response goes through its domain schema: a store bug becomes a 500 here instead
// of a malformed answer the SPA would trust.

/** The signed-in person's workspaces; an administrator sees every workspace of the installation. */
export async function list(c: C) {
  const { user, principal } = requireAuth(c);
  const all = can(principal, 'workspaces.all', { kind: 'system' });
  return c.json(z.array(WorkspaceSummary).parse(await listWorkspaces(c.var.db, user.id, all)));
}

export async function create(c: C) {
  const auth = requireSystem(c, 'workspace.create');
  const { name } = await readBody(c, CreateWorkspaceBody);
  const workspace = await c.var.db.transaction(async (tx) => {
    const now = nowIso();
    const created = await createWorkspace(tx, randomUUID(), name, now);
    // Whoever starts a workspace leads it.
    await addMember(tx, created.id, auth.user.id, 'lead', now);
    await audit(tx, {
      action: 'workspace-created',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: created.id,
      ip: c.var.ip,
    });
    return created;
  });
  return c.json(Workspace.parse(workspace), 201);
}

export async function get(c: C) {
  const { id } = await workspaceParam(c, 'workspace.read');
  const strategy = await c.var.db.transaction((tx) => loadStrategy(tx, id));
  if (!strategy) throw notFound('Workspace not found');
  return c.json(StrategySchema.parse(strategy));
}

export async function rename(c: C) {
  const { id } = await workspaceParam(c, 'workspace.rename');
  const { name } = await readBody(c, RenameWorkspaceBody);
  const workspace = await writeAs(c, id, async (w) => {
    const renamed = await renameWorkspace(w.tx, id, name, w.now);
    await recordEvent(w, { type: 'workspace', workspace: renamed });
    return renamed;
  });
  return c.json(Workspace.parse(workspace));
}

export async function remove(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.delete');
  await c.var.db.transaction(async (tx) => {
    await deleteWorkspace(tx, id);
    await audit(tx, {
      action: 'workspace-deleted',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: id,
      target: id,
      ip: c.var.ip,
    });
  });
  return c.body(null, 204);
}
