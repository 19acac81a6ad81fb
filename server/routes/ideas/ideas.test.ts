import { expect, it } from 'vitest';
import type { StoredItem } from '@/domain';
import type { Idea } from '@/domain/ideas';
import type { ApiClient } from '../../test/api-client';
import {
  describeBackends,
  expectError,
  expectUnchanged,
  getStrategy,
  newWorkspace,
  UNKNOWN_ID,
} from '../../test/helpers';
import { makeMember, person } from '../../test/people';

// The ideas board of a workshop: ideas proposed by any member, one vote each (changeable), the
// lead's decision with a reason, and a selected idea turned into an item that keeps the link back.

describeBackends('ideas from workshops', (t) => {
  async function board() {
    const ws = await newWorkspace(t.api, 'Valmiera');
    const anna = await person(t.db, t.app, 'anna@partner.example');
    const ieva = await person(t.db, t.app, 'ieva@municipality.example');
    await makeMember(t.db, ws.id, anna, 'contributor');
    await makeMember(t.db, ws.id, ieva, 'reviewer');
    return { ws, lead: t.api, partner: anna.api, reviewer: ieva.api };
  }
  const propose = (api: ApiClient, ws: string, title: string, extra: object = {}) =>
    api.post<Idea>(`/api/workspaces/${ws}/ideas`, { title, description: '', themes: [], targetGroups: [], ...extra });
  const ideas = async (api: ApiClient, ws: string) =>
    (await api.get<{ ideas: Idea[] }>(`/api/workspaces/${ws}/ideas`)).body.ideas;

  it('counts one vote per member, changeable, and says whose vote is whose', async () => {
    const { ws, lead, partner, reviewer } = await board();
    const idea = (await propose(partner, ws.id, 'Homework club in the library', { themes: ['library.language'] })).body;
    expect(idea).toMatchObject({ status: 'proposed', votes: 0, myVote: false, proposedBy: { name: 'anna' } });
    const path = `/api/workspaces/${ws.id}/ideas/${idea.id}/vote`;
    for (const api of [lead, partner, reviewer, partner])
      expect((await api.put(path, { vote: true })).status).toBe(200);
    expect((await ideas(lead, ws.id))[0]).toMatchObject({ votes: 3, myVote: true });
    // The partner changes their mind; voting again is still one vote.
    expect((await partner.put<Idea>(path, { vote: false })).body).toMatchObject({ votes: 2, myVote: false });
    expect((await ideas(reviewer, ws.id))[0]).toMatchObject({ votes: 2, myVote: true });
    expect((await ideas(partner, ws.id))[0]).toMatchObject({ votes: 2, myVote: false });
  });

  it('lets the lead select an idea, or set it aside only with a reason; others may not', async () => {
    const { ws, lead, partner } = await board();
    const idea = (await propose(partner, ws.id, 'Coding club')).body;
    const path = `/api/workspaces/${ws.id}/ideas/${idea.id}/decision`;
    await expectUnchanged(lead, [ws.id], async () => {
      expectError(await partner.put(path, { status: 'selected' }), 403, 'forbidden');
      expectError(await lead.put(path, { status: 'setAside' }), 400, 'validation', undefined, 'reason');
      expectError(await lead.put(path, { status: 'setAside', reason: '   ' }), 400, 'validation', undefined, 'reason');
    });
    expect((await ideas(lead, ws.id))[0]?.status).toBe('proposed');
    const aside = await lead.put<Idea>(path, { status: 'setAside', reason: 'No room in the library this year' });
    expect(aside.body).toMatchObject({ status: 'setAside', reason: 'No room in the library this year' });
    expect((await lead.put<Idea>(path, { status: 'selected', reason: 'ignored' })).body).toMatchObject({
      status: 'selected',
      reason: '',
    });
  });

  it('turns a selected idea into a recommendation that keeps the link back, once', async () => {
    const { ws, lead, partner } = await board();
    const idea = (
      await propose(partner, ws.id, 'Language café for parents', {
        description: 'On Saturdays, with childcare',
        themes: ['library.language', 'eu.education'],
      })
    ).body;
    await partner.put(`/api/workspaces/${ws.id}/ideas/${idea.id}/vote`, { vote: true });
    const convert = `/api/workspaces/${ws.id}/ideas/${idea.id}/convert`;
    const itemId = crypto.randomUUID();
    expectError(await lead.post(convert, { kind: 'recommendation', id: itemId }), 409, 'conflict', /Select the idea/);
    await lead.put(`/api/workspaces/${ws.id}/ideas/${idea.id}/decision`, { status: 'selected' });
    expectError(await partner.post(convert, { kind: 'recommendation', id: itemId }), 403, 'forbidden');

    const made = await lead.post<{ idea: Idea; item: StoredItem<'recommendation'> }>(convert, {
      kind: 'recommendation',
      id: itemId,
    });
    expect(made.status).toBe(201);
    expect(made.body.item).toMatchObject({
      id: itemId,
      kind: 'recommendation',
      data: {
        title: 'Language café for parents',
        description: 'On Saturdays, with childcare',
        themes: ['library.language', 'eu.education'],
      },
    });
    expect(made.body.idea).toMatchObject({ convertedTo: { kind: 'recommendation', id: itemId }, votes: 1 });
    const strategy = await getStrategy(lead, ws.id);
    expect(strategy.items.recommendation.map((r) => r.id)).toEqual([itemId]);
    expectError(await lead.post(convert, { kind: 'action', id: crypto.randomUUID() }), 409, 'conflict', /already/);
    // The idea is now the item's history: it is not changed or removed any more.
    expectError(
      await partner.patch(`/api/workspaces/${ws.id}/ideas/${idea.id}`, {
        title: 'Other',
        description: '',
        themes: [],
        targetGroups: [],
      }),
      409,
      'conflict',
    );
  });

  it('waits with turning an idea into an item while the content is paused, but keeps the board open', async () => {
    const { ws, lead, partner, reviewer } = await board();
    const idea = (await propose(partner, ws.id, 'Reading buddies')).body;
    await lead.put(`/api/workspaces/${ws.id}/ideas/${idea.id}/decision`, { status: 'selected' });
    await t.db.query(`update workspaces set state = 'inReview' where id = $1`, [ws.id]);
    expect((await propose(reviewer, ws.id, 'Proposed during review')).status).toBe(201);
    expect((await reviewer.put(`/api/workspaces/${ws.id}/ideas/${idea.id}/vote`, { vote: true })).status).toBe(200);
    expectError(
      await lead.post(`/api/workspaces/${ws.id}/ideas/${idea.id}/convert`, { kind: 'action', id: crypto.randomUUID() }),
      409,
      'paused',
    );
    expect((await ideas(lead, ws.id)).find((i) => i.id === idea.id)?.convertedTo).toBeNull();
  });

  it('lets only the author or the lead change or remove an idea, and refuses bad input', async () => {
    const { ws, lead, partner, reviewer } = await board();
    const idea = (await propose(partner, ws.id, 'Board games evening')).body;
    const path = `/api/workspaces/${ws.id}/ideas/${idea.id}`;
    const body = { title: 'Board games and chess', description: '', themes: [], targetGroups: [] };
    await expectUnchanged(lead, [ws.id], async () => {
      expectError(await reviewer.patch(path, body), 403, 'forbidden', /proposed/);
      expectError(await reviewer.delete(path), 403, 'forbidden');
      expectError(await propose(partner, ws.id, '  '), 400, 'validation', undefined, 'title');
      expectError(await propose(partner, ws.id, 'x'.repeat(201)), 400, 'validation', undefined, 'title');
      expectError(await propose(partner, ws.id, 'Bad theme', { themes: ['nope'] }), 400, 'validation');
      expectError(
        await partner.put(`/api/workspaces/${ws.id}/ideas/${UNKNOWN_ID}/vote`, { vote: true }),
        404,
        'not_found',
      );
    });
    expect((await partner.patch<Idea>(path, body)).body.title).toBe('Board games and chess');
    expect((await lead.delete(path)).status).toBe(204);
    expect(await ideas(lead, ws.id)).toEqual([]);
  });
});
