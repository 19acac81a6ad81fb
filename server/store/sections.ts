import { EMPTY_SECTIONS, SECTION_KEYS, SECTION_SCHEMAS, upgradeSectionData } from '@/domain';
import { checkFieldEdit, checkPutSection } from '@/domain/store-rules';
import type { SectionData, SectionKey, StoredSection, Strategy } from '@/domain';
import type { Queryable } from '../db/database';
import { orThrow } from '../errors';
import { ENGLISH_ERRORS } from '../http/messages';
import { fieldChanges, recordEvent, recordHistory } from './changes';
import type { Write } from './changes';
import type { RecordEditInput } from './items';
import { iso } from './time';
import { touchWorkspace } from './workspaces';

type SectionRow = {
  workspace_id?: string;
  key: SectionKey;
  data: unknown;
  version: number;
  updated_at: Date | string;
  updated_by: string | null;
  updated_by_name: string | null;
};

const COLUMNS = 's.key, s.data, s.version, s.updated_at, s.updated_by, u.name as updated_by_name';
const FROM = 'sections s left join users u on u.id = s.updated_by';

const toSection = (r: SectionRow): StoredSection => ({
  version: r.version,
  updatedAt: iso(r.updated_at),
  updatedBy: r.updated_by ? { id: r.updated_by, name: r.updated_by_name ?? '' } : null,
  // Rows written by any earlier release read in today's shape (src/domain/upgrade.ts).
  data: upgradeSectionData(r.key, r.data) as SectionData[SectionKey],
});

/** A section never written reads as version 0 with empty content. */
const unwritten = <K extends SectionKey>(key: K): StoredSection<K> => ({
  version: 0,
  updatedAt: null,
  data: EMPTY_SECTIONS[key],
});

export async function listSections(q: Queryable, workspaceId: string): Promise<Strategy['sections']> {
  const rows = await q.query<SectionRow>(`select ${COLUMNS} from ${FROM} where s.workspace_id = $1`, [workspaceId]);
  const byKey = new Map(rows.map((r) => [r.key, toSection(r)]));
  return Object.fromEntries(SECTION_KEYS.map((k) => [k, byKey.get(k) ?? unwritten(k)])) as Strategy['sections'];
}

/** The sections of several workspaces in one query (a programme's dashboard), by workspace. */
export async function listSectionsOfMany(
  q: Queryable,
  workspaceIds: readonly string[],
): Promise<Map<string, Strategy['sections']>> {
  const rows = await q.query<SectionRow>(
    `select s.workspace_id, ${COLUMNS} from ${FROM}
     where s.workspace_id in (select value::uuid from jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(workspaceIds)],
  );
  const found = new Map<string, Map<SectionKey, StoredSection>>(workspaceIds.map((id) => [id, new Map()]));
  for (const r of rows) found.get(r.workspace_id ?? '')?.set(r.key, toSection(r));
  return new Map(
    [...found].map(([id, byKey]) => [
      id,
      Object.fromEntries(SECTION_KEYS.map((k) => [k, byKey.get(k) ?? unwritten(k)])) as Strategy['sections'],
    ]),
  );
}

export async function getSection(q: Queryable, workspaceId: string, key: SectionKey): Promise<StoredSection> {
  const [row] = await q.query<SectionRow>(`select ${COLUMNS} from ${FROM} where s.workspace_id = $1 and s.key = $2`, [
    workspaceId,
    key,
  ]);
  return row ? toSection(row) : unwritten(key);
}

/**
 * Writes a section whole (a stale `version` is a 409 carrying the section as it is) or
 * field by field (a field someone else changed differently is a 409 naming it).
 */
export async function putSection(w: Write, key: SectionKey, input: RecordEditInput): Promise<StoredSection> {
  const current = await getSection(w.tx, w.workspaceId, key);
  const before = current.data as Record<string, unknown>;
  let data: Record<string, unknown>;
  let version: number;
  let changed: string[];
  if (input.data !== undefined) {
    version = orThrow(checkPutSection(current, input.version));
    data = input.data as Record<string, unknown>;
    changed = Object.keys(data).filter((f) => JSON.stringify(before[f]) !== JSON.stringify(data[f]));
  } else {
    const edit = { changes: input.changes ?? {}, base: input.base ?? {} };
    const write = orThrow(checkFieldEdit(current, edit, SECTION_SCHEMAS[key], 'section', ENGLISH_ERRORS));
    ({ data, version, changed } = write);
  }
  const record = `section:${key}`;
  if (input.setAside && Object.keys(input.setAside).length > 0) {
    const aside = Object.fromEntries(Object.entries(input.setAside).map(([f, text]) => [f, { from: text }]));
    await recordHistory(w, record, 'setAside', aside);
  }
  if (input.data === undefined && changed.length === 0) return current;
  await w.tx.query(
    `insert into sections (workspace_id, key, data, version, updated_at, updated_by) values ($1, $2, $3::jsonb, $4, $5, $6)
     on conflict (workspace_id, key) do update set data = excluded.data, version = excluded.version,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [w.workspaceId, key, JSON.stringify(data), version, w.now, w.actor?.id ?? null],
  );
  await touchWorkspace(w.tx, w.workspaceId, w.now);
  const section = await getSection(w.tx, w.workspaceId, key);
  await recordEvent(w, { type: 'section', key, section });
  if (changed.length > 0) await recordHistory(w, record, 'changed', fieldChanges(before, data, changed));
  return section;
}
