import { Hono } from 'hono';
import type { AppEnv } from '../../http/env';
import * as h from './handlers';

export const programmeRoutes = new Hono<AppEnv>()
  .get('/programmes', h.list)
  .post('/programmes', h.create)
  .get('/programmes/:programmeId', h.read)
  .patch('/programmes/:programmeId', h.update)
  .get('/programmes/:programmeId/dashboard', h.dashboard)
  .get('/programmes/:programmeId/items.csv', h.csv)
  .get('/programmes/:programmeId/compare', h.compare)
  .get('/programmes/:programmeId/across', h.across)
  .get('/programmes/:programmeId/summary', h.summary)
  .get('/programmes/:programmeId/good-practice', h.practices)
  .post('/programmes/:programmeId/good-practice', h.markPractice)
  .delete('/programmes/:programmeId/good-practice/:practiceId', h.removePractice)
  .post('/programmes/:programmeId/towns', h.enrol)
  .post('/programmes/:programmeId/links', h.createLink)
  .get('/programme-links/:token', h.previewLink)
  .post('/programme-links/:token/accept', h.acceptLink);
