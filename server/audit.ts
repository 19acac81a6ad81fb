import type { AuditAction } from '@/domain';
import type { Queryable } from './db/database';
import { iso } from './store/time';

// Who did what, when (UTC) and from where. Never a password, a token, a link or anything a
// user wrote: the target is an id, an e-mail address or a role.

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  actorEmail?: string;
  workspaceId?: string | null;
  target?: string;
  ip?: string;
};

export async function audit(q: Queryable, e: AuditEntry, now = new Date()): Promise<void> {
  await q.query(
    `insert into audit_log (at, actor_id, actor_email, action, workspace_id, target, ip)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      now.toISOString(),
      e.actorId ?? null,
      e.actorEmail ?? '',
      e.action,
      e.workspaceId ?? null,
      e.target ?? '',
      e.ip ?? '',
    ],
  );
}

export type AuditRecord = {
  at: string;
  actor: string;
  action: AuditAction;
  workspaceId: string | null;
  target: string;
  ip: string;
};

export async function readAudit(q: Queryable, workspaceId: string | null, limit = 500): Promise<AuditRecord[]> {
  const rows = await q.query<{
    at: Date | string;
    actor_email: string;
    action: AuditAction;
    workspace_id: string | null;
    target: string;
    ip: string;
  }>(
    workspaceId
      ? 'select * from audit_log where workspace_id = $1 order by at desc, id desc limit $2'
      : 'select * from audit_log where $1::uuid is null order by at desc, id desc limit $2',
    [workspaceId, limit],
  );
  return rows.map((r) => ({
    at: iso(r.at),
    actor: r.actor_email,
    action: r.action,
    workspaceId: r.workspace_id,
    target: r.target,
    ip: r.ip,
  }));
}
