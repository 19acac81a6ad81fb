import { z } from 'zod';
import { LIMITS } from './limits';
import { text, ITEM_KINDS, ITEM_SCHEMAS, SECTION_KEYS, SECTION_SCHEMAS, StoredItemSchema, Timestamp } from './strategy';
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

export const putSectionBody = <K extends SectionKey>(key: K) =>
  z.strictObject({ data: SECTION_SCHEMAS[key], version: baseVersion });
export type PutSectionBody = { data: unknown; version?: number };

export const createItemBody = <K extends ItemKind>(kind: K) =>
  z.strictObject({
    id: z.uuid(),
    data: ITEM_SCHEMAS[kind],
    position: z.number().int().min(0).max(LIMITS.itemsPerKind).optional(),
  });
export type CreateItemBody = { id: string; data: unknown; position?: number };

export const updateItemBody = <K extends ItemKind>(kind: K) =>
  z.strictObject({ data: ITEM_SCHEMAS[kind], version: baseVersion });
export type UpdateItemBody = { data: unknown; version?: number };

export const ReorderBody = z.strictObject({ ids: z.array(z.uuid()).max(LIMITS.itemsPerKind) });
export type ReorderBody = z.infer<typeof ReorderBody>;

export const SectionResponse = z.object({
  version: z.number().int(),
  updatedAt: Timestamp.nullable(),
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
});
export type ApiErrorResponse = z.infer<typeof ApiErrorResponse>;

/** Turns the first zod issue into an API error naming the field, e.g. `data.title: Too long (max 200)`. */
export function validationError(error: z.ZodError): ApiErrorResponse {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'Invalid input';
  return { error: { code: 'validation', message, ...(field ? { field } : {}) } };
}
