import { describeBackends } from '../test/helpers';
import { migrate, MIGRATIONS } from './migrations';

describeBackends('migrations', (t) => {
  it('records every migration once and does nothing when run again', async () => {
    expect(await migrate(t.db)).toBe(0);
    const rows = await t.db.query<{ version: number }>('select version from schema_migrations order by version');
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('creates the tables the store needs, with the index for ordered lists', async () => {
    const tables = await t.db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() order by table_name`,
    );
    expect(tables.map((r) => r.table_name)).toEqual([
      'audit_log',
      'comments',
      'good_practice_copies',
      'good_practices',
      'idea_votes',
      'ideas',
      'invitations',
      'items',
      'memberships',
      'notifications',
      'programme_coordinators',
      'programme_links',
      'programmes',
      'record_history',
      'reset_links',
      'schema_migrations',
      'sections',
      'sessions',
      'sign_in_limits',
      'users',
      'versions',
      'workflow_entries',
      'workspace_events',
      'workspaces',
    ]);
    const indexes = await t.db.query<{ indexname: string }>(
      `select indexname from pg_indexes where schemaname = current_schema() and tablename = 'items'`,
    );
    expect(indexes.map((r) => r.indexname)).toContain('items_workspace_kind_position');
  });

  it('rolls back a transaction that throws', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(
          `insert into workspaces (id, name, created_at, updated_at) values (gen_random_uuid(), 'Half', now(), now())`,
        );
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await t.db.query('select * from workspaces')).toEqual([]);
  });
});
