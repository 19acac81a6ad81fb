import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import { EMPTY_ITEMS } from '@/domain';
import type {
  ApiErrorCode,
  ApiErrorResponse,
  ItemData,
  ItemKind,
  StoredItem,
  Strategy,
  Workspace,
  WorkspaceSummary,
} from '@/domain';
import { createApp } from '../app';
import type { App } from '../app';
import type { Database } from '../db/database';
import { BACKENDS } from './backends';
import type { ApiClient, Res } from './api-client';
import { apiClient } from './api-client';
import { person } from './people';
import type { Person } from './people';

export { apiClient } from './api-client';
export type { ApiClient, Res } from './api-client';

/** `api` is signed in as `me`, who leads every workspace it creates; `anon` is nobody. */
export type TestContext = { db: Database; app: App; api: ApiClient; anon: ApiClient; me: Person };

/**
 * Declares the same tests once per database (PGlite, and PostgreSQL when reachable).
 * One database per file and backend; every test starts from empty tables.
 */
export function describeBackends(title: string, define: (t: TestContext) => void): void {
  for (const backend of BACKENDS) {
    const name = backend.skipReason
      ? `${title} on ${backend.name} (skipped: ${backend.skipReason})`
      : `${title} on ${backend.name}`;
    describe.skipIf(!!backend.skipReason)(name, () => {
      const t = {} as TestContext;
      let dispose: () => Promise<void> = async () => undefined;
      beforeAll(async () => {
        const opened = await backend.open();
        dispose = opened.dispose;
        t.db = opened.db;
        t.app = createApp({ db: t.db });
        t.me = await person(t.db, t.app, 'tester@example.org');
        t.api = t.me.api;
        t.anon = apiClient(t.app);
      });
      beforeEach(async () => {
        await t.db.query('delete from workspaces');
        await t.db.query('delete from programmes');
      });
      afterAll(() => dispose());
      define(t);
    });
  }
}

// ---------- fixtures and assertions ----------

export async function newWorkspace(api: ApiClient, name = 'Valmiera'): Promise<Workspace> {
  const res = await api.post<Workspace>('/api/workspaces', { name });
  expect(res.status).toBe(201);
  return res.body;
}

export const itemData = <K extends ItemKind>(kind: K, patch: Partial<ItemData[K]> = {}): ItemData[K] => ({
  ...EMPTY_ITEMS[kind],
  ...patch,
});

export async function newItem<K extends ItemKind>(
  api: ApiClient,
  workspaceId: string,
  kind: K,
  patch: Partial<ItemData[K]> = {},
) {
  const res = await api.post<StoredItem<K>>(`/api/workspaces/${workspaceId}/items/${kind}`, {
    id: crypto.randomUUID(),
    data: itemData(kind, patch),
  });
  expect(res.status).toBe(201);
  return res.body;
}

export const getStrategy = async (api: ApiClient, id: string) =>
  (await api.get<Strategy>(`/api/workspaces/${id}`)).body;
export const listWorkspaces = async (api: ApiClient) => (await api.get<WorkspaceSummary[]>('/api/workspaces')).body;

/** Asserts the contract's error shape; `mentions` must appear in the message (a field name, a word). */
export function expectError(
  res: Res,
  status: number,
  code: ApiErrorCode,
  mentions?: string | RegExp,
  field?: string,
): void {
  expect({ status: res.status, text: res.text }).toMatchObject({ status });
  const body = res.body as ApiErrorResponse;
  expect(body.error.code).toBe(code);
  expect(body.error.message).toBeTruthy();
  if (mentions !== undefined) expect(body.error.message).toMatch(mentions);
  if (field !== undefined) expect(body.error.field).toBe(field);
}

/** Runs `act` and asserts that the whole workspace list and the given workspaces read the same afterwards. */
export async function expectUnchanged(api: ApiClient, workspaceIds: string[], act: () => Promise<void>): Promise<void> {
  const snapshot = async () => ({
    list: await listWorkspaces(api),
    strategies: await Promise.all(workspaceIds.map((id) => getStrategy(api, id))),
  });
  const before = await snapshot();
  await act();
  expect(await snapshot()).toEqual(before);
}

export const longText = (n: number) => 'x'.repeat(n);
/** A syntactically valid id that no test ever creates. */
export const UNKNOWN_ID = '7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11';
