import { expect, it } from 'vitest';
import type { Comment } from '@/domain/comments';
import type { Notifications } from '@/domain/notifications';
import type { ApiClient } from '../../test/api-client';
import { describeBackends, newItem, newWorkspace } from '../../test/helpers';
import { makeMember, person } from '../../test/people';

// What happened while a person was away: steps of the workflow, replies in their threads,
// mentions — never their own doing, only in workspaces they are a member of, marked read.

describeBackends('what happened while you were away', (t) => {
  async function partnership() {
    const ws = await newWorkspace(t.api, 'Valmiera');
    const anna = await person(t.db, t.app, 'anna@partner.example');
    const ieva = await person(t.db, t.app, 'ieva@municipality.example');
    await makeMember(t.db, ws.id, anna, 'contributor');
    await makeMember(t.db, ws.id, ieva, 'reviewer');
    await t.db.query(`update users set name = 'Anna Bērziņa' where id = $1`, [anna.id]);
    await t.db.query(`update users set name = 'Ieva Kalniņa' where id = $1`, [ieva.id]);
    return { ws, lead: t.api, anna, ieva };
  }
  const notes = async (api: ApiClient) => (await api.get<Notifications>('/api/notifications')).body;

  it('tells every other member of a step, the thread of a reply, and a person of a mention', async () => {
    const { ws, lead, anna, ieva } = await partnership();
    await lead.post(`/api/workspaces/${ws.id}/workflow`, { action: 'submitForReview', from: 'draft' });
    await ieva.api.post(`/api/workspaces/${ws.id}/workflow`, {
      action: 'requestChanges',
      from: 'inReview',
      comment: 'Budget, please.',
    });
    const need = await newItem(lead, ws.id, 'need', { title: 'Courses' });
    const anchor = `item:need:${need.id}`;
    const opened = await ieva.api.post<Comment>(`/api/workspaces/${ws.id}/comments`, { anchor, body: 'Who teaches?' });
    await lead.post(`/api/workspaces/${ws.id}/comments`, {
      anchor,
      threadId: opened.body.id,
      body: 'The library. @Anna Bērziņa can you add it?',
    });

    const forAnna = await notes(anna.api);
    expect(forAnna.items.map((n) => [n.kind, n.actor, n.action ?? n.anchor])).toEqual([
      ['mention', 'tester', anchor],
      ['step', 'Ieva Kalniņa', 'requestChanges'],
      ['step', 'tester', 'submitForReview'],
    ]);
    expect(forAnna.unread).toBe(3);
    expect(forAnna.items[0]?.workspace).toEqual({ id: ws.id, name: 'Valmiera' });
    const forIeva = await notes(ieva.api);
    // Her own request is not news to her; the lead's reply in her thread is.
    expect(forIeva.items.map((n) => [n.kind, n.action ?? n.anchor])).toEqual([
      ['reply', anchor],
      ['step', 'submitForReview'],
    ]);
    expect((await notes(lead)).items.map((n) => [n.kind, n.action])).toEqual([['step', 'requestChanges']]);
  });

  it('marks one or all read, only one’s own, and forgets workspaces one has left', async () => {
    const { ws, lead, anna, ieva } = await partnership();
    await lead.post(`/api/workspaces/${ws.id}/workflow`, { action: 'submitForReview', from: 'draft' });
    await lead.post(`/api/workspaces/${ws.id}/workflow`, { action: 'withdraw', from: 'inReview' });
    const [latest] = (await notes(anna.api)).items;
    // Someone else's note id changes nothing for its owner.
    expect((await ieva.api.put(`/api/notifications/${latest?.id}/read`)).status).toBe(204);
    expect((await notes(anna.api)).unread).toBe(2);
    expect((await anna.api.put(`/api/notifications/${latest?.id}/read`)).status).toBe(204);
    expect((await notes(anna.api)).items.map((n) => n.read)).toEqual([true, false]);
    expect((await anna.api.put('/api/notifications/read')).status).toBe(204);
    expect((await notes(anna.api)).unread).toBe(0);
    expect((await anna.api.put('/api/notifications/abc/read')).status).toBe(404);

    await t.db.query('delete from memberships where workspace_id = $1 and user_id = $2', [ws.id, ieva.id]);
    expect((await notes(ieva.api)).items).toEqual([]);
  });
});
