import { ITEM_KINDS, LIMITS, SAMPLE_WORKSPACE_NAME } from '@/domain';
import { BACKUP_FORMAT_VERSION, BackupFile } from '@/domain/backup';
import type { ItemKind, Strategy, Workspace } from '@/domain';
import { seedSampleIfEmpty } from '../../seed';
import { leadEveryWorkspace } from '../../test/people';
import { largeBackup } from '../../test/large-backup';
import {
  describeBackends,
  expectError,
  expectUnchanged,
  getStrategy,
  itemData,
  listWorkspaces,
  longText,
  UNKNOWN_ID,
} from '../../test/helpers';

describeBackends('backup', (t) => {
  async function sampleBackup(): Promise<{ source: Strategy; backup: BackupFile }> {
    const sample = (await seedSampleIfEmpty(t.db)) as Workspace;
    await leadEveryWorkspace(t.db, t.me);
    const res = await t.api.get<BackupFile>(`/api/workspaces/${sample.id}/backup`);
    expect(res.status).toBe(200);
    return { source: await getStrategy(t.api, sample.id), backup: res.body };
  }

  describe('GET /api/workspaces/:id/backup', () => {
    it('downloads the whole workspace as a backup file', async () => {
      const sample = (await seedSampleIfEmpty(t.db)) as Workspace;
      await leadEveryWorkspace(t.db, t.me);
      const res = await t.api.get<BackupFile>(`/api/workspaces/${sample.id}/backup`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="libri-backup-\d{4}-\d{2}-\d{2}\.json"; filename\*=UTF-8''Valmiera%20%E2%80%94/,
      );
      const backup = BackupFile.parse(res.body);
      expect(backup.workspace.name).toBe(SAMPLE_WORKSPACE_NAME);
      expect(backup.sections.partnership.municipality).toBe('Valmiera');
      expect(backup.items.need.map((n) => n.data.title)).toContain('Practise Latvian outside the classroom');
    });

    it('answers 404 for an unknown or malformed id', async () => {
      expectError(await t.api.get(`/api/workspaces/${UNKNOWN_ID}/backup`), 404, 'not_found');
      expectError(await t.api.get('/api/workspaces/latest/backup'), 404, 'not_found');
    });
  });

  describe('POST /api/workspaces/import', () => {
    it('creates a new workspace with the content and fresh ids, links pointing at the new items', async () => {
      const { source, backup } = await sampleBackup();
      const res = await t.api.post<Workspace>('/api/workspaces/import', backup);
      expect(res.status).toBe(201);
      expect(res.body.name).toBe(SAMPLE_WORKSPACE_NAME);
      expect(res.body.id).not.toBe(source.workspace.id);

      const copy = await getStrategy(t.api, res.body.id);
      expect(copy.sections.diagnosis.data).toEqual(source.sections.diagnosis.data);
      expect(copy.items.need.map((n) => n.data.title)).toEqual(source.items.need.map((n) => n.data.title));
      const sourceIds = new Set(
        Object.values(source.items)
          .flat()
          .map((i) => i.id),
      );
      expect(
        Object.values(copy.items)
          .flat()
          .some((i) => sourceIds.has(i.id)),
      ).toBe(false);

      const rec = copy.items.recommendation.find((r) => r.data.title.startsWith('Open weekly'));
      const need = copy.items.need.find((n) => n.data.title.startsWith('Practise Latvian'));
      const action = copy.items.action[0];
      expect(rec?.data.needIds).toEqual([need?.id]);
      expect(action?.data.recommendationId).toBe(rec?.id);
      expect(copy.items.partner.map((p) => p.id)).toContain(action?.data.leadPartnerId);
      expect(await listWorkspaces(t.api)).toHaveLength(2);
    });

    it('imports the same file twice as two workspaces', async () => {
      const { backup } = await sampleBackup();
      expect((await t.api.post('/api/workspaces/import', backup)).status).toBe(201);
      expect((await t.api.post('/api/workspaces/import', backup)).status).toBe(201);
      expect(await listWorkspaces(t.api)).toHaveLength(3);
    });

    it('accepts a file larger than the usual 1 MB request limit', async () => {
      const { backup } = await sampleBackup();
      const needs = Array.from({ length: 300 }, () => ({
        id: crypto.randomUUID(),
        data: itemData('need', { description: longText(LIMITS.text) }),
      }));
      const big = { ...backup, items: { ...backup.items, need: needs } };
      expect(JSON.stringify(big).length).toBeGreaterThan(LIMITS.bodyBytes);
      const res = await t.api.post<Workspace>('/api/workspaces/import', big);
      expect(res.status).toBe(201);
      expect((await getStrategy(t.api, res.body.id)).items.need).toHaveLength(300);
    });

    it('imports the largest workspace, 1,000 items of every kind, in order and with every link re-pointed', async () => {
      const backup = largeBackup(LIMITS.itemsPerKind);
      const res = await t.api.post<Workspace>('/api/workspaces/import', backup);
      expect(res.status).toBe(201);
      const copy = await getStrategy(t.api, res.body.id);

      const newId = new Map<string, string>();
      for (const kind of ITEM_KINDS) {
        const stored = copy.items[kind];
        expect(stored.map((i) => i.data)).toHaveLength(LIMITS.itemsPerKind);
        expect(stored.map((i) => i.position)).toEqual(stored.map((_, i) => i));
        expect(stored.every((i) => i.version === 1 && i.updatedAt === res.body.createdAt)).toBe(true);
        backup.items[kind].forEach((item, i) => newId.set(item.id, stored[i]?.id as string));
      }
      // Every item in file order, with its content as it was but each link pointing at the new copy.
      const relink = (id: string) => newId.get(id);
      const expected = (kind: ItemKind) =>
        backup.items[kind].map(({ data }) => {
          if ('partnerId' in data) return { ...data, partnerId: relink(data.partnerId) };
          if ('needIds' in data)
            return {
              ...data,
              needIds: data.needIds.map(relink),
              challengeIds: data.challengeIds.map(relink),
              strengthIds: data.strengthIds.map(relink),
            };
          if ('indicators' in data)
            return {
              ...data,
              recommendationId: relink(data.recommendationId),
              leadPartnerId: relink(data.leadPartnerId),
              supportingPartnerIds: data.supportingPartnerIds.map(relink),
              indicators: data.indicators.map((indicator) => ({ ...indicator, id: expect.any(String) })),
            };
          return data;
        });
      for (const kind of ITEM_KINDS) expect(copy.items[kind].map((i) => i.data)).toEqual(expected(kind));
      expect(copy.sections.partnership).toMatchObject({ version: 1, data: backup.sections.partnership });
      expect((await listWorkspaces(t.api))[0]).toMatchObject({ itemCount: 8 * LIMITS.itemsPerKind });
    });

    it('refuses a file with more items of a kind than a workspace may hold, creating nothing', async () => {
      const { source, backup } = await sampleBackup();
      const needs = largeBackup(LIMITS.itemsPerKind + 1).items.need;
      await expectUnchanged(t.api, [source.workspace.id], async () => {
        expectError(
          await t.api.post('/api/workspaces/import', { ...backup, items: { ...backup.items, need: needs } }),
          400,
          'validation',
          'items.need',
        );
      });
    });

    it.each([
      ['text that is not JSON', () => 'this is a Word document', 400, 'bad_request', /not valid JSON/],
      [
        'a file from another program',
        () => ({ format: 'other-app', data: [] }),
        400,
        'bad_request',
        /Not a LiBri backup file/,
      ],
      ['a JSON array', () => [1, 2], 400, 'bad_request', /Not a LiBri backup file/],
      [
        'a 9.8 MB file of nested arrays',
        () => '['.repeat(4_900_000) + ']'.repeat(4_900_000),
        400,
        'bad_request',
        'The JSON is nested too deeply (more than 32 levels)',
      ],
      [
        'a file from a newer version',
        (b: BackupFile) => ({ ...b, formatVersion: BACKUP_FORMAT_VERSION + 1 }),
        400,
        'bad_request',
        /newer version/,
      ],
    ] as const)('refuses %s with a message, creating nothing', async (_case, make, status, code, message) => {
      const { source, backup } = await sampleBackup();
      await expectUnchanged(t.api, [source.workspace.id], async () => {
        expectError(await t.api.post('/api/workspaces/import', make(backup)), status, code, message);
      });
    });

    it('refuses a damaged file, naming the field, creating nothing', async () => {
      const { source, backup } = await sampleBackup();
      const need = backup.items.need[0] as BackupFile['items']['need'][number];
      const damaged = {
        ...backup,
        items: { ...backup.items, need: [{ ...need, data: { ...need.data, title: longText(201) } }] },
      };
      await expectUnchanged(t.api, [source.workspace.id], async () => {
        expectError(
          await t.api.post('/api/workspaces/import', damaged),
          400,
          'validation',
          'items.need.0.data.title',
          'items.need.0.data.title',
        );
      });
    });

    it('refuses a file over 10 MB and a body that is not sent as JSON, creating nothing', async () => {
      const { source, backup } = await sampleBackup();
      await expectUnchanged(t.api, [source.workspace.id], async () => {
        const huge = { ...backup, workspace: { name: 'Huge' }, padding: 'x'.repeat(10_000_001) };
        expectError(await t.api.post('/api/workspaces/import', huge), 413, 'too_large', /10 MB/);
        expectError(
          await t.api.post('/api/workspaces/import', JSON.stringify(backup), { 'content-type': 'text/plain' }),
          415,
          'bad_request',
        );
      });
    });
  });
});
