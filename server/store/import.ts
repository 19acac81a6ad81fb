import { randomUUID } from 'node:crypto';
import { checkCreateItem } from '@/domain/store-rules';
import type { ItemData, ItemKind, Operation, SectionData, SectionKey, Workspace, WorkspaceRole } from '@/domain';
import type { Database, Queryable } from '../db/database';
import { orThrow } from '../errors';
import { nowIso } from './time';
import { createWorkspace } from './workspaces';

// A new workspace and all its content (an imported backup, the sample) in three
// statements and one transaction. Through the per-item store functions a backup of 8,000
// items took four queries an item, 15–19 s on PGlite, holding its only connection all
// that time; set-based it is a fraction of a second, so other requests barely wait.

type NewSection = { key: SectionKey; data: SectionData[SectionKey] };
type NewItem = { id: string; kind: ItemKind; position: number; data: ItemData[ItemKind] };

/**
 * What the operations leave in an empty workspace: the last data put in each section,
 * and each kind's items in order. Only building operations make sense on something new.
 */
function contentOf(ops: readonly Operation[]): { sections: NewSection[]; items: NewItem[] } {
  const sections = new Map<SectionKey, SectionData[SectionKey]>();
  const lists = new Map<ItemKind, { id: string; data: ItemData[ItemKind] }[]>();
  const kindOf = new Map<string, ItemKind>();
  for (const op of ops) {
    if (op.type === 'putSection') {
      sections.set(op.key, op.data);
    } else if (op.type === 'createItem') {
      // The rules of creating an item one by one: a repeated id is a retry, the limit per kind holds.
      const list = lists.get(op.kind) ?? [];
      lists.set(op.kind, list);
      const known = kindOf.get(op.id);
      const place = { workspaceId: 'new', kind: op.kind };
      const existing = known ? { workspaceId: 'new', kind: known } : undefined;
      if (orThrow(checkCreateItem({ ...place, count: list.length }, existing)) === 'existing') continue;
      kindOf.set(op.id, op.kind);
      list.splice(op.position ?? list.length, 0, { id: op.id, data: op.data });
    } else {
      throw new Error(`A new workspace is built from putSection and createItem, not ${op.type}`);
    }
  }
  const items: NewItem[] = [];
  for (const [kind, list] of lists) {
    list.forEach((item, position) => items.push({ ...item, kind, position }));
  }
  return { sections: [...sections].map(([key, data]) => ({ key, data })), items };
}

/**
 * Creates a workspace with the operations' content, each record at version 1; all or nothing.
 * `members`: who belongs to it from the start (whoever imports a backup leads the new workspace).
 */
export async function importWorkspace(
  db: Database,
  name: string,
  ops: readonly Operation[],
  members: readonly { userId: string; role: WorkspaceRole }[] = [],
): Promise<Workspace> {
  const { sections, items } = contentOf(ops);
  return db.transaction(async (tx) => {
    const now = nowIso();
    const workspace = await createWorkspace(tx, randomUUID(), name, now);
    await insertSections(tx, workspace.id, sections, now);
    await insertItems(tx, workspace.id, items, now);
    for (const m of members) {
      await tx.query('insert into memberships (workspace_id, user_id, role, created_at) values ($1, $2, $3, $4)', [
        workspace.id,
        m.userId,
        m.role,
        now,
      ]);
    }
    return workspace;
  });
}

// One JSON parameter expands into rows on the database side: the statement is the same
// for 1 row or 8,000, and both drivers send a single string.

async function insertSections(tx: Queryable, workspaceId: string, sections: NewSection[], now: string) {
  if (sections.length === 0) return;
  await tx.query(
    `insert into sections (workspace_id, key, data, version, updated_at)
     select $1::uuid, s.key, s.data, 1, $2::timestamptz
     from jsonb_to_recordset($3::jsonb) as s (key text, data jsonb)`,
    [workspaceId, now, JSON.stringify(sections)],
  );
}

async function insertItems(tx: Queryable, workspaceId: string, items: NewItem[], now: string) {
  if (items.length === 0) return;
  await tx.query(
    `insert into items (id, workspace_id, kind, position, data, version, created_at, updated_at)
     select i.id, $1::uuid, i.kind, i.position, i.data, 1, $2::timestamptz, $2::timestamptz
     from jsonb_to_recordset($3::jsonb) as i (id uuid, kind text, position int, data jsonb)`,
    [workspaceId, now, JSON.stringify(items)],
  );
}
