import { isWorkflowState } from './workflow';
import { z } from 'zod';
import { isItemKind as isKind, isSectionKey as isKey } from './api';
import type { Operation } from './operations';
import { EMPTY_ITEMS, EMPTY_SECTIONS, ITEM_KINDS, ITEM_SCHEMAS, SECTION_KEYS, SECTION_SCHEMAS } from './strategy';
import type {
  ChangedBy,
  ItemData,
  ItemKind,
  SectionData,
  SectionKey,
  StoredItem,
  StoredSection,
  Strategy,
} from './strategy';

// Data outlives code: what an older release stored in the database, wrote into a backup
// file or left queued in a browser must open in this one. Every read path runs data
// through these functions (see docs/decisions/004-schema-evolution.md):
//
//   upgradeShape   renames, missing fields → their default, unknown fields dropped,
//                  unknown taxonomy values dropped. Values that are still wrong stay
//                  wrong, so a backup import can refuse them and name the field.
//   salvage        upgradeShape, then every value that still does not fit is replaced by
//                  its default. Reading stored data uses this: it never throws.

/**
 * Fields renamed since the first release, per section or item kind: `{ oldKey: newKey }`.
 * A rename is added here in the same change that renames the schema key; reads then move
 * the value, whatever release wrote it. Removed fields need no entry: unknown keys are dropped.
 */
export const FIELD_RENAMES: Partial<Record<ItemKind | SectionKey, Record<string, string>>> = {};

type Renames = Record<string, string> | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function renamed(raw: Record<string, unknown>, renames: Renames): Record<string, unknown> {
  if (!renames) return raw;
  const out = { ...raw };
  for (const [from, to] of Object.entries(renames)) {
    if (from in out && !(to in out)) out[to] = out[from];
    delete out[from];
  }
  return out;
}

/** The value a field takes when it is missing: derived from its schema, so a new field needs no upgrade code. */
export function defaultOf(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodObject) {
    return Object.fromEntries(Object.entries(schema.shape).map(([k, f]) => [k, defaultOf(f as z.ZodType)]));
  }
  if (schema instanceof z.ZodArray) return [];
  if (schema instanceof z.ZodNullable) return null;
  if (schema instanceof z.ZodString) return '';
  if (schema instanceof z.ZodBoolean) return false;
  if (schema instanceof z.ZodNumber) return 0;
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodLiteral) return schema.value;
  if (schema instanceof z.ZodUnion) {
    // `'' | value`: the empty choice is the default ("not chosen yet").
    const options = schema.options as z.ZodType[];
    const empty = options.find((o) => o instanceof z.ZodLiteral && o.value === '');
    return empty ? '' : defaultOf(options[0] as z.ZodType);
  }
  return undefined;
}

/** Element schemas of arrays whose wrong elements are dropped one by one rather than failing the list. */
function shapeArray(schema: z.ZodArray, raw: unknown[], deep: boolean): unknown[] {
  const element = schema.element as z.ZodType;
  const kept: unknown[] = [];
  for (const el of raw) {
    const value = element instanceof z.ZodObject ? shapeObject(element, el, undefined, deep) : el;
    // Shaping keeps a damaged object for the import to name; salvaging drops what cannot be read.
    if ((element instanceof z.ZodObject && !deep) || element.safeParse(value).success) kept.push(value);
  }
  return kept;
}

function shapeObject(schema: z.ZodObject, raw: unknown, renames: Renames, deep: boolean): Record<string, unknown> {
  const source = renamed(isRecord(raw) ? raw : {}, renames);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    out[key] = shapeValue(field, source[key], deep);
  }
  return out;
}

function shapeValue(field: z.ZodType, value: unknown, deep: boolean): unknown {
  if (value === undefined) return defaultOf(field);
  if (field instanceof z.ZodObject) return shapeObject(field, value, undefined, deep);
  if (field instanceof z.ZodArray && Array.isArray(value)) {
    // Unknown tags (a taxonomy value since retired) are dropped; so are wrong ids in link lists.
    const element = field.element as z.ZodType;
    if (element instanceof z.ZodObject || element instanceof z.ZodEnum || deep) return shapeArray(field, value, deep);
    return value;
  }
  if (!deep || field.safeParse(value).success) return value;
  return fitted(field, value);
}

/** A value that failed its schema, made to fit: too long text is cut, anything else takes the default. */
function fitted(field: z.ZodType, value: unknown): unknown {
  if (field instanceof z.ZodString && typeof value === 'string') {
    const max = field.maxLength ?? value.length;
    const cut = field.safeParse(value.slice(0, max));
    if (cut.success) return cut.data;
  }
  if (field instanceof z.ZodArray && Array.isArray(value)) {
    const max = (field._zod.bag as { maximum?: number }).maximum ?? value.length;
    const cut = field.safeParse(shapeArray(field, value, true).slice(0, max));
    if (cut.success) return cut.data;
  }
  return defaultOf(field);
}

/** Today's shape: renames applied, missing fields filled, unknown fields and retired tags dropped. */
export function upgradeShape<S extends z.ZodObject>(
  schema: S,
  raw: unknown,
  renames?: Renames,
): Record<string, unknown> {
  return shapeObject(schema, raw, renames, false);
}

/** Today's shape with every value valid; never throws. Object rules (end before start) clear the offending field. */
export function salvage<T>(schema: z.ZodType<T>, raw: unknown, fallback: T, renames?: Renames): T {
  const direct = schema.safeParse(raw);
  if (direct.success && !renames) return direct.data;
  if (!(schema instanceof z.ZodObject)) return fallback;
  const shaped = shapeObject(schema, raw, renames, true);
  for (let attempt = 0; attempt < 5; attempt++) {
    const parsed = schema.safeParse(shaped);
    if (parsed.success) return parsed.data as T;
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string' && key in shaped) shaped[key] = (fallback as Record<string, unknown>)[key];
    }
  }
  return fallback;
}

export function upgradeItemData<K extends ItemKind>(kind: K, raw: unknown): ItemData[K] {
  return salvage(ITEM_SCHEMAS[kind] as unknown as z.ZodType<ItemData[K]>, raw, EMPTY_ITEMS[kind], FIELD_RENAMES[kind]);
}

export function upgradeSectionData<K extends SectionKey>(key: K, raw: unknown): SectionData[K] {
  return salvage(
    SECTION_SCHEMAS[key] as unknown as z.ZodType<SectionData[K]>,
    raw,
    EMPTY_SECTIONS[key],
    FIELD_RENAMES[key],
  );
}

/** Item data in today's shape for a backup import, values not yet checked (the import names a bad one). */
export function upgradeItemShape(kind: ItemKind, raw: unknown): Record<string, unknown> {
  return upgradeShape(ITEM_SCHEMAS[kind] as unknown as z.ZodObject, raw, FIELD_RENAMES[kind]);
}

export function upgradeSectionShape(key: SectionKey, raw: unknown): Record<string, unknown> {
  return upgradeShape(SECTION_SCHEMAS[key] as unknown as z.ZodObject, raw, FIELD_RENAMES[key]);
}

const Uuid = z.uuid();
const isUuid = (v: unknown): v is string => typeof v === 'string' && Uuid.safeParse(v).success;
const isItemKind = (v: unknown): v is ItemKind => typeof v === 'string' && isKind(v);
const isSectionKey = (v: unknown): v is SectionKey => typeof v === 'string' && isKey(v);

/**
 * A strategy as an older release kept it on the device (or any damaged copy): today's
 * shape, or null when not even the workspace can be read. Items that cannot be read are left out.
 */
export function upgradeStrategy(raw: unknown): Strategy | null {
  if (!isRecord(raw) || !isRecord(raw.workspace) || !isUuid(raw.workspace.id)) return null;
  const w = raw.workspace;
  const now = new Date(0).toISOString();
  const workspace = {
    id: w.id as string,
    name: typeof w.name === 'string' ? w.name : '',
    createdAt: typeof w.createdAt === 'string' ? w.createdAt : now,
    updatedAt: typeof w.updatedAt === 'string' ? w.updatedAt : now,
    ...(isWorkflowState(w.state) ? { state: w.state } : {}),
  };
  const rawSections = isRecord(raw.sections) ? raw.sections : {};
  const sections = Object.fromEntries(
    SECTION_KEYS.map((key) => {
      const s = isRecord(rawSections[key]) ? rawSections[key] : {};
      const version = Number.isInteger(s.version) ? (s.version as number) : 0;
      const section: StoredSection = {
        version,
        updatedAt: typeof s.updatedAt === 'string' ? s.updatedAt : null,
        // A section written at least once says who wrote it last, as the server's rows do.
        ...(version > 0 ? { updatedBy: changedByOf(s.updatedBy) } : {}),
        data: upgradeSectionData(key, s.data),
      };
      return [key, section];
    }),
  ) as Strategy['sections'];
  const rawItems = isRecord(raw.items) ? raw.items : {};
  const items = Object.fromEntries(
    ITEM_KINDS.map((kind) => {
      const list = Array.isArray(rawItems[kind]) ? (rawItems[kind] as unknown[]) : [];
      const read = list.filter((i): i is Record<string, unknown> => isRecord(i) && isUuid(i.id));
      return [kind, read.map((i, position) => upgradeStoredItem(kind, i, position))];
    }),
  ) as Strategy['items'];
  const seq = Number.isInteger(raw.seq) && (raw.seq as number) >= 0 ? { seq: raw.seq as number } : {};
  return { workspace, ...seq, sections, items };
}

/** Who last changed a record, when a copy says so; null (nobody known) otherwise. */
function changedByOf(raw: unknown): ChangedBy {
  return isRecord(raw) && typeof raw.id === 'string' && typeof raw.name === 'string'
    ? { id: raw.id, name: raw.name }
    : null;
}

function upgradeStoredItem(kind: ItemKind, raw: Record<string, unknown>, position: number): StoredItem {
  return {
    id: raw.id as string,
    kind,
    position,
    version: Number.isInteger(raw.version) ? (raw.version as number) : 0,
    updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : new Date(0).toISOString(),
    updatedBy: changedByOf(raw.updatedBy),
    data: upgradeItemData(kind, raw.data),
  };
}

/** Why a stored edit could not be read back: it is set aside, never dropped, and its text can be copied. */
export type UnreadableEdit = { raw: unknown; text: string };

/**
 * An edit queued in a browser by any release: today's operation, or set aside when it
 * names something this release does not know (a kind, a section, an id that is not one).
 */
export function upgradeOperation(
  raw: unknown,
): { ok: true; op: Operation } | { ok: false; unreadable: UnreadableEdit } {
  const aside = { ok: false as const, unreadable: { raw, text: textOf(raw) } };
  if (!isRecord(raw)) return aside;
  const base = raw.baseVersion;
  const baseVersion = Number.isInteger(base) && (base as number) >= 0 ? { baseVersion: base as number } : {};
  // A form's edit keeps the values it was based on (see merge.ts), read in today's shape like its data.
  const record = (upgrade: (data: Record<string, unknown>) => unknown) => ({
    ...baseVersion,
    ...(isRecord(raw.base) ? { base: upgrade(raw.base) as Record<string, unknown> } : {}),
    ...(isRecord(raw.setAside) ? { setAside: raw.setAside } : {}),
  });
  switch (raw.type) {
    case 'putSection':
      // Without data it would be sent as an empty section and wipe what is stored.
      if (!isSectionKey(raw.key) || !isRecord(raw.data)) return aside;
      return {
        ok: true,
        op: {
          type: 'putSection',
          key: raw.key,
          data: upgradeSectionShape(raw.key, raw.data) as never,
          ...record((d) => upgradeSectionShape(raw.key as SectionKey, d)),
        },
      };
    case 'createItem':
    case 'updateItem': {
      if (!isItemKind(raw.kind) || !isUuid(raw.id) || !isRecord(raw.data)) return aside;
      const data = upgradeItemShape(raw.kind, raw.data) as never;
      if (raw.type === 'updateItem')
        return {
          ok: true,
          op: {
            type: 'updateItem',
            kind: raw.kind,
            id: raw.id,
            data,
            ...record((d) => upgradeItemShape(raw.kind as ItemKind, d)),
          },
        };
      const position =
        Number.isInteger(raw.position) && (raw.position as number) >= 0 ? { position: raw.position as number } : {};
      return { ok: true, op: { type: 'createItem', kind: raw.kind, id: raw.id, data, ...position } };
    }
    case 'deleteItem':
      if (!isItemKind(raw.kind) || !isUuid(raw.id)) return aside;
      return { ok: true, op: { type: 'deleteItem', kind: raw.kind, id: raw.id } };
    case 'reorder':
      if (!isItemKind(raw.kind) || !Array.isArray(raw.ids)) return aside;
      return { ok: true, op: { type: 'reorder', kind: raw.kind, ids: raw.ids.filter(isUuid) } };
    default:
      return aside;
  }
}

/** Every piece of text in a value, one per line: what a person typed, to copy out of an unreadable edit. */
export function textOf(value: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 8) return;
    if (typeof v === 'string') {
      if (v.trim() && !isUuid(v)) out.push(v);
    } else if (typeof v === 'number' && Number.isFinite(v)) out.push(String(v));
    else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (isRecord(v)) {
      for (const [k, x] of Object.entries(v))
        if (!['type', 'kind', 'key', 'id', 'opId', 'baseVersion', 'base', 'position', 'version'].includes(k))
          walk(x, depth + 1);
    }
  };
  walk(value, 0);
  return out.join('\n');
}
