import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const sectionRoutes = new Hono<AppEnv>().put('/workspaces/:id/sections/:key', h.put);
