import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const notificationRoutes = new Hono<AppEnv>()
  .get('/notifications', h.list)
  .put('/notifications/read', h.readAll)
  .put('/notifications/:notificationId/read', h.readOne);
