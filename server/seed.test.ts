import { SAMPLE_WORKSPACE_NAME, StrategySchema, WORKFLOW_STATES } from '@/domain';
import type { WorkflowInfo } from '@/domain';
import type { Dashboard, Programme } from '@/domain/programmes';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedSampleIfEmpty } from './seed';
import { DEMO_PROGRAMME_NAME } from './seed/demo-programme';
import { leadEveryWorkspace, person } from './test/people';
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

describeBackends('the demo accounts and the demo programme', (t) => {
  it('give the demo coordinator a programme of ten towns at every stage, once', async () => {
    const sample = await seedSampleIfEmpty(t.db);
    expect(await seedDemoAccounts(t.db, sample)).toBe(DEMO_ACCOUNTS.length);
    expect(await seedDemoAccounts(t.db, sample)).toBe(0);
    const coordinator = await person(t.db, t.app, 'coordinator@example.org');
    const programmes = (await coordinator.api.get<Programme[]>('/api/programmes')).body;
    // Ten demo towns and the sample strategy.
    expect(programmes.map((p) => [p.name, p.townCount])).toEqual([[DEMO_PROGRAMME_NAME, 11]]);
    const dashboard = (await coordinator.api.get<Dashboard>(`/api/programmes/${programmes[0]?.id}/dashboard`)).body;
    expect(dashboard.daysToDeadline).toBeGreaterThan(30);
    expect(new Set(dashboard.towns.map((town) => town.state))).toEqual(new Set(WORKFLOW_STATES));
    expect(dashboard.towns.every((town) => town.hasLead)).toBe(true);
    expect(dashboard.towns.map((town) => town.municipality)).toContain('Valmiera');
    expect(dashboard.towns.filter((town) => town.flags.includes('stalled')).length).toBeGreaterThanOrEqual(2);
    expect(dashboard.towns.some((town) => town.percent === 100 && town.warnings === 0)).toBe(true);
    expect(dashboard.towns.some((town) => town.warnings > 0)).toBe(true);

    // A returned town shows why, in its history; the lead of the sample never sees another town.
    const returned = dashboard.towns.find((town) => town.state === 'returned');
    const info = (await coordinator.api.get<WorkflowInfo>(`/api/workspaces/${returned?.workspaceId}/workflow`)).body;
    expect(info.entries.map((e) => e.action)).toEqual([
      'returnToTown',
      'submitToCoordinator',
      'approve',
      'submitForReview',
    ]);
    expect(info.entries[0]?.comment).toMatch(/indicators/);
    const lead = await person(t.db, t.app, 'lead@example.org');
    expect((await listWorkspaces(lead.api)).map((w) => w.name)).toEqual([SAMPLE_WORKSPACE_NAME]);
    const other = await person(t.db, t.app, 'other-lead@example.org');
    expect((await other.api.get(`/api/workspaces/${returned?.workspaceId}`)).status).toBe(404);
  });
});
