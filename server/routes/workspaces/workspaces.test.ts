import { LIMITS, StrategySchema } from '@/domain';
import type { Workspace, WorkspaceSummary } from '@/domain';
import { leadEveryWorkspace } from '../../test/people';
import {
  describeBackends,
  expectError,
  expectUnchanged,
  getStrategy,
  listWorkspaces,
  longText,
  newItem,
  newWorkspace,
  UNKNOWN_ID,
} from '../../test/helpers';

describeBackends('workspaces', (t) => {
  describe('GET /api/workspaces', () => {
    it('lists nothing on a fresh install', async () => {
      const res = await t.api.get('/api/workspaces');
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    });

    it('lists the most recently changed workspace first, with its municipality and item count', async () => {
      const older = await newWorkspace(t.api, 'Older');
      const newer = await newWorkspace(t.api, 'Newer');
      await new Promise((r) => setTimeout(r, 5));
      await newItem(t.api, older.id, 'need', { title: 'Language practice' });
      await newItem(t.api, older.id, 'partner', { name: 'Library' });
      await t.api.put(`/api/workspaces/${older.id}/sections/partnership`, {
        data: {
          municipality: 'Valmiera',
          country: 'LV',
          leadLibrary: '',
          description: '',
          agreementSigned: false,
          agreementDate: '',
        },
      });

      const list = await listWorkspaces(t.api);
      expect(list.map((w) => w.name)).toEqual(['Older', 'Newer']);
      expect(list[0]).toMatchObject({ id: older.id, municipality: 'Valmiera', itemCount: 2 });
      expect(list[1]).toMatchObject({ id: newer.id, municipality: '', itemCount: 0 });
    });
  });

  describe('POST /api/workspaces', () => {
    it('answers a blank name in plain English, naming the field', async () => {
      const res = await t.api.post<{ error: { message: string; field: string } }>('/api/workspaces', { name: '   ' });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ field: 'name', message: 'name: Enter a value' });
      expect(await listWorkspaces(t.api)).toEqual([]);
    });

    it('creates a workspace with an empty strategy', async () => {
      const res = await t.api.post<Workspace>('/api/workspaces', { name: '  Liepāja  ' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ name: 'Liepāja', createdAt: res.body.updatedAt });
      const strategy = await getStrategy(t.api, res.body.id);
      expect(StrategySchema.parse(strategy).workspace).toEqual(res.body);
      expect(strategy.sections.partnership).toEqual({
        version: 0,
        updatedAt: null,
        data: expect.objectContaining({ municipality: '', agreementSigned: false }),
      });
      expect(strategy.items.need).toEqual([]);
    });

    it.each([
      ['a missing name', {}, 'name'],
      ['a name that is not text', { name: 42 }, 'name'],
      ['a blank name', { name: '   ' }, 'name'],
      [`a name over ${LIMITS.name} characters`, { name: longText(LIMITS.name + 1) }, 'name'],
    ])('refuses %s, naming the field', async (_case, body, field) => {
      await expectUnchanged(t.api, [], async () => {
        const res = await t.api.post('/api/workspaces', body);
        expectError(res, 400, 'validation', field, field);
      });
    });

    it('refuses unknown fields, naming them', async () => {
      await expectUnchanged(t.api, [], async () => {
        expectError(await t.api.post('/api/workspaces', { name: 'A', owner: 'me' }), 400, 'validation', /owner/);
      });
    });

    it('refuses malformed JSON, non-objects, wrong content types and bodies over 1 MB', async () => {
      await expectUnchanged(t.api, [], async () => {
        expectError(await t.api.post('/api/workspaces', '{"name": "A"'), 400, 'bad_request', /JSON/);
        expectError(await t.api.post('/api/workspaces', '["A"]'), 400, 'bad_request', /object/);
        expectError(await t.api.post('/api/workspaces', 'null'), 400, 'bad_request', /object/);
        expectError(await t.api.post('/api/workspaces', ''), 400, 'bad_request', /JSON/);
        expectError(
          await t.api.post('/api/workspaces', 'name=A', { 'content-type': 'application/x-www-form-urlencoded' }),
          415,
          'bad_request',
          /Content-Type/,
        );
        expectError(
          await t.api.post('/api/workspaces', { name: longText(LIMITS.bodyBytes) }),
          413,
          'too_large',
          /1 MB/,
        );
      });
    });

    it(`refuses a workspace beyond ${LIMITS.workspaces}`, async () => {
      await t.db.query(
        `insert into workspaces (id, name, created_at, updated_at)
         select gen_random_uuid(), 'W' || n, now(), now() from generate_series(1, $1::int) n`,
        [LIMITS.workspaces],
      );
      await leadEveryWorkspace(t.db, t.me);
      expectError(
        await t.api.post('/api/workspaces', { name: 'One too many' }),
        400,
        'limit',
        String(LIMITS.workspaces),
      );
      expect(await listWorkspaces(t.api)).toHaveLength(LIMITS.workspaces);
    });
  });

  describe('GET /api/workspaces/:id', () => {
    it('answers 404 for an unknown or malformed id', async () => {
      expectError(await t.api.get(`/api/workspaces/${UNKNOWN_ID}`), 404, 'not_found', /Workspace/);
      expectError(await t.api.get('/api/workspaces/not-a-uuid'), 404, 'not_found');
      expectError(await t.api.get('/api/workspaces/00000000-0000-0000-0000-00000000000g'), 404, 'not_found');
    });
  });

  describe('PATCH /api/workspaces/:id', () => {
    it('renames the workspace and marks it as updated', async () => {
      const ws = await newWorkspace(t.api, 'Old name');
      await new Promise((r) => setTimeout(r, 5));
      const res = await t.api.patch<Workspace>(`/api/workspaces/${ws.id}`, { name: 'New name' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: ws.id, name: 'New name', createdAt: ws.createdAt });
      expect(res.body.updatedAt > ws.updatedAt).toBe(true);
      expect((await getStrategy(t.api, ws.id)).workspace.name).toBe('New name');
    });

    it('refuses bad names and bad bodies without changing anything', async () => {
      const ws = await newWorkspace(t.api);
      await expectUnchanged(t.api, [ws.id], async () => {
        expectError(
          await t.api.patch(`/api/workspaces/${ws.id}`, { name: longText(121) }),
          400,
          'validation',
          'name',
          'name',
        );
        expectError(await t.api.patch(`/api/workspaces/${ws.id}`, { name: ['A'] }), 400, 'validation', 'name', 'name');
        expectError(await t.api.patch(`/api/workspaces/${ws.id}`, { name: 'A', extra: 1 }), 400, 'validation', /extra/);
        expectError(await t.api.patch(`/api/workspaces/${ws.id}`, '{name:'), 400, 'bad_request');
        expectError(
          await t.api.patch(`/api/workspaces/${ws.id}`, 'A', { 'content-type': 'text/plain' }),
          415,
          'bad_request',
        );
        expectError(
          await t.api.patch(`/api/workspaces/${ws.id}`, { name: longText(LIMITS.bodyBytes) }),
          413,
          'too_large',
        );
      });
    });

    it('answers 404 for an unknown or malformed id', async () => {
      await expectUnchanged(t.api, [], async () => {
        expectError(await t.api.patch(`/api/workspaces/${UNKNOWN_ID}`, { name: 'A' }), 404, 'not_found');
        expectError(await t.api.patch('/api/workspaces/123', { name: 'A' }), 404, 'not_found');
      });
    });
  });

  describe('DELETE /api/workspaces/:id', () => {
    it('deletes the workspace with all its content', async () => {
      const ws = await newWorkspace(t.api);
      const other = await newWorkspace(t.api, 'Other');
      await newItem(t.api, ws.id, 'need');
      await newItem(t.api, other.id, 'need');
      const res = await t.api.delete(`/api/workspaces/${ws.id}`);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expectError(await t.api.get(`/api/workspaces/${ws.id}`), 404, 'not_found');
      expect((await listWorkspaces(t.api)).map((w: WorkspaceSummary) => w.id)).toEqual([other.id]);
      expect(await t.db.query('select id from items where workspace_id = $1', [ws.id])).toEqual([]);
      expect((await getStrategy(t.api, other.id)).items.need).toHaveLength(1);
    });

    it('answers 404 for an unknown, already deleted or malformed id', async () => {
      const ws = await newWorkspace(t.api);
      expect((await t.api.delete(`/api/workspaces/${ws.id}`)).status).toBe(204);
      expectError(await t.api.delete(`/api/workspaces/${ws.id}`), 404, 'not_found');
      expectError(await t.api.delete(`/api/workspaces/${UNKNOWN_ID}`), 404, 'not_found');
      expectError(await t.api.delete('/api/workspaces/%27%20or%201%3D1'), 404, 'not_found');
    });
  });

  describe('the rest of /api', () => {
    it('answers the health check', async () => {
      const res = await t.api.get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ok: true });
    });

    it('answers 404 JSON for unknown API routes and methods', async () => {
      expectError(await t.api.get('/api/nothing-here'), 404, 'not_found');
      expectError(await t.api.post(`/api/workspaces/${UNKNOWN_ID}`, { name: 'A' }), 404, 'not_found');
      expectError(await t.api.get('/'), 404, 'not_found');
    });
  });
});
