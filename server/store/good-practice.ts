import { randomUUID } from 'node:crypto';
import { itemFromPractice, practiceContent, PracticeContent } from '@/domain/good-practice';
import type { GoodPractice, MarkPracticeBody, PracticeKind } from '@/domain/good-practice';
import type { StoredItem } from '@/domain';
import { unknownPractice, unknownWorkspace } from '@/domain/store-rules';
import type { Queryable } from '../db/database';
import { ApiError } from '../errors';
import type { Write } from './changes';
import { createItem } from './items';
import { loadStrategy } from './strategy';
import { iso } from './time';

// A programme's good practice (src/domain/good-practice.ts): entries as marked, and copies.

type Row = {
  id: string;
  item_kind: PracticeKind;
  workspace_id: string;
  town_name: string;
  item_id: string;
  note: string;
  content: unknown;
  marked_by_name: string;
  created_at: Date | string;
};

const SELECT = `select g.id, g.item_kind, g.workspace_id, g.item_id, g.note, g.content, g.marked_by_name, g.created_at,
    coalesce(nullif(s.data->>'municipality', ''), w.name) as town_name
  from good_practices g
  join workspaces w on w.id = g.workspace_id
  left join sections s on s.workspace_id = g.workspace_id and s.key = 'partnership'`;

const toPractice = (r: Row): GoodPractice => ({
  id: r.id,
  kind: r.item_kind,
  town: { workspaceId: r.workspace_id, name: r.town_name },
  itemId: r.item_id,
  note: r.note,
  markedBy: r.marked_by_name,
  markedAt: iso(r.created_at),
  content: PracticeContent.parse(typeof r.content === 'string' ? JSON.parse(r.content) : r.content),
});

/** Every entry of a programme, newest first. */
export async function listPractices(q: Queryable, programmeId: string): Promise<GoodPractice[]> {
  const rows = await q.query<Row>(`${SELECT} where g.programme_id = $1 order by g.created_at desc, g.id`, [
    programmeId,
  ]);
  return rows.map(toPractice);
}

/**
 * Marks an item of one of the programme's towns as good practice, keeping it as it is now; marking
 * it again changes the note and takes the item as it is then. `created`: whether it is new.
 */
export async function markPractice(
  q: Queryable,
  programmeId: string,
  body: Required<MarkPracticeBody>,
  by: { id: string; name: string },
  now: string,
): Promise<{ practice: GoodPractice; created: boolean }> {
  const [town] = await q.query('select id from workspaces where id = $1 and programme_id = $2', [
    body.workspaceId,
    programmeId,
  ]);
  if (!town) throw ApiError.from(unknownWorkspace());
  const strategy = await loadStrategy(q, body.workspaceId);
  const content = strategy && practiceContent(strategy, body.kind, body.itemId);
  if (!content) throw new ApiError(404, 'not_found', 'Item not found');
  const [row] = await q.query<{ id: string; created: boolean }>(
    `insert into good_practices (id, programme_id, workspace_id, item_kind, item_id, note, content, marked_by, marked_by_name, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (programme_id, item_id) do update
       set note = excluded.note, content = excluded.content, marked_by = excluded.marked_by,
           marked_by_name = excluded.marked_by_name
     returning id, (xmax = 0) as created`,
    [
      randomUUID(),
      programmeId,
      body.workspaceId,
      body.kind,
      body.itemId,
      body.note,
      JSON.stringify(content),
      by.id,
      by.name,
      now,
    ],
  );
  const [marked] = await q.query<Row>(`${SELECT} where g.id = $1`, [row?.id]);
  return { practice: toPractice(marked as Row), created: row?.created ?? true };
}

export async function removePractice(q: Queryable, programmeId: string, practiceId: string): Promise<void> {
  const rows = await q.query('delete from good_practices where id = $1 and programme_id = $2 returning id', [
    practiceId,
    programmeId,
  ]);
  if (rows.length === 0) throw ApiError.from(unknownPractice());
}

/** The programme a workspace belongs to, if any. */
export async function programmeOf(q: Queryable, workspaceId: string): Promise<string | null> {
  const [row] = await q.query<{ programme_id: string | null }>('select programme_id from workspaces where id = $1', [
    workspaceId,
  ]);
  return row?.programme_id ?? null;
}

/** Which entries the town has copied, and the item each copy became (while that item exists). */
export async function copiesOf(q: Queryable, workspaceId: string): Promise<Map<string, string>> {
  const rows = await q.query<{ practice_id: string; item_id: string }>(
    `select c.practice_id, c.item_id from good_practice_copies c
     join items i on i.id = c.item_id and i.workspace_id = c.workspace_id
     where c.workspace_id = $1`,
    [workspaceId],
  );
  return new Map(rows.map((r) => [r.practice_id, r.item_id]));
}

/** A town copies an entry of its programme into its plan: a new item with `itemId`, linked to the entry. */
export async function copyPractice(w: Write, practiceId: string, itemId: string): Promise<StoredItem> {
  const [row] = await w.tx.query<Row>(
    `${SELECT} where g.id = $1 and g.programme_id = (select programme_id from workspaces where id = $2)`,
    [practiceId, w.workspaceId],
  );
  if (!row) throw ApiError.from(unknownPractice());
  const practice = toPractice(row);
  const { item } = await createItem(w, practice.kind, { id: itemId, data: itemFromPractice(practice, randomUUID) });
  await w.tx.query(
    `insert into good_practice_copies (practice_id, workspace_id, item_id, created_at) values ($1, $2, $3, $4)
     on conflict (practice_id, workspace_id) do update set item_id = excluded.item_id, created_at = excluded.created_at`,
    [practiceId, w.workspaceId, item.id, w.now],
  );
  return item;
}
