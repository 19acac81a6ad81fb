import { expect, it } from 'vitest';
import type { ApiErrorResponse, AuditEntry, Strategy, VersionSummary, WorkflowEntry, WorkflowInfo } from '@/domain';
import { WORKFLOW_STATES, isEditable } from '@/domain';
import type { ApiClient } from '../../test/api-client';
import {
  describeBackends,
  expectError,
  expectUnchanged,
  getStrategy,
  itemData,
  newItem,
  newWorkspace,
  UNKNOWN_ID,
} from '../../test/helpers';
import { makeMember, person } from '../../test/people';

// The road to adoption on the server: who may take which step, content paused where the state
// says so (409, and nothing changes), a version kept at every step, the steps in the history.

describeBackends('the workflow to adoption', (t) => {
  async function partnership() {
    const ws = await newWorkspace(t.api, 'Valmiera');
    const anna = await person(t.db, t.app, 'anna@partner.example');
    const ieva = await person(t.db, t.app, 'ieva@municipality.example');
    const olga = await person(t.db, t.app, 'olga@observer.example');
    await makeMember(t.db, ws.id, anna, 'contributor');
    await makeMember(t.db, ws.id, ieva, 'reviewer');
    await makeMember(t.db, ws.id, olga, 'observer');
    const need = await newItem(t.api, ws.id, 'need', { title: 'Language courses' });
    return { ws, lead: t.api, partner: anna.api, reviewer: ieva.api, observer: olga.api, need };
  }

  const step = (api: ApiClient, id: string, action: string, from: string, comment?: string) =>
    api.post<{ state: string; entry: WorkflowEntry } & ApiErrorResponse>(`/api/workspaces/${id}/workflow`, {
      action,
      from,
      ...(comment === undefined ? {} : { comment }),
    });
  const workflow = async (api: ApiClient, id: string) =>
    (await api.get<WorkflowInfo>(`/api/workspaces/${id}/workflow`)).body;

  /** Every content write the API has, by `api`; each must answer `status`. */
  async function contentWrites(api: ApiClient, ws: string, needId: string) {
    return {
      create: await api.post(`/api/workspaces/${ws}/items/need`, {
        id: crypto.randomUUID(),
        data: itemData('need', { title: 'New' }),
      }),
      update: await api.put(`/api/workspaces/${ws}/items/need/${needId}`, {
        changes: { title: 'Evening language courses' },
        base: { title: 'Language courses' },
      }),
      section: await api.put(`/api/workspaces/${ws}/sections/vision`, {
        changes: { vision: 'A town for all' },
        base: { vision: '' },
      }),
      order: await api.put(`/api/workspaces/${ws}/order/need`, { ids: [needId] }),
      remove: await api.delete(`/api/workspaces/${ws}/items/need/${needId}`),
      rename: await api.patch(`/api/workspaces/${ws}`, { name: 'Valmiera 2027' }),
    };
  }

  it('goes from draft through review, changes and approval to submission, keeping a version at each step', async () => {
    const { ws, lead, partner, reviewer, need } = await partnership();
    expect((await workflow(lead, ws.id)).state).toBe('draft');
    expect((await getStrategy(lead, ws.id)).workspace.state).toBe('draft');

    const submitted = await step(lead, ws.id, 'submitForReview', 'draft');
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      state: 'inReview',
      entry: { from: 'draft', to: 'inReview', by: { name: 'tester' } },
    });
    expect((await getStrategy(partner, ws.id)).workspace.state).toBe('inReview');

    // The reviewer must say what to change.
    expectError(await step(reviewer, ws.id, 'requestChanges', 'inReview'), 400, 'validation', /comment/, 'comment');
    expectError(await step(reviewer, ws.id, 'requestChanges', 'inReview', '   '), 400, 'validation');
    const requested = await step(reviewer, ws.id, 'requestChanges', 'inReview', 'Say who teaches the courses.');
    expect(requested.body).toMatchObject({
      state: 'changesRequested',
      entry: { comment: 'Say who teaches the courses.' },
    });

    // Open again for the partnership.
    const edited = await partner.put(`/api/workspaces/${ws.id}/items/need/${need.id}`, {
      changes: { title: 'Language courses by the library' },
      base: { title: 'Language courses' },
    });
    expect(edited.status).toBe(200);

    expect((await step(lead, ws.id, 'submitForReview', 'changesRequested')).body.state).toBe('inReview');
    expect((await step(reviewer, ws.id, 'approve', 'inReview')).body.state).toBe('approved');
    expect((await step(lead, ws.id, 'submitToCoordinator', 'approved')).body.state).toBe('submitted');

    const info = await workflow(reviewer, ws.id);
    expect(info.state).toBe('submitted');
    expect(info.entries.map((e) => [e.action, e.by.name])).toEqual([
      ['submitToCoordinator', 'tester'],
      ['approve', 'ieva'],
      ['submitForReview', 'tester'],
      ['requestChanges', 'ieva'],
      ['submitForReview', 'tester'],
    ]);
    // One version at each step, numbered in order, each linked from its step.
    expect(info.versions.map((v) => [v.number, v.action, v.state])).toEqual([
      [5, 'submitToCoordinator', 'submitted'],
      [4, 'approve', 'approved'],
      [3, 'submitForReview', 'inReview'],
      [2, 'requestChanges', 'changesRequested'],
      [1, 'submitForReview', 'inReview'],
    ]);
    expect(info.entries.map((e) => e.versionId)).toEqual(info.versions.map((v) => v.id));

    // The first version holds the text as it was sent, before the partner's answer.
    const first = info.versions.at(-1) as VersionSummary;
    const old = await reviewer.get<{ version: VersionSummary; strategy: Strategy }>(
      `/api/workspaces/${ws.id}/versions/${first.id}`,
    );
    expect(old.status).toBe(200);
    expect(old.body.strategy.items.need.map((n) => n.data.title)).toEqual(['Language courses']);
    expect(old.body.strategy.workspace.state).toBe('inReview');
    const latest = info.versions[0] as VersionSummary;
    const now = await reviewer.get<{ strategy: Strategy }>(`/api/workspaces/${ws.id}/versions/${latest.id}`);
    expect(now.body.strategy.items.need.map((n) => n.data.title)).toEqual(['Language courses by the library']);
  });

  it('refuses every content write in each paused state with 409, changing nothing; comments aside, editing opens again when sent back', async () => {
    const { ws, lead, partner, need } = await partnership();
    for (const state of WORKFLOW_STATES) {
      await t.db.query('update workspaces set state = $2 where id = $1', [ws.id, state]);
      if (isEditable(state)) continue;
      for (const api of [lead, partner]) {
        await expectUnchanged(lead, [ws.id], async () => {
          const answers = await contentWrites(api, ws.id, need.id);
          for (const [what, res] of Object.entries(answers)) {
            // The name is the lead's to change in any state.
            const refusal = what === 'rename' && api === partner ? [403, 'forbidden'] : [409, 'paused'];
            expect({ what, state, status: res.status }).toEqual({ what, state, status: refusal[0] });
            expect((res.body as ApiErrorResponse).error.code).toBe(refusal[1]);
          }
        });
      }
    }
    const paused = await partner.post<ApiErrorResponse>(`/api/workspaces/${ws.id}/items/need`, {
      id: crypto.randomUUID(),
      data: itemData('need'),
    });
    expect(paused.body.error.message).toMatch(/accepted.*no longer changes/);
    await t.db.query('update workspaces set state = $2 where id = $1', [ws.id, 'inReview']);
    const inReview = await partner.post<ApiErrorResponse>(`/api/workspaces/${ws.id}/items/need`, {
      id: crypto.randomUUID(),
      data: itemData('need'),
    });
    expect(inReview.body.error.message).toMatch(/municipal review.*approves it or requests changes/);

    for (const state of ['changesRequested', 'returned', 'draft']) {
      await t.db.query('update workspaces set state = $2 where id = $1', [ws.id, state]);
      const answers = await contentWrites(partner, ws.id, need.id);
      expect(answers.create.status, state).toBe(201);
      expect(answers.update.status, state).toBe(200);
      // The name is the lead's to change.
      expect(answers.rename.status, state).toBe(403);
      const again = await newItem(lead, ws.id, 'need', { title: 'Language courses' });
      need.id = again.id;
    }
  });

  it('lets each step be taken only by its own role, and refuses a step taken on a stale screen', async () => {
    const { ws, lead, partner, reviewer, observer } = await partnership();
    const admin = await person(t.db, t.app, 'root@example.org', 'admin');
    const stranger = await person(t.db, t.app, 'other@lead.example');
    await expectUnchanged(lead, [ws.id], async () => {
      for (const api of [partner, reviewer, observer, admin.api]) {
        expectError(await step(api, ws.id, 'submitForReview', 'draft'), 403, 'forbidden', /Only the lead/);
      }
      expectError(await step(stranger.api, ws.id, 'submitForReview', 'draft'), 404, 'not_found');
      expectError(await step(lead, UNKNOWN_ID, 'submitForReview', 'draft'), 404, 'not_found');
      expectError(await step(lead, ws.id, 'approve', 'draft'), 403, 'forbidden', /municipal reviewer/);
      expectError(await step(lead, ws.id, 'fly', 'draft'), 400, 'validation');
      expectError(await step(lead, ws.id, 'submitForReview', 'nowhere'), 400, 'validation');
      const res = await lead.post(`/api/workspaces/${ws.id}/workflow`, {
        action: 'submitForReview',
        from: 'draft',
        x: 1,
      });
      expect(res.status).toBe(400);
    });
    expect((await workflow(lead, ws.id)).entries).toEqual([]);

    await step(lead, ws.id, 'submitForReview', 'draft');
    // The lead withdraws it while the reviewer's screen still shows it in review.
    expect((await step(lead, ws.id, 'withdraw', 'inReview')).body.state).toBe('draft');
    const stale = await step(reviewer, ws.id, 'approve', 'inReview');
    expectError(stale, 409, 'conflict', /now a draft/);
    expect((stale.body as ApiErrorResponse).current).toEqual({ state: 'draft' });
    expect((await workflow(lead, ws.id)).state).toBe('draft');
    // Return and accept wait for the programme's coordinator: nobody in the workspace may.
    await t.db.query('update workspaces set state = $2 where id = $1', [ws.id, 'submitted']);
    for (const api of [lead, reviewer]) {
      expectError(await step(api, ws.id, 'accept', 'submitted'), 403, 'forbidden', /coordinator/);
    }
  });

  it('keeps a version the lead names, readable by every member, and records steps and names in the audit log', async () => {
    const { ws, lead, partner, reviewer, need } = await partnership();
    const named = await lead.post<VersionSummary>(`/api/workspaces/${ws.id}/versions`, {
      name: '  Draft for the partnership meeting of 12 May ',
    });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({
      number: 1,
      name: 'Draft for the partnership meeting of 12 May',
      action: null,
      state: 'draft',
    });
    expectError(await partner.post(`/api/workspaces/${ws.id}/versions`, { name: 'Mine' }), 403, 'forbidden');
    expectError(
      await lead.post(`/api/workspaces/${ws.id}/versions`, { name: '' }),
      400,
      'validation',
      undefined,
      'name',
    );
    expectError(await lead.post(`/api/workspaces/${ws.id}/versions`, { name: 'x'.repeat(5000) }), 400, 'validation');

    await partner.put(`/api/workspaces/${ws.id}/items/need/${need.id}`, {
      changes: { title: 'Changed after the meeting' },
      base: { title: 'Language courses' },
    });
    const kept = await reviewer.get<{ strategy: Strategy }>(`/api/workspaces/${ws.id}/versions/${named.body.id}`);
    expect(kept.body.strategy.items.need[0]?.data.title).toBe('Language courses');
    expectError(await reviewer.get(`/api/workspaces/${ws.id}/versions/${UNKNOWN_ID}`), 404, 'not_found');
    expectError(await reviewer.get(`/api/workspaces/${ws.id}/versions/not-an-id`), 404, 'not_found');

    await step(lead, ws.id, 'submitForReview', 'draft');
    await step(reviewer, ws.id, 'requestChanges', 'inReview', 'More detail, please');
    const audit = await lead.get<AuditEntry[]>(`/api/workspaces/${ws.id}/audit`);
    const actions = audit.body.map((e) => e.action);
    expect(actions.slice(0, 3)).toEqual(['changes-requested', 'review-requested', 'version-named']);
    // What a person wrote never goes into the audit log.
    expect(JSON.stringify(audit.body)).not.toContain('More detail');
  });
});
