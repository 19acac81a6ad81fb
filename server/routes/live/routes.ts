import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const liveRoutes = new Hono<AppEnv>()
  .get('/workspaces/:id/live', h.stream)
  .put('/workspaces/:id/presence', h.presence)
  .get('/workspaces/:id/history/:record', h.history);
