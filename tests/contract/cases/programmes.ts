import type { Scenario } from '../contract';
import { createWorkspace } from './fixtures';

// Programmes as a town's person meets them (no coordinator, no administrator): none to see, none
// to create, and a town outside any programme has no good practice. The same answers from the
// server and from the demo's mocks; what coordinators see is the server's own tests.

const UNKNOWN = '7b0c5a52-0a1e-4d6c-9d5e-3f5b8e2a9c11';
const OTHER = '0f6a3e12-5b1d-4c2e-8a7f-2d9e4b6c1a30';
const programmeNotFound = { code: 'not_found' as const, message: 'Programme not found' };

export const programmeScenarios: Scenario[] = [
  {
    name: 'programmes: a town’s person sees none and creates none',
    steps: [
      { name: 'lists no programme', method: 'GET', path: '/api/programmes', status: 200, shape: [] },
      {
        name: 'may not create a programme',
        method: 'POST',
        path: '/api/programmes',
        body: { name: 'LiBri Latvia', country: 'LV', deadline: '2027-03-31', language: 'lv', coordinators: ['a@b.lv'] },
        status: 403,
        error: { code: 'forbidden', message: 'Your account may not do this' },
      },
      ...[
        '',
        '/dashboard',
        '/across',
        '/summary',
        '/good-practice',
        `/compare?section=need&towns=${UNKNOWN},${OTHER}`,
      ].map((tail) => ({
        name: `answers 404 for GET /api/programmes/<unknown>${tail.split('?')[0]}`,
        method: 'GET' as const,
        path: `/api/programmes/${UNKNOWN}${tail}`,
        status: 404,
        error: programmeNotFound,
      })),
      {
        name: 'answers 404 for a malformed programme id',
        method: 'GET',
        path: '/api/programmes/not-a-uuid/dashboard',
        status: 404,
        error: programmeNotFound,
      },
      {
        name: 'may not enrol a town in a programme it cannot see',
        method: 'POST',
        path: `/api/programmes/${UNKNOWN}/towns`,
        body: { name: 'Jelgava', municipality: 'Jelgava' },
        status: 404,
        error: programmeNotFound,
      },
      createWorkspace('Valmiera'),
      {
        name: 'a town outside any programme has no good practice',
        method: 'GET',
        path: '/api/workspaces/{ws}/good-practice',
        status: 200,
        shape: [],
      },
      {
        name: 'and copies none',
        method: 'POST',
        path: `/api/workspaces/{ws}/good-practice/${UNKNOWN}/copy`,
        body: { id: OTHER },
        status: 404,
        error: { code: 'not_found', message: 'This good practice is not in the programme (any more)' },
      },
    ],
  },
];
