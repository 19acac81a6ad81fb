import type { Database } from './database';

// The schema, as numbered SQL applied in order and recorded in schema_migrations.
// Append only: an applied migration is never edited, a change is a new entry.
// Plain PostgreSQL, so the same text runs on PGlite and on a PostgreSQL server.
export const MIGRATIONS: readonly string[] = [
  /* 1: workspaces, singular sections, list items */ `
  create table workspaces (
    id uuid primary key,
    name text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
  );
  create table sections (
    workspace_id uuid not null references workspaces (id) on delete cascade,
    key text not null,
    data jsonb not null,
    version int not null,
    updated_at timestamptz not null,
    primary key (workspace_id, key)
  );
  create table items (
    id uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    kind text not null,
    position int not null,
    data jsonb not null,
    version int not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
  );
  create index items_workspace_kind_position on items (workspace_id, kind, position);
  `,
];

/** Applies the migrations not yet applied, all in one transaction. Safe to run at every start. */
export async function migrate(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    // Two server processes starting at once against one PostgreSQL must not both migrate.
    await tx.query('select pg_advisory_xact_lock(7311001)');
    await tx.exec(`create table if not exists schema_migrations (
      version int primary key,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    let count = 0;
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      await tx.exec(sql);
      await tx.query('insert into schema_migrations (version) values ($1)', [version]);
      count += 1;
    }
    return count;
  });
}
