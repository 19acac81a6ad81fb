import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const goodPracticeRoutes = new Hono<AppEnv>()
  .get('/workspaces/:id/good-practice', h.library)
  .post('/workspaces/:id/good-practice/:practiceId/copy', h.copy);
