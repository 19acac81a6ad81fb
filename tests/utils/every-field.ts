import { z } from 'zod';
import {
  describeRecord,
  display,
  displayText,
  fieldsOf,
  ITEM_FIELDS,
  ITEM_KINDS,
  ITEM_SCHEMAS,
  SECTION_KEYS,
  SECTION_SCHEMAS,
  isEmptyValue,
} from '@/domain';
import type { FieldSpec, ItemKind, Operation, SectionKey, Wording } from '@/domain';

// A strategy in which every field of every section and item kind holds a value of its
// own, built from the schemas and the field descriptions: a field added tomorrow is
// filled here with no change. Tests check that each value reaches the review page and
// the document.

/** Item ids per kind: two of each, so that links have something to point at. */
export type EveryFieldIds = Record<ItemKind, [string, string]>;

let serial = 0;

/** A value of the field's schema, distinct from every other field's where the type allows. */
function valueFor(
  schema: z.ZodType,
  spec: FieldSpec,
  marker: string,
  ids: EveryFieldIds,
  newId: () => string,
): unknown {
  const n = ++serial;
  const s = spec.show;
  switch (s.as) {
    case 'text':
    case 'paragraphs': {
      // Free text, an e-mail, or a year (later fields later years, so a period is in order).
      const candidates = [`${marker} ${n}`, `marker${n}@example.org`, `${2000 + n}`];
      return candidates.find((c) => schema.safeParse(c).success);
    }
    case 'number':
      return 1000 + n;
    case 'decimal':
    case 'money':
      return 7200.5 + n;
    case 'currency':
      return 'PLN';
    case 'date':
      return `2026-03-${String(10 + (n % 18)).padStart(2, '0')}`;
    case 'month':
      // Start before end: keys are filled in order, so earlier fields get earlier months.
      return `${2026 + Math.floor(n / 12)}-${String(1 + (n % 12)).padStart(2, '0')}`;
    case 'yesNo':
      return true;
    case 'country':
      return 'LV';
    case 'choice':
      return firstOption(schema);
    case 'tags':
      return [firstOption((schema as z.ZodArray).element as z.ZodType)];
    case 'list':
      return [`${marker} ${n}`];
    case 'link':
      return ids[s.to][1];
    case 'links':
      return [ids[s.to][1]];
    case 'records': {
      const element = (schema as z.ZodArray).element as z.ZodObject;
      const record: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(element.shape) as [string, z.ZodType][]) {
        const sub = s.fields.find((f) => f.key === key);
        record[key] = sub ? valueFor(field, sub, `${marker} ${key}`, ids, newId) : newId();
      }
      return [record];
    }
  }
}

function firstOption(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodUnion) {
    for (const o of schema.options as z.ZodType[]) if (o instanceof z.ZodEnum) return o.options[0];
  }
  throw new Error('no options');
}

function fill(owner: SectionKey | ItemKind, schema: z.ZodObject, ids: EveryFieldIds, newId: () => string) {
  const data: Record<string, unknown> = {};
  for (const spec of fieldsOf(owner)) {
    data[spec.key] = valueFor(schema.shape[spec.key] as z.ZodType, spec, `${owner} ${spec.key}`, ids, newId);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${owner}: ${parsed.error.message}`);
  return parsed.data as Record<string, unknown>;
}

/** Operations that fill every field: sections, and two items of every kind. */
export function everyFieldOperations(newId: () => string = () => crypto.randomUUID()) {
  serial = 0;
  const ids = Object.fromEntries(ITEM_KINDS.map((k) => [k, [newId(), newId()]])) as EveryFieldIds;
  const ops: Operation[] = [];
  for (const key of SECTION_KEYS) {
    ops.push({ type: 'putSection', key, data: fill(key, SECTION_SCHEMAS[key] as never, ids, newId) as never });
  }
  for (const kind of ITEM_KINDS) {
    for (const id of ids[kind]) {
      ops.push({ type: 'createItem', kind, id, data: fill(kind, ITEM_SCHEMAS[kind] as never, ids, newId) as never });
    }
  }
  return { ops, ids };
}

/** Each field's value in words, one entry per line, for a reader to find. */
export function expectedTexts(
  ops: Operation[],
  wording: Wording,
  include: (spec: FieldSpec) => boolean = () => true,
): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const op of ops) {
    if (op.type !== 'putSection' && op.type !== 'createItem') continue;
    const owner = op.type === 'putSection' ? op.key : op.kind;
    const record = op.data as Record<string, unknown>;
    for (const f of describeRecord(owner, record, wording)) {
      if (!include(f.spec) || isEmptyValue(record[f.spec.key]) || f.spec.show.as === 'currency') continue;
      const where = `${owner}.${f.spec.key}`;
      const d = display(f.spec, record);
      // A list of records (indicators) may be laid out as a table: look for each value.
      const texts =
        d.type === 'records'
          ? d.rows.flatMap((row) => row.map((c) => displayText(c.display, wording)))
          : f.text.split('\n');
      for (const text of texts.filter(Boolean)) out.push({ where, text });
    }
  }
  return out;
}

/** Every schema key of every kind and section, to check the descriptions leave none out. */
export function everySchemaKey(): string[] {
  return [
    ...SECTION_KEYS.flatMap((k) => Object.keys(SECTION_SCHEMAS[k].shape).map((f) => `${k}.${f}`)),
    ...ITEM_KINDS.flatMap((k) =>
      Object.keys((ITEM_SCHEMAS[k] as unknown as z.ZodObject).shape).map((f) => `${k}.${f}`),
    ),
  ];
}

export const describedKeys = () => [
  ...SECTION_KEYS.flatMap((k) => fieldsOf(k).map((f) => `${k}.${f.key}`)),
  ...ITEM_KINDS.flatMap((k) => ITEM_FIELDS[k].map((f) => `${k}.${f.key}`)),
];
