import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Scenario, StoredRows } from '../contract';
import { anyTime } from './fixtures';

// Data outlives code: what release 0.1 stored (the server's rows, the demo's
// localStorage) opens through the same upgrade on both sides, in the same shape.

const rows = JSON.parse(
  readFileSync(new URL('../../fixtures/release-0.1/database-rows.json', import.meta.url), 'utf8'),
) as StoredRows;

// A field added since is missing from the action, a removed one is still there, and the
// plan section lacks one of its fields.
const action = rows.items.find((i) => i.kind === 'action') as StoredRows['items'][number];
const need = rows.items.find((i) => i.kind === 'need') as StoredRows['items'][number];
const { risks: _risks, ...olderAction } = action.data as Record<string, unknown>;
const older: StoredRows = {
  ...rows,
  items: rows.items.map((i) =>
    i === action ? { ...i, data: { ...olderAction, retiredField: 'from a removed feature' } } : i,
  ),
  sections: rows.sections.map((s) =>
    s.key === 'plan' ? { ...s, data: { monitoring: (s.data as { monitoring: string }).monitoring } } : s,
  ),
};
const ws = rows.workspaces[0]?.id as string;

export const olderReleaseScenarios: Scenario[] = [
  {
    name: 'data stored by release 0.1',
    steps: [
      { name: 'finds the data of release 0.1', arrange: 'storedRows', rows: older },
      {
        name: 'opens the workspace in today’s shape',
        method: 'GET',
        path: `/api/workspaces/${ws}`,
        status: 200,
        shape: expect.objectContaining({
          sections: expect.objectContaining({
            plan: expect.objectContaining({ data: expect.objectContaining({ review: '' }) }),
          }),
          items: expect.objectContaining({
            action: expect.arrayContaining([
              expect.objectContaining({ id: action.id, data: expect.objectContaining({ risks: '' }) }),
            ]),
          }),
        }),
      },
      {
        name: 'lists it',
        method: 'GET',
        path: '/api/workspaces',
        status: 200,
        shape: [expect.objectContaining({ id: ws, municipality: 'Valmiera', itemCount: rows.items.length })],
      },
      {
        name: 'takes an edit of an old row',
        method: 'PUT',
        path: `/api/workspaces/${ws}/items/need/${need.id}`,
        body: { data: { ...(need.data as object), title: 'Edited after the upgrade' }, version: need.version },
        status: 200,
        shape: expect.objectContaining({ id: need.id, version: need.version + 1, updatedAt: anyTime }),
      },
      {
        name: 'downloads it as a backup of today’s format',
        method: 'GET',
        path: `/api/workspaces/${ws}/backup`,
        status: 200,
        shape: expect.objectContaining({ workspace: { name: rows.workspaces[0]?.name } }),
      },
    ],
  },
];
