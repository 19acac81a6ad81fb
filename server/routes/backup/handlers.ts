import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { BackupFile, backupToOperations, parseBackup, strategyToBackup, Workspace } from '@/domain';
import type { BackupProblem } from '@/domain';
import { ApiError, badRequest, notFound, tooLarge } from '../../errors';
import type { AppEnv } from '../../http/env';
import { requireJson, uuidParam } from '../../http/request';
import { createWorkspaceWith } from '../../store/operations';
import { loadStrategy } from '../../store/strategy';
import { nowIso } from '../../store/time';

type C = Context<AppEnv>;

export async function download(c: C) {
  const id = uuidParam(c, 'id', 'Workspace');
  const strategy = await c.var.db.transaction((tx) => loadStrategy(tx, id));
  if (!strategy) throw notFound('Workspace not found');
  const backup = BackupFile.parse(strategyToBackup(strategy, nowIso()));
  c.header('Content-Disposition', attachment(backup.workspace.name, backup.exportedAt.slice(0, 10)));
  return c.json(backup);
}

/** A new workspace with the file's content and fresh ids; importing the same file twice gives two workspaces. */
export async function importBackup(c: C) {
  requireJson(c);
  const result = parseBackup(await c.req.text());
  if (!result.ok) throw problemError(result.problem);
  const { backup } = result;
  const workspace = await createWorkspaceWith(c.var.db, backup.workspace.name, backupToOperations(backup, randomUUID));
  return c.json(Workspace.parse(workspace), 201);
}

/** The domain names the problem with a message key for the SPA; the API answers in plain English. */
function problemError(problem: BackupProblem): ApiError {
  switch (problem.key) {
    case 'backup.notJson':
      return badRequest('The file is not valid JSON');
    case 'backup.tooLarge':
      return tooLarge(`The file is larger than ${problem.maxMb} MB`);
    case 'backup.otherProgram':
      return badRequest('Not a LiBri backup file');
    case 'backup.newerVersion':
      return badRequest(
        `This backup was made by a newer version of LiBri Strategy Builder (format ${problem.version}); update the app to import it`,
      );
    case 'backup.invalid':
      return new ApiError(
        400,
        'validation',
        `The backup file is damaged: ${problem.field || 'its content'} is not valid`,
        {
          field: problem.field,
        },
      );
  }
}

/** ASCII `filename` for old clients, `filename*` (RFC 6266) keeps the workspace's own name. */
function attachment(name: string, date: string): string {
  const full = encodeURIComponent(`${name} ${date}.libri.json`).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="libri-backup-${date}.json"; filename*=UTF-8''${full}`;
}
