import type { StoredItem } from '@/domain';
import { describeBackends, getStrategy, itemData, newItem, newWorkspace } from '../../test/helpers';

// Two partners editing at once (journey 2): the version check and positions must hold
// when requests really overlap, not only one after the other.
describeBackends('simultaneous writes', (t) => {
  it('saves one of two edits based on the same version and refuses the other with 409', async () => {
    const ws = await newWorkspace(t.api);
    const need = await newItem(t.api, ws.id, 'need', { title: 'Draft' });
    const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
    const results = await Promise.all(
      ['Anna', 'Jānis'].map((who) =>
        t.api.put<StoredItem<'need'>>(path, { data: itemData('need', { title: who }), version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const saved = results.find((r) => r.status === 200)?.body;
    expect((await getStrategy(t.api, ws.id)).items.need).toEqual([saved]);
  });

  it('gives items created at once distinct positions', async () => {
    const ws = await newWorkspace(t.api);
    await Promise.all(Array.from({ length: 8 }, (_, i) => newItem(t.api, ws.id, 'challenge', { title: `C${i}` })));
    const positions = (await getStrategy(t.api, ws.id)).items.challenge.map((c) => c.position);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('creates an item once when the same create is sent twice at once (a retry racing the original)', async () => {
    const ws = await newWorkspace(t.api);
    const body = { id: crypto.randomUUID(), data: itemData('meeting', { title: 'Kick-off' }) };
    const results = await Promise.all([1, 2].map(() => t.api.post(`/api/workspaces/${ws.id}/items/meeting`, body)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    expect((await getStrategy(t.api, ws.id)).items.meeting).toHaveLength(1);
  });
});
