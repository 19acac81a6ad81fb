import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, EMPTY_SECTIONS, SAMPLE_WORKSPACE_NAME, sampleOperations } from '@/domain';
import type { DemoAccount, SystemRole, Workspace, WorkspaceRole } from '@/domain';
import { hashPassword } from './auth/passwords';
import { addMember, createUser, findUserByEmail } from './auth/users';
import type { UserRow } from './auth/users';
import type { Database } from './db/database';
import { importWorkspace } from './store/import';
import { seedDemoProgramme } from './seed/demo-programme';
import { countWorkspaces } from './store/workspaces';

/** A fresh install opens on a realistic example rather than an empty list; never touches an install in use. */
export async function seedSampleIfEmpty(db: Database): Promise<Workspace | undefined> {
  if ((await countWorkspaces(db)) > 0) return undefined;
  return importWorkspace(db, SAMPLE_WORKSPACE_NAME, sampleOperations(randomUUID));
}

type DemoSpec = {
  email: string;
  name: string;
  role: DemoAccount['role'];
  systemRole: SystemRole;
  /** The role in the sample workspace, or in the second town's workspace for `other-lead`. */
  sample?: WorkspaceRole;
  secondTown?: WorkspaceRole;
};

/** One account for each kind of person, so that a newcomer can try every role at once. */
export const DEMO_ACCOUNTS: readonly DemoSpec[] = [
  { email: 'admin@example.org', name: 'Demo Administrator', role: 'admin', systemRole: 'admin' },
  { email: 'lead@example.org', name: 'Demo Lead (library)', role: 'lead', systemRole: 'user', sample: 'lead' },
  {
    email: 'partner@example.org',
    name: 'Demo Partner (NGO)',
    role: 'contributor',
    systemRole: 'user',
    sample: 'contributor',
  },
  {
    email: 'partner2@example.org',
    name: 'Demo Partner (municipality)',
    role: 'contributor',
    systemRole: 'user',
    sample: 'contributor',
  },
  {
    email: 'reviewer@example.org',
    name: 'Demo Reviewer (municipality)',
    role: 'reviewer',
    systemRole: 'user',
    sample: 'reviewer',
  },
  { email: 'coordinator@example.org', name: 'Demo Coordinator', role: 'coordinator', systemRole: 'coordinator' },
  {
    email: 'other-lead@example.org',
    name: 'Demo Lead of another town',
    role: 'other-lead',
    systemRole: 'user',
    secondTown: 'lead',
  },
];

export const SECOND_TOWN_NAME = 'Cēsis — demo strategy of another town';

export const demoRoleOf = (email: string): DemoAccount['role'] | undefined =>
  DEMO_ACCOUNTS.find((a) => a.email === email)?.role;

/**
 * The demo accounts of `npm start`, all with the password DEMO_PASSWORD, in the sample workspace
 * and a second town's; the demo coordinator comes with the demo programme of ten towns
 * (seed/demo-programme.ts). Adds only what is missing: running it again changes nothing.
 */
export async function seedDemoAccounts(db: Database, sample: Workspace | undefined): Promise<number> {
  const missing = [];
  for (const spec of DEMO_ACCOUNTS) if (!(await findUserByEmail(db, spec.email))) missing.push(spec);
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sampleId =
    sample?.id ??
    (
      await db.query<{ id: string }>('select id from workspaces where name = $1 order by created_at limit 1', [
        SAMPLE_WORKSPACE_NAME,
      ])
    )[0]?.id;
  const now = new Date().toISOString();
  const created: [DemoSpec, UserRow][] = [];
  for (const spec of missing) {
    const user = await createUser(
      db,
      { email: spec.email, name: spec.name, passwordHash, systemRole: spec.systemRole, demo: true },
      now,
    );
    created.push([spec, user]);
  }
  for (const [spec, user] of created) {
    if (spec.sample && sampleId) await addMember(db, sampleId, user.id, spec.sample, now);
    if (spec.role === 'coordinator') await seedDemoProgramme(db, user.id, sampleId);
    if (spec.secondTown) {
      const town = await importWorkspace(db, SECOND_TOWN_NAME, [
        {
          type: 'putSection',
          key: 'partnership',
          data: { ...EMPTY_SECTIONS.partnership, municipality: 'Cēsis' },
        },
      ]);
      await addMember(db, town.id, user.id, spec.secondTown, now);
    }
  }
  return created.length;
}
