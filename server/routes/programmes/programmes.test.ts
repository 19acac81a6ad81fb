import { expect, it } from 'vitest';
import type { ApiErrorResponse, CreatedInvitation, SessionInfo, Strategy, WorkflowInfo } from '@/domain';
import { townProgress } from '@/domain/programmes';
import type { Dashboard, EnrolledTown, Programme, TownProgress } from '@/domain/programmes';
import type { Queryable } from '../../db/database';
import { readDashboard } from '../../store/programmes';
import type { ApiClient } from '../../test/api-client';
import { describeBackends, expectError, getStrategy, newItem, newWorkspace, UNKNOWN_ID } from '../../test/helpers';
import { makeMember, person } from '../../test/people';
import type { Person } from '../../test/people';

// Programmes on the server: an administrator creates one and names its coordinators; a
// coordinator enrols towns, observes them (reads, comments, returns or accepts a submission)
// and sees nothing outside their programmes; a town's people never see another town. The
// dashboard's figures are the domain's, from the stored data, in a fixed number of queries.

describeBackends('programmes and their coordinators', (t) => {
  async function people() {
    const admin = await person(t.db, t.app, 'admin@kisc.example', 'admin');
    const kristine = await person(t.db, t.app, 'kristine@kisc.example');
    const piotr = await person(t.db, t.app, 'piotr@frsi.example');
    return { admin, kristine, piotr };
  }

  const programmeBody = (coordinators: string[], patch: Record<string, unknown> = {}) => ({
    name: 'LiBri Latvia',
    country: 'LV',
    deadline: '2027-03-31',
    language: 'lv',
    coordinators,
    ...patch,
  });

  async function programme(admin: ApiClient, coordinator: Person, patch: Record<string, unknown> = {}) {
    const res = await admin.post<Programme>('/api/programmes', programmeBody([coordinator.email], patch));
    expect(res.status).toBe(201);
    return res.body;
  }

  async function enrol(coordinator: ApiClient, programmeId: string, municipality: string) {
    const res = await coordinator.post<EnrolledTown>(`/api/programmes/${programmeId}/towns`, {
      name: `${municipality} — integration strategy`,
      municipality,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** The town's lead joins through the link the coordinator was shown. */
  async function leadJoins(invitation: CreatedInvitation, email: string) {
    const lead = await person(t.db, t.app, email);
    const res = await lead.api.post(`/api/invitations/${invitation.token}/accept`);
    expect(res.status).toBe(200);
    return lead;
  }

  it('lets an administrator create a programme whose named accounts become its coordinators', async () => {
    const { admin, kristine } = await people();
    const created = await programme(admin.api, kristine);
    expect(created).toMatchObject({
      name: 'LiBri Latvia',
      country: 'LV',
      deadline: '2027-03-31',
      language: 'lv',
      townCount: 0,
      coordinators: [{ id: kristine.id, email: kristine.email }],
    });
    const session = (await kristine.api.get<SessionInfo>('/api/auth/session')).body;
    expect(session.user.systemRole).toBe('coordinator');
    expect((await kristine.api.get<Programme[]>('/api/programmes')).body.map((p) => p.id)).toEqual([created.id]);
  });

  it('refuses a programme from anyone but an administrator, and one naming an unknown account, creating nothing', async () => {
    const { admin, kristine } = await people();
    expectError(await kristine.api.post('/api/programmes', programmeBody([kristine.email])), 403, 'forbidden');
    expectError(
      await admin.api.post('/api/programmes', programmeBody(['nobody@nowhere.example'])),
      400,
      'validation',
      /nobody@nowhere\.example/,
      'coordinators',
    );
    expectError(
      await admin.api.post('/api/programmes', programmeBody([kristine.email], { deadline: '31.03.2027' })),
      400,
      'validation',
      undefined,
      'deadline',
    );
    expectError(await admin.api.post('/api/programmes', programmeBody([])), 400, 'validation', undefined, 'coordinators');
    expect((await admin.api.get<Programme[]>('/api/programmes')).body).toEqual([]);
  });

  it('shows each coordinator only their own programmes, and a programme of someone else as not found', async () => {
    const { admin, kristine, piotr } = await people();
    const latvia = await programme(admin.api, kristine);
    const poland = await programme(admin.api, piotr, { name: 'LiBri Poland', country: 'PL', language: 'pl' });
    expect((await kristine.api.get<Programme[]>('/api/programmes')).body.map((p) => p.name)).toEqual(['LiBri Latvia']);
    expect((await piotr.api.get<Programme[]>('/api/programmes')).body.map((p) => p.name)).toEqual(['LiBri Poland']);
    expect((await t.api.get<Programme[]>('/api/programmes')).body).toEqual([]);
    expect((await admin.api.get<Programme[]>('/api/programmes')).body).toHaveLength(2);
    for (const path of [`/api/programmes/${poland.id}`, `/api/programmes/${poland.id}/dashboard`]) {
      expectError(await kristine.api.get(path), 404, 'not_found');
    }
    expectError(await kristine.api.get(`/api/programmes/${UNKNOWN_ID}`), 404, 'not_found');
    expectError(await kristine.api.get('/api/programmes/not-an-id'), 404, 'not_found');
    expectError(
      await piotr.api.post(`/api/programmes/${latvia.id}/towns`, { name: 'Jelgava', municipality: 'Jelgava' }),
      404,
      'not_found',
    );
    expect((await kristine.api.get<Programme>(`/api/programmes/${latvia.id}`)).body.name).toBe('LiBri Latvia');
  });

  it('lets a coordinator enrol a town, whose lead joins by the link; the coordinator observes it and nothing else', async () => {
    const { admin, kristine } = await people();
    const latvia = await programme(admin.api, kristine);
    const elsewhere = await newWorkspace(t.api, 'Valmiera, outside the programme');
    const { workspace, invitation } = await enrol(kristine.api, latvia.id, 'Jelgava');
    expect(invitation.role).toBe('lead');

    const before = (await kristine.api.get<Dashboard>(`/api/programmes/${latvia.id}/dashboard`)).body;
    expect(before.towns).toEqual([
      expect.objectContaining({ workspaceId: workspace.id, municipality: 'Jelgava', hasLead: false, flags: ['noLead'] }),
    ]);

    const lead = await leadJoins(invitation, 'lead@jelgava.example');
    const strategy = await getStrategy(lead.api, workspace.id);
    expect(strategy.sections.partnership.data).toMatchObject({ municipality: 'Jelgava', country: 'LV' });

    // The coordinator reads and comments, but never writes the town's content or sees its members' tools.
    expect((await kristine.api.get<Strategy>(`/api/workspaces/${workspace.id}`)).status).toBe(200);
    const comment = await kristine.api.post<{ author: { role: string } }>(`/api/workspaces/${workspace.id}/comments`, {
      anchor: 'strategy',
      body: 'Please add the library’s opening hours to the diagnosis.',
    });
    expect(comment.status).toBe(201);
    expect(comment.body.author.role).toBe('coordinator');
    expectError(
      await kristine.api.put(`/api/workspaces/${workspace.id}/sections/vision`, {
        changes: { vision: 'Written by the coordinator' },
        base: { vision: '' },
      }),
      403,
      'forbidden',
      /coordinator/,
    );
    expectError(await kristine.api.get(`/api/workspaces/${workspace.id}/invitations`), 403, 'forbidden');
    expectError(await kristine.api.get(`/api/workspaces/${elsewhere.id}`), 404, 'not_found');

    // The coordinator's session lists the towns they observe; the town's lead never sees another town.
    const session = (await kristine.api.get<SessionInfo>('/api/auth/session')).body;
    expect(session.coordinates).toEqual([workspace.id]);
    expect(session.memberships).toEqual({});
    expectError(await lead.api.get(`/api/workspaces/${elsewhere.id}`), 404, 'not_found');
    expectError(await lead.api.get(`/api/programmes/${latvia.id}/dashboard`), 404, 'not_found');
    expectError(await t.api.get(`/api/workspaces/${workspace.id}`), 404, 'not_found');
  });

  it('lets only the programme’s coordinator return or accept a submission, with feedback', async () => {
    const { admin, kristine, piotr } = await people();
    const latvia = await programme(admin.api, kristine);
    await programme(admin.api, piotr, { name: 'LiBri Poland', country: 'PL' });
    const { workspace, invitation } = await enrol(kristine.api, latvia.id, 'Ogre');
    const lead = await leadJoins(invitation, 'lead@ogre.example');
    const reviewer = await person(t.db, t.app, 'reviewer@ogre.example');
    await makeMember(t.db, workspace.id, reviewer, 'reviewer');
    const step = (api: ApiClient, action: string, from: string, comment?: string) =>
      api.post<ApiErrorResponse & { state: string }>(`/api/workspaces/${workspace.id}/workflow`, {
        action,
        from,
        ...(comment ? { comment } : {}),
      });
    expect((await step(lead.api, 'submitForReview', 'draft')).status).toBe(200);
    expectError(await step(kristine.api, 'approve', 'inReview'), 403, 'forbidden');
    expect((await step(reviewer.api, 'approve', 'inReview')).status).toBe(200);
    expect((await step(lead.api, 'submitToCoordinator', 'approved')).status).toBe(200);

    expectError(await step(lead.api, 'accept', 'submitted'), 403, 'forbidden');
    expectError(await step(piotr.api, 'accept', 'submitted'), 404, 'not_found');
    expectError(await step(kristine.api, 'returnToTown', 'submitted'), 400, 'validation', undefined, 'comment');
    const returned = await step(kristine.api, 'returnToTown', 'submitted', 'The budget table lacks the funding sources.');
    expect(returned.body.state).toBe('returned');
    const info = (await lead.api.get<WorkflowInfo>(`/api/workspaces/${workspace.id}/workflow`)).body;
    expect(info.entries[0]).toMatchObject({
      action: 'returnToTown',
      comment: 'The budget table lacks the funding sources.',
      by: { id: kristine.id },
    });
    // The lead is told; the coordinator was told of the submission.
    const leadNotes = (await lead.api.get<{ items: { action: string }[] }>('/api/notifications')).body.items;
    expect(leadNotes.map((n) => n.action)).toContain('returnToTown');
    const coordinatorNotes = (await kristine.api.get<{ items: { action: string }[] }>('/api/notifications')).body
      .items;
    expect(coordinatorNotes.map((n) => n.action)).toContain('submitToCoordinator');
  });

  it('shows on the dashboard exactly what the stored strategies hold, in the same few queries for any number of towns', async () => {
    const { admin, kristine } = await people();
    const latvia = await programme(admin.api, kristine, { deadline: '2020-01-31' });
    const jelgava = await enrol(kristine.api, latvia.id, 'Jelgava');
    const ogre = await enrol(kristine.api, latvia.id, 'Ogre');
    const lead = await leadJoins(jelgava.invitation, 'lead@jelgava.example');
    const id = jelgava.workspace.id;
    const urgent = await newItem(lead.api, id, 'need', { title: 'Language courses', priority: 'high', themes: ['library.language'] });
    await newItem(lead.api, id, 'need', { title: 'Homework help', priority: 'high' });
    const partner = await newItem(lead.api, id, 'partner', { name: 'Jelgava City Library', type: 'library' });
    const rec = await newItem(lead.api, id, 'recommendation', { title: 'Conversation clubs', needIds: [urgent.id] });
    await newItem(lead.api, id, 'action', {
      title: 'Weekly club',
      recommendationId: rec.id,
      leadPartnerId: partner.id,
      budget: 1200.1,
      currency: 'EUR',
    });
    await newItem(lead.api, id, 'action', { title: 'Club leaflets', budget: 300.2, currency: 'EUR' });
    await newItem(lead.api, id, 'action', { title: 'Study visit to Vilnius', budget: 900, currency: 'PLN' });
    await kristine.api.post(`/api/workspaces/${id}/comments`, { anchor: 'strategy', body: 'Looks promising.' });

    const dashboard = (await kristine.api.get<Dashboard>(`/api/programmes/${latvia.id}/dashboard`)).body;
    expect(dashboard.daysToDeadline).toBeLessThan(0);
    expect(dashboard.programme.townCount).toBe(2);
    const row = dashboard.towns.find((town) => town.workspaceId === id) as TownProgress;
    const stored = await getStrategy(lead.api, id);
    const expected = townProgress(
      stored,
      { openComments: 1, lastActivity: row.lastActivity, hasLead: true },
      '2020-01-31',
      new Date(),
    );
    expect(row).toEqual(expected);
    expect(row).toMatchObject({
      needs: 2,
      recommendations: 1,
      actions: 3,
      openComments: 1,
      budget: [
        { currency: 'EUR', amount: 1500.3 },
        { currency: 'PLN', amount: 900 },
      ],
      flags: ['overdue'],
    });
    // One high-priority need unaddressed; three actions without an indicator, two without a lead or a recommendation.
    expect(row.warnings).toBe(1 + 3 + 2 * 2);
    expect(dashboard.towns.find((town) => town.workspaceId === ogre.workspace.id)?.flags).toEqual([
      'overdue',
      'noLead',
    ]);

    // The queries do not grow with the towns.
    const count = async () => {
      let queries = 0;
      const counting: Queryable = {
        query: (sql, params) => ((queries += 1), t.db.query(sql, params)),
        exec: (sql) => t.db.exec(sql),
      };
      await readDashboard(counting, dashboard.programme, new Date());
      return queries;
    };
    const withTwo = await count();
    for (const town of ['Tukums', 'Sigulda', 'Kuldīga', 'Rēzekne']) await enrol(kristine.api, latvia.id, town);
    expect(await count()).toBe(withTwo);
  });
});
