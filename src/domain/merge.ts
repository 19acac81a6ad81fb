// Edits that merge. An edit names the fields it changes and, for each, the value it was
// based on: the value the person saw before typing (when their form loaded, or last took
// the server's copy). The store applies a three-way merge per field: a field nobody else
// changed meanwhile takes the edit; a field changed elsewhere to the same value is already
// right; a field changed elsewhere to something else is a conflict, and the edit is refused
// whole, with the fields named, so that nothing is stored half and the person chooses.
//
// The server's store, the MSW store and the SPA's save engine all use these rules.

export type Fields = Readonly<Record<string, unknown>>;

/** Deep equality of JSON values: the same text, number, list in the same order, or record. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => sameValue(x, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Fields)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Fields)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Fields)[k], (b as Fields)[k]));
}

/** The fields whose value in `data` differs from `base`. */
export function changedFields(data: Fields, base: Fields): string[] {
  return Object.keys(data).filter((k) => !sameValue(data[k], base[k]));
}

/** The named fields of a record. */
export function pick(record: Fields, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));
}

/** How each field of an edit stands against the stored record. */
export type FieldMerge = {
  /** Nobody else changed these since the edit's base: the edit's values are taken. */
  take: string[];
  /** Already stored as the edit has them. */
  same: string[];
  /** Changed elsewhere to something else: the person chooses. */
  conflicts: string[];
};

/**
 * Sorts the fields of `changes` against `stored`. For each field: the stored value
 * already equals the change → same; no base given, or the stored value is still the base
 * → take; otherwise someone else changed it differently → conflict. Pure.
 */
export function mergeFields(stored: Fields, changes: Fields, base: Fields): FieldMerge {
  const merge: FieldMerge = { take: [], same: [], conflicts: [] };
  for (const [field, value] of Object.entries(changes)) {
    if (sameValue(stored[field], value)) merge.same.push(field);
    else if (field in base && !sameValue(stored[field], base[field])) merge.conflicts.push(field);
    else merge.take.push(field);
  }
  return merge;
}

/** The stored record with an edit's fields applied, when there is no conflict. */
export function applyMerge(stored: Fields, changes: Fields, merge: FieldMerge): Record<string, unknown> {
  return { ...stored, ...pick(changes, merge.take) };
}

/** A schema with fields (an item's or a section's). */
type FieldSchemas = { shape: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }> };

/**
 * A record as the server will store it, field by field: text trimmed and made storable,
 * numbers as numbers. A field that does not pass its rule yet (a draft) stays as typed.
 * Forms compare and send this, so that a trailing space is not a change the server undoes.
 */
export function normalizeRecord(schema: FieldSchemas, record: Fields): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([field, value]) => {
      const rule = schema.shape[field];
      const parsed = rule?.safeParse(value);
      return [field, parsed?.success ? parsed.data : value];
    }),
  );
}
