import { describe, expect, it } from 'vitest';
import { WORKSPACE_ROLES } from './access';
import { checkContentEditable, checkTransition } from './store-rules';
import {
  availableActions,
  isEditable,
  openRequest,
  transition,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
} from './workflow';
import type { WorkflowAction, WorkflowActor, WorkflowEntry, WorkflowState } from './workflow';

const ACTORS: WorkflowActor[] = [...WORKSPACE_ROLES, 'coordinator'];

// The one table a person would read: from where, which step, who, to where.
const EXPECTED: [WorkflowState, WorkflowAction, WorkflowActor, WorkflowState][] = [
  ['draft', 'submitForReview', 'lead', 'inReview'],
  ['changesRequested', 'submitForReview', 'lead', 'inReview'],
  ['returned', 'submitForReview', 'lead', 'inReview'],
  ['inReview', 'withdraw', 'lead', 'draft'],
  ['inReview', 'requestChanges', 'reviewer', 'changesRequested'],
  ['inReview', 'approve', 'reviewer', 'approved'],
  ['approved', 'reopen', 'lead', 'draft'],
  ['approved', 'submitToCoordinator', 'lead', 'submitted'],
  ['submitted', 'returnToTown', 'coordinator', 'returned'],
  ['submitted', 'accept', 'coordinator', 'accepted'],
];

describe('the workflow to adoption', () => {
  it('allows exactly the expected steps, from every state, for every actor', () => {
    let allowed = 0;
    for (const state of WORKFLOW_STATES) {
      for (const action of WORKFLOW_ACTIONS) {
        for (const actor of [...ACTORS, null]) {
          const result = transition(state, action, actor, 'Because the budget is missing');
          const row = EXPECTED.find(([s, a, who]) => s === state && a === action && who === actor);
          if (row) {
            allowed += 1;
            expect(result, `${actor} ${action} from ${state}`).toEqual({ ok: true, to: row[3] });
          } else {
            expect(result.ok, `${actor} ${action} from ${state}`).toBe(false);
          }
        }
      }
    }
    expect(allowed).toBe(EXPECTED.length);
  });

  it('says why a step is refused: the state, then the actor, then the missing comment', () => {
    expect(transition('approved', 'approve', 'reviewer')).toEqual({ ok: false, reason: 'notFrom', state: 'approved' });
    expect(transition('inReview', 'approve', 'contributor')).toEqual({
      ok: false,
      reason: 'notBy',
      actor: 'contributor',
    });
    expect(transition('inReview', 'approve', null)).toMatchObject({ ok: false, reason: 'notBy' });
    expect(transition('inReview', 'requestChanges', 'reviewer', '   ')).toEqual({
      ok: false,
      reason: 'commentRequired',
    });
    expect(transition('submitted', 'returnToTown', 'coordinator', '')).toMatchObject({ reason: 'commentRequired' });
    expect(transition('approved', 'reopen', 'lead', '')).toMatchObject({ reason: 'commentRequired' });
    expect(transition('inReview', 'approve', 'reviewer', '')).toEqual({ ok: true, to: 'approved' });
  });

  it('pauses editing in review, once approved, submitted and accepted; opens it again when sent back', () => {
    expect(WORKFLOW_STATES.filter(isEditable)).toEqual(['draft', 'changesRequested', 'returned']);
    for (const state of WORKFLOW_STATES) {
      const ruled = checkContentEditable(state);
      if (isEditable(state)) expect(ruled.ok).toBe(true);
      else expect(ruled).toMatchObject({ ok: false, error: { status: 409, code: 'paused' } });
    }
    // Every step that pauses editing has a way out that opens it again, taken by someone.
    for (const state of WORKFLOW_STATES.filter((s) => !isEditable(s) && s !== 'accepted')) {
      const exits = WORKFLOW_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(state));
      expect(exits.length, state).toBeGreaterThan(0);
    }
  });

  it('shows each person only the steps they may take', () => {
    expect(availableActions('draft', 'lead')).toEqual(['submitForReview']);
    expect(availableActions('inReview', 'lead')).toEqual(['withdraw']);
    expect(availableActions('inReview', 'reviewer')).toEqual(['requestChanges', 'approve']);
    expect(availableActions('approved', 'lead')).toEqual(['reopen', 'submitToCoordinator']);
    expect(availableActions('inReview', 'contributor')).toEqual([]);
    expect(availableActions('submitted', 'observer')).toEqual([]);
    expect(availableActions('submitted', null)).toEqual([]);
  });

  it('refuses on the server with 403 for the wrong person, 409 for a stale screen, 400 without a comment', () => {
    const body = (action: WorkflowAction, from: WorkflowState, comment = '') => ({ action, from, comment });
    expect(checkTransition('inReview', body('approve', 'inReview'), 'lead')).toMatchObject({
      ok: false,
      error: { status: 403, code: 'forbidden', message: 'Only a municipal reviewer can take this step' },
    });
    // The reviewer's screen still showed "in review", but the lead withdrew it meanwhile.
    expect(checkTransition('draft', body('approve', 'inReview'), 'reviewer')).toMatchObject({
      ok: false,
      error: { status: 409, code: 'conflict', current: { state: 'draft' } },
    });
    expect(checkTransition('inReview', body('requestChanges', 'inReview'), 'reviewer')).toMatchObject({
      ok: false,
      error: { status: 400, field: 'comment' },
    });
    expect(checkTransition('inReview', body('requestChanges', 'inReview', 'Add a budget'), 'reviewer')).toEqual({
      ok: true,
      value: 'changesRequested',
    });
  });

  it('finds the open request for changes: the last step, if it asked for changes', () => {
    const entry = (action: WorkflowAction, id: number): WorkflowEntry => ({
      id,
      at: '2026-05-12T10:00:00.000Z',
      by: { id: null, name: 'Ieva' },
      action,
      from: 'inReview',
      to: TRANSITIONS[action].to,
      comment: '',
      versionId: null,
    });
    expect(openRequest([entry('requestChanges', 2), entry('submitForReview', 1)])?.id).toBe(2);
    expect(openRequest([entry('submitForReview', 3), entry('requestChanges', 2)])).toBeUndefined();
    expect(openRequest([])).toBeUndefined();
  });
});
