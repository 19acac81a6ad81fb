import { expect } from 'vitest';

import type { Scenario } from '../contract';
import { anyId, anyTime, createItem, createWorkspace, data, itemId } from './fixtures';

// The workflow, comments, the ideas board and the notes of what happened, as the lead of a
// workspace meets them: the same answers from the server and from the demo's mocks.

const WS = '/api/workspaces/{ws}';
const lead = { id: anyId, name: expect.any(String) };
const PAUSED =
  'The strategy is in municipal review: its content cannot change until the reviewer approves it or requests changes (the lead can also withdraw it from review). Comments stay open.';

export const reviewScenarios: Scenario[] = [
  {
    name: 'workflow: steps, paused content and versions',
    steps: [
      createWorkspace('Valmiera'),
      {
        name: 'starts as a draft with no steps and no versions',
        method: 'GET',
        path: `${WS}/workflow`,
        status: 200,
        shape: { state: 'draft', entries: [], versions: [] },
      },
      {
        name: 'submits for review, keeping a version',
        method: 'POST',
        path: `${WS}/workflow`,
        body: { action: 'submitForReview', from: 'draft', comment: 'Ready for May' },
        status: 200,
        shape: {
          state: 'inReview',
          entry: {
            id: expect.any(Number),
            at: anyTime,
            by: lead,
            action: 'submitForReview',
            from: 'draft',
            to: 'inReview',
            comment: 'Ready for May',
            versionId: anyId,
          },
        },
      },
      {
        name: 'refuses a change of content while in review',
        method: 'PUT',
        path: `${WS}/sections/plan`,
        body: { changes: { monitoring: 'Quarterly' }, base: { monitoring: '' } },
        status: 409,
        error: { code: 'paused', message: PAUSED },
      },
      {
        name: 'refuses the reviewer’s step to the lead',
        method: 'POST',
        path: `${WS}/workflow`,
        body: { action: 'approve', from: 'inReview' },
        status: 403,
        error: { code: 'forbidden', message: 'Only a municipal reviewer can take this step' },
      },
      {
        name: 'refuses a step taken on a stale screen',
        method: 'POST',
        path: `${WS}/workflow`,
        body: { action: 'withdraw', from: 'draft' },
        status: 409,
        error: {
          code: 'conflict',
          message: 'The strategy is now in municipal review: look at its state again before you go on',
        },
        current: { state: 'inReview' },
      },
      {
        name: 'withdraws it from review',
        method: 'POST',
        path: `${WS}/workflow`,
        body: { action: 'withdraw', from: 'inReview' },
        status: 200,
        shape: expect.objectContaining({ state: 'draft' }),
      },
      {
        name: 'names a version',
        method: 'POST',
        path: `${WS}/versions`,
        body: { name: 'For the partnership meeting' },
        status: 201,
        shape: {
          id: anyId,
          number: 3,
          at: anyTime,
          by: lead,
          name: 'For the partnership meeting',
          action: null,
          state: 'draft',
        },
        save: 'version',
      },
      {
        name: 'refuses a version without a name',
        method: 'POST',
        path: `${WS}/versions`,
        body: { name: ' ' },
        status: 400,
        error: { code: 'validation', message: 'name: Enter a value', field: 'name' },
      },
      {
        name: 'reads a kept version whole',
        method: 'GET',
        path: `${WS}/versions/{version}`,
        status: 200,
        shape: expect.objectContaining({ version: expect.objectContaining({ number: 3 }) }),
      },
    ],
  },
  {
    name: 'comments: threads, replies, edits, removal',
    steps: [
      createWorkspace('Valmiera'),
      createItem('{ws}', 'need', itemId(1), 0, { title: 'Courses' }),
      {
        name: 'opens a thread on a need',
        method: 'POST',
        path: `${WS}/comments`,
        body: { anchor: `item:need:${itemId(1)}`, body: 'Which survey?' },
        status: 201,
        shape: {
          id: anyId,
          threadId: anyId,
          author: { id: anyId, name: expect.any(String), role: 'lead' },
          body: 'Which survey?',
          mentions: [],
          createdAt: anyTime,
          editedAt: null,
          deleted: false,
        },
        save: 'thread',
      },
      {
        name: 'refuses a comment on a need that does not exist',
        method: 'POST',
        path: `${WS}/comments`,
        body: { anchor: 'item:need:7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11', body: 'Hm' },
        status: 404,
        error: { code: 'not_found', message: 'There is no such item to comment on' },
      },
      {
        name: 'refuses an empty comment',
        method: 'POST',
        path: `${WS}/comments`,
        body: { anchor: 'strategy', body: '' },
        status: 400,
        error: { code: 'validation', message: 'body: Enter a value', field: 'body' },
      },
      {
        name: 'replies in the thread',
        method: 'POST',
        path: `${WS}/comments`,
        body: { anchor: 'strategy', threadId: '{thread}', body: 'The 2025 survey.' },
        status: 201,
        shape: expect.objectContaining({ threadId: anyId, body: 'The 2025 survey.' }),
        save: 'reply',
      },
      {
        name: 'edits one’s own comment',
        method: 'PATCH',
        path: `${WS}/comments/{reply}`,
        body: { body: 'The municipal survey of 2025.' },
        status: 200,
        shape: expect.objectContaining({ body: 'The municipal survey of 2025.', editedAt: anyTime }),
      },
      {
        name: 'resolves the thread',
        method: 'PUT',
        path: `${WS}/comments/{thread}/resolved`,
        body: { resolved: true },
        status: 200,
        shape: expect.objectContaining({ resolved: { at: anyTime, by: expect.any(String) } }),
      },
      { name: 'removes a comment', method: 'DELETE', path: `${WS}/comments/{reply}`, status: 204 },
      {
        name: 'lists the thread with the removed comment in its place',
        method: 'GET',
        path: `${WS}/comments`,
        status: 200,
        shape: {
          threads: [
            expect.objectContaining({
              id: anyId,
              anchor: `item:need:${itemId(1)}`,
              comments: [
                expect.objectContaining({ body: 'Which survey?', deleted: false }),
                expect.objectContaining({ body: '', deleted: true, mentions: [] }),
              ],
            }),
          ],
        },
      },
    ],
  },
  {
    name: 'ideas: propose, vote, decide, turn into an item',
    steps: [
      createWorkspace('Valmiera'),
      {
        name: 'proposes an idea',
        method: 'POST',
        path: `${WS}/ideas`,
        body: { title: 'Homework club', description: 'Twice a week', themes: ['library.language'], targetGroups: [] },
        status: 201,
        shape: {
          id: anyId,
          title: 'Homework club',
          description: 'Twice a week',
          themes: ['library.language'],
          targetGroups: [],
          status: 'proposed',
          reason: '',
          proposedBy: { id: anyId, name: expect.any(String) },
          createdAt: anyTime,
          votes: 0,
          myVote: false,
          convertedTo: null,
        },
        save: 'idea',
      },
      {
        name: 'votes for it',
        method: 'PUT',
        path: `${WS}/ideas/{idea}/vote`,
        body: { vote: true },
        status: 200,
        shape: expect.objectContaining({ votes: 1, myVote: true }),
      },
      {
        name: 'refuses to set it aside without a reason',
        method: 'PUT',
        path: `${WS}/ideas/{idea}/decision`,
        body: { status: 'setAside' },
        status: 400,
        error: { code: 'validation', message: 'reason: Say why it is set aside', field: 'reason' },
      },
      {
        name: 'refuses to turn an idea not selected into an item',
        method: 'POST',
        path: `${WS}/ideas/{idea}/convert`,
        body: { kind: 'action', id: itemId(2) },
        status: 409,
        error: { code: 'conflict', message: 'Select the idea before you turn it into a recommendation or an action' },
      },
      {
        name: 'selects it',
        method: 'PUT',
        path: `${WS}/ideas/{idea}/decision`,
        body: { status: 'selected' },
        status: 200,
        shape: expect.objectContaining({ status: 'selected', reason: '' }),
      },
      {
        name: 'turns it into an action',
        method: 'POST',
        path: `${WS}/ideas/{idea}/convert`,
        body: { kind: 'action', id: itemId(2) },
        status: 201,
        shape: {
          idea: expect.objectContaining({ convertedTo: { kind: 'action', id: itemId(2) } }),
          item: expect.objectContaining({
            id: itemId(2),
            kind: 'action',
            data: { ...data('action'), title: 'Homework club', description: 'Twice a week' },
          }),
        },
      },
      {
        name: 'has nothing new for the only member',
        method: 'GET',
        path: '/api/notifications',
        status: 200,
        shape: { items: [], unread: 0 },
      },
    ],
  },
];
