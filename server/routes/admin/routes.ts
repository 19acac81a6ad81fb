import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const adminRoutes = new Hono<AppEnv>()
  .get('/admin/users', h.listUsers)
  .post('/admin/users', h.createAccount)
  .patch('/admin/users/:userId', h.updateAccount)
  .post('/admin/users/:userId/reset-link', h.resetLink)
  .put('/admin/workspaces/:id/lead', h.assignLead)
  .get('/admin/audit', h.auditAll)
  .get('/workspaces/:id/audit', h.auditOfWorkspace)
  .post('/workspaces/:id/exports', h.recordExport)
  .get('/password-reset/:token', h.previewReset)
  .post('/password-reset/:token', h.setPassword);
