import { expect } from 'vitest';
import { LIMITS } from '@/domain';
import type { Call, Scenario } from '../contract';
import { badBodies, createItem, createWorkspace, itemId, storedItem, UNKNOWN_ID } from './fixtures';

const [A, B, C, S] = [itemId(1), itemId(2), itemId(3), itemId(4)];
const ORDER = '/api/workspaces/{ws}/order/need';

const reorder = (name: string, ids: string[]): Call => ({
  name,
  method: 'PUT',
  path: ORDER,
  body: { ids },
  status: 204,
});
const refused = (name: string, body: unknown, message: string, field?: string): Call => ({
  name,
  method: 'PUT',
  path: ORDER,
  body,
  status: 400,
  error: { code: 'validation', message, ...(field ? { field } : {}) },
});
const needsInOrder = (name: string, order: [string, string][]): Call => ({
  name,
  method: 'GET',
  path: '/api/workspaces/{ws}',
  status: 200,
  shape: expect.objectContaining({
    items: expect.objectContaining({
      need: order.map(([id, title], position) => storedItem('need', id, position, 1, { title })),
    }),
  }),
});

export const orderScenarios: Scenario[] = [
  {
    name: 'order: moving items',
    steps: [
      createWorkspace('Valmiera'),
      createItem('{ws}', 'need', A, 0, { title: 'A' }),
      createItem('{ws}', 'need', B, 1, { title: 'B' }),
      createItem('{ws}', 'need', C, 2, { title: 'C' }),
      createItem('{ws}', 'strength', S, 0),
      reorder('puts the items in the given order', [C, A, B]),
      needsInOrder('reads them in that order, versions unchanged', [
        [C, 'C'],
        [A, 'A'],
        [B, 'B'],
      ]),
      reorder('puts the named items first, the others after them in their order', [B.toUpperCase()]),
      needsInOrder('reads the named item first', [
        [B, 'B'],
        [C, 'C'],
        [A, 'A'],
      ]),
      reorder('accepts an empty list', []),
      refused(
        'refuses an unknown id, naming the entry',
        { ids: [A, UNKNOWN_ID] },
        `ids.1: Unknown need id ${UNKNOWN_ID}`,
        'ids.1',
      ),
      refused('refuses an id listed twice, naming the entry', { ids: [B, A, B] }, 'ids.2: Id listed twice', 'ids.2'),
      refused('refuses the id of another kind', { ids: [S] }, `ids.0: Unknown need id ${S}`, 'ids.0'),
      refused('refuses an entry that is not an id', { ids: ['first'] }, 'ids.0: Invalid UUID', 'ids.0'),
      refused(
        'refuses ids that are not a list',
        { ids: A },
        'ids: Invalid input: expected array, received string',
        'ids',
      ),
      refused('refuses a missing list', {}, 'ids: Invalid input: expected array, received undefined', 'ids'),
      refused('refuses an unknown field', { ids: [A], kind: 'need' }, 'Unrecognized key: "kind"'),
      refused(
        'refuses more ids than a kind can have',
        { ids: Array(LIMITS.itemsPerKind + 1).fill(A) },
        `ids: Too big: expected array to have <=${LIMITS.itemsPerKind} items`,
        'ids',
      ),
      ...badBodies('PUT', ORDER, { ids: [A] }),
      {
        name: 'answers 404 for an unknown kind',
        method: 'PUT',
        path: '/api/workspaces/{ws}/order/needz',
        body: { ids: [A] },
        status: 404,
        error: { code: 'not_found', message: 'Unknown item kind "needz"' },
      },
      {
        name: 'answers 404 for an unknown workspace',
        method: 'PUT',
        path: `/api/workspaces/${UNKNOWN_ID}/order/need`,
        body: { ids: [A] },
        status: 404,
        error: { code: 'not_found', message: 'Workspace not found' },
      },
      {
        name: 'answers 404 for a malformed workspace id',
        method: 'PUT',
        path: '/api/workspaces/zzz/order/need',
        body: { ids: [A] },
        status: 404,
        error: { code: 'not_found', message: 'Workspace not found' },
      },
      needsInOrder('has changed nothing since', [
        [B, 'B'],
        [C, 'C'],
        [A, 'A'],
      ]),
    ],
  },
];
