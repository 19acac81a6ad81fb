import { getResponse } from 'msw';
import { EMPTY_ITEMS, ITEM_KINDS } from '@/domain';
import { createHandlers } from '../../mocks/handlers';
import { MockStore } from '../../mocks/store';
import { createApp } from '../../server/app';
import type { App } from '../../server/app';
import type { Database } from '../../server/db/database';
import type { Backend } from '../../server/test/backends';
import { leadEveryWorkspace, person } from '../../server/test/people';
import type { Person } from '../../server/test/people';
import type { Method, StoredRows, Target } from './contract';
import { DEMO_USER } from '../../mocks/store';

// The two implementations of the API, behind one interface. Neither uses the network:
// the Hono app answers `app.request`, the MSW handlers answer msw's `getResponse`.

const ORIGIN = 'http://localhost';

const headersFor = (body?: string, contentType?: string): Record<string, string> =>
  body === undefined ? {} : { 'content-type': contentType ?? 'application/json' };

export function serverTarget(backend: Backend): Target {
  let db: Database;
  let app: App;
  /** The contract speaks for a signed-in lead, as the mocks' demo user is. */
  let me: Person;
  let dispose = async () => undefined as void;
  return {
    name: `the server on ${backend.name}`,
    ...(backend.skipReason ? { skipReason: backend.skipReason } : {}),
    async open() {
      const opened = await backend.open();
      db = opened.db;
      dispose = opened.dispose;
      app = createApp({ db });
      me = await person(db, app, 'contract@example.org');
      // Changes are recorded with their author's name: the same one as the mocks' demo user.
      await db.query('update users set name = $2 where id = $1', [me.id, DEMO_USER.name]);
    },
    async reset() {
      await db.query('delete from workspaces');
    },
    close: () => dispose(),
    async send(method: Method, path: string, body?: string, contentType?: string) {
      const headers = {
        ...headersFor(body, contentType),
        cookie: me.cookie,
        ...(method === 'GET' ? {} : { origin: ORIGIN }),
      };
      return app.request(path, { method, headers, body });
    },
    async fillWorkspaces(count) {
      await db.query(
        `insert into workspaces (id, name, created_at, updated_at)
         select gen_random_uuid(), 'W' || n, now(), now() from generate_series(1, $1::int) n`,
        [count],
      );
      await leadEveryWorkspace(db, me);
    },
    async fillItems(workspaceId, kind, count) {
      await db.query(
        `insert into items (id, workspace_id, kind, position, data, version, created_at, updated_at)
         select gen_random_uuid(), $1, $2, n - 1, $3::jsonb, 1, now(), now() from generate_series(1, $4::int) n`,
        [workspaceId, kind, JSON.stringify(EMPTY_ITEMS[kind]), count],
      );
    },
    async loadRows(rows) {
      for (const w of rows.workspaces) {
        await db.query('insert into workspaces (id, name, created_at, updated_at) values ($1, $2, $3, $4)', [
          w.id,
          w.name,
          w.created_at,
          w.updated_at,
        ]);
      }
      for (const s of rows.sections) {
        await db.query(
          'insert into sections (workspace_id, key, data, version, updated_at) values ($1, $2, $3::jsonb, $4, $5)',
          [s.workspace_id, s.key, JSON.stringify(s.data), s.version, s.updated_at],
        );
      }
      for (const i of rows.items) {
        await db.query(
          `insert into items (id, workspace_id, kind, position, data, version, created_at, updated_at)
           values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)`,
          [i.id, i.workspace_id, i.kind, i.position, JSON.stringify(i.data), i.version, i.created_at, i.updated_at],
        );
      }
      await leadEveryWorkspace(db, me);
    },
  };
}

/** The same records as the demo keeps them in localStorage: one strategy object per workspace. */
function keptByTheDemo(rows: StoredRows): unknown[] {
  return rows.workspaces.map((w) => ({
    workspace: { id: w.id, name: w.name, createdAt: w.created_at, updatedAt: w.updated_at },
    sections: Object.fromEntries(
      rows.sections
        .filter((s) => s.workspace_id === w.id)
        .map((s) => [s.key, { version: s.version, updatedAt: s.updated_at, data: s.data }]),
    ),
    items: Object.fromEntries(
      ITEM_KINDS.map((kind) => [
        kind,
        rows.items
          .filter((i) => i.workspace_id === w.id && i.kind === kind)
          .sort((a, b) => a.position - b.position)
          .map((i) => ({
            id: i.id,
            kind,
            position: i.position,
            version: i.version,
            updatedAt: i.updated_at,
            data: i.data,
          })),
      ]),
    ),
  }));
}

export function mockTarget(): Target {
  let store = new MockStore();
  let handlers = createHandlers(store, ORIGIN);
  return {
    name: 'the MSW mocks',
    async open() {},
    async reset() {
      store = new MockStore();
      handlers = createHandlers(store, ORIGIN);
    },
    async close() {},
    async send(method: Method, path: string, body?: string, contentType?: string) {
      const request = new Request(`${ORIGIN}${path}`, { method, headers: headersFor(body, contentType), body });
      const response = await getResponse(handlers, request);
      if (!response) throw new Error(`No mock handler answered ${method} ${path}`);
      return response;
    },
    async fillWorkspaces(count) {
      for (let n = 1; n <= count; n++) store.create(`W${n}`);
    },
    async fillItems(workspaceId, kind, count) {
      for (let n = 0; n < count; n++) {
        const made = store.createItem(workspaceId, kind, { id: crypto.randomUUID(), data: EMPTY_ITEMS[kind] });
        if (!made.ok) throw new Error(made.error.message);
      }
    },
    async loadRows(rows) {
      store = new MockStore(undefined, [...store.all(), ...keptByTheDemo(rows)]);
      handlers = createHandlers(store, ORIGIN);
    },
  };
}
