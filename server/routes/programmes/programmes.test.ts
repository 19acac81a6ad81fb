import { parse } from 'csv-parse/sync';
import latvian from '../../../locales/lv/programmes.json';
import { CSV_COLUMNS } from '@/domain/programme-csv';
import { itemPath } from '@/domain/compare-towns';
import type { TownComparison } from '@/domain/compare-towns';
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
    expectError(
      await admin.api.post('/api/programmes', programmeBody([])),
      400,
      'validation',
      undefined,
      'coordinators',
    );
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
      expect.objectContaining({
        workspaceId: workspace.id,
        municipality: 'Jelgava',
        hasLead: false,
        flags: ['noLead'],
      }),
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

  it('brings a strategy already written here into the programme by a link, its lead choosing which', async () => {
    const { admin, kristine } = await people();
    const latvia = await programme(admin.api, kristine);
    const valmiera = await newWorkspace(t.api, 'Valmiera — strategy');
    const partner = await person(t.db, t.app, 'partner@valmiera.example');
    await makeMember(t.db, valmiera.id, partner, 'contributor');

    expectError(await t.api.post(`/api/programmes/${latvia.id}/links`), 404, 'not_found');
    const made = await kristine.api.post<{ token: string; expiresAt: string }>(`/api/programmes/${latvia.id}/links`);
    expect(made.status).toBe(201);
    const token = made.body.token;
    const preview = await t.api.get<{ programme: { name: string }; invitedBy: string }>(
      `/api/programme-links/${token}`,
    );
    expect(preview.body).toMatchObject({ programme: { name: 'LiBri Latvia' }, invitedBy: 'kristine' });
    expectError(await t.anon.get(`/api/programme-links/${token}`), 401, 'unauthenticated');
    expectError(await t.api.get(`/api/programme-links/${'x'.repeat(43)}`), 404, 'not_found');

    // Only its lead brings a strategy in; a partner of it cannot, and nothing changes.
    expectError(
      await partner.api.post(`/api/programme-links/${token}/accept`, { workspaceId: valmiera.id }),
      403,
      'forbidden',
      /lead/,
      'workspaceId',
    );
    const joined = await t.api.post<{ id: string; programmeId: string }>(`/api/programme-links/${token}/accept`, {
      workspaceId: valmiera.id,
    });
    expect(joined.status).toBe(200);
    expect(joined.body.programmeId).toBe(latvia.id);
    const dashboard = (await kristine.api.get<Dashboard>(`/api/programmes/${latvia.id}/dashboard`)).body;
    expect(dashboard.towns.map((town) => town.workspaceId)).toEqual([valmiera.id]);
    expect((await kristine.api.get(`/api/workspaces/${valmiera.id}`)).status).toBe(200);

    // A link works once; a strategy belongs to one programme at most; a link expires.
    expectError(
      await t.api.post(`/api/programme-links/${token}/accept`, { workspaceId: valmiera.id }),
      410,
      'link_used',
    );
    const second = (await kristine.api.post<{ token: string }>(`/api/programmes/${latvia.id}/links`)).body.token;
    expectError(
      await t.api.post(`/api/programme-links/${second}/accept`, { workspaceId: valmiera.id }),
      409,
      'conflict',
      /already belongs/,
      'workspaceId',
    );
    await t.db.query(`update programme_links set expires_at = now() - interval '1 day' where used_at is null`);
    expectError(await t.api.get(`/api/programme-links/${second}`), 410, 'link_expired');
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
    const returned = await step(
      kristine.api,
      'returnToTown',
      'submitted',
      'The budget table lacks the funding sources.',
    );
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
    const coordinatorNotes = (await kristine.api.get<{ items: { action: string }[] }>('/api/notifications')).body.items;
    expect(coordinatorNotes.map((n) => n.action)).toContain('submitToCoordinator');
  });

  it('shows on the dashboard exactly what the stored strategies hold, in the same few queries for any number of towns', async () => {
    const { admin, kristine } = await people();
    const latvia = await programme(admin.api, kristine, { deadline: '2020-01-31' });
    const jelgava = await enrol(kristine.api, latvia.id, 'Jelgava');
    const ogre = await enrol(kristine.api, latvia.id, 'Ogre');
    const lead = await leadJoins(jelgava.invitation, 'lead@jelgava.example');
    const id = jelgava.workspace.id;
    const urgent = await newItem(lead.api, id, 'need', {
      title: 'Language courses',
      priority: 'high',
      themes: ['library.language'],
    });
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

    // The queries do not grow with the towns: a few at most, and one when no town has changed.
    const count = async () => {
      let queries = 0;
      const counting: Queryable = {
        query: (sql, params) => ((queries += 1), t.db.query(sql, params)),
        exec: (sql) => t.db.exec(sql),
      };
      const read = await readDashboard(counting, dashboard.programme, new Date());
      return { queries, read };
    };
    expect((await count()).queries).toBe(1);
    for (const town of ['Tukums', 'Sigulda', 'Kuldīga', 'Rēzekne']) await enrol(kristine.api, latvia.id, town);
    expect((await count()).queries).toBeLessThanOrEqual(3);
    expect((await count()).queries).toBe(1);

    // A change of one town's content shows at once, whatever was read before.
    await newItem(lead.api, id, 'need', { title: 'Evening opening', priority: 'low' });
    const { queries, read } = await count();
    expect(queries).toBeLessThanOrEqual(3);
    expect(read.towns.find((town) => town.workspaceId === id)).toMatchObject({ needs: 3 });
  });
});

describeBackends('the programme as a spreadsheet', (t) => {
  // A leading tab or carriage return cannot be stored (texts are trimmed); the domain's test writes those.
  const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+1', '-2+3', '@SUM(A1:A9)'];
  const LETTERS = 'Ķeguma ņūdienas šķūnis — Łódź żółć — Šiaulių ąčęėįšųūž';

  async function programmeWithHostileTown() {
    const admin = await person(t.db, t.app, 'admin@kisc.example', 'admin');
    const kristine = await person(t.db, t.app, 'kristine@kisc.example');
    const created = await admin.api.post<Programme>('/api/programmes', {
      name: 'LiBri Latvija — Łódź test',
      country: 'LV',
      deadline: '2027-03-31',
      language: 'lv',
      coordinators: [kristine.email],
    });
    const enrolled = await kristine.api.post<EnrolledTown>(`/api/programmes/${created.body.id}/towns`, {
      name: 'Rēzekne — stratēģija',
      municipality: 'Rēzekne',
    });
    const lead = await person(t.db, t.app, 'lead@rezekne.example');
    await lead.api.post(`/api/invitations/${enrolled.body.invitation.token}/accept`);
    const id = enrolled.body.workspace.id;
    const partner = await newItem(lead.api, id, 'partner', { name: 'Latgales Centrālā bibliotēka' });
    const needs = [];
    for (const title of HOSTILE) needs.push(await newItem(lead.api, id, 'need', { title, description: LETTERS }));
    await newItem(lead.api, id, 'need', {
      title: 'Valodas kursi; "vakaros", ar\nrindu',
      themes: ['library.language', 'eu.education'],
      targetGroups: ['women'],
      priority: 'high',
    });
    const rec = await newItem(lead.api, id, 'recommendation', {
      title: 'Sarunu klubi',
      needIds: [needs[0]!.id, needs[2]!.id],
    });
    await newItem(lead.api, id, 'action', {
      title: 'Nedēļas klubs',
      recommendationId: rec.id,
      leadPartnerId: partner.id,
      startMonth: '2026-03',
      endMonth: '2026-12',
      budget: 7200.5,
      currency: 'EUR',
      fundingSource: '=cmd|calc',
      indicators: [
        { id: crypto.randomUUID(), name: 'Dalībnieki', baseline: 0, target: 80.5, unit: '%', verification: '' },
      ],
    });
    return { programme: created.body, coordinator: kristine };
  }

  async function download(api: ApiClient, path: string) {
    const res = await api.open(path);
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  it('reads back exactly, letter for letter, with every formula neutralised and numbers as numbers (Latvian: semicolons, decimal comma)', async () => {
    const { programme, coordinator } = await programmeWithHostileTown();
    const { res, bytes } = await download(coordinator.api, `/api/programmes/${programme.id}/items.csv?lang=lv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="libri-latvija-lodz-test-items-\d{4}-\d{2}-\d{2}-lv\.csv"$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const rows: string[][] = parse(Buffer.from(bytes), { bom: true, delimiter: ';', relax_column_count: false });
    const [header, ...items] = rows;
    // The header in Latvian, as the translation file has it.
    expect(header).toEqual(CSV_COLUMNS.map((c) => latvian.csv.columns[c]));
    const byTitle = new Map(items.map((r) => [r[3], r]));
    // Each hostile title comes back as text: an apostrophe first, then exactly what was typed.
    for (const title of HOSTILE) {
      const row = byTitle.get(`'${title}`);
      expect(row, title).toBeDefined();
      expect(row?.[4]).toBe(LETTERS);
      expect(row?.[0]).toBe('Rēzekne');
    }
    expect(items.every((r) => !/^[=+\-@\t\r]/.test(r.join('')) && r.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(
      true,
    );
    const quoted = byTitle.get('Valodas kursi; "vakaros", ar\nrindu');
    expect(quoted?.slice(5, 8)).toEqual([expect.stringContaining('; '), expect.any(String), expect.any(String)]);
    const action = items.find((r) => r[3] === 'Nedēļas klubs');
    expect(action?.slice(8, 16)).toEqual([
      expect.stringMatching(/^IE1$/),
      'Latgales Centrālā bibliotēka',
      '2026-03',
      '2026-12',
      '7200,5',
      'EUR',
      "'=cmd|calc",
      'Dalībnieki 0 → 80,5 %',
    ]);
    // The number is written bare, never quoted: a spreadsheet reads it as a number.
    expect(new TextDecoder().decode(bytes)).toContain(';7200,5;EUR;');
    const rec = items.find((r) => r[3] === 'Sarunu klubi');
    expect(rec?.[8]).toBe('V1; V3');
  });

  it('writes commas and decimal points in English, refuses an unknown language, and shows no other programme', async () => {
    const { programme, coordinator } = await programmeWithHostileTown();
    const { bytes } = await download(coordinator.api, `/api/programmes/${programme.id}/items.csv?lang=en`);
    const rows: string[][] = parse(Buffer.from(bytes), { bom: true, delimiter: ',' });
    expect(rows[0]?.slice(0, 4)).toEqual(['Town', 'Section', 'Code', 'Title']);
    expect(rows.find((r) => r[3] === 'Nedēļas klubs')?.[12]).toBe('7200.5');
    expectError(
      await coordinator.api.get(`/api/programmes/${programme.id}/items.csv?lang=xx`),
      400,
      'bad_request',
      /language/,
      'lang',
    );
    const stranger = await person(t.db, t.app, 'piotr@frsi.example');
    expectError(await stranger.api.get(`/api/programmes/${programme.id}/items.csv`), 404, 'not_found');
  });
});

describeBackends('towns side by side', (t) => {
  async function threeTowns() {
    const admin = await person(t.db, t.app, 'admin@kisc.example', 'admin');
    const kristine = await person(t.db, t.app, 'kristine@kisc.example');
    const programme = (
      await admin.api.post<Programme>('/api/programmes', {
        name: 'LiBri Latvia',
        country: 'LV',
        deadline: '2027-03-31',
        language: 'lv',
        coordinators: [kristine.email],
      })
    ).body;
    const towns = [];
    for (const municipality of ['Jelgava', 'Ogre', 'Tukums']) {
      const { workspace, invitation } = (
        await kristine.api.post<EnrolledTown>(`/api/programmes/${programme.id}/towns`, {
          name: `${municipality} — strategy`,
          municipality,
        })
      ).body;
      const lead = await person(t.db, t.app, `lead@${municipality.toLowerCase()}.example`);
      await lead.api.post(`/api/invitations/${invitation.token}/accept`);
      towns.push({ id: workspace.id, lead });
    }
    return { programme, kristine, towns };
  }

  it('lines up similar items in one row per theme, says which town alone has a theme, and links each item to its place', async () => {
    const { programme, kristine, towns } = await threeTowns();
    const [jelgava, ogre] = towns as [(typeof towns)[0], (typeof towns)[0]];
    await newItem(jelgava.lead.api, jelgava.id, 'need', { title: 'Latvian courses', themes: ['library.language'] });
    await newItem(jelgava.lead.api, jelgava.id, 'need', {
      title: 'Clinic information',
      themes: ['eu.health', 'library.information'],
    });
    await newItem(ogre.lead.api, ogre.id, 'need', { title: 'Conversation practice', themes: ['library.language'] });
    await newItem(ogre.lead.api, ogre.id, 'need', { title: 'Untagged need' });
    const rec = await newItem(ogre.lead.api, ogre.id, 'recommendation', {
      title: 'Clubs',
      themes: ['library.language'],
    });
    await newItem(ogre.lead.api, ogre.id, 'action', {
      title: 'Weekly club',
      recommendationId: rec.id,
      indicators: [
        { id: crypto.randomUUID(), name: 'Participants', baseline: 0, target: 40, unit: 'people', verification: '' },
      ],
    });

    const compare = (section: string, ids: string[]) =>
      kristine.api.get<TownComparison>(
        `/api/programmes/${programme.id}/compare?section=${section}&towns=${ids.join(',')}`,
      );
    const needs = (await compare('need', [jelgava.id, ogre.id])).body;
    expect(needs.towns.map((town) => town.municipality)).toEqual(['Jelgava', 'Ogre']);
    const row = (theme: string) => needs.rows.find((r) => r.theme === theme);
    expect(needs.rows.map((r) => r.theme)).toEqual(['eu.health', 'library.information', 'library.language', 'none']);
    expect(row('library.language')?.items[jelgava.id]?.map((i) => i.title)).toEqual(['Latvian courses']);
    expect(row('library.language')?.items[ogre.id]?.map((i) => `${i.code} ${i.title}`)).toEqual([
      'N1 Conversation practice',
    ]);
    expect(row('library.language')?.only).toEqual([]);
    expect(row('eu.health')?.only).toEqual([jelgava.id]);
    expect(row('none')?.only).toEqual([ogre.id]);
    expect(itemPath(ogre.id, 'need', row('none')?.items[ogre.id]?.[0]?.itemId ?? '')).toMatch(
      new RegExp(`^/w/${ogre.id}/needs\\?item=`),
    );

    // Actions and indicators line up under the themes of the recommendation they carry out.
    const actions = (await compare('action', [ogre.id, jelgava.id])).body;
    expect(actions.rows).toEqual([
      {
        theme: 'library.language',
        items: { [ogre.id]: [expect.objectContaining({ code: 'A1', title: 'Weekly club' })], [jelgava.id]: [] },
        only: [ogre.id],
      },
    ]);
    const indicators = (await compare('indicator', [ogre.id, jelgava.id])).body;
    expect(indicators.rows[0]?.items[ogre.id]).toEqual([
      expect.objectContaining({ code: 'A1.1', title: 'Participants', detail: '0 → 40 people', kind: 'action' }),
    ]);
  });

  it('refuses one town, five towns, an unknown section, and a town outside the programme', async () => {
    const { programme, kristine, towns } = await threeTowns();
    const ids = towns.map((town) => town.id);
    const path = (query: string) => `/api/programmes/${programme.id}/compare?${query}`;
    expectError(await kristine.api.get(path(`section=need&towns=${ids[0]}`)), 400, 'bad_request', /2 to 4/, 'towns');
    expectError(
      await kristine.api.get(path(`section=need&towns=${ids[0]},${ids[0]}`)),
      400,
      'bad_request',
      /2 to 4/,
      'towns',
    );
    const five = [...ids, crypto.randomUUID(), crypto.randomUUID()].join(',');
    expectError(await kristine.api.get(path(`section=need&towns=${five}`)), 400, 'bad_request', /2 to 4/, 'towns');
    expectError(
      await kristine.api.get(path(`section=vision&towns=${ids.join(',')}`)),
      400,
      'bad_request',
      /section/,
      'section',
    );
    const outside = await newWorkspace(t.api, 'Valmiera, outside');
    expectError(await kristine.api.get(path(`section=need&towns=${ids[0]},${outside.id}`)), 404, 'not_found');
    expect((await kristine.api.get(path(`section=need&towns=${ids.join(',')}`))).status).toBe(200);
  });
});
