import type { Context } from 'hono';
import { NotificationsSchema } from '@/domain/notifications';
import { requireAuth } from '../../auth/guard';
import { notFound } from '../../errors';
import type { AppEnv } from '../../http/env';
import { listNotifications, markRead } from '../../store/notifications';
import { nowIso } from '../../store/time';

type C = Context<AppEnv>;

// A person's own notes only: there is nobody else's to ask for.

export async function list(c: C) {
  const { user } = requireAuth(c);
  return c.json(NotificationsSchema.parse(await listNotifications(c.var.db, user.id)));
}

export async function readOne(c: C) {
  const { user } = requireAuth(c);
  const raw = c.req.param('notificationId') ?? '';
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : null;
  if (id === null) throw notFound('Notification not found');
  await markRead(c.var.db, user.id, id, nowIso());
  return c.body(null, 204);
}

export async function readAll(c: C) {
  const { user } = requireAuth(c);
  await markRead(c.var.db, user.id, null, nowIso());
  return c.body(null, 204);
}
