import type { ApiErrorCode, ItemKind } from '@/domain';

// The shape of a contract case. A scenario is a list of steps run in order against one
// fresh target (the server on a database, or the MSW mocks over a new MockStore); a step
// is a request with what must come back, or an arrangement too slow to do through the API.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Call = {
  name: string;
  method: Method;
  /** `{ws}` and any other saved name are replaced by the id saved under it. */
  path: string;
  /** Sent as JSON; a string is sent as it is (malformed JSON, a Word document…). */
  body?: unknown;
  /** Defaults to application/json when there is a body. */
  contentType?: string;
  status: number;
  /** The whole error object: code and message exactly, and the field (absent = no field). */
  error?: { code: ApiErrorCode; message: string; field?: string };
  /** With a 409: the record as it is now. */
  current?: unknown;
  /** The whole body, with asymmetric matchers where targets legitimately differ (ids, times). */
  shape?: unknown;
  /** The Content-Disposition header (a download). */
  disposition?: unknown;
  /** Saves `body.id` under this name for later paths and shapes. */
  save?: string;
};

export type Arrange =
  | { name: string; arrange: 'workspaces'; count: number }
  | { name: string; arrange: 'items'; workspace: string; kind: ItemKind; count: number }
  /** Lets the clock move on, so that "most recently changed first" has no ties. */
  | { name: string; arrange: 'nextMillisecond' }
  /** Data an older release stored: database rows for the server, the same records kept by the demo for the mocks. */
  | { name: string; arrange: 'storedRows'; rows: StoredRows };

/** Rows as the database holds them (tests/fixtures/release-0.1/database-rows.json). */
export type StoredRows = {
  workspaces: { id: string; name: string; created_at: string; updated_at: string }[];
  sections: { workspace_id: string; key: string; data: unknown; version: number; updated_at: string }[];
  items: {
    id: string;
    workspace_id: string;
    kind: string;
    position: number;
    data: unknown;
    version: number;
    created_at: string;
    updated_at: string;
  }[];
};

export type Step = Call | Arrange;
export type Scenario = { name: string; steps: Step[] };

/** What answers requests: the Hono app, or the mock handlers. */
export type Target = {
  name: string;
  skipReason?: string;
  open(): Promise<void>;
  /** Empty storage: no workspaces. */
  reset(): Promise<void>;
  close(): Promise<void>;
  send(method: Method, path: string, body?: string, contentType?: string): Promise<Response>;
  fillWorkspaces(count: number): Promise<void>;
  fillItems(workspaceId: string, kind: ItemKind, count: number): Promise<void>;
  loadRows(rows: StoredRows): Promise<void>;
};
