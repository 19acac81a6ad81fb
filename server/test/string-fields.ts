import { randomUUID } from 'node:crypto';
import type { z } from 'zod';

// Walks a zod schema of the domain to find every field that takes a string (free text,
// ids, dates, choices; in a list, its element), and builds valid data with a chosen
// string in chosen fields. Tests derive their cases from the schemas this way, so a new
// field is covered without anyone listing it.

export type Path = (string | number)[];
export type StringField = { path: Path; schema: z.ZodType };

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Every field of `schema` whose value is a string (or a string in a list: path ends in 0). */
export function stringFields(schema: z.ZodType, path: Path = []): StringField[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => stringFields(field, [...path, key]));
    case 'array':
      return stringFields(def.element as z.ZodType, [...path, 0]);
    case 'nullable':
    case 'optional':
      return stringFields(def.innerType as z.ZodType, path);
    case 'union':
      return (def.options ?? []).some((option) => stringFields(option, path).length > 0) ? [{ path, schema }] : [];
    case 'literal':
      return typeof def.values?.[0] === 'string' ? [{ path, schema }] : [];
    case 'string':
    case 'enum':
      return [{ path, schema }];
    default:
      return [];
  }
}

/** Free text, as opposed to an id, a date or a choice: plain words are a valid value. */
export const isFreeText = (field: StringField) => field.schema.safeParse('Plain words').success;

/**
 * A valid value of `schema`: `fill` chooses the string of each string field (undefined:
 * left empty); a list gets one element when `fill` chose something inside it.
 */
export function build(schema: z.ZodType, fill: (path: Path) => string | undefined = () => undefined): unknown {
  return fillIn(schema, fill, []).value;
}

function fillIn(
  schema: z.ZodType,
  fill: (path: Path) => string | undefined,
  path: Path,
): { value: unknown; filled: boolean } {
  const def = defOf(schema);
  if (def.type === 'object') {
    let filled = false;
    const value = Object.fromEntries(
      Object.entries(def.shape ?? {}).map(([key, field]) => {
        const inner = fillIn(field, fill, [...path, key]);
        filled ||= inner.filled;
        return [key, inner.value];
      }),
    );
    return { value, filled };
  }
  if (def.type === 'array') {
    const element = fillIn(def.element as z.ZodType, fill, [...path, 0]);
    return { value: element.filled ? [element.value] : [], filled: element.filled };
  }
  const chosen = stringFields(schema).length > 0 ? fill(path) : undefined;
  if (chosen !== undefined) return { value: chosen, filled: true };
  return { value: blank(schema), filled: false };
}

/** The emptiest valid value: '' where allowed, the first choice, an empty list, null. */
function blank(schema: z.ZodType): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'nullable':
      return null;
    case 'optional':
      return undefined;
    case 'union': {
      const options = def.options ?? [];
      return blank(options.find((o) => defOf(o).type === 'literal') ?? (options[0] as z.ZodType));
    }
    case 'literal':
      return def.values?.[0];
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'string':
      return def.format === 'uuid' ? randomUUID() : '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      throw new Error(`No empty value known for a ${def.type}`);
  }
}

export function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown> | undefined)?.[key], data);
}
