import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

/** The one route allowed a body above LIMITS.bodyBytes (up to BACKUP_MAX_BYTES); app.ts checks this path. */
export const IMPORT_PATH = '/api/workspaces/import';

export const backupRoutes = new Hono<AppEnv>()
  .post('/workspaces/import', h.importBackup)
  .get('/workspaces/:id/backup', h.download);
