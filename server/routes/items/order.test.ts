import { LIMITS } from '@/domain';
import {
  describeBackends,
  expectError,
  expectUnchanged,
  getStrategy,
  newItem,
  newWorkspace,
  UNKNOWN_ID,
} from '../../test/helpers';

describeBackends('order', (t) => {
  const order = (ws: string, kind: string) => `/api/workspaces/${ws}/order/${kind}`;

  async function threeNeeds() {
    const ws = await newWorkspace(t.api);
    const [a, b, c] = [
      await newItem(t.api, ws.id, 'need', { title: 'A' }),
      await newItem(t.api, ws.id, 'need', { title: 'B' }),
      await newItem(t.api, ws.id, 'need', { title: 'C' }),
    ];
    const titles = async () => (await getStrategy(t.api, ws.id)).items.need.map((i) => `${i.position}${i.data.title}`);
    return { ws, a, b, c, titles };
  }

  it('puts the items in the given order', async () => {
    const { ws, a, b, c, titles } = await threeNeeds();
    const res = await t.api.put(order(ws.id, 'need'), { ids: [c.id, a.id, b.id] });
    expect(res.status).toBe(204);
    expect(await titles()).toEqual(['0C', '1A', '2B']);
  });

  it('puts the named items first and keeps the others in their order after them', async () => {
    const { ws, c, titles } = await threeNeeds();
    expect((await t.api.put(order(ws.id, 'need'), { ids: [c.id] })).status).toBe(204);
    expect(await titles()).toEqual(['0C', '1A', '2B']);
    expect((await t.api.put(order(ws.id, 'need'), { ids: [] })).status).toBe(204);
    expect(await titles()).toEqual(['0C', '1A', '2B']);
  });

  it('does not change item versions: moving is not editing', async () => {
    const { ws, a, b, c } = await threeNeeds();
    await t.api.put(order(ws.id, 'need'), { ids: [b.id, c.id, a.id] });
    expect((await getStrategy(t.api, ws.id)).items.need.map((i) => i.version)).toEqual([1, 1, 1]);
  });

  it('refuses unknown, repeated and foreign ids, naming the entry, without changing anything', async () => {
    const { ws, a, b } = await threeNeeds();
    const strength = await newItem(t.api, ws.id, 'strength');
    await expectUnchanged(t.api, [ws.id], async () => {
      expectError(
        await t.api.put(order(ws.id, 'need'), { ids: [a.id, UNKNOWN_ID] }),
        400,
        'validation',
        'ids.1',
        'ids.1',
      );
      expectError(
        await t.api.put(order(ws.id, 'need'), { ids: [b.id, a.id, b.id] }),
        400,
        'validation',
        'ids.2',
        'ids.2',
      );
      expectError(await t.api.put(order(ws.id, 'need'), { ids: [strength.id] }), 400, 'validation', 'ids.0', 'ids.0');
    });
  });

  it('refuses bad bodies without changing anything', async () => {
    const { ws, a } = await threeNeeds();
    await expectUnchanged(t.api, [ws.id], async () => {
      expectError(await t.api.put(order(ws.id, 'need'), { ids: ['first'] }), 400, 'validation', 'ids.0', 'ids.0');
      expectError(await t.api.put(order(ws.id, 'need'), { ids: a.id }), 400, 'validation', 'ids', 'ids');
      expectError(await t.api.put(order(ws.id, 'need'), {}), 400, 'validation', 'ids', 'ids');
      expectError(await t.api.put(order(ws.id, 'need'), { ids: [a.id], kind: 'need' }), 400, 'validation', /kind/);
      expectError(
        await t.api.put(order(ws.id, 'need'), { ids: Array(LIMITS.itemsPerKind + 1).fill(a.id) }),
        400,
        'validation',
        'ids',
      );
      expectError(await t.api.put(order(ws.id, 'need'), '{"ids": [}'), 400, 'bad_request', /JSON/);
      expectError(
        await t.api.put(order(ws.id, 'need'), 'ids=1', { 'content-type': 'multipart/form-data' }),
        415,
        'bad_request',
      );
      expectError(
        await t.api.put(order(ws.id, 'need'), { ids: [a.id], pad: 'x'.repeat(LIMITS.bodyBytes) }),
        413,
        'too_large',
      );
    });
  });

  it('answers 404 for an unknown kind, an unknown workspace or a malformed id', async () => {
    const { ws, a } = await threeNeeds();
    await expectUnchanged(t.api, [ws.id], async () => {
      expectError(await t.api.put(order(ws.id, 'needz'), { ids: [a.id] }), 404, 'not_found');
      expectError(await t.api.put(order(UNKNOWN_ID, 'need'), { ids: [a.id] }), 404, 'not_found');
      expectError(await t.api.put(order('zzz', 'need'), { ids: [a.id] }), 404, 'not_found');
    });
  });
});
