import { readFileSync } from 'node:fs';
import { textOf, upgradeOperation } from '@/domain';
import type { Strategy, Workspace } from '@/domain';
import { describeBackends, getStrategy, listWorkspaces } from './test/helpers';
import { leadEveryWorkspace, person } from './test/people';

// Data outlives code (docs/decisions/004-schema-evolution.md). The fixtures in
// tests/fixtures/release-0.1 were written by the first release: its database rows, a
// backup file of format 1 and a browser's queued edits. Whatever this release changes
// in the model, they must open with every word.

const dir = new URL('../tests/fixtures/release-0.1/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

type Rows = {
  workspaces: Record<string, unknown>[];
  sections: Record<string, unknown>[];
  items: Record<string, unknown>[];
};

/** Every word a person typed in the old rows, for the new release to show. */
const wordsOf = (rows: Rows) =>
  [...rows.sections, ...rows.items].flatMap((r) => textOf(r.data).split('\n')).filter(Boolean);

describeBackends('data written by release 0.1', (t) => {
  async function load(rows: Rows) {
    for (const w of rows.workspaces) {
      await t.db.query('insert into workspaces (id, name, created_at, updated_at) values ($1, $2, $3, $4)', [
        w.id,
        w.name,
        w.created_at,
        w.updated_at,
      ]);
    }
    for (const s of rows.sections) {
      await t.db.query(
        'insert into sections (workspace_id, key, data, version, updated_at) values ($1, $2, $3::jsonb, $4, $5)',
        [s.workspace_id, s.key, JSON.stringify(s.data), s.version, s.updated_at],
      );
    }
    for (const i of rows.items) {
      await t.db.query(
        `insert into items (id, workspace_id, kind, position, data, version, created_at, updated_at)
         values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)`,
        [i.id, i.workspace_id, i.kind, i.position, JSON.stringify(i.data), i.version, i.created_at, i.updated_at],
      );
    }
    return rows.workspaces[0]!.id as string;
  }

  it('opens the stored workspace with every word for the administrator, and takes an edit once it has a lead', async () => {
    const rows: Rows = read('database-rows.json');
    const id = await load(rows);
    // From before accounts: nobody is a member; it waits under the administrators for a lead.
    expect(await listWorkspaces(t.api)).toEqual([]);
    const admin = await person(t.db, t.app, 'first-admin@example.org', 'admin');
    const listed = await listWorkspaces(admin.api);
    expect(listed).toEqual([expect.objectContaining({ id, role: null, hasLead: false })]);
    const res = await admin.api.get<Strategy>(`/api/workspaces/${id}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    const lost = wordsOf(rows).filter((w) => !text.includes(JSON.stringify(w).slice(1, -1)));
    expect(lost).toEqual([]);

    const need = res.body.items.need[0]!;
    await leadEveryWorkspace(t.db, t.me);
    const put = await t.api.put(`/api/workspaces/${id}/items/need/${need.id}`, {
      data: { ...need.data, title: 'Edited after the upgrade' },
      version: need.version,
    });
    expect(put.status).toBe(200);
  });

  it('opens rows that lack a field added since and carry one removed since', async () => {
    const rows: Rows = read('database-rows.json');
    const action = rows.items.find((i) => i.kind === 'action')!;
    const { risks: _risks, ...older } = action.data as Record<string, unknown>;
    action.data = { ...older, retiredField: 'from a removed feature' };
    const plan = rows.sections.find((s) => s.key === 'plan')!;
    plan.data = { monitoring: (plan.data as { monitoring: string }).monitoring };
    const id = await load(rows);
    await leadEveryWorkspace(t.db, t.me);

    const res = await t.api.get<Strategy>(`/api/workspaces/${id}`);
    expect(res.status).toBe(200);
    const upgraded = res.body.items.action.find((a) => a.id === action.id)!;
    expect(upgraded.data.risks).toBe('');
    expect(upgraded.data).not.toHaveProperty('retiredField');
    expect(upgraded.data.title).toBe((action.data as { title: string }).title);
    expect(res.body.sections.plan.data.review).toBe('');
  });

  it('imports a backup file of format 1 with every word', async () => {
    const backup = read('backup-v1.json');
    const res = await t.api.post<Workspace>('/api/workspaces/import', backup);
    expect(res.status).toBe(201);
    const strategy = await getStrategy(t.api, res.body.id);
    const text = JSON.stringify(strategy);
    const words = textOf({ sections: backup.sections, items: backup.items }).split('\n');
    expect(words.filter((w) => !text.includes(JSON.stringify(w).slice(1, -1)))).toEqual([]);
  });

  it('reads every edit a browser queued with release 0.1', () => {
    const queued: unknown[] = read('outbox.json');
    const upgraded = queued.map(upgradeOperation);
    expect(upgraded.every((u) => u.ok)).toBe(true);
    expect(textOf(upgraded.map((u) => (u.ok ? u.op : null)))).toBe(textOf(queued));
  });
});
