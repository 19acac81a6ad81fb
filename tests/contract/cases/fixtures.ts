import { expect } from 'vitest';
import { EMPTY_ITEMS, emptyStrategy, LIMITS } from '@/domain';
import type { ItemData, ItemKind } from '@/domain';
import { DEMO_USER } from '../../../mocks/store';
import type { Call } from '../contract';

// Values the cases share. Item ids are chosen by the client, so the cases fix them;
// workspace ids are the server's, so the cases save them (`save: 'ws'`) and say `{ws}`.

/** What legitimately differs between targets is compared by shape. */
export const anyId = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
export const anyTime = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

/** Who the contract's changes are recorded as made by: its signed-in lead, named as the mocks' demo user. */
export const byTheContract = { id: anyId, name: DEMO_USER.name };

/** The number of the last live event a strategy includes: every target counts its own. */
export const anySeq = expect.any(Number) as unknown as number;

/** The n-th item id of the cases, a valid version-4 uuid. */
export const itemId = (n: number) => `abcdef00-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** A syntactically valid id that no case ever creates. */
export const UNKNOWN_ID = '7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11';

export const data = <K extends ItemKind>(kind: K, patch: Partial<ItemData[K]> = {}): ItemData[K] => ({
  ...EMPTY_ITEMS[kind],
  ...patch,
});

export const storedItem = <K extends ItemKind>(
  kind: K,
  id: string,
  position: number,
  version: number,
  patch: Partial<ItemData[K]> = {},
) => ({ id, kind, position, version, updatedAt: anyTime, updatedBy: byTheContract, data: data(kind, patch) });

export const workspaceShape = (name: string, ref = '{ws}') => ({
  id: ref,
  name,
  createdAt: anyTime,
  updatedAt: anyTime,
  state: 'draft',
});

export const summaryShape = (name: string, ref: string, municipality = '', itemCount = 0) => ({
  ...workspaceShape(name, ref),
  municipality,
  itemCount,
  // The contract speaks as the lead of every workspace it makes.
  role: 'lead',
  hasLead: true,
});

/** A workspace nobody has written in yet, as the domain defines it. */
const unwritten = emptyStrategy({ id: '', name: '', createdAt: '', updatedAt: '' });
export const unwrittenSections = unwritten.sections;
export const noItems = unwritten.items;

/** `[[[[…]]]]` deeper than any body may nest (json-guard.ts). */
export const deeplyNested = (depth = 40) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
export const TOO_DEEP = 'The JSON is nested too deeply (more than 32 levels)';

export const overOneMegabyte = () => 'x'.repeat(LIMITS.bodyBytes);

export const createWorkspace = (name: string, save = 'ws'): Call => ({
  name: `creates the workspace “${name}”`,
  method: 'POST',
  path: '/api/workspaces',
  body: { name },
  status: 201,
  shape: workspaceShape(name, `{${save}}`),
  save,
});

export const createItem = <K extends ItemKind>(
  ws: string,
  kind: K,
  id: string,
  position: number,
  patch: Partial<ItemData[K]> = {},
): Call => ({
  name: `creates the ${kind} ${id}`,
  method: 'POST',
  path: `/api/workspaces/${ws}/items/${kind}`,
  body: { id, data: data(kind, patch) },
  status: 201,
  shape: storedItem(kind, id, position, 1, patch),
});

/** The common refusals of a body, for a route that reads one. */
export function badBodies(method: Call['method'], path: string, valid: unknown): Call[] {
  return [
    {
      name: 'refuses malformed JSON',
      method,
      path,
      body: '{"data": ',
      status: 400,
      error: { code: 'bad_request', message: 'The body is not valid JSON' },
    },
    {
      name: 'refuses a JSON array',
      method,
      path,
      body: '[]',
      status: 400,
      error: { code: 'bad_request', message: 'The body must be a JSON object' },
    },
    {
      name: 'refuses JSON null',
      method,
      path,
      body: 'null',
      status: 400,
      error: { code: 'bad_request', message: 'The body must be a JSON object' },
    },
    {
      name: 'refuses an empty body',
      method,
      path,
      body: '',
      status: 400,
      error: { code: 'bad_request', message: 'The body is not valid JSON' },
    },
    {
      name: 'refuses JSON nested too deeply',
      method,
      path,
      body: `{"data": ${deeplyNested()}}`,
      status: 400,
      error: { code: 'bad_request', message: TOO_DEEP },
    },
    {
      name: 'refuses a body not sent as JSON',
      method,
      path,
      body: JSON.stringify(valid),
      contentType: 'text/plain',
      status: 415,
      error: { code: 'bad_request', message: 'The body must be JSON, sent with Content-Type: application/json' },
    },
    {
      name: 'refuses a body over 1 MB',
      method,
      path,
      body: { ...(valid as object), padding: overOneMegabyte() },
      status: 413,
      error: { code: 'too_large', message: 'The request body is larger than 1 MB' },
    },
  ];
}
