import { expect, it } from 'vitest';
import type { ApiErrorResponse, StoredItem, StoredSection } from '@/domain';
import { describeBackends, expectError, getStrategy, newItem, newWorkspace } from '../../test/helpers';
import { makeMember, person } from '../../test/people';
import type { Person } from '../../test/people';

// Two partners edit one strategy at once: edits carry their changed fields and the values
// they were based on, and the store merges them field by field (src/domain/merge.ts).

describeBackends('edits that merge', (t) => {
  async function twoPartners() {
    const ws = await newWorkspace(t.api);
    const anna: Person = await person(t.db, t.app, 'anna@example.org');
    await makeMember(t.db, ws.id, anna, 'contributor');
    return { ws, me: t.api, anna: anna.api };
  }

  it('merges changes to different fields of one item, whoever saves last', async () => {
    const { ws, me, anna } = await twoPartners();
    const need = await newItem(me, ws.id, 'need', { title: 'Courses', evidence: 'Survey' });
    const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
    const mine = await me.put<StoredItem>(path, {
      changes: { evidence: 'Survey of 120 residents' },
      base: { evidence: 'Survey' },
    });
    expect(mine.status).toBe(200);
    // Anna's form loaded before my save; she changes the title only.
    const hers = await anna.put<StoredItem>(path, {
      changes: { title: 'Evening courses' },
      base: { title: 'Courses' },
    });
    expect(hers.status).toBe(200);
    const stored = (await getStrategy(me, ws.id)).items.need[0] as StoredItem<'need'>;
    expect(stored.data).toMatchObject({ title: 'Evening courses', evidence: 'Survey of 120 residents' });
    expect(stored.version).toBe(3);
    expect(stored.updatedBy).toEqual({ id: expect.any(String), name: 'anna' });
  });

  it('refuses the later of two different texts in one field, naming it, and changes nothing', async () => {
    const { ws, me, anna } = await twoPartners();
    const need = await newItem(me, ws.id, 'need', { evidence: 'Survey' });
    const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
    expect((await me.put(path, { changes: { evidence: 'Survey of 120' }, base: { evidence: 'Survey' } })).status).toBe(
      200,
    );
    const refused = await anna.put<ApiErrorResponse>(path, {
      changes: { evidence: 'Survey and interviews', title: 'Also a title' },
      base: { evidence: 'Survey', title: '' },
    });
    expectError(refused, 409, 'conflict', 'evidence');
    expect(refused.body.conflicts).toEqual(['evidence']);
    expect(refused.body.current).toMatchObject({ version: 2, data: { evidence: 'Survey of 120', title: '' } });
    // Nothing of the refused edit was stored, not even its other field.
    const stored = (await getStrategy(me, ws.id)).items.need[0] as StoredItem<'need'>;
    expect(stored.data).toMatchObject({ evidence: 'Survey of 120', title: '' });
  });

  it('takes the same text typed by two people as no conflict', async () => {
    const { ws, me, anna } = await twoPartners();
    const need = await newItem(me, ws.id, 'need', { title: 'Courses' });
    const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
    await me.put(path, { changes: { title: 'Language courses' }, base: { title: 'Courses' } });
    const same = await anna.put<StoredItem>(path, {
      changes: { title: 'Language courses' },
      base: { title: 'Courses' },
    });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(2);
  });

  it('stores both people’s fields in the stale-form case: an open form sends only what was typed in it', async () => {
    const { ws, me, anna } = await twoPartners();
    const need = await newItem(me, ws.id, 'need', { title: 'Courses', description: '' });
    const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
    // Anna renames the need; my form, opened before, still shows "Courses" as the title.
    await anna.put(path, { changes: { title: 'Evening courses' }, base: { title: 'Courses' } });
    const mine = await me.put<StoredItem>(path, { changes: { description: 'For adults' }, base: { description: '' } });
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({ title: 'Evening courses', description: 'For adults' });
  });

  it('checks rules across fields on the merged item', async () => {
    const { ws, me, anna } = await twoPartners();
    const action = await newItem(me, ws.id, 'action', { startMonth: '2026-01', endMonth: '2026-12' });
    const path = `/api/workspaces/${ws.id}/items/action/${action.id}`;
    await me.put(path, { changes: { startMonth: '2026-09' }, base: { startMonth: '2026-01' } });
    const refused = await anna.put(path, { changes: { endMonth: '2026-03' }, base: { endMonth: '2026-12' } });
    expectError(refused, 400, 'validation', /end/i, 'changes.endMonth');
  });

  it('refuses an edit of an item deleted meanwhile with 404, so that the client brings it back', async () => {
    const { ws, me, anna } = await twoPartners();
    const need = await newItem(me, ws.id, 'need', { title: 'Courses' });
    const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
    expect((await me.delete(path)).status).toBe(204);
    expectError(await anna.put(path, { changes: { title: 'Mine' }, base: { title: 'Courses' } }), 404, 'not_found');
  });

  it('keeps the history of an item: who changed which fields, and texts set aside in a conflict', async () => {
    const { ws, me, anna } = await twoPartners();
    const need = await newItem(me, ws.id, 'need', { evidence: 'Survey' });
    const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
    await me.put(path, { changes: { evidence: 'Survey of 120' }, base: { evidence: 'Survey' } });
    // Anna's text lost to mine; she takes mine and lets hers go, into the history.
    const aside = await anna.put<StoredItem>(path, { setAside: { evidence: 'Survey and interviews' } });
    expect(aside.status).toBe(200);
    expect(aside.body.version).toBe(2);
    const rows = await t.db.query<{ user_name: string; action: string; fields: Record<string, unknown> }>(
      `select user_name, action, fields from record_history where record = $1 order by id`,
      [`item:${need.id}`],
    );
    expect(rows).toEqual([
      { user_name: 'tester', action: 'created', fields: {} },
      { user_name: 'tester', action: 'changed', fields: { evidence: { from: 'Survey', to: 'Survey of 120' } } },
      { user_name: 'anna', action: 'setAside', fields: { evidence: { from: 'Survey and interviews' } } },
    ]);
    // Every member reads it, newest first.
    const read = await anna.get<{ entries: { action: string; by: { name: string } | null }[] }>(
      `/api/workspaces/${ws.id}/history/item:${need.id}`,
    );
    expect(read.status).toBe(200);
    expect(read.body.entries.map((e) => [e.action, e.by?.name])).toEqual([
      ['setAside', 'anna'],
      ['changed', 'tester'],
      ['created', 'tester'],
    ]);
    expectError(await anna.get(`/api/workspaces/${ws.id}/history/item:not-an-id`), 404, 'not_found');
  });

  it('merges sections field by field too', async () => {
    const { ws, me, anna } = await twoPartners();
    const path = `/api/workspaces/${ws.id}/sections/plan`;
    await me.put(path, { changes: { monitoring: 'Every quarter' }, base: { monitoring: '' } });
    const hers = await anna.put<StoredSection>(path, { changes: { review: 'Yearly' }, base: { review: '' } });
    expect(hers.status).toBe(200);
    expect(hers.body.data).toEqual({ monitoring: 'Every quarter', review: 'Yearly' });
    const refused = await anna.put<ApiErrorResponse>(path, {
      changes: { monitoring: 'Monthly' },
      base: { monitoring: '' },
    });
    expectError(refused, 409, 'conflict', 'monitoring');
    expect(refused.body.conflicts).toEqual(['monitoring']);
  });

  it('refuses a body with both a whole record and changes, or a field the item does not have', async () => {
    const { ws, me } = await twoPartners();
    const need = await newItem(me, ws.id, 'need');
    const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
    expectError(await me.put(path, { data: need.data, changes: { title: 'x' }, base: {} }), 400, 'validation');
    expectError(await me.put(path, { changes: { colour: 'red' }, base: {} }), 400, 'validation');
    expectError(await me.put(path, { changes: { title: 'x' }, base: { colour: 'red' } }), 400, 'validation');
    expect((await getStrategy(me, ws.id)).items.need[0]?.version).toBe(1);
  });
});
