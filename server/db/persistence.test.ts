import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app';
import { apiClient, getStrategy, listWorkspaces, newItem, newWorkspace } from '../test/helpers';
import { person } from '../test/people';
import { openDatabase } from './open';

describe('the embedded database in a directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'libri-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write across a restart', async () => {
    const first = await openDatabase({ dataDir: dir });
    const { api, cookie } = await person(first, createApp({ db: first }), 'lead@example.org');
    const ws = await newWorkspace(api, 'Cēsis');
    const need = await newItem(api, ws.id, 'need', { title: 'Evening courses' });
    await newItem(api, ws.id, 'partner', { name: 'Cēsis Library' });
    await api.put(`/api/workspaces/${ws.id}/sections/plan`, { data: { monitoring: 'Every quarter', review: '' } });
    await api.put(`/api/workspaces/${ws.id}/items/need/${need.id}`, {
      data: { ...need.data, title: 'Evening courses for adults' },
      version: 1,
    });
    const before = await getStrategy(api, ws.id);
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    // The session too is kept: the same cookie still works after the restart.
    const again = apiClient(createApp({ db: second }), { cookie });
    expect(await getStrategy(again, ws.id)).toEqual(before);
    expect((await listWorkspaces(again)).map((w) => w.name)).toEqual(['Cēsis']);
    expect(before.items.need[0]).toMatchObject({ version: 2, data: { title: 'Evening courses for adults' } });
    expect(before.sections.plan.data.monitoring).toBe('Every quarter');
    // Migrating again at start changed nothing and recorded nothing twice.
    expect(await second.query('select version from schema_migrations order by version')).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
      { version: 4 },
      { version: 5 },
      { version: 6 },
      { version: 7 },
      { version: 8 },
      { version: 9 },
      { version: 10 },
      { version: 11 },
    ]);
    await second.close();
  });
});
