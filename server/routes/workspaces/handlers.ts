import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { CreateWorkspaceBody, RenameWorkspaceBody, StrategySchema, Workspace, WorkspaceSummary } from '@/domain';
import { notFound } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody, uuidParam } from '../../http/request';
import { loadStrategy } from '../../store/strategy';
import { nowIso } from '../../store/time';
import { createWorkspace, deleteWorkspace, listWorkspaces, renameWorkspace } from '../../store/workspaces';

type C = Context<AppEnv>;

// Every response goes through its domain schema: a store bug becomes a 500 here instead
// of a malformed answer the SPA would trust.

export async function list(c: C) {
  return c.json(z.array(WorkspaceSummary).parse(await listWorkspaces(c.var.db)));
}

export async function create(c: C) {
  const { name } = await readBody(c, CreateWorkspaceBody);
  const workspace = await c.var.db.transaction((tx) => createWorkspace(tx, randomUUID(), name, nowIso()));
  return c.json(Workspace.parse(workspace), 201);
}

export async function get(c: C) {
  const id = uuidParam(c, 'id', 'Workspace');
  const strategy = await c.var.db.transaction((tx) => loadStrategy(tx, id));
  if (!strategy) throw notFound('Workspace not found');
  return c.json(StrategySchema.parse(strategy));
}

export async function rename(c: C) {
  const id = uuidParam(c, 'id', 'Workspace');
  const { name } = await readBody(c, RenameWorkspaceBody);
  return c.json(Workspace.parse(await renameWorkspace(c.var.db, id, name, nowIso())));
}

export async function remove(c: C) {
  await deleteWorkspace(c.var.db, uuidParam(c, 'id', 'Workspace'));
  return c.body(null, 204);
}
