import { EMPTY_SECTIONS, SECTION_KEYS, upgradeSectionData } from '@/domain';
import { checkPutSection } from '@/domain/store-rules';
import type { SectionData, SectionKey, StoredSection, Strategy } from '@/domain';
import type { Queryable } from '../db/database';
import { orThrow } from '../errors';
import { iso } from './time';
import { touchWorkspace } from './workspaces';

type SectionRow = { key: SectionKey; data: unknown; version: number; updated_at: Date | string };

const toSection = (r: SectionRow): StoredSection => ({
  version: r.version,
  updatedAt: iso(r.updated_at),
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
  const rows = await q.query<SectionRow>(
    'select key, data, version, updated_at from sections where workspace_id = $1',
    [workspaceId],
  );
  const byKey = new Map(rows.map((r) => [r.key, toSection(r)]));
  return Object.fromEntries(SECTION_KEYS.map((k) => [k, byKey.get(k) ?? unwritten(k)])) as Strategy['sections'];
}

export async function getSection(q: Queryable, workspaceId: string, key: SectionKey): Promise<StoredSection> {
  const [row] = await q.query<SectionRow>(
    'select key, data, version, updated_at from sections where workspace_id = $1 and key = $2',
    [workspaceId, key],
  );
  return row ? toSection(row) : unwritten(key);
}

/** Call with the workspace locked (lockWorkspace). A stale `baseVersion` is a 409 carrying the section as it is. */
export async function putSection(
  q: Queryable,
  workspaceId: string,
  key: SectionKey,
  data: SectionData[SectionKey],
  baseVersion: number | undefined,
  now: string,
): Promise<StoredSection> {
  const current = await getSection(q, workspaceId, key);
  const version = orThrow(checkPutSection(current, baseVersion));
  const [row] = await q.query<SectionRow>(
    `insert into sections (workspace_id, key, data, version, updated_at) values ($1, $2, $3::jsonb, $4, $5)
     on conflict (workspace_id, key) do update set data = excluded.data, version = excluded.version, updated_at = excluded.updated_at
     returning key, data, version, updated_at`,
    [workspaceId, key, JSON.stringify(data), version, now],
  );
  await touchWorkspace(q, workspaceId, now);
  return toSection(row as SectionRow);
}
