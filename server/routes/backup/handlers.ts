import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Workspace } from '@/domain';
import { BackupFile, backupToOperations, parseBackup, strategyToBackup } from '@/domain/backup';
import { backupContentDisposition, backupProblemError, unknownWorkspace } from '@/domain/store-rules';
import { ApiError } from '../../errors';
import type { AppEnv } from '../../http/env';
import { audit } from '../../audit';
import { requireSystem, workspaceParam } from '../../auth/guard';
import { refuseDeepNesting, requireJson } from '../../http/request';
import { importWorkspace } from '../../store/import';
import { loadStrategy } from '../../store/strategy';
import { nowIso } from '../../store/time';

type C = Context<AppEnv>;

export async function download(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.read');
  const strategy = await c.var.db.transaction((tx) => loadStrategy(tx, id));
  if (!strategy) throw ApiError.from(unknownWorkspace());
  await audit(c.var.db, {
    action: 'backup-downloaded',
    actorId: auth.user.id,
    actorEmail: auth.user.email,
    workspaceId: id,
    ip: c.var.ip,
  });
  const backup = BackupFile.parse(strategyToBackup(strategy, nowIso()));
  c.header('Content-Disposition', backupContentDisposition(backup.workspace.name, backup.exportedAt.slice(0, 10)));
  return c.json(backup);
}

/** A new workspace with the file's content and fresh ids; importing the same file twice gives two workspaces. */
export async function importBackup(c: C) {
  const auth = requireSystem(c, 'workspace.create');
  requireJson(c);
  const text = await c.req.text();
  refuseDeepNesting(text);
  const result = parseBackup(text);
  if (!result.ok) throw ApiError.from(backupProblemError(result.problem));
  const { backup } = result;
  const workspace = await importWorkspace(c.var.db, backup.workspace.name, backupToOperations(backup, randomUUID), [
    { userId: auth.user.id, role: 'lead' },
  ]);
  await audit(c.var.db, {
    action: 'workspace-imported',
    actorId: auth.user.id,
    actorEmail: auth.user.email,
    workspaceId: workspace.id,
    ip: c.var.ip,
  });
  return c.json(Workspace.parse(workspace), 201);
}
