import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const workflowRoutes = new Hono<AppEnv>()
  .get('/workspaces/:id/workflow', h.read)
  .post('/workspaces/:id/workflow', h.step)
  .post('/workspaces/:id/versions', h.nameVersion)
  .get('/workspaces/:id/versions/:versionId', h.version);
