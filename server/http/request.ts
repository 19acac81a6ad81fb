import type { Context } from 'hono';
import type { z } from 'zod';
import {
  checkIdParam,
  checkItemKindParam,
  checkJsonContentType,
  checkJsonDepth,
  checkSectionKeyParam,
  parseJsonObject,
  validateBody,
} from '@/domain/store-rules';
import type { ItemKind, SectionKey } from '@/domain';
import { orThrow } from '../errors';
import { ENGLISH_ERRORS } from './messages';

// Reading a request: every path parameter and body is checked here before any SQL runs,
// so a malformed id is a 404 and never reaches PostgreSQL's uuid cast. What is refused,
// and how it is said, is decided in src/domain/store-rules.ts, which the mocks use too.

export function uuidParam(c: Context, name: string, what: 'Workspace' | 'Item'): string {
  return orThrow(checkIdParam(c.req.param(name), what));
}

export function itemKindParam(c: Context): ItemKind {
  return orThrow(checkItemKindParam(c.req.param('kind')));
}

export function sectionKeyParam(c: Context): SectionKey {
  return orThrow(checkSectionKeyParam(c.req.param('key')));
}

export function requireJson(c: Context): void {
  orThrow(checkJsonContentType(c.req.header('content-type')));
}

/** The body as a JSON object, not yet validated (too deep a nesting is refused before parsing). */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  requireJson(c);
  return orThrow(parseJsonObject(await c.req.text()));
}

/** Before any JSON.parse of a body: parsing a deeply nested text blocks the event loop for seconds. */
export function refuseDeepNesting(text: string): void {
  orThrow(checkJsonDepth(text));
}

/** Reads and validates the body; a failure names the first bad field. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  return orThrow(validateBody(schema, await readJsonObject(c), ENGLISH_ERRORS));
}
