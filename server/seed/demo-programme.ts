import { randomUUID } from 'node:crypto';
import { TRANSITIONS } from '@/domain';
import type { WorkflowAction, WorkflowState } from '@/domain';
import { createUser } from '../auth/users';
import type { Database } from '../db/database';
import { importWorkspace } from '../store/import';
import { DEMO_TOWNS, demoTownOperations } from './demo-towns';

// The demo programme of `npm start`: "LiBri Latvia (demo)", ten towns at every stage and in
// every state of the workflow, and the sample strategy, coordinated by the demo coordinator, so
// that a newcomer sees the dashboard, the comparison and the charts with content.

export const DEMO_PROGRAMME_NAME = 'LiBri Latvia (demo)';
/** Submissions are due this many days after the demo is first started, so "days to the deadline" reads naturally. */
const DEADLINE_IN_DAYS = 45;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Each town's lead: a person of the demo's story, with no password (nobody signs in as them). */
const LEADS = [
  'Ilze Kalniņa',
  'Dace Ozoliņa',
  'Inese Liepiņa',
  'Santa Krūmiņa',
  'Līga Zariņa',
  'Baiba Vītola',
  'Anita Jansone',
  'Ieva Bērziņa',
  'Kristaps Eglītis',
  'Māris Kļaviņš',
];

/** The steps that lead from a draft to each state, in order, with who takes them. */
const PATHS: Record<WorkflowState, WorkflowAction[]> = {
  draft: [],
  inReview: ['submitForReview'],
  changesRequested: ['submitForReview', 'requestChanges'],
  approved: ['submitForReview', 'approve'],
  submitted: ['submitForReview', 'approve', 'submitToCoordinator'],
  returned: ['submitForReview', 'approve', 'submitToCoordinator', 'returnToTown'],
  accepted: ['submitForReview', 'approve', 'submitToCoordinator', 'accept'],
};

const COMMENTS: Partial<Record<WorkflowAction, string>> = {
  requestChanges: 'Please add the monitoring section and a budget for each action before the council committee.',
  returnToTown:
    'A good strategy. Before acceptance: link the digital-skills actions to a recommendation and add indicators to the outreach actions.',
};

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');

/**
 * The demo programme with its towns, once: nothing happens if it exists. `coordinatorId` is the
 * demo coordinator's account; `sampleId`, the sample strategy's workspace, joins the programme
 * too, so that its demo lead sees the programme's good practice.
 */
export async function seedDemoProgramme(
  db: Database,
  coordinatorId: string,
  sampleId?: string,
  now = new Date(),
): Promise<number> {
  const [existing] = await db.query('select id from programmes where name = $1', [DEMO_PROGRAMME_NAME]);
  if (existing) return 0;
  const at = now.toISOString();
  const programmeId = randomUUID();
  const deadline = new Date(now.getTime() + DEADLINE_IN_DAYS * DAY_MS).toISOString().slice(0, 10);
  await db.query(
    `insert into programmes (id, name, country, deadline, language, created_at, updated_at)
     values ($1, $2, 'LV', $3, 'lv', $4, $4)`,
    [programmeId, DEMO_PROGRAMME_NAME, deadline, at],
  );
  await db.query('insert into programme_coordinators (programme_id, user_id, created_at) values ($1, $2, $3)', [
    programmeId,
    coordinatorId,
    at,
  ]);
  const [coordinator] = await db.query<{ name: string }>('select name from users where id = $1', [coordinatorId]);
  if (sampleId) await db.query('update workspaces set programme_id = $2 where id = $1', [sampleId, programmeId]);

  for (const [index, town] of DEMO_TOWNS.entries()) {
    const leadName = LEADS[index % LEADS.length] as string;
    const lead = await createUser(
      db,
      { email: `lead.${slug(town.municipality)}@demo.libri.example`, name: leadName, passwordHash: '!' },
      at,
    );
    const workspace = await importWorkspace(db, town.name, demoTownOperations(town, randomUUID), [
      { userId: lead.id, role: 'lead' },
    ]);
    const last = new Date(now.getTime() - town.lastActivityDaysAgo * DAY_MS);
    const started = new Date(last.getTime() - (90 + index * 7) * DAY_MS);
    await db.query(
      `update workspaces set programme_id = $2, state = $3, created_at = $4, updated_at = $5 where id = $1`,
      [workspace.id, programmeId, town.state, started.toISOString(), last.toISOString()],
    );
    await db.query('update items set created_at = $2, updated_at = $2 where workspace_id = $1', [
      workspace.id,
      last.toISOString(),
    ]);
    await db.query('update sections set updated_at = $2 where workspace_id = $1', [workspace.id, last.toISOString()]);

    // The steps taken to its state, a day apart, ending on its last activity.
    const path = PATHS[town.state];
    let from: WorkflowState = 'draft';
    for (const [i, action] of path.entries()) {
      const when = new Date(last.getTime() - (path.length - 1 - i) * DAY_MS);
      const by = TRANSITIONS[action].by[0];
      const [userId, userName] =
        by === 'coordinator'
          ? [coordinatorId, coordinator?.name ?? '']
          : by === 'reviewer'
            ? [null, `Municipal reviewer, ${town.municipality}`]
            : [lead.id, leadName];
      const to = TRANSITIONS[action].to;
      await db.query(
        `insert into workflow_entries (workspace_id, at, user_id, user_name, action, from_state, to_state, comment)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [workspace.id, when.toISOString(), userId, userName, action, from, to, COMMENTS[action] ?? ''],
      );
      from = to;
    }
  }
  return DEMO_TOWNS.length + (sampleId ? 1 : 0);
}
