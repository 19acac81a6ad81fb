import { expect, it } from 'vitest';
import type { StoredItem } from '@/domain';
import type { GoodPractice, TownPractice } from '@/domain/good-practice';
import type { EnrolledTown, Programme } from '@/domain/programmes';
import type { ApiClient } from '../../test/api-client';
import { describeBackends, expectError, getStrategy, newItem, newWorkspace } from '../../test/helpers';
import { makeMember, person } from '../../test/people';

// Good practice: the coordinator marks a town's action with a note; every town of the programme
// sees it, the towns whose needs match first, and copies it into its plan, linked to its source.

describeBackends('good practice of a programme', (t) => {
  async function programme() {
    const admin = await person(t.db, t.app, 'admin@kisc.example', 'admin');
    const kristine = await person(t.db, t.app, 'kristine@kisc.example');
    const created = (
      await admin.api.post<Programme>('/api/programmes', {
        name: 'LiBri Latvia',
        country: 'LV',
        deadline: '2027-03-31',
        language: 'lv',
        coordinators: [kristine.email],
      })
    ).body;
    const towns: Record<string, { id: string; lead: ApiClient }> = {};
    for (const municipality of ['Jelgava', 'Ogre', 'Tukums']) {
      const { workspace, invitation } = (
        await kristine.api.post<EnrolledTown>(`/api/programmes/${created.id}/towns`, {
          name: `${municipality} — strategy`,
          municipality,
        })
      ).body;
      const lead = await person(t.db, t.app, `lead@${municipality.toLowerCase()}.example`);
      await lead.api.post(`/api/invitations/${invitation.token}/accept`);
      towns[municipality] = { id: workspace.id, lead: lead.api };
    }
    return {
      programme: created,
      kristine,
      towns: towns as Record<'Jelgava' | 'Ogre' | 'Tukums', { id: string; lead: ApiClient }>,
    };
  }

  it('lets the coordinator mark an action, shows it to every town with the matching ones first, and copies it into a plan', async () => {
    const { programme: p, kristine, towns } = await programme();
    const { Jelgava, Ogre, Tukums } = towns;
    const need = await newItem(Jelgava.lead, Jelgava.id, 'need', {
      title: 'Women do not find the library',
      themes: ['library.safeSpace'],
      targetGroups: ['women'],
    });
    const rec = await newItem(Jelgava.lead, Jelgava.id, 'recommendation', {
      title: 'A safe space for women',
      themes: ['library.safeSpace', 'eu.participation'],
      needIds: [need.id],
    });
    const action = await newItem(Jelgava.lead, Jelgava.id, 'action', {
      title: 'Women’s morning in the library',
      description: 'Weekly, with childcare',
      recommendationId: rec.id,
      resources: 'Two staff, a volunteer',
      budget: 2400,
      indicators: [
        { id: crypto.randomUUID(), name: 'Participants', baseline: 0, target: 30, unit: 'women', verification: 'List' },
      ],
    });
    await newItem(Ogre.lead, Ogre.id, 'need', {
      title: 'Isolation of mothers',
      themes: ['library.safeSpace'],
      targetGroups: ['women'],
    });
    await newItem(Tukums.lead, Tukums.id, 'need', {
      title: 'Jobs',
      themes: ['eu.employment'],
      targetGroups: ['workers'],
    });

    const marked = await kristine.api.post<GoodPractice>(`/api/programmes/${p.id}/good-practice`, {
      workspaceId: Jelgava.id,
      kind: 'action',
      itemId: action.id,
      note: 'Childcare made it work: 30 women every week.',
    });
    expect(marked.status).toBe(201);
    expect(marked.body).toMatchObject({
      kind: 'action',
      town: { workspaceId: Jelgava.id, name: 'Jelgava' },
      content: {
        title: 'Women’s morning in the library',
        themes: ['library.safeSpace', 'eu.participation'],
        targetGroups: ['women'],
        resources: 'Two staff, a volunteer',
      },
    });
    // Marking it again changes the note, not the number of entries.
    const again = await kristine.api.post<GoodPractice>(`/api/programmes/${p.id}/good-practice`, {
      workspaceId: Jelgava.id,
      kind: 'action',
      itemId: action.id,
      note: 'Childcare made it work.',
    });
    expect(again.status).toBe(200);
    expect((await kristine.api.get<GoodPractice[]>(`/api/programmes/${p.id}/good-practice`)).body).toHaveLength(1);

    // Ogre's needs match (safe space, women); Tukums's do not: both see it, Ogre with why.
    const ogreSees = (await Ogre.lead.get<TownPractice[]>(`/api/workspaces/${Ogre.id}/good-practice`)).body;
    expect(ogreSees[0]?.matches).toEqual({ themes: ['library.safeSpace'], targetGroups: ['women'] });
    const tukumsSees = (await Tukums.lead.get<TownPractice[]>(`/api/workspaces/${Tukums.id}/good-practice`)).body;
    expect(tukumsSees[0]?.matches).toEqual({ themes: [], targetGroups: [] });

    const copyId = crypto.randomUUID();
    const copied = await Ogre.lead.post<{ item: StoredItem<'action'> }>(
      `/api/workspaces/${Ogre.id}/good-practice/${marked.body.id}/copy`,
      { id: copyId },
    );
    expect(copied.status).toBe(201);
    const strategy = await getStrategy(Ogre.lead, Ogre.id);
    const item = strategy.items.action.find((a) => a.id === copyId);
    expect(item?.data).toMatchObject({
      title: 'Women’s morning in the library',
      description: 'Weekly, with childcare',
      resources: 'Two staff, a volunteer',
      budget: null,
      recommendationId: '',
    });
    // Its own indicators: the same names, no baseline or target yet, new ids.
    expect(item?.data.indicators).toEqual([
      expect.objectContaining({ name: 'Participants', baseline: null, target: null, unit: 'women' }),
    ]);
    expect(item?.data.indicators[0]?.id).not.toBe(action.data.indicators[0]?.id);
    const after = (await Ogre.lead.get<TownPractice[]>(`/api/workspaces/${Ogre.id}/good-practice`)).body;
    expect(after[0]?.copiedAs).toBe(copyId);
  });

  it('keeps the library inside the programme: only coordinators mark, no town copies another programme’s entry', async () => {
    const { programme: p, kristine, towns } = await programme();
    const { Jelgava, Ogre } = towns;
    const rec = await newItem(Jelgava.lead, Jelgava.id, 'recommendation', { title: 'Conversation clubs' });
    const body = { workspaceId: Jelgava.id, kind: 'recommendation', itemId: rec.id, note: 'Cheap and loved.' };
    expectError(await Jelgava.lead.post(`/api/programmes/${p.id}/good-practice`, body), 404, 'not_found');
    expectError(
      await kristine.api.post(`/api/programmes/${p.id}/good-practice`, { ...body, note: '  ' }),
      400,
      'validation',
      undefined,
      'note',
    );
    expectError(
      await kristine.api.post(`/api/programmes/${p.id}/good-practice`, { ...body, kind: 'action' }),
      404,
      'not_found',
      /Item/,
    );
    const outside = await newWorkspace(t.api, 'Valmiera, outside');
    expectError(
      await kristine.api.post(`/api/programmes/${p.id}/good-practice`, { ...body, workspaceId: outside.id }),
      404,
      'not_found',
    );
    const marked = (await kristine.api.post<GoodPractice>(`/api/programmes/${p.id}/good-practice`, body)).body;

    // A town outside the programme sees nothing and copies nothing.
    expect((await t.api.get<TownPractice[]>(`/api/workspaces/${outside.id}/good-practice`)).body).toEqual([]);
    expectError(
      await t.api.post(`/api/workspaces/${outside.id}/good-practice/${marked.id}/copy`, { id: crypto.randomUUID() }),
      404,
      'not_found',
      /good practice/,
    );
    // A reviewer of a town reads the library but cannot copy into the plan.
    const reviewer = await person(t.db, t.app, 'reviewer@ogre.example');
    await makeMember(t.db, Ogre.id, reviewer, 'reviewer');
    expect((await reviewer.api.get<TownPractice[]>(`/api/workspaces/${Ogre.id}/good-practice`)).body).toHaveLength(1);
    expectError(
      await reviewer.api.post(`/api/workspaces/${Ogre.id}/good-practice/${marked.id}/copy`, {
        id: crypto.randomUUID(),
      }),
      403,
      'forbidden',
    );
    // Removing the entry removes it for every town.
    expect((await kristine.api.delete(`/api/programmes/${p.id}/good-practice/${marked.id}`)).status).toBe(204);
    expect((await Ogre.lead.get<TownPractice[]>(`/api/workspaces/${Ogre.id}/good-practice`)).body).toEqual([]);
    expectError(await kristine.api.delete(`/api/programmes/${p.id}/good-practice/${marked.id}`), 404, 'not_found');
  });
});
