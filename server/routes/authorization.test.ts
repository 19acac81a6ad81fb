import { randomUUID } from 'node:crypto';
import { EMPTY_ITEMS, EMPTY_SECTIONS, emptyStrategy } from '@/domain';
import type { CreatedInvitation, StoredItem, SystemRole, Workspace, WorkspaceSummary } from '@/domain';
import { strategyToBackup } from '@/domain/backup';
import { createApp } from '../app';
import { hashPassword } from '../auth/passwords';
import { hashToken, newToken } from '../auth/tokens';
import { createUser } from '../auth/users';
import type { Database } from '../db/database';
import { apiClient } from '../test/api-client';
import type { ApiClient, Res } from '../test/api-client';
import { describeBackends, UNKNOWN_ID } from '../test/helpers';
import { makeMember, person } from '../test/people';
import type { Person } from '../test/people';

// THE AUTHORIZATION TABLE: every route the app registers, and the status each kind of person
// gets from it. A new route fails the first test until someone decides who may call it.

const ACTORS = [
  'anonymous',
  'lead',
  'contributor',
  'reviewer',
  'observer',
  'admin',
  'otherLead',
  'coordinator',
] as const;
type Actor = (typeof ACTORS)[number];

/** One status per actor, in the order of ACTORS. */
type Statuses = [
  anonymous: number,
  lead: number,
  contributor: number,
  reviewer: number,
  observer: number,
  admin: number,
  otherLead: number,
  coordinator: number,
];

/** Values for the path parameters, fresh for every request. */
type Fixture = {
  workspaceId: string;
  /** The contributor of the workspace: the target of role changes and removals. */
  memberId: string;
  itemId: string;
  invitationId: string;
  token: string;
  versionId: string;
  commentId: string;
  ideaId: string;
  /** The programme the workspace belongs to, coordinated by `coordinator`. */
  programmeId: string;
  /** A second town of the programme, to compare with. */
  otherTownId: string;
  /** An entry of the programme's good practice: the workspace's recommendation `itemId`. */
  practiceId: string;
};

const SIGNER = { email: 'signer@authz.example', password: 'a long and uncommon passphrase' };

const backupFile = () =>
  strategyToBackup(
    emptyStrategy({
      id: randomUUID(),
      name: 'Imported',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }),
    new Date().toISOString(),
  );

// lead, contributor, reviewer and observer are members of the workspace; admin is an
// administrator who is not a member; otherLead leads another workspace only; coordinator
// coordinates the programme the workspace belongs to, without being its member.
const TABLE: [Statuses, string][] = [
  // [anonymous, lead, contributor, reviewer, observer, admin, otherLead, coordinator], route
  [[200, 200, 200, 200, 200, 200, 200, 200], 'GET /api/health'],
  // The accessibility statement's contact: anyone, signed in or not.
  [[200, 200, 200, 200, 200, 200, 200, 200], 'GET /api/accessibility'],

  // ---- sessions: public, or about the signed-in person only
  [[200, 200, 200, 200, 200, 200, 200, 200], 'GET /api/auth/setup'],
  [[401, 200, 200, 200, 200, 200, 200, 200], 'GET /api/auth/session'],
  [[200, 200, 200, 200, 200, 200, 200, 200], 'POST /api/auth/sign-in'],
  [[204, 204, 204, 204, 204, 204, 204, 204], 'POST /api/auth/sign-out'],
  [[401, 200, 200, 200, 200, 200, 200, 200], 'POST /api/auth/keep-alive'],
  [[401, 200, 200, 200, 200, 200, 200, 200], 'GET /api/auth/sessions'],
  [[401, 204, 204, 204, 204, 204, 204, 204], 'DELETE /api/auth/sessions'],
  // Two-step sign-in: the second step belongs to a half-done sign-in (none here); setting up is
  // anyone's; a wrong code is refused; administrators and coordinators may not turn it off.
  [[401, 401, 401, 401, 401, 401, 401, 401], 'POST /api/auth/two-step/verify'],
  [[401, 200, 200, 200, 200, 200, 200, 200], 'POST /api/auth/two-step/setup'],
  [[401, 401, 401, 401, 401, 401, 401, 401], 'POST /api/auth/two-step/enable'],
  [[401, 401, 401, 401, 401, 403, 401, 403], 'POST /api/auth/two-step/disable'],
  // One's own data and account (a test person's password is not this one: the deletion is refused).
  [[401, 200, 200, 200, 200, 200, 200, 200], 'GET /api/auth/account/data'],
  [[401, 401, 401, 401, 401, 401, 401, 401], 'POST /api/auth/account/delete'],

  // ---- invitation links: whoever holds the link
  [[200, 200, 200, 200, 200, 200, 200, 200], 'GET /api/invitations/:token'],
  [[401, 200, 200, 200, 200, 200, 200, 200], 'POST /api/invitations/:token/accept'],
  [[201, 201, 201, 201, 201, 201, 201, 201], 'POST /api/invitations/:token/sign-up'],

  // ---- workspaces: anyone signed in may start one; admin reads any, changes none; the programme's
  // coordinator observes its towns (reads, comments, proposes ideas), as an observer does
  [[401, 200, 200, 200, 200, 200, 200, 200], 'GET /api/workspaces'],
  [[401, 201, 201, 201, 201, 201, 201, 201], 'POST /api/workspaces'],
  [[401, 201, 201, 201, 201, 201, 201, 201], 'POST /api/workspaces/import'],
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id'],
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/backup'],
  [[401, 200, 403, 403, 403, 403, 404, 403], 'PATCH /api/workspaces/:id'],
  [[401, 204, 403, 403, 403, 403, 404, 403], 'DELETE /api/workspaces/:id'],

  // ---- content: leads and contributors
  [[401, 200, 200, 403, 403, 403, 404, 403], 'PUT /api/workspaces/:id/sections/:key'],
  [[401, 201, 201, 403, 403, 403, 404, 403], 'POST /api/workspaces/:id/items/:kind'],
  [[401, 200, 200, 403, 403, 403, 404, 403], 'PUT /api/workspaces/:id/items/:kind/:itemId'],
  [[401, 204, 204, 403, 403, 403, 404, 403], 'DELETE /api/workspaces/:id/items/:kind/:itemId'],
  [[401, 204, 204, 403, 403, 403, 404, 403], 'PUT /api/workspaces/:id/order/:kind'],

  // ---- live updates and presence: whoever may read the workspace
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/live'],
  [[401, 204, 204, 204, 204, 204, 404, 204], 'PUT /api/workspaces/:id/presence'],
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/history/:record'],

  // ---- the workflow: every member reads it; each step is its role's (here the lead's submission)
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/workflow'],
  [[401, 200, 403, 403, 403, 403, 404, 403], 'POST /api/workspaces/:id/workflow'],
  [[401, 201, 403, 403, 403, 403, 404, 403], 'POST /api/workspaces/:id/versions'],
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/versions/:versionId'],

  // ---- comments: every member comments in any state (an administrator who is not a member reads only);
  // only the author changes or removes a comment (here the lead's)
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/comments'],
  [[401, 201, 201, 201, 201, 403, 404, 201], 'POST /api/workspaces/:id/comments'],
  [[401, 200, 403, 403, 403, 403, 404, 403], 'PATCH /api/workspaces/:id/comments/:commentId'],
  [[401, 204, 403, 403, 403, 403, 404, 403], 'DELETE /api/workspaces/:id/comments/:commentId'],
  [[401, 200, 200, 200, 200, 403, 404, 200], 'PUT /api/workspaces/:id/comments/:commentId/resolved'],

  // ---- the ideas board: every member proposes and votes; its author or the lead changes an
  // idea (here the lead's); the lead decides and turns a selected idea into an item
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/ideas'],
  [[401, 201, 201, 201, 201, 403, 404, 201], 'POST /api/workspaces/:id/ideas'],
  [[401, 200, 403, 403, 403, 403, 404, 403], 'PATCH /api/workspaces/:id/ideas/:ideaId'],
  [[401, 204, 403, 403, 403, 403, 404, 403], 'DELETE /api/workspaces/:id/ideas/:ideaId'],
  [[401, 200, 200, 200, 200, 403, 404, 200], 'PUT /api/workspaces/:id/ideas/:ideaId/vote'],
  [[401, 200, 403, 403, 403, 403, 404, 403], 'PUT /api/workspaces/:id/ideas/:ideaId/decision'],
  [[401, 201, 403, 403, 403, 403, 404, 403], 'POST /api/workspaces/:id/ideas/:ideaId/convert'],

  // ---- what happened while one was away: one's own notes only
  [[401, 200, 200, 200, 200, 200, 200, 200], 'GET /api/notifications'],
  [[401, 204, 204, 204, 204, 204, 204, 204], 'PUT /api/notifications/read'],
  [[401, 204, 204, 204, 204, 204, 204, 204], 'PUT /api/notifications/:notificationId/read'],

  // ---- members (every member sees who else is there) and invitations: leads
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/members'],
  [[401, 200, 403, 403, 403, 403, 404, 403], 'PATCH /api/workspaces/:id/members/:userId'],
  [[401, 204, 403, 403, 403, 403, 404, 403], 'DELETE /api/workspaces/:id/members/:userId'],
  [[401, 200, 403, 403, 403, 403, 404, 403], 'GET /api/workspaces/:id/invitations'],
  [[401, 201, 403, 403, 403, 403, 404, 403], 'POST /api/workspaces/:id/invitations'],
  [[401, 204, 403, 403, 403, 403, 404, 403], 'DELETE /api/workspaces/:id/invitations/:invitationId'],
  [[401, 200, 403, 403, 403, 200, 404, 403], 'GET /api/workspaces/:id/audit'],
  [[401, 204, 204, 204, 204, 204, 404, 204], 'POST /api/workspaces/:id/exports'],

  // ---- administration: administrators only; handing a workspace to a lead is theirs too
  [[401, 403, 403, 403, 403, 200, 403, 403], 'GET /api/admin/users'],
  [[401, 403, 403, 403, 403, 201, 403, 403], 'POST /api/admin/users'],
  [[401, 403, 403, 403, 403, 200, 403, 403], 'PATCH /api/admin/users/:userId'],
  [[401, 403, 403, 403, 403, 201, 403, 403], 'POST /api/admin/users/:userId/reset-link'],
  [[401, 403, 403, 403, 403, 204, 404, 403], 'PUT /api/admin/workspaces/:id/lead'],
  [[401, 403, 403, 403, 403, 200, 403, 403], 'GET /api/admin/audit'],

  // ---- programmes: administrators create and change them and see them all; their coordinators
  // see theirs and enrol towns; to anyone else a programme does not exist
  [[401, 200, 200, 200, 200, 200, 200, 200], 'GET /api/programmes'],
  [[401, 403, 403, 403, 403, 201, 403, 403], 'POST /api/programmes'],
  [[401, 404, 404, 404, 404, 200, 404, 200], 'GET /api/programmes/:programmeId'],
  [[401, 404, 404, 404, 404, 200, 404, 403], 'PATCH /api/programmes/:programmeId'],
  [[401, 404, 404, 404, 404, 200, 404, 200], 'GET /api/programmes/:programmeId/dashboard'],
  [[401, 404, 404, 404, 404, 200, 404, 200], 'GET /api/programmes/:programmeId/compare'],
  [[401, 404, 404, 404, 404, 200, 404, 200], 'GET /api/programmes/:programmeId/items.csv'],
  [[401, 404, 404, 404, 404, 200, 404, 200], 'GET /api/programmes/:programmeId/across'],
  [[401, 404, 404, 404, 404, 200, 404, 200], 'GET /api/programmes/:programmeId/summary'],
  [[401, 404, 404, 404, 404, 200, 404, 200], 'GET /api/programmes/:programmeId/good-practice'],
  [[401, 404, 404, 404, 404, 403, 404, 200], 'POST /api/programmes/:programmeId/good-practice'],
  [[401, 404, 404, 404, 404, 403, 404, 204], 'DELETE /api/programmes/:programmeId/good-practice/:practiceId'],
  // ---- good practice in a town: whoever reads it sees the library; whoever edits copies into the plan
  [[401, 200, 200, 200, 200, 200, 404, 200], 'GET /api/workspaces/:id/good-practice'],
  [[401, 201, 201, 403, 403, 403, 404, 403], 'POST /api/workspaces/:id/good-practice/:practiceId/copy'],
  [[401, 404, 404, 404, 404, 403, 404, 201], 'POST /api/programmes/:programmeId/towns'],
  [[401, 404, 404, 404, 404, 403, 404, 201], 'POST /api/programmes/:programmeId/links'],
  // A link into a programme: whoever holds it reads it; the lead of the strategy chosen accepts it
  // (here the fixture's workspace, which is already in the programme: a conflict for its lead)
  [[401, 200, 200, 200, 200, 200, 200, 200], 'GET /api/programme-links/:token'],
  [[401, 409, 403, 403, 403, 404, 404, 404], 'POST /api/programme-links/:token/accept'],

  // ---- a password-reset link: whoever holds it
  [[200, 200, 200, 200, 200, 200, 200, 200], 'GET /api/password-reset/:token'],
  [[200, 200, 200, 200, 200, 200, 200, 200], 'POST /api/password-reset/:token'],
];

/** A valid body for each route that takes one: a refusal is then about who asks, never about what. */
const BODIES: Record<string, (f: Fixture) => unknown> = {
  'POST /api/auth/sign-in': () => SIGNER,
  'POST /api/auth/two-step/verify': () => ({ code: '000000' }),
  'POST /api/auth/two-step/enable': () => ({ code: '000000' }),
  'POST /api/auth/two-step/disable': () => ({ code: '000000' }),
  'POST /api/auth/account/delete': () => ({ password: 'not the password of anyone here' }),
  'POST /api/invitations/:token/sign-up': () => ({
    name: 'Newcomer',
    email: `new-${randomUUID()}@authz.example`,
    password: SIGNER.password,
  }),
  'POST /api/workspaces': () => ({ name: 'Started by anyone signed in' }),
  'POST /api/workspaces/import': backupFile,
  'PATCH /api/workspaces/:id': () => ({ name: 'Renamed' }),
  'PUT /api/workspaces/:id/sections/:key': () => ({ data: EMPTY_SECTIONS.plan }),
  'POST /api/workspaces/:id/items/:kind': () => ({ id: randomUUID(), data: EMPTY_ITEMS.need }),
  'PUT /api/workspaces/:id/items/:kind/:itemId': () => ({ data: { ...EMPTY_ITEMS.need, title: 'Changed' } }),
  'PUT /api/workspaces/:id/order/:kind': (f) => ({ ids: [f.itemId] }),
  'POST /api/workspaces/:id/workflow': () => ({ action: 'submitForReview', from: 'draft' }),
  'POST /api/workspaces/:id/versions': () => ({ name: 'For the partnership meeting' }),
  'POST /api/workspaces/:id/comments': () => ({ anchor: 'strategy', body: 'Who pays for this?' }),
  'PATCH /api/workspaces/:id/comments/:commentId': () => ({ body: 'Who pays for this, and when?' }),
  'PUT /api/workspaces/:id/comments/:commentId/resolved': () => ({ resolved: true }),
  'POST /api/workspaces/:id/ideas': () => ({
    title: 'Homework club',
    description: 'Twice a week',
    themes: [],
    targetGroups: [],
  }),
  'PATCH /api/workspaces/:id/ideas/:ideaId': () => ({
    title: 'Homework club for teenagers',
    description: '',
    themes: [],
    targetGroups: [],
  }),
  'PUT /api/workspaces/:id/ideas/:ideaId/vote': () => ({ vote: true }),
  'PUT /api/workspaces/:id/ideas/:ideaId/decision': () => ({ status: 'selected' }),
  'POST /api/workspaces/:id/ideas/:ideaId/convert': () => ({ kind: 'recommendation', id: randomUUID() }),
  'PUT /api/workspaces/:id/presence': () => ({ tab: 'authz-tab-1', step: 'needs', editing: null }),
  'PATCH /api/workspaces/:id/members/:userId': () => ({ role: 'contributor' }),
  'POST /api/workspaces/:id/invitations': () => ({ role: 'contributor' }),
  'POST /api/admin/users': () => ({
    name: 'New partner',
    email: `made-${randomUUID()}@authz.example`,
    systemRole: 'user',
  }),
  'PATCH /api/admin/users/:userId': () => ({ disabled: false }),
  'POST /api/workspaces/:id/exports': () => ({ kind: 'pdf', language: 'lv' }),
  'PUT /api/admin/workspaces/:id/lead': () => ({ email: 'contributor@authz.example' }),
  'POST /api/password-reset/:token': () => ({ password: SIGNER.password }),
  'POST /api/programmes': () => ({
    name: 'LiBri Poland',
    country: 'PL',
    deadline: '2027-06-30',
    language: 'pl',
    coordinators: ['coordinator@authz.example'],
  }),
  'PATCH /api/programmes/:programmeId': () => ({
    name: 'LiBri Latvia 2027',
    country: 'LV',
    deadline: '2027-06-30',
    language: 'lv',
    coordinators: ['coordinator@authz.example'],
  }),
  'POST /api/programmes/:programmeId/towns': () => ({ name: 'Jelgava — strategy', municipality: 'Jelgava' }),
  'POST /api/programmes/:programmeId/good-practice': (f) => ({
    workspaceId: f.workspaceId,
    kind: 'recommendation',
    itemId: f.itemId,
    note: 'Cheap and loved',
  }),
  'POST /api/workspaces/:id/good-practice/:practiceId/copy': () => ({ id: randomUUID() }),
  'POST /api/programme-links/:token/accept': (f) => ({ workspaceId: f.workspaceId }),
};

const EXPECTED = new Map(TABLE.map(([statuses, route]) => [route, statuses]));

/** `METHOD path` of every API route the app registers (middleware and the catch-all left out). */
function registeredRoutes(): string[] {
  const app = createApp({ db: {} as Database });
  const routes = app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api') && r.path !== '/api/*')
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(routes)];
}

const ROUTES = registeredRoutes();

describe('the authorization table', () => {
  it('has a row for every route the app registers', () => {
    const missing = ROUTES.filter((route) => !EXPECTED.has(route));
    expect(missing, `routes without a row in the authorization table: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no row for a route that no longer exists', () => {
    const gone = [...TABLE.map(([, route]) => route), ...Object.keys(BODIES)].filter((r) => !ROUTES.includes(r));
    expect(gone, `rows of the authorization table for routes that are gone: ${gone.join(', ')}`).toEqual([]);
  });

  it('has one row per route', () => {
    expect(EXPECTED.size).toBe(TABLE.length);
  });
});

const NOT_FOUND = { error: { code: 'not_found', message: 'Workspace not found' } };
const PROGRAMME_NOT_FOUND = { error: { code: 'not_found', message: 'Programme not found' } };
const EMAILS: Record<Exclude<Actor, 'anonymous'>, [string, SystemRole]> = {
  lead: ['lead@authz.example', 'user'],
  contributor: ['contributor@authz.example', 'user'],
  reviewer: ['reviewer@authz.example', 'user'],
  observer: ['observer@authz.example', 'user'],
  admin: ['admin@authz.example', 'admin'],
  otherLead: ['other-lead@authz.example', 'user'],
  coordinator: ['coordinator@authz.example', 'coordinator'],
};

describeBackends('who may call which route', (t) => {
  const people = {} as Record<Exclude<Actor, 'anonymous'>, Person>;

  /** A client for `actor` with a session of its own: signing out or ending every session harms no other request. */
  async function clientOf(actor: Actor): Promise<ApiClient> {
    if (actor === 'anonymous') return apiClient(t.app);
    const [email, systemRole] = EMAILS[actor];
    return (await person(t.db, t.app, email, systemRole)).api;
  }

  beforeAll(async () => {
    for (const actor of ACTORS) {
      if (actor === 'anonymous') continue;
      const [email, systemRole] = EMAILS[actor];
      people[actor] = await person(t.db, t.app, email, systemRole);
    }
    await createUser(
      t.db,
      { email: SIGNER.email, name: 'Signer', passwordHash: await hashPassword(SIGNER.password) },
      new Date().toISOString(),
    );
  });

  beforeEach(async () => {
    // The other lead's own workspace: they are a lead, just not of the one under test.
    const other = await (await clientOf('otherLead')).post('/api/workspaces', { name: 'Cēsis' });
    expect(other.status).toBe(201);
    await t.db.query('delete from sign_in_limits');
  });

  /** A workspace where lead, contributor, reviewer and observer are members, with what `route` needs. */
  async function fixture(route: string): Promise<Fixture> {
    const lead = await clientOf('lead');
    const created = await lead.post<Workspace>('/api/workspaces', { name: 'Valmiera' });
    expect(created.status).toBe(201);
    const workspaceId = created.body.id;
    for (const role of ['contributor', 'reviewer', 'observer'] as const)
      await makeMember(t.db, workspaceId, people[role], role);
    const programmeId = randomUUID();
    await t.db.query(
      `insert into programmes (id, name, country, deadline, language, created_at, updated_at)
       values ($1, 'LiBri Latvia', 'LV', '2027-03-31', 'lv', now(), now())`,
      [programmeId],
    );
    await t.db.query('insert into programme_coordinators (programme_id, user_id, created_at) values ($1, $2, now())', [
      programmeId,
      people.coordinator.id,
    ]);
    await t.db.query('update workspaces set programme_id = $2 where id = $1', [workspaceId, programmeId]);
    let otherTownId: string = randomUUID();
    if (route.includes('/compare')) {
      const other = await lead.post<Workspace>('/api/workspaces', { name: 'Ogre' });
      otherTownId = other.body.id;
      await t.db.query('update workspaces set programme_id = $2 where id = $1', [otherTownId, programmeId]);
    }

    let itemId: string = randomUUID();
    if (route.includes('/items/:kind/') || route.includes('/order/')) {
      const item = await lead.post<StoredItem>(`/api/workspaces/${workspaceId}/items/need`, {
        id: itemId,
        data: EMPTY_ITEMS.need,
      });
      expect(item.status).toBe(201);
      itemId = item.body.id;
    }
    const practiceId: string = randomUUID();
    if (route.includes('good-practice')) {
      const rec = await lead.post<StoredItem>(`/api/workspaces/${workspaceId}/items/recommendation`, {
        id: itemId,
        data: { ...EMPTY_ITEMS.recommendation, title: 'Conversation clubs' },
      });
      expect(rec.status).toBe(201);
      const content = {
        title: 'Conversation clubs',
        description: '',
        themes: [],
        targetGroups: [],
        resources: '',
        indicators: [],
      };
      await t.db.query(
        `insert into good_practices (id, programme_id, workspace_id, item_kind, item_id, note, content, created_at)
         values ($1, $2, $3, 'recommendation', $4, 'Loved by all', $5, now())`,
        [practiceId, programmeId, workspaceId, itemId, JSON.stringify(content)],
      );
    }
    let versionId: string = randomUUID();
    if (route.includes(':versionId')) {
      const kept = await lead.post<{ id: string }>(`/api/workspaces/${workspaceId}/versions`, { name: 'First' });
      expect(kept.status).toBe(201);
      versionId = kept.body.id;
    }
    let commentId: string = randomUUID();
    if (route.includes(':commentId')) {
      const made = await lead.post<{ id: string }>(`/api/workspaces/${workspaceId}/comments`, {
        anchor: 'strategy',
        body: 'The lead opens a thread',
      });
      expect(made.status).toBe(201);
      commentId = made.body.id;
    }
    let ideaId: string = randomUUID();
    if (route.includes(':ideaId')) {
      const made = await lead.post<{ id: string }>(`/api/workspaces/${workspaceId}/ideas`, {
        title: 'The lead proposes',
        description: '',
        themes: [],
        targetGroups: [],
      });
      expect(made.status).toBe(201);
      ideaId = made.body.id;
      // Only a selected idea can be turned into an item.
      if (route.endsWith('/convert')) {
        await t.db.query(`update ideas set status = 'selected' where id = $1`, [ideaId]);
      }
    }
    let invitation: { id: string; token: string } = { id: randomUUID(), token: 'x'.repeat(43) };
    if (route.includes('/programme-links/')) {
      const token = newToken();
      await t.db.query(
        `insert into programme_links (token_hash, programme_id, created_at, expires_at) values ($1, $2, now(), now() + interval '1 day')`,
        [hashToken(token), programmeId],
      );
      invitation = { id: randomUUID(), token };
    } else if (route.includes('/password-reset/')) {
      // A reset link of an account of its own: using it signs in as that account, nobody else.
      const owner = await createUser(
        t.db,
        { email: `reset-${randomUUID()}@authz.example`, name: 'Reset', passwordHash: '' },
        new Date().toISOString(),
      );
      const token = newToken();
      await t.db.query(
        `insert into reset_links (token_hash, user_id, created_at, expires_at) values ($1, $2, now(), now() + interval '1 day')`,
        [hashToken(token), owner.id],
      );
      invitation = { id: randomUUID(), token };
    } else if (route.includes(':invitationId') || route.includes(':token')) {
      const made = await lead.post<CreatedInvitation>(`/api/workspaces/${workspaceId}/invitations`, {
        role: 'contributor',
      });
      expect(made.status).toBe(201);
      invitation = made.body;
    }
    return {
      workspaceId,
      memberId: people.contributor.id,
      itemId,
      invitationId: invitation.id,
      token: invitation.token,
      versionId,
      commentId,
      ideaId,
      programmeId,
      otherTownId,
      practiceId,
    };
  }

  const pathOf = (route: string, f: Fixture) =>
    route
      .replace(/^\S+ /, '')
      .replace(':programmeId', f.programmeId)
      .replace(':practiceId', f.practiceId)
      .replace(':id', f.workspaceId)
      .replace(':userId', f.memberId)
      .replace(':kind', 'need')
      .replace(':itemId', f.itemId)
      .replace(':key', 'plan')
      .replace(':record', 'section:plan')
      .replace(':invitationId', f.invitationId)
      .replace(':token', f.token)
      .replace(':versionId', f.versionId)
      .replace(':commentId', f.commentId)
      .replace(':ideaId', f.ideaId)
      .replace(':notificationId', '1')
      .replace(/\/compare$/, `/compare?section=need&towns=${f.workspaceId},${f.otherTownId}`);

  function send(api: ApiClient, method: string, path: string, body: unknown): Promise<Res> {
    if (method === 'GET' && path.endsWith('/live')) {
      // A stream stays open: its status is the answer; reading stops there.
      return api.open(path).then(async (res) => {
        const streaming = res.headers.get('content-type')?.startsWith('text/event-stream');
        const text = streaming ? '' : await res.text();
        if (streaming) await res.body?.cancel();
        return {
          status: res.status,
          body: text ? (JSON.parse(text) as unknown) : undefined,
          text,
          headers: res.headers,
        };
      });
    }
    if (method === 'GET') return api.get(path);
    if (method === 'POST') return api.post(path, body);
    if (method === 'PUT') return api.put(path, body);
    if (method === 'PATCH') return api.patch(path, body);
    if (method === 'DELETE') return api.delete(path);
    throw new Error(`No way to send ${method}`);
  }

  /** Everything a refused request must leave as it was: the fixture's workspace and the list of workspaces. */
  async function stored(workspaceId: string): Promise<unknown> {
    const q = (sql: string) => t.db.query(sql, [workspaceId]);
    return {
      workspaces: await t.db.query('select id, name, updated_at, state, programme_id from workspaces order by id'),
      programmes: await t.db.query('select * from programmes order by id'),
      coordinators: await t.db.query('select programme_id, user_id from programme_coordinators order by 1, 2'),
      links: await t.db.query('select token_hash, used_at, workspace_id from programme_links order by 1'),
      practices: await t.db.query('select id, note, content from good_practices order by id'),
      copies: await t.db.query('select practice_id, workspace_id, item_id from good_practice_copies order by 1, 2'),
      workflow: await q('select id from workflow_entries where workspace_id = $1 order by id'),
      versions: await q('select id, name from versions where workspace_id = $1 order by id'),
      ideas: await q('select id, title, status, converted_id from ideas where workspace_id = $1 order by id'),
      votes: await q(
        'select v.idea_id, v.user_id from idea_votes v join ideas i on i.id = v.idea_id where i.workspace_id = $1 order by 1, 2',
      ),
      comments: await q('select id, body, deleted_at, resolved_at from comments where workspace_id = $1 order by id'),
      sections: await q('select key, version, data from sections where workspace_id = $1 order by key'),
      items: await q('select id, version, position, data from items where workspace_id = $1 order by id'),
      members: await q('select user_id, role from memberships where workspace_id = $1 order by user_id'),
      invitations: await q('select id, used_at, revoked_at from invitations where workspace_id = $1 order by id'),
    };
  }

  it.each(ROUTES)('%s', async (route) => {
    const statuses = EXPECTED.get(route);
    expect(statuses, `${route} is not in the authorization table`).toBeDefined();
    if (!statuses) return;
    const body = BODIES[route];
    const method = route.split(' ')[0] as string;

    const got = {} as Record<Actor, number>;
    for (const actor of ACTORS) {
      // A fresh workspace, member, item and invitation for every actor: the order of the actors does not matter.
      const f = await fixture(route);
      const path = pathOf(route, f);
      const before = await stored(f.workspaceId);
      const res = await send(await clientOf(actor), method, path, body?.(f));
      got[actor] = res.status;
      const who = `${actor}: ${route} answered ${res.status} ${res.text}`;

      if (res.status === 401) expect(res.body, who).toMatchObject({ error: { code: 'unauthenticated' } });
      if (res.status === 403) expect(res.body, who).toMatchObject({ error: { code: 'forbidden' } });
      if (res.status === 404) {
        // A workspace (or programme) the person may not see answers exactly as one that does not exist.
        const [notFound, id] = route.includes(':programmeId')
          ? [PROGRAMME_NOT_FOUND, f.programmeId]
          : [NOT_FOUND, f.workspaceId];
        expect(res.body, who).toEqual(notFound);
        const unknown = await send(await clientOf(actor), method, path.replace(id, UNKNOWN_ID), body?.(f));
        expect({ status: unknown.status, body: unknown.body }, who).toEqual({ status: 404, body: notFound });
      }
      if (res.status >= 400) expect(await stored(f.workspaceId), `${who}, and changed something`).toEqual(before);
    }

    const expected = Object.fromEntries(ACTORS.map((actor, i) => [actor, statuses[i]]));
    expect(got).toEqual(expected);
  });

  describe('GET /api/workspaces', () => {
    it('lists only the workspaces of the person; an administrator sees all of them, as no member', async () => {
      await fixture('GET /api/workspaces/:id');
      const list = async (actor: Actor) => {
        const res = await (await clientOf(actor)).get<WorkspaceSummary[]>('/api/workspaces');
        expect(res.status).toBe(200);
        return res.body.map((w) => ({ name: w.name, role: w.role }));
      };
      const valmiera = (role: string | null) => ({ name: 'Valmiera', role });

      expect(await list('lead')).toEqual([valmiera('lead')]);
      expect(await list('contributor')).toEqual([valmiera('contributor')]);
      expect(await list('reviewer')).toEqual([valmiera('reviewer')]);
      expect(await list('observer')).toEqual([valmiera('observer')]);
      expect(await list('otherLead')).toEqual([{ name: 'Cēsis', role: 'lead' }]);
      const all = await list('admin');
      expect(all).toHaveLength(2);
      expect(all).toEqual(expect.arrayContaining([valmiera(null), { name: 'Cēsis', role: null }]));
    });
  });
});
