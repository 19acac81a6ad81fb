import { z } from 'zod';
import { LIMITS } from './limits';
import {
  ChangedBySchema,
  text,
  ITEM_KINDS,
  ITEM_SCHEMAS,
  SECTION_KEYS,
  SECTION_SCHEMAS,
  StoredItemSchema,
  Timestamp,
} from './strategy';
import type { ItemKind, SectionKey } from './strategy';

// The HTTP contract, shared by the server, the SPA's fetchers and the MSW handlers.
//
//   GET    /api/workspaces                          -> WorkspaceSummary[]
//   POST   /api/workspaces                          CreateWorkspaceBody -> 201 Workspace
//   GET    /api/workspaces/:id                      -> Strategy
//   PATCH  /api/workspaces/:id                      RenameWorkspaceBody -> Workspace
//   DELETE /api/workspaces/:id                      -> 204
//   PUT    /api/workspaces/:id/sections/:key        PutSectionBody -> SectionResponse  (409 ConflictResponse)
//   POST   /api/workspaces/:id/items/:kind          CreateItemBody -> 201 StoredItem (200 if that id exists: retries are safe)
//   PUT    /api/workspaces/:id/items/:kind/:itemId  UpdateItemBody -> StoredItem      (409 ConflictResponse)
//   DELETE /api/workspaces/:id/items/:kind/:itemId  -> 204 (also when already gone: retries are safe)
//   PUT    /api/workspaces/:id/order/:kind          ReorderBody -> 204
//
// Errors: { error: { code, message, field? } } with 400 (bad input), 401 (signed out),
// 403 (role), 404 (unknown id, or one the user may not see), 409 (version conflict),
// 413 (body too large), 429 (too many attempts). Accounts: see accounts.ts.

export const isItemKind = (v: string): v is ItemKind => (ITEM_KINDS as string[]).includes(v);
export const isSectionKey = (v: string): v is SectionKey => (SECTION_KEYS as string[]).includes(v);

export const CreateWorkspaceBody = z.strictObject({
  name: text(LIMITS.name).min(1, 'errors.required'),
});
export type CreateWorkspaceBody = z.infer<typeof CreateWorkspaceBody>;

export const RenameWorkspaceBody = CreateWorkspaceBody;
export type RenameWorkspaceBody = z.infer<typeof RenameWorkspaceBody>;

/** `version` is the version the edit was based on; omitted means "overwrite whatever is there". */
const baseVersion = z.number().int().min(0).optional();

/**
 * A record is written whole (`data`, optionally checked against `version`), or field by
 * field (`changes`, each with the value it was `base`d on: see merge.ts). `setAside` keeps
 * texts a person let go in a conflict in the record's history; it may come alone.
 */
function recordBody(schema: z.ZodObject) {
  const anyValue = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, z.unknown()]));
  return z
    .strictObject({
      data: schema.optional(),
      version: baseVersion,
      changes: z.strictObject(schema.shape).partial().optional(),
      base: z.strictObject(anyValue).partial().optional(),
      setAside: z.strictObject(anyValue).partial().optional(),
    })
    .refine((b) => b.data !== undefined || b.changes !== undefined || b.setAside !== undefined, {
      message: 'Required: the record as data, or its changed fields as changes',
      path: ['data'],
    })
    .refine((b) => b.data === undefined || (b.changes === undefined && b.base === undefined), {
      message: 'Send either data or changes, not both',
      path: ['data'],
    });
}
export type RecordBody = {
  data?: unknown;
  version?: number;
  changes?: Record<string, unknown>;
  base?: Record<string, unknown>;
  setAside?: Record<string, unknown>;
};

export const putSectionBody = <K extends SectionKey>(key: K) => recordBody(SECTION_SCHEMAS[key] as z.ZodObject);
export type PutSectionBody = RecordBody;

export const createItemBody = <K extends ItemKind>(kind: K) =>
  z.strictObject({
    id: z.uuid(),
    data: ITEM_SCHEMAS[kind],
    position: z.number().int().min(0).max(LIMITS.itemsPerKind).optional(),
  });
export type CreateItemBody = { id: string; data: unknown; position?: number };

export const updateItemBody = <K extends ItemKind>(kind: K) => recordBody(ITEM_SCHEMAS[kind] as z.ZodObject);
export type UpdateItemBody = RecordBody;

export const ReorderBody = z.strictObject({ ids: z.array(z.uuid()).max(LIMITS.itemsPerKind) });
export type ReorderBody = z.infer<typeof ReorderBody>;

export const SectionResponse = z.object({
  version: z.number().int(),
  updatedAt: Timestamp.nullable(),
  updatedBy: ChangedBySchema.optional(),
  data: z.unknown(),
});
export type SectionResponse = z.infer<typeof SectionResponse>;

export const ItemResponse = StoredItemSchema;

export const ApiErrorCode = z.enum([
  'bad_request',
  'validation',
  'not_found',
  'conflict',
  'too_large',
  'limit',
  'internal',
  /** 401: not signed in, or the session has ended. */
  'unauthenticated',
  /** 403: signed in, but the role does not allow this (or the request's origin is not the app's). */
  'forbidden',
  /** 409: the strategy's state (in review, approved, submitted, accepted) does not allow changing its content now. */
  'paused',
  /** 429: too many attempts; `Retry-After` says when to try again. */
  'rate_limited',
  /** 410: an invitation or reset link that was used, expired or revoked. */
  'link_used',
  'link_expired',
  'link_revoked',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiErrorResponse = z.object({
  error: z.object({ code: ApiErrorCode, message: z.string(), field: z.string().optional() }),
  /** With 409: the record as it is now on the server. */
  current: z.unknown().optional(),
  /** With 409: the fields someone else changed differently. */
  conflicts: z.array(z.string()).optional(),
});
export type ApiErrorResponse = z.infer<typeof ApiErrorResponse>;

/** Turns the first zod issue into an API error naming the field, e.g. `data.title: Too long (max 200)`. */
export function validationError(error: z.ZodError): ApiErrorResponse {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'Invalid input';
  return { error: { code: 'validation', message, ...(field ? { field } : {}) } };
}
