import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const ideaRoutes = new Hono<AppEnv>()
  .get('/workspaces/:id/ideas', h.list)
  .post('/workspaces/:id/ideas', h.propose)
  .patch('/workspaces/:id/ideas/:ideaId', h.edit)
  .delete('/workspaces/:id/ideas/:ideaId', h.remove)
  .put('/workspaces/:id/ideas/:ideaId/vote', h.vote)
  .put('/workspaces/:id/ideas/:ideaId/decision', h.decide)
  .post('/workspaces/:id/ideas/:ideaId/convert', h.convert);
