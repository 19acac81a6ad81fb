import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Workspace } from '@/domain';
import { BackupFile, backupToOperations, parseBackup, strategyToBackup } from '@/domain/backup';
import { backupContentDisposition, backupProblemError, unknownWorkspace } from '@/domain/store-rules';
import { ApiError } from '../../errors';
import type { AppEnv } from '../../http/env';
import { refuseDeepNesting, requireJson, uuidParam } from '../../http/request';
import { importWorkspace } from '../../store/import';
import { loadStrategy } from '../../store/strategy';
import { nowIso } from '../../store/time';

type C = Context<AppEnv>;

export async function download(c: C) {
  const id = uuidParam(c, 'id', 'Workspace');
  const strategy = await c.var.db.transaction((tx) => loadStrategy(tx, id));
  if (!strategy) throw ApiError.from(unknownWorkspace());
  const backup = BackupFile.parse(strategyToBackup(strategy, nowIso()));
  c.header('Content-Disposition', backupContentDisposition(backup.workspace.name, backup.exportedAt.slice(0, 10)));
  return c.json(backup);
}

/** A new workspace with the file's content and fresh ids; importing the same file twice gives two workspaces. */
export async function importBackup(c: C) {
  requireJson(c);
  const text = await c.req.text();
  refuseDeepNesting(text);
  const result = parseBackup(text);
  if (!result.ok) throw ApiError.from(backupProblemError(result.problem));
  const { backup } = result;
  const workspace = await importWorkspace(c.var.db, backup.workspace.name, backupToOperations(backup, randomUUID));
  return c.json(Workspace.parse(workspace), 201);
}
