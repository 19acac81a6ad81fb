import { z } from 'zod';
import { Timestamp } from './strategy';
import { WORKFLOW_ACTIONS } from './workflow';

// What happened while a person was away, across their workspaces: a step of the workflow (a
// request for changes, an approval, a returned submission…), a reply in a thread they took part
// in, a comment that mentions them. In the app only (there is no mail server); each links to
// its place and is marked read when opened.

export const NOTIFICATION_KINDS = ['step', 'reply', 'mention'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationSchema = z.object({
  id: z.number().int(),
  at: Timestamp,
  kind: z.enum(NOTIFICATION_KINDS),
  workspace: z.object({ id: z.string(), name: z.string() }),
  actor: z.string(),
  /** The step taken (kind `step`). */
  action: z.enum(WORKFLOW_ACTIONS).nullable(),
  /** What the comment is about (kinds `reply` and `mention`). */
  anchor: z.string().nullable(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationsSchema = z.object({ items: z.array(NotificationSchema), unread: z.number().int().min(0) });
export type Notifications = z.infer<typeof NotificationsSchema>;

/** Unread notifications per workspace: the count on the list of workspaces. */
export function unreadByWorkspace(items: readonly Notification[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of items) if (!n.read) counts.set(n.workspace.id, (counts.get(n.workspace.id) ?? 0) + 1);
  return counts;
}
