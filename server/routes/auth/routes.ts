import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as account from './account';
import * as h from './handlers';
import * as twoStep from './two-step';

export const authRoutes = new Hono<AppEnv>()
  .get('/auth/session', h.current)
  .get('/auth/setup', h.setup)
  .post('/auth/sign-in', h.signIn)
  .post('/auth/sign-out', h.signOut)
  .post('/auth/keep-alive', h.keepAlive)
  .get('/auth/sessions', h.sessions)
  .delete('/auth/sessions', h.signOutEverywhere)
  .get('/auth/account/data', account.ownData)
  .post('/auth/account/delete', account.deleteAccount)
  .post('/auth/two-step/verify', twoStep.verify)
  .post('/auth/two-step/setup', twoStep.setup)
  .post('/auth/two-step/enable', twoStep.enable)
  .post('/auth/two-step/disable', twoStep.disable);
