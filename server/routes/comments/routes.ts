import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const commentRoutes = new Hono<AppEnv>()
  .get('/workspaces/:id/comments', h.list)
  .post('/workspaces/:id/comments', h.add)
  .patch('/workspaces/:id/comments/:commentId', h.edit)
  .delete('/workspaces/:id/comments/:commentId', h.remove)
  .put('/workspaces/:id/comments/:commentId/resolved', h.resolve);
