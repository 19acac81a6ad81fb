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
  /* 2: accounts, sessions, roles per workspace, invitations, sign-in limits, audit log */ `
  create table users (
    id uuid primary key,
    email text not null unique,
    name text not null,
    password_hash text not null,
    system_role text not null default 'user',
    demo boolean not null default false,
    disabled_at timestamptz,
    created_at timestamptz not null
  );
  create table sessions (
    id uuid primary key,
    token_hash text not null unique,
    user_id uuid not null references users (id) on delete cascade,
    created_at timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at timestamptz not null,
    user_agent text not null default ''
  );
  create index sessions_user on sessions (user_id);
  create table memberships (
    workspace_id uuid not null references workspaces (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    role text not null,
    created_at timestamptz not null,
    primary key (workspace_id, user_id)
  );
  create index memberships_user on memberships (user_id);
  create table invitations (
    id uuid primary key,
    token_hash text not null unique,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    role text not null,
    created_by uuid references users (id) on delete set null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    used_by uuid references users (id) on delete set null,
    revoked_at timestamptz
  );
  create index invitations_workspace on invitations (workspace_id);
  create table reset_links (
    token_hash text primary key,
    user_id uuid not null references users (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz
  );
  create table sign_in_limits (
    key text primary key,
    failures int not null,
    window_start timestamptz not null,
    blocked_until timestamptz
  );
  create table audit_log (
    id bigserial primary key,
    at timestamptz not null,
    actor_id uuid,
    actor_email text not null default '',
    action text not null,
    workspace_id uuid,
    target text not null default '',
    ip text not null default ''
  );
  create index audit_log_workspace on audit_log (workspace_id, at);
  `,
  /* 3: two-step sign-in (TOTP, recovery codes), and sessions that wait for the second step */ `
  alter table users add column totp_secret text;
  alter table users add column totp_pending_secret text;
  alter table users add column totp_last_step bigint;
  alter table users add column recovery_codes jsonb not null default '[]';
  alter table sessions add column stage text not null default 'full';
  `,
  /* 4: who changed what (history per record), and the events that live updates deliver */ `
  alter table items add column updated_by uuid references users (id) on delete set null;
  alter table sections add column updated_by uuid references users (id) on delete set null;
  create table record_history (
    id bigserial primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    record text not null,
    at timestamptz not null,
    first_at timestamptz not null,
    user_id uuid references users (id) on delete set null,
    user_name text not null default '',
    action text not null,
    fields jsonb not null
  );
  create index record_history_record on record_history (workspace_id, record, id);
  create table workspace_events (
    seq bigserial primary key,
    workspace_id uuid not null,
    at timestamptz not null,
    payload jsonb not null
  );
  create index workspace_events_workspace on workspace_events (workspace_id, seq);
  `,
  /* 5: the workflow to adoption (state, the steps taken) and the versions kept on the way */ `
  alter table workspaces add column state text not null default 'draft';
  create table workflow_entries (
    id bigserial primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    at timestamptz not null,
    user_id uuid references users (id) on delete set null,
    user_name text not null default '',
    action text not null,
    from_state text not null,
    to_state text not null,
    comment text not null default '',
    version_id uuid
  );
  create index workflow_entries_workspace on workflow_entries (workspace_id, id);
  create table versions (
    id uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    number int not null,
    at timestamptz not null,
    user_id uuid references users (id) on delete set null,
    user_name text not null default '',
    name text not null default '',
    action text,
    state text not null,
    content jsonb not null,
    unique (workspace_id, number)
  );
  `,
  /* 6: comments in threads on items, sections and the strategy as a whole */ `
  create table comments (
    id uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    thread_id uuid not null,
    anchor text not null,
    author_id uuid references users (id) on delete set null,
    author_name text not null default '',
    author_role text,
    body text not null,
    mentions jsonb not null default '[]',
    created_at timestamptz not null,
    edited_at timestamptz,
    deleted_at timestamptz,
    resolved_at timestamptz,
    resolved_by text
  );
  create index comments_workspace_thread on comments (workspace_id, thread_id, created_at);
  `,
  /* 7: the ideas board of workshops: ideas, one vote per member and idea */ `
  create table ideas (
    id uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    title text not null,
    description text not null default '',
    themes jsonb not null default '[]',
    target_groups jsonb not null default '[]',
    status text not null default 'proposed',
    reason text not null default '',
    author_id uuid references users (id) on delete set null,
    author_name text not null default '',
    created_at timestamptz not null,
    updated_at timestamptz not null,
    converted_kind text,
    converted_id uuid
  );
  create index ideas_workspace on ideas (workspace_id, created_at);
  create table idea_votes (
    idea_id uuid not null references ideas (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    created_at timestamptz not null,
    primary key (idea_id, user_id)
  );
  `,
  /* 8: what happened while a person was away (in the app; there is no mail server) */ `
  create table notifications (
    id bigserial primary key,
    user_id uuid not null references users (id) on delete cascade,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    at timestamptz not null,
    kind text not null,
    actor_name text not null default '',
    action text,
    anchor text,
    read_at timestamptz
  );
  create index notifications_user on notifications (user_id, id);
  `,
  /* 9: programmes of towns, their coordinators, and the programme a workspace belongs to */ `
  create table programmes (
    id uuid primary key,
    name text not null,
    country text not null,
    deadline text not null,
    language text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
  );
  create table programme_coordinators (
    programme_id uuid not null references programmes (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    created_at timestamptz not null,
    primary key (programme_id, user_id)
  );
  create index programme_coordinators_user on programme_coordinators (user_id);
  alter table workspaces add column programme_id uuid references programmes (id) on delete set null;
  create index workspaces_programme on workspaces (programme_id);
  `,
  /* 10: a programme's good practice, as marked, and the towns' copies of it */ `
  create table good_practices (
    id uuid primary key,
    programme_id uuid not null references programmes (id) on delete cascade,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    item_kind text not null,
    item_id uuid not null,
    note text not null,
    content jsonb not null,
    marked_by uuid references users (id) on delete set null,
    marked_by_name text not null default '',
    created_at timestamptz not null,
    unique (programme_id, item_id)
  );
  create table good_practice_copies (
    practice_id uuid not null references good_practices (id) on delete cascade,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    item_id uuid not null,
    created_at timestamptz not null,
    primary key (practice_id, workspace_id)
  );
  `,
  /* 11: links that bring a strategy already written here into a programme, its lead choosing which */ `
  create table programme_links (
    token_hash text primary key,
    programme_id uuid not null references programmes (id) on delete cascade,
    created_by uuid references users (id) on delete set null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    used_by uuid references users (id) on delete set null,
    workspace_id uuid references workspaces (id) on delete set null
  );
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
