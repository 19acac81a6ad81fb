import { expect, it } from 'vitest';
import type { AuditEntry } from '@/domain';
import type { Comment, Comments, Thread } from '@/domain/comments';
import { openCounts } from '@/domain/comments';
import type { ApiClient } from '../../test/api-client';
import { describeBackends, expectError, expectUnchanged, newItem, newWorkspace, UNKNOWN_ID } from '../../test/helpers';
import { makeMember, person } from '../../test/people';

// Threads of comments on items, sections and the strategy: replies, mentions, resolving,
// editing and removing one's own, all open in every state of the workflow.

describeBackends('comments', (t) => {
  async function partnership() {
    const ws = await newWorkspace(t.api, 'Valmiera');
    const anna = await person(t.db, t.app, 'anna@partner.example');
    const ieva = await person(t.db, t.app, 'ieva@municipality.example');
    await makeMember(t.db, ws.id, anna, 'contributor');
    await makeMember(t.db, ws.id, ieva, 'reviewer');
    // Names as people gave them.
    await t.db.query(`update users set name = 'Anna Bērziņa' where id = $1`, [anna.id]);
    await t.db.query(`update users set name = 'Ieva Kalniņa' where id = $1`, [ieva.id]);
    const need = await newItem(t.api, ws.id, 'need', { title: 'Language courses' });
    return { ws, lead: t.api, partner: anna, reviewer: ieva, need };
  }
  const post = (api: ApiClient, ws: string, body: object) => api.post<Comment>(`/api/workspaces/${ws}/comments`, body);
  const threads = async (api: ApiClient, ws: string) =>
    (await api.get<Comments>(`/api/workspaces/${ws}/comments`)).body.threads;

  it('keeps threads with replies on an item, mentions members by name, and counts open threads', async () => {
    const { ws, lead, partner, reviewer, need } = await partnership();
    const anchor = `item:need:${need.id}`;
    const opened = await post(reviewer.api, ws.id, {
      anchor,
      body: 'Who teaches the courses? @Anna Bērziņa, your NGO ran them last year.',
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      threadId: opened.body.id,
      author: { name: 'Ieva Kalniņa', role: 'reviewer' },
      mentions: [partner.id],
      deleted: false,
      editedAt: null,
    });
    const reply = await post(partner.api, ws.id, {
      anchor: 'strategy', // a reply takes its thread's anchor, whatever it says
      threadId: opened.body.id,
      body: 'Volunteers from the library, twice a week. @ieva kalniņa',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.mentions).toEqual([reviewer.id]);
    await post(lead, ws.id, { anchor: 'section:vision', body: 'Shorter, please.' });
    await post(lead, ws.id, { anchor: 'strategy', body: 'Ready for the council?' });

    const all = await threads(lead, ws.id);
    expect(all).toHaveLength(3);
    const onNeed = all.find((x) => x.anchor === anchor) as Thread;
    expect(onNeed.comments.map((c) => c.author.name)).toEqual(['Ieva Kalniņa', 'Anna Bērziņa']);
    const counts = openCounts(all);
    expect(counts.byAnchor.get(anchor)).toBe(1);
    expect(Object.fromEntries(counts.byStep)).toEqual({ needs: 1, vision: 1, strategy: 1 });
    expect(counts.total).toBe(3);
  });

  it('resolves and reopens a thread; a reply reopens it too', async () => {
    const { ws, lead, reviewer, need } = await partnership();
    const opened = await post(reviewer.api, ws.id, { anchor: `item:need:${need.id}`, body: 'Evidence?' });
    const resolved = await lead.put<Thread>(`/api/workspaces/${ws.id}/comments/${opened.body.id}/resolved`, {
      resolved: true,
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.resolved).toEqual({ at: expect.any(String), by: 'tester' });
    expect(openCounts(await threads(lead, ws.id)).total).toBe(0);
    await post(reviewer.api, ws.id, { anchor: 'strategy', threadId: opened.body.id, body: 'Not yet answered.' });
    expect((await threads(lead, ws.id))[0]?.resolved).toBeNull();
    const reopened = await reviewer.api.put<Thread>(`/api/workspaces/${ws.id}/comments/${opened.body.id}/resolved`, {
      resolved: false,
    });
    expect(reopened.body.resolved).toBeNull();
  });

  it('lets only the author edit or remove a comment; a removed one leaves its place in the thread', async () => {
    const { ws, lead, partner, reviewer } = await partnership();
    const mine = await post(partner.api, ws.id, { anchor: 'strategy', body: 'First tought' });
    const path = `/api/workspaces/${ws.id}/comments/${mine.body.id}`;
    await expectUnchanged(lead, [ws.id], async () => {
      expectError(await lead.patch(path, { body: 'Rewritten by the lead' }), 403, 'forbidden', /only your own/);
      expectError(await reviewer.api.delete(path), 403, 'forbidden');
    });
    const edited = await partner.api.patch<Comment>(path, { body: 'First thought, @Ieva Kalniņa' });
    expect(edited.body).toMatchObject({ body: 'First thought, @Ieva Kalniņa', mentions: [reviewer.id] });
    expect(edited.body.editedAt).not.toBeNull();
    await post(lead, ws.id, { anchor: 'strategy', threadId: mine.body.id, body: 'Agreed.' });

    expect((await partner.api.delete(path)).status).toBe(204);
    const [thread] = await threads(lead, ws.id);
    expect(thread?.comments.map((c) => [c.deleted, c.body])).toEqual([
      [true, ''],
      [false, 'Agreed.'],
    ]);
    expect(JSON.stringify(thread)).not.toContain('First thought');
    expectError(await partner.api.patch(path, { body: 'Back again' }), 409, 'conflict', /removed/);
    const audit = await lead.get<AuditEntry[]>(`/api/workspaces/${ws.id}/audit`);
    expect(audit.body[0]).toMatchObject({ action: 'comment-deleted', target: mine.body.id });
  });

  it('stays open while the content is paused, for every member', async () => {
    const { ws, lead, partner, reviewer, need } = await partnership();
    for (const state of ['inReview', 'approved', 'submitted', 'accepted']) {
      await t.db.query('update workspaces set state = $2 where id = $1', [ws.id, state]);
      for (const who of [lead, partner.api, reviewer.api]) {
        const res = await post(who, ws.id, { anchor: `item:need:${need.id}`, body: `In ${state}` });
        expect(res.status, state).toBe(201);
      }
    }
  });

  it('refuses bad comments with 4xx, changing nothing', async () => {
    const { ws, lead, partner } = await partnership();
    await expectUnchanged(lead, [ws.id], async () => {
      expectError(await post(lead, ws.id, { anchor: 'strategy', body: '   ' }), 400, 'validation', undefined, 'body');
      expectError(await post(lead, ws.id, { anchor: 'strategy', body: 'x'.repeat(4001) }), 400, 'validation');
      expectError(
        await post(lead, ws.id, { anchor: 'section:nowhere', body: 'Hm' }),
        400,
        'validation',
        undefined,
        'anchor',
      );
      expectError(
        await post(lead, ws.id, { anchor: `item:need:${UNKNOWN_ID}`, body: 'Hm' }),
        404,
        'not_found',
        /no such item/,
      );
      expectError(await post(lead, ws.id, { anchor: 'strategy', threadId: UNKNOWN_ID, body: 'Hm' }), 404, 'not_found');
      expectError(await post(lead, ws.id, { anchor: 'strategy', body: 'Hm', extra: 1 }), 400, 'validation');
      expectError(await lead.patch(`/api/workspaces/${ws.id}/comments/not-an-id`, { body: 'x' }), 404, 'not_found');
      expectError(await partner.api.delete(`/api/workspaces/${ws.id}/comments/${UNKNOWN_ID}`), 404, 'not_found');
    });
    expect(await threads(lead, ws.id)).toEqual([]);
  });
});
