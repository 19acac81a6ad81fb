import { z } from 'zod';
import { LIMITS } from './limits';
import { jsonNestingExceeds, MAX_JSON_DEPTH } from './json-guard';
import type { Operation } from './operations';
import { upgradeItemShape, upgradeSectionShape } from './upgrade';
import { ITEM_KINDS, ITEM_SCHEMAS, SECTION_KEYS, SECTION_SCHEMAS, text } from './strategy';
import type { ItemData, ItemKind, SectionKey, Strategy } from './strategy';

// The full backup file: one workspace as versioned JSON. Importing creates a new
// workspace with fresh ids (links between items are re-pointed), so a file can be
// imported any number of times.
//
// Format versions (docs/decisions/004-schema-evolution.md):
//   1  the first release: every field of every item present, nothing else.
//   2  adds `app` (which release wrote the file). Item and section data are read through
//      the upgrade functions, so a file written before a field existed, or after one was
//      removed, imports with defaults for what it lacks; version 1 files are read the same way.

export const BACKUP_FORMAT = 'libri-strategy-backup';
export const BACKUP_FORMAT_VERSION = 2;
export const BACKUP_MAX_BYTES = 10_000_000;
/** Which release wrote a file: for support, never for reading it. */
export const BACKUP_APP = { name: 'LiBri Strategy Builder', version: '0.2.0' };

const itemList = <K extends ItemKind>(kind: K) =>
  z.array(z.strictObject({ id: z.uuid(), data: ITEM_SCHEMAS[kind] })).max(LIMITS.itemsPerKind);

/** A backup as this release writes it. */
export const BackupFile = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(40) }).optional(),
  exportedAt: z.iso.datetime({ offset: true }),
  workspace: z.strictObject({ name: text(LIMITS.name).min(1) }),
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

/** The envelope of any readable version, with the content not yet upgraded. */
const rawItems = z.array(z.strictObject({ id: z.uuid(), data: z.unknown() })).max(LIMITS.itemsPerKind);
const BackupEnvelope = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  app: z.unknown().optional(),
  exportedAt: z.iso.datetime({ offset: true }),
  workspace: z.strictObject({ name: text(LIMITS.name).min(1) }),
  sections: z.strictObject(Object.fromEntries(SECTION_KEYS.map((k) => [k, z.unknown()]))),
  items: z.strictObject(Object.fromEntries(ITEM_KINDS.map((k) => [k, rawItems.optional()]))),
});

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
    app: BACKUP_APP,
    exportedAt,
    workspace: { name: strategy.workspace.name },
    sections,
    items,
  };
}

export type BackupProblem =
  | { key: 'backup.notJson' }
  | { key: 'backup.tooLarge'; maxMb: number }
  | { key: 'backup.tooDeep' }
  | { key: 'backup.otherProgram' }
  | { key: 'backup.newerVersion'; version: number }
  | { key: 'backup.invalid'; field: string }
  | { key: 'backup.duplicateId'; id: string };

type Checked = { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem };

/** Reads a backup file's text; says in message keys what is wrong. */
export function parseBackup(text: string): Checked {
  if (text.length > BACKUP_MAX_BYTES) {
    return { ok: false, problem: { key: 'backup.tooLarge', maxMb: BACKUP_MAX_BYTES / 1_000_000 } };
  }
  // Refused before parsing: a deeply nested file would block the page or the server.
  if (jsonNestingExceeds(text, MAX_JSON_DEPTH)) return { ok: false, problem: { key: 'backup.tooDeep' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'backup.notJson' } };
  }
  return checkBackup(json);
}

const invalid = (error: z.ZodError, prefix: (string | number)[] = []): Checked => {
  const path = [...prefix, ...(error.issues[0]?.path ?? [])].map(String).join('.');
  return { ok: false, problem: { key: 'backup.invalid', field: path } };
};

/** Any readable version in, today's backup out: content upgraded, then checked field by field. */
export function checkBackup(json: unknown): Checked {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { key: 'backup.otherProgram' } };
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return { ok: false, problem: { key: 'backup.newerVersion', version } };
  }
  const envelope = BackupEnvelope.safeParse(json);
  if (!envelope.success) return invalid(envelope.error);
  const raw = envelope.data;

  const sections: Record<string, unknown> = {};
  for (const key of SECTION_KEYS) {
    const parsed = SECTION_SCHEMAS[key].safeParse(upgradeSectionShape(key, raw.sections[key]));
    if (!parsed.success) return invalid(parsed.error, ['sections', key]);
    sections[key] = parsed.data;
  }
  const seen = new Set<string>();
  const items: Record<string, { id: string; data: unknown }[]> = {};
  for (const kind of ITEM_KINDS) {
    items[kind] = [];
    for (const [n, item] of (raw.items[kind] ?? []).entries()) {
      const id = item.id.toLowerCase();
      // Two items with one id would collapse into one on import: say so rather than drop one.
      if (seen.has(id)) return { ok: false, problem: { key: 'backup.duplicateId', id } };
      seen.add(id);
      const parsed = ITEM_SCHEMAS[kind].safeParse(upgradeItemShape(kind, item.data));
      if (!parsed.success) return invalid(parsed.error, ['items', kind, n, 'data']);
      items[kind].push({ id, data: parsed.data });
    }
  }
  const backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: BACKUP_APP,
    exportedAt: raw.exportedAt,
    workspace: raw.workspace,
    sections,
    items,
  };
  const checked = BackupFile.safeParse(backup);
  return checked.success ? { ok: true, backup: checked.data } : invalid(checked.error);
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
