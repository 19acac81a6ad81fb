import { z } from 'zod';
import { LIMITS } from './limits';
import type { Operation } from './operations';
import { ITEM_KINDS, ITEM_SCHEMAS, SECTION_KEYS, SECTION_SCHEMAS } from './strategy';
import type { ItemData, ItemKind, SectionKey, Strategy } from './strategy';

// The full backup file: one workspace as versioned JSON. Importing creates a new
// workspace with fresh ids (links between items are re-pointed), so a file can be
// imported any number of times.

export const BACKUP_FORMAT = 'libri-strategy-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_MAX_BYTES = 10_000_000;

const itemList = <K extends ItemKind>(kind: K) =>
  z.array(z.strictObject({ id: z.uuid(), data: ITEM_SCHEMAS[kind] })).max(LIMITS.itemsPerKind);

export const BackupFile = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  workspace: z.strictObject({ name: z.string().trim().min(1).max(LIMITS.name) }),
  sections: z.strictObject({
    partnership: SECTION_SCHEMAS.partnership,
    diagnosis: SECTION_SCHEMAS.diagnosis,
    plan: SECTION_SCHEMAS.plan,
    vision: SECTION_SCHEMAS.vision,
  }),
  items: z.strictObject({
    partner: itemList('partner'),
    meeting: itemList('meeting'),
    service: itemList('service'),
    need: itemList('need'),
    strength: itemList('strength'),
    challenge: itemList('challenge'),
    recommendation: itemList('recommendation'),
    action: itemList('action'),
  }),
});
export type BackupFile = z.infer<typeof BackupFile>;

export function strategyToBackup(strategy: Strategy, exportedAt: string): BackupFile {
  const items = Object.fromEntries(
    ITEM_KINDS.map((k) => [k, strategy.items[k].map((i) => ({ id: i.id, data: i.data }))]),
  ) as BackupFile['items'];
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k) => [k, strategy.sections[k].data]),
  ) as BackupFile['sections'];
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    workspace: { name: strategy.workspace.name },
    sections,
    items,
  };
}

export type BackupProblem =
  | { key: 'backup.notJson' }
  | { key: 'backup.tooLarge'; maxMb: number }
  | { key: 'backup.otherProgram' }
  | { key: 'backup.newerVersion'; version: number }
  | { key: 'backup.invalid'; field: string };

/** Reads a backup file's text; says in message keys what is wrong. */
export function parseBackup(text: string): { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem } {
  if (text.length > BACKUP_MAX_BYTES)
    return { ok: false, problem: { key: 'backup.tooLarge', maxMb: BACKUP_MAX_BYTES / 1_000_000 } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'backup.notJson' } };
  }
  return checkBackup(json);
}

export function checkBackup(json: unknown): { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem } {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { key: 'backup.otherProgram' } };
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return { ok: false, problem: { key: 'backup.newerVersion', version } };
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    return { ok: false, problem: { key: 'backup.invalid', field: path } };
  }
  return { ok: true, backup: parsed.data };
}

/** The operations that recreate a backup's content with fresh ids. */
export function backupToOperations(backup: BackupFile, newId: () => string): Operation[] {
  const ids = new Map<string, string>();
  for (const kind of ITEM_KINDS) for (const item of backup.items[kind]) ids.set(item.id, newId());
  const map = (id: string) => (id === '' ? '' : (ids.get(id) ?? ''));
  const mapAll = (list: string[]) => list.map((id) => ids.get(id)).filter((id): id is string => !!id);

  const remap = <K extends ItemKind>(kind: K, data: ItemData[K]): ItemData[K] => {
    const d = data as ItemData[ItemKind];
    if (kind === 'need' || kind === 'strength' || kind === 'challenge') {
      return { ...(d as ItemData['need']), partnerId: map((d as ItemData['need']).partnerId) } as ItemData[K];
    }
    if (kind === 'recommendation') {
      const r = d as ItemData['recommendation'];
      return {
        ...r,
        needIds: mapAll(r.needIds),
        challengeIds: mapAll(r.challengeIds),
        strengthIds: mapAll(r.strengthIds),
      } as ItemData[K];
    }
    if (kind === 'action') {
      const a = d as ItemData['action'];
      return {
        ...a,
        recommendationId: map(a.recommendationId),
        leadPartnerId: map(a.leadPartnerId),
        supportingPartnerIds: mapAll(a.supportingPartnerIds),
        indicators: a.indicators.map((i) => ({ ...i, id: newId() })),
      } as ItemData[K];
    }
    return data;
  };

  const ops: Operation[] = SECTION_KEYS.map((key: SectionKey) => ({
    type: 'putSection',
    key,
    data: backup.sections[key],
  }));
  for (const kind of ITEM_KINDS) {
    for (const item of backup.items[kind]) {
      ops.push({ type: 'createItem', kind, id: ids.get(item.id) as string, data: remap(kind, item.data) });
    }
  }
  return ops;
}
