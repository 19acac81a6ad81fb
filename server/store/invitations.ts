import { randomUUID } from 'node:crypto';
import { INVITATION_MS } from '@/domain';
import type { CreatedInvitation, Invitation, WorkspaceRole } from '@/domain';
import { hashToken, newToken } from '../auth/tokens';
import type { Queryable } from '../db/database';
import { iso } from './time';

// Invitations to a workspace: a link shown once, of which the server keeps only a hash.

export type InvitationRow = {
  id: string;
  workspace_id: string;
  role: WorkspaceRole;
  created_at: Date | string;
  expires_at: Date | string;
  used_at: Date | string | null;
  revoked_at: Date | string | null;
  created_by_name: string | null;
  used_by_name: string | null;
  workspace_name: string;
};

export const INVITATIONS_SQL = `select i.*, cu.name as created_by_name, uu.name as used_by_name, w.name as workspace_name
  from invitations i
  join workspaces w on w.id = i.workspace_id
  left join users cu on cu.id = i.created_by
  left join users uu on uu.id = i.used_by`;

export function invitationState(r: InvitationRow, now: Date): Invitation['state'] {
  if (r.revoked_at) return 'revoked';
  if (r.used_at) return 'used';
  if (new Date(r.expires_at) <= now) return 'expired';
  return 'open';
}

export const toInvitation = (r: InvitationRow, now: Date): Invitation => ({
  id: r.id,
  role: r.role,
  createdAt: iso(r.created_at),
  expiresAt: iso(r.expires_at),
  createdBy: r.created_by_name ?? '',
  state: invitationState(r, now),
  usedBy: r.used_by_name,
});

/** A new invitation to `role` in a workspace, valid for INVITATION_MS; its token is returned only here. */
export async function issueInvitation(
  q: Queryable,
  { workspaceId, role, createdBy, now }: { workspaceId: string; role: WorkspaceRole; createdBy: string; now: Date },
): Promise<CreatedInvitation> {
  const token = newToken();
  const id = randomUUID();
  await q.query(
    `insert into invitations (id, token_hash, workspace_id, role, created_by, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      hashToken(token),
      workspaceId,
      role,
      createdBy,
      now.toISOString(),
      new Date(now.getTime() + INVITATION_MS).toISOString(),
    ],
  );
  const [row] = await q.query<InvitationRow>(`${INVITATIONS_SQL} where i.id = $1`, [id]);
  return { ...toInvitation(row as InvitationRow, now), token };
}
