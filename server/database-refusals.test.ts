import { createApp } from './app';
import type { Database, Queryable } from './db/database';
import { createLogger } from './logger';
import {
  apiClient,
  describeBackends,
  expectError,
  getStrategy,
  itemData,
  listWorkspaces,
  newWorkspace,
} from './test/helpers';

// The domain normalises what PostgreSQL cannot store, so these refusals should never
// happen; if a value slips through anyway, the client hears "bad request", not "bug".

/** The real database, whose every write is followed by a statement it refuses with a real data exception. */
function refusingWrites(db: Database): Database {
  const refusing = (tx: Queryable): Queryable => ({
    ...tx,
    async query<T>(sql: string, params?: unknown[]) {
      const rows = await tx.query<T>(sql, params);
      // A NUL character in jsonb: SQLSTATE 22P05 from either driver.
      if (/^\s*(insert|update)/i.test(sql)) await tx.query('select $1::jsonb', ['"\\u0000"']);
      return rows;
    },
  });
  return { ...db, transaction: (fn) => db.transaction((tx) => fn(refusing(tx))) };
}

describeBackends('a value the database refuses', (t) => {
  function refusingApi() {
    const logger = createLogger('warn');
    const warned = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const failed = vi.spyOn(logger, 'error');
    return { api: apiClient(createApp({ db: refusingWrites(t.db), logger }), { cookie: t.me.cookie }), warned, failed };
  }

  it('answers 400 with nothing stored and logs a warning, not an error', async () => {
    const { api, warned, failed } = refusingApi();
    const res = await api.post('/api/workspaces', { name: 'Cēsis' });
    expectError(res, 400, 'bad_request', 'The request contains a value the database cannot store');
    expect(await listWorkspaces(t.api)).toEqual([]);
    expect(warned).toHaveBeenCalledWith(expect.stringMatching(/^POST \/api\/workspaces .*22P05/));
    expect(failed).not.toHaveBeenCalled();
  });

  it('rolls back the whole change: an item refused leaves the workspace as it was, and it still takes edits', async () => {
    const ws = await newWorkspace(t.api);
    const before = await getStrategy(t.api, ws.id);
    const { api } = refusingApi();
    const item = { id: crypto.randomUUID(), data: itemData('need', { title: 'Evening courses' }) };
    expectError(await api.post(`/api/workspaces/${ws.id}/items/need`, item), 400, 'bad_request', /cannot store/);
    expect(await getStrategy(t.api, ws.id)).toEqual(before);
    const plan = { data: { monitoring: 'Every quarter', review: '' } };
    expect((await t.api.put(`/api/workspaces/${ws.id}/sections/plan`, plan)).status).toBe(200);
  });
});
