import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const itemRoutes = new Hono<AppEnv>()
  .post('/workspaces/:id/items/:kind', h.create)
  .put('/workspaces/:id/items/:kind/:itemId', h.update)
  .delete('/workspaces/:id/items/:kind/:itemId', h.remove)
  .put('/workspaces/:id/order/:kind', h.reorder);
