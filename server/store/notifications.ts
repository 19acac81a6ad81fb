import { isWorkflowAction } from '@/domain';
import type { WorkflowAction } from '@/domain';
import type { Notification, NotificationKind } from '@/domain/notifications';
import type { Queryable } from '../db/database';
import type { Write } from './changes';
import { iso } from './time';

// Notes for people about what others did in their workspaces, written in the same transaction
// as what they are about. Never one's own doing; a person mentioned in a reply hears of it once.

const KEPT = 200;

type Row = {
  id: string | number;
  at: Date | string;
  kind: string;
  workspace_id: string;
  workspace_name: string;
  actor_name: string;
  action: string | null;
  anchor: string | null;
  read_at: Date | string | null;
};

export async function notify(
  w: Write,
  userIds: Iterable<string>,
  note: { kind: NotificationKind; action?: WorkflowAction; anchor?: string },
): Promise<void> {
  const others = [...new Set(userIds)].filter((id) => id !== w.actor?.id);
  for (const userId of others) {
    await w.tx.query(
      `insert into notifications (user_id, workspace_id, at, kind, actor_name, action, anchor) values ($1, $2, $3, $4, $5, $6, $7)`,
      [userId, w.workspaceId, w.now, note.kind, w.actor?.name ?? '', note.action ?? null, note.anchor ?? null],
    );
  }
}

/** Every member of the workspace (for a step of the workflow). */
/** Everyone who follows a workspace: its members, and the coordinators of its programme. */
export async function followerIds(q: Queryable, workspaceId: string): Promise<string[]> {
  const rows = await q.query<{ user_id: string }>(
    `select user_id from memberships where workspace_id = $1
     union
     select pc.user_id from workspaces w join programme_coordinators pc on pc.programme_id = w.programme_id
     where w.id = $1`,
    [workspaceId],
  );
  return rows.map((r) => r.user_id);
}

/** A person's notes in the workspaces they still follow (as a member or a coordinator), newest first. */
export async function listNotifications(
  q: Queryable,
  userId: string,
): Promise<{ items: Notification[]; unread: number }> {
  const rows = await q.query<Row>(
    `select n.*, w.name as workspace_name from notifications n
     join workspaces w on w.id = n.workspace_id
     where n.user_id = $1
       and (exists (select 1 from memberships m where m.workspace_id = n.workspace_id and m.user_id = n.user_id)
         or exists (select 1 from programme_coordinators pc
                    where pc.programme_id = w.programme_id and pc.user_id = n.user_id))
     order by n.id desc limit ${KEPT}`,
    [userId],
  );
  const items = rows.map((r): Notification => ({
    id: Number(r.id),
    at: iso(r.at),
    kind: r.kind === 'reply' || r.kind === 'mention' ? r.kind : 'step',
    workspace: { id: r.workspace_id, name: r.workspace_name },
    actor: r.actor_name,
    action: isWorkflowAction(r.action) ? r.action : null,
    anchor: r.anchor,
    read: r.read_at !== null,
  }));
  return { items, unread: items.filter((n) => !n.read).length };
}

/** Marks one note read, or all of them (`id` null); only the person's own. */
export async function markRead(q: Queryable, userId: string, id: number | null, now: string): Promise<number> {
  const rows = await q.query(
    `update notifications set read_at = $3 where user_id = $1 and read_at is null and ($2::bigint is null or id = $2) returning id`,
    [userId, id, now],
  );
  return rows.length;
}
