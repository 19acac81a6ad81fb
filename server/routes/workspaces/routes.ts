import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const workspaceRoutes = new Hono<AppEnv>()
  .get('/workspaces', h.list)
  .post('/workspaces', h.create)
  .get('/workspaces/:id', h.get)
  .patch('/workspaces/:id', h.rename)
  .delete('/workspaces/:id', h.remove);
