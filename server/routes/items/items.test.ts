import { LIMITS } from '@/domain';
import type { StoredItem } from '@/domain';
import {
  describeBackends,
  expectError,
  expectUnchanged,
  getStrategy,
  itemData,
  longText,
  newItem,
  newWorkspace,
  UNKNOWN_ID,
} from '../../test/helpers';

describeBackends('items', (t) => {
  const items = (ws: string, kind: string) => `/api/workspaces/${ws}/items/${kind}`;
  const item = (ws: string, kind: string, id: string) => `/api/workspaces/${ws}/items/${kind}/${id}`;
  const titles = async (ws: string) => (await getStrategy(t.api, ws)).items.need.map((i) => [i.data.title, i.position]);

  describe('POST /api/workspaces/:id/items/:kind', () => {
    it('creates items at the end, or at a given position, and marks the workspace as updated', async () => {
      const ws = await newWorkspace(t.api);
      const a = await newItem(t.api, ws.id, 'need', { title: 'A' });
      expect(a).toMatchObject({ kind: 'need', position: 0, version: 1, data: itemData('need', { title: 'A' }) });
      await newItem(t.api, ws.id, 'need', { title: 'B' });
      const res = await t.api.post<StoredItem>(items(ws.id, 'need'), {
        id: crypto.randomUUID(),
        data: itemData('need', { title: 'C' }),
        position: 0,
      });
      expect(res.status).toBe(201);
      expect(await titles(ws.id)).toEqual([
        ['C', 0],
        ['A', 1],
        ['B', 2],
      ]);
      expect((await getStrategy(t.api, ws.id)).workspace.updatedAt).toBe(res.body.updatedAt);
    });

    it('answers 200 with the stored item when the same id is sent again (a retry)', async () => {
      const ws = await newWorkspace(t.api);
      const first = await newItem(t.api, ws.id, 'strength', { title: 'First' });
      await expectUnchanged(t.api, [ws.id], async () => {
        const again = await t.api.post(items(ws.id, 'strength'), {
          id: first.id,
          data: itemData('strength', { title: 'Other' }),
        });
        expect(again.status).toBe(200);
        expect(again.body).toEqual(first);
      });
    });

    it('takes a deleted item back with its own id (an undo), so the links to it hold again', async () => {
      const ws = await newWorkspace(t.api);
      const partner = await newItem(t.api, ws.id, 'partner', { name: 'Safe House' });
      expect((await t.api.delete(item(ws.id, 'partner', partner.id))).status).toBe(204);
      const back = await t.api.post(items(ws.id, 'partner'), { id: partner.id, data: partner.data });
      expect(back.status).toBe(201);
      expect(back.body).toMatchObject({ id: partner.id, data: { name: 'Safe House' } });
      expect((await getStrategy(t.api, ws.id)).items.partner.map((p) => p.id)).toEqual([partner.id]);
    });

    it('refuses an id already used by another kind or another workspace', async () => {
      const ws = await newWorkspace(t.api);
      const other = await newWorkspace(t.api, 'Other');
      const need = await newItem(t.api, ws.id, 'need');
      await expectUnchanged(t.api, [ws.id, other.id], async () => {
        expectError(
          await t.api.post(items(ws.id, 'challenge'), { id: need.id, data: itemData('challenge') }),
          409,
          'conflict',
        );
        expectError(
          await t.api.post(items(other.id, 'need'), { id: need.id, data: itemData('need') }),
          409,
          'conflict',
        );
      });
    });

    it.each([
      ['a title over 200 characters', 'need', { data: { title: longText(201) } }, 'data.title'],
      ['too many theme tags', 'need', { data: { themes: Array(LIMITS.tags + 1).fill('eu.health') } }, 'data.themes'],
      ['a tag outside the list', 'need', { data: { themes: ['eu.space'] } }, 'data.themes.0'],
      ['a priority of the wrong type', 'challenge', { data: { priority: 3 } }, 'data.priority'],
      ['a link that is not an id', 'recommendation', { data: { needIds: ['need-1'] } }, 'data.needIds.0'],
      [
        'an end month before the start',
        'action',
        { data: { startMonth: '2025-09', endMonth: '2025-01' } },
        'data.endMonth',
      ],
      ['a bad e-mail address', 'partner', { data: { contactEmail: 'nobody' } }, 'data.contactEmail'],
      ['an id that is not a uuid', 'need', { id: 'abc' }, 'id'],
      ['a negative position', 'need', { position: -1 }, 'position'],
    ])('refuses %s, naming the field', async (_case, kind, patch, field) => {
      const ws = await newWorkspace(t.api);
      const body = {
        id: crypto.randomUUID(),
        ...patch,
        data: { ...itemData(kind as 'need'), ...(patch as { data?: object }).data },
      };
      await expectUnchanged(t.api, [ws.id], async () => {
        expectError(await t.api.post(items(ws.id, kind), body), 400, 'validation', field, field);
      });
    });

    it('refuses unknown fields, missing data and bad bodies without changing anything', async () => {
      const ws = await newWorkspace(t.api);
      const id = crypto.randomUUID();
      await expectUnchanged(t.api, [ws.id], async () => {
        expectError(
          await t.api.post(items(ws.id, 'need'), { id, data: { ...itemData('need'), colour: 'red' } }),
          400,
          'validation',
          /colour/,
        );
        expectError(
          await t.api.post(items(ws.id, 'need'), { id, data: itemData('need'), version: 3 }),
          400,
          'validation',
          /version/,
        );
        expectError(await t.api.post(items(ws.id, 'need'), { id }), 400, 'validation', 'data', 'data');
        expectError(await t.api.post(items(ws.id, 'need'), '{"id":'), 400, 'bad_request', /JSON/);
        expectError(await t.api.post(items(ws.id, 'need'), '[]'), 400, 'bad_request', /object/);
        expectError(
          await t.api.post(items(ws.id, 'need'), JSON.stringify({ id, data: itemData('need') }), {
            'content-type': 'text/plain',
          }),
          415,
          'bad_request',
        );
        expectError(
          await t.api.post(items(ws.id, 'need'), {
            id,
            data: itemData('need', { description: longText(LIMITS.bodyBytes) }),
          }),
          413,
          'too_large',
        );
      });
    });

    it(`refuses the ${LIMITS.itemsPerKind + 1}th item of a kind`, async () => {
      const ws = await newWorkspace(t.api);
      await t.db.query(
        `insert into items (id, workspace_id, kind, position, data, version, created_at, updated_at)
         select gen_random_uuid(), $1, 'need', n - 1, $2::jsonb, 0, now(), now() from generate_series(1, $3::int) n`,
        [ws.id, JSON.stringify(itemData('need')), LIMITS.itemsPerKind],
      );
      await expectUnchanged(t.api, [ws.id], async () => {
        expectError(
          await t.api.post(items(ws.id, 'need'), { id: crypto.randomUUID(), data: itemData('need') }),
          400,
          'limit',
          String(LIMITS.itemsPerKind),
        );
      });
      // Other kinds are counted on their own.
      await newItem(t.api, ws.id, 'strength');
    });

    it('answers 404 for an unknown kind, an unknown workspace or a malformed id', async () => {
      const ws = await newWorkspace(t.api);
      const body = { id: crypto.randomUUID(), data: itemData('need') };
      await expectUnchanged(t.api, [ws.id], async () => {
        expectError(await t.api.post(items(ws.id, 'idea'), body), 404, 'not_found', /idea/);
        expectError(await t.api.post(items(UNKNOWN_ID, 'need'), body), 404, 'not_found', /Workspace/);
        expectError(await t.api.post(items('x', 'need'), body), 404, 'not_found');
      });
    });
  });

  describe('PUT /api/workspaces/:id/items/:kind/:itemId', () => {
    it('saves an edit, counting versions, and refuses one based on an older version', async () => {
      const ws = await newWorkspace(t.api);
      const need = await newItem(t.api, ws.id, 'need', { title: 'Draft' });
      const v1 = await t.api.put<StoredItem>(item(ws.id, 'need', need.id), {
        data: itemData('need', { title: 'Mine' }),
        version: 1,
      });
      expect(v1.status).toBe(200);
      expect(v1.body).toMatchObject({ id: need.id, version: 2, position: 0, data: { title: 'Mine' } });

      await expectUnchanged(t.api, [ws.id], async () => {
        const stale = await t.api.put(item(ws.id, 'need', need.id), {
          data: itemData('need', { title: 'Theirs' }),
          version: 1,
        });
        expectError(stale, 409, 'conflict');
        expect((stale.body as { current: unknown }).current).toEqual(v1.body);
      });
      const overwrite = await t.api.put<StoredItem>(item(ws.id, 'need', need.id), {
        data: itemData('need', { title: 'Theirs' }),
      });
      expect(overwrite.body).toMatchObject({ version: 3, data: { title: 'Theirs' } });
      expect((await getStrategy(t.api, ws.id)).items.need).toEqual([overwrite.body]);
    });

    it('refuses bad data, naming the field, without changing anything', async () => {
      const ws = await newWorkspace(t.api);
      const action = await newItem(t.api, ws.id, 'action');
      const path = item(ws.id, 'action', action.id);
      await expectUnchanged(t.api, [ws.id], async () => {
        expectError(
          await t.api.put(path, { data: itemData('action', { title: longText(201) }) }),
          400,
          'validation',
          'data.title',
          'data.title',
        );
        expectError(
          await t.api.put(path, { data: itemData('action', { budget: '100' as unknown as number }) }),
          400,
          'validation',
          'data.budget',
          'data.budget',
        );
        expectError(
          await t.api.put(path, { data: itemData('action', { currency: 'BTC' as 'EUR' }) }),
          400,
          'validation',
          'data.currency',
        );
        expectError(
          await t.api.put(path, { data: itemData('action'), version: 'latest' }),
          400,
          'validation',
          'version',
          'version',
        );
        expectError(await t.api.put(path, { data: itemData('action'), id: action.id }), 400, 'validation', /id/);
        expectError(await t.api.put(path, 'not json'), 400, 'bad_request');
        expectError(
          await t.api.put(path, { data: itemData('action', { risks: longText(LIMITS.bodyBytes) }) }),
          413,
          'too_large',
        );
      });
    });

    it('answers 404 for an unknown item, an item of another kind or workspace, and malformed ids', async () => {
      const ws = await newWorkspace(t.api);
      const other = await newWorkspace(t.api, 'Other');
      const need = await newItem(t.api, ws.id, 'need');
      const body = { data: itemData('need', { title: 'X' }) };
      await expectUnchanged(t.api, [ws.id, other.id], async () => {
        expectError(await t.api.put(item(ws.id, 'need', UNKNOWN_ID), body), 404, 'not_found', /Item/);
        expectError(
          await t.api.put(item(ws.id, 'strength', need.id), { data: itemData('strength') }),
          404,
          'not_found',
        );
        expectError(await t.api.put(item(other.id, 'need', need.id), body), 404, 'not_found');
        expectError(await t.api.put(item(UNKNOWN_ID, 'need', need.id), body), 404, 'not_found', /Workspace/);
        expectError(await t.api.put(item(ws.id, 'need', 'bad-id'), body), 404, 'not_found');
        expectError(await t.api.put(item(ws.id, 'wish', need.id), body), 404, 'not_found');
      });
    });
  });

  describe('DELETE /api/workspaces/:id/items/:kind/:itemId', () => {
    it('deletes the item and closes the gap in positions; deleting again is fine', async () => {
      const ws = await newWorkspace(t.api);
      await newItem(t.api, ws.id, 'need', { title: 'A' });
      const b = await newItem(t.api, ws.id, 'need', { title: 'B' });
      await newItem(t.api, ws.id, 'need', { title: 'C' });
      expect((await t.api.delete(item(ws.id, 'need', b.id))).status).toBe(204);
      expect(await titles(ws.id)).toEqual([
        ['A', 0],
        ['C', 1],
      ]);
      await expectUnchanged(t.api, [ws.id], async () => {
        expect((await t.api.delete(item(ws.id, 'need', b.id))).status).toBe(204);
        expect((await t.api.delete(item(ws.id, 'need', UNKNOWN_ID))).status).toBe(204);
      });
    });

    it('never deletes an item of another kind or workspace', async () => {
      const ws = await newWorkspace(t.api);
      const other = await newWorkspace(t.api, 'Other');
      const need = await newItem(t.api, ws.id, 'need');
      await expectUnchanged(t.api, [ws.id, other.id], async () => {
        expect((await t.api.delete(item(other.id, 'need', need.id))).status).toBe(204);
        expect((await t.api.delete(item(ws.id, 'strength', need.id))).status).toBe(204);
      });
    });

    it('answers 404 for an unknown workspace, kind or malformed ids', async () => {
      const ws = await newWorkspace(t.api);
      const need = await newItem(t.api, ws.id, 'need');
      await expectUnchanged(t.api, [ws.id], async () => {
        expectError(await t.api.delete(item(UNKNOWN_ID, 'need', need.id)), 404, 'not_found');
        expectError(await t.api.delete(item(ws.id, 'needs', need.id)), 404, 'not_found');
        expectError(await t.api.delete(item(ws.id, 'need', '1')), 404, 'not_found');
        expectError(await t.api.delete(item('1', 'need', need.id)), 404, 'not_found');
      });
    });
  });
});
