import type { Context } from 'hono';
import { z } from 'zod';
import { isItemKind, isSectionKey, validationError } from '@/domain';
import type { ItemKind, SectionKey } from '@/domain';
import { ApiError, badRequest, notFound } from '../errors';
import { inEnglish } from './messages';

// Reading a request: every path parameter and body is checked here before any SQL runs,
// so a malformed id is a 404 and never reaches PostgreSQL's uuid cast.

const Uuid = z.uuid();

export function uuidParam(c: Context, name: string, what: string): string {
  const value = c.req.param(name) ?? '';
  if (!Uuid.safeParse(value).success) throw notFound(`${what} not found`);
  return value.toLowerCase();
}

export function itemKindParam(c: Context): ItemKind {
  const kind = c.req.param('kind') ?? '';
  if (!isItemKind(kind)) throw notFound(`Unknown item kind "${kind}"`);
  return kind;
}

export function sectionKeyParam(c: Context): SectionKey {
  const key = c.req.param('key') ?? '';
  if (!isSectionKey(key)) throw notFound(`Unknown section "${key}"`);
  return key;
}

export function requireJson(c: Context): void {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ApiError(415, 'bad_request', 'The body must be JSON, sent with Content-Type: application/json');
  }
}

/** The body as a JSON object, not yet validated. */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  requireJson(c);
  const json = parseJson(await c.req.text());
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw badRequest('The body must be a JSON object');
  return json as Record<string, unknown>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The body is not valid JSON');
  }
}

/** Reads and validates the body; a failure names the first bad field. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJsonObject(c));
  if (!parsed.success) {
    const body = validationError(parsed.error);
    throw new ApiError(400, 'validation', inEnglish(body.error.message), { field: body.error.field });
  }
  return parsed.data;
}
