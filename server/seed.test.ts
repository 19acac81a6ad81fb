import { SAMPLE_WORKSPACE_NAME, StrategySchema } from '@/domain';
import { seedSampleIfEmpty } from './seed';
import { leadEveryWorkspace } from './test/people';
import { describeBackends, getStrategy, listWorkspaces, newWorkspace } from './test/helpers';

describeBackends('the sample workspace', (t) => {
  it('is created on an empty install, once, with links intact', async () => {
    const sample = await seedSampleIfEmpty(t.db);
    expect(sample?.name).toBe(SAMPLE_WORKSPACE_NAME);
    await leadEveryWorkspace(t.db, t.me);
    expect(await seedSampleIfEmpty(t.db)).toBeUndefined();
    expect(await listWorkspaces(t.api)).toHaveLength(1);

    const strategy = StrategySchema.parse(await getStrategy(t.api, sample?.id as string));
    expect(strategy.items.partner).toHaveLength(4);
    expect(strategy.sections.partnership).toMatchObject({ version: 1, data: { municipality: 'Valmiera' } });
    const needIds = new Set(strategy.items.need.map((n) => n.id));
    for (const rec of strategy.items.recommendation)
      for (const id of rec.data.needIds) expect(needIds.has(id)).toBe(true);
  });

  it('is not added to an install that has workspaces', async () => {
    await newWorkspace(t.api, 'Ours');
    expect(await seedSampleIfEmpty(t.db)).toBeUndefined();
    expect((await listWorkspaces(t.api)).map((w) => w.name)).toEqual(['Ours']);
  });
});
