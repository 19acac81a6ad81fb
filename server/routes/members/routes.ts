import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const memberRoutes = new Hono<AppEnv>()
  .get('/workspaces/:id/members', h.list)
  .patch('/workspaces/:id/members/:userId', h.changeRole)
  .delete('/workspaces/:id/members/:userId', h.remove)
  .get('/workspaces/:id/invitations', h.listInvitations)
  .post('/workspaces/:id/invitations', h.createInvitation)
  .delete('/workspaces/:id/invitations/:invitationId', h.revokeInvitation)
  .get('/invitations/:token', h.previewInvitation)
  .post('/invitations/:token/accept', h.acceptInvitation)
  .post('/invitations/:token/sign-up', h.signUpWithInvitation);
