import { EMPTY_ITEMS, EMPTY_SECTIONS, LIMITS } from '@/domain';
import type { Operation } from '@/domain';
import { describeBackends, getStrategy, listWorkspaces } from '../test/helpers';
import { leadEveryWorkspace } from '../test/people';
import { importWorkspace } from './import';

const need = (title: string, position?: number): Operation => ({
  type: 'createItem',
  kind: 'need',
  id: crypto.randomUUID(),
  data: { ...EMPTY_ITEMS.need, title },
  ...(position !== undefined ? { position } : {}),
});

describeBackends('importing a workspace in one go', (t) => {
  it('stores what the operations build: the last data of each section, items in order, all at version 1', async () => {
    const retried = need('B');
    const workspace = await importWorkspace(t.db, 'Cēsis', [
      { type: 'putSection', key: 'plan', data: { monitoring: 'First', review: '' } },
      need('A'),
      retried,
      retried,
      need('C'),
      need('Before all', 0),
      { type: 'putSection', key: 'plan', data: { monitoring: 'Every quarter', review: '' } },
    ]);
    await leadEveryWorkspace(t.db, t.me);
    const strategy = await getStrategy(t.api, workspace.id);
    expect(strategy.workspace).toEqual(workspace);
    expect(strategy.items.need.map((n) => [n.data.title, n.position, n.version])).toEqual([
      ['Before all', 0, 1],
      ['A', 1, 1],
      ['B', 2, 1],
      ['C', 3, 1],
    ]);
    expect(strategy.sections.plan).toEqual({
      version: 1,
      updatedAt: workspace.createdAt,
      updatedBy: null,
      data: { monitoring: 'Every quarter', review: '' },
    });
    expect(strategy.sections.vision).toEqual({ version: 0, updatedAt: null, data: EMPTY_SECTIONS.vision });
  });

  it(`refuses more than ${LIMITS.itemsPerKind} items of a kind, creating nothing`, async () => {
    const ops = Array.from({ length: LIMITS.itemsPerKind + 1 }, (_, i) => need(`Need ${i}`));
    await expect(importWorkspace(t.db, 'Too many', ops)).rejects.toMatchObject({ status: 400, code: 'limit' });
    expect(await listWorkspaces(t.api)).toEqual([]);
  });

  it(`refuses a workspace beyond ${LIMITS.workspaces}, creating nothing`, async () => {
    await t.db.query(
      `insert into workspaces (id, name, created_at, updated_at)
       select gen_random_uuid(), 'W' || n, now(), now() from generate_series(1, $1::int) n`,
      [LIMITS.workspaces],
    );
    await expect(importWorkspace(t.db, 'One too many', [need('A')])).rejects.toMatchObject({ code: 'limit' });
    await leadEveryWorkspace(t.db, t.me);
    expect(await listWorkspaces(t.api)).toHaveLength(LIMITS.workspaces);
    expect(await t.db.query('select id from items')).toEqual([]);
  });
});
