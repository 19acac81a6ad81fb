import { expect } from 'vitest';
import { EMPTY_SECTIONS, LIMITS } from '@/domain';
import type { SectionData } from '@/domain';
import type { Call, Scenario } from '../contract';
import { anyTime, byTheContract, badBodies, createWorkspace, summaryShape, UNKNOWN_ID } from './fixtures';

const partnership: SectionData['partnership'] = {
  municipality: 'Valmiera',
  country: 'LV',
  leadLibrary: 'Valmiera Library',
  description: 'Library, council and NGOs',
  agreementSigned: true,
  agreementDate: '2025-02-14',
};
const plan: SectionData['plan'] = { monitoring: 'Quarterly', review: 'Yearly' };
const PATH = '/api/workspaces/{ws}/sections';

const invalid = (name: string, key: string, body: unknown, message: string, field?: string): Call => ({
  name,
  method: 'PUT',
  path: `${PATH}/${key}`,
  body,
  status: 400,
  error: { code: 'validation', message, ...(field ? { field } : {}) },
});

export const sectionScenarios: Scenario[] = [
  {
    name: 'sections: saving, versions and conflicts',
    steps: [
      createWorkspace('Valmiera'),
      {
        name: 'saves a section as version 1',
        method: 'PUT',
        path: `${PATH}/partnership`,
        body: { data: partnership, version: 0 },
        status: 200,
        shape: { version: 1, updatedAt: anyTime, updatedBy: byTheContract, data: partnership },
      },
      {
        name: 'saves an edit based on the current version',
        method: 'PUT',
        path: `${PATH}/partnership`,
        body: { data: { ...partnership, municipality: 'Cēsis' }, version: 1 },
        status: 200,
        shape: {
          version: 2,
          updatedAt: anyTime,
          updatedBy: byTheContract,
          data: { ...partnership, municipality: 'Cēsis' },
        },
      },
      {
        name: 'refuses an edit based on an older version, returning the section as it is',
        method: 'PUT',
        path: `${PATH}/partnership`,
        body: { data: { ...partnership, municipality: 'Lost' }, version: 1 },
        status: 409,
        error: { code: 'conflict', message: 'This section was changed by someone else' },
        current: {
          version: 2,
          updatedAt: anyTime,
          updatedBy: byTheContract,
          data: { ...partnership, municipality: 'Cēsis' },
        },
      },
      {
        name: 'overwrites when no version is sent',
        method: 'PUT',
        path: `${PATH}/partnership`,
        body: { data: partnership },
        status: 200,
        shape: { version: 3, updatedAt: anyTime, updatedBy: byTheContract, data: partnership },
      },
      {
        name: 'treats a never-written section as version 0',
        method: 'PUT',
        path: `${PATH}/plan`,
        body: { data: plan, version: 4 },
        status: 409,
        error: { code: 'conflict', message: 'This section was changed by someone else' },
        current: { version: 0, updatedAt: null, data: EMPTY_SECTIONS.plan },
      },
      {
        name: 'lists the municipality with the workspace',
        method: 'GET',
        path: '/api/workspaces',
        status: 200,
        shape: [summaryShape('Valmiera', '{ws}', 'Valmiera', 0)],
      },
      {
        name: 'reads the sections back',
        method: 'GET',
        path: '/api/workspaces/{ws}',
        status: 200,
        shape: expect.objectContaining({
          sections: expect.objectContaining({
            partnership: { version: 3, updatedAt: anyTime, updatedBy: byTheContract, data: partnership },
            plan: { version: 0, updatedAt: null, data: EMPTY_SECTIONS.plan },
          }),
        }),
      },
    ],
  },
  {
    name: 'sections: refusals',
    steps: [
      createWorkspace('Valmiera'),
      ...badBodies('PUT', `${PATH}/plan`, { data: plan }),
      invalid(
        'refuses a value of the wrong type',
        'partnership',
        { data: { ...partnership, agreementSigned: 'yes' } },
        'data.agreementSigned: Invalid input: expected boolean, received string',
        'data.agreementSigned',
      ),
      invalid(
        'refuses text over 200 characters',
        'partnership',
        { data: { ...partnership, municipality: 'x'.repeat(201) } },
        'data.municipality: Too big: expected string to have <=200 characters',
        'data.municipality',
      ),
      invalid(
        'refuses a malformed date',
        'partnership',
        { data: { ...partnership, agreementDate: '14.02.2025' } },
        'data.agreementDate: Invalid ISO date',
        'data.agreementDate',
      ),
      invalid(
        'refuses a negative population',
        'diagnosis',
        { data: { ...EMPTY_SECTIONS.diagnosis, population: -1 } },
        'data.population: Too small: expected number to be >=0',
        'data.population',
      ),
      invalid(
        'refuses too many objectives',
        'vision',
        { data: { ...EMPTY_SECTIONS.vision, objectives: Array(LIMITS.objectives + 1).fill('o') } },
        `data.objectives: Too big: expected array to have <=${LIMITS.objectives} items`,
        'data.objectives',
      ),
      invalid(
        'refuses a missing field in data',
        'plan',
        { data: { monitoring: '' } },
        'data.review: Invalid input: expected string, received undefined',
        'data.review',
      ),
      invalid(
        'refuses missing data',
        'plan',
        { version: 1 },
        'data: Required: the record as data, or its changed fields as changes',
        'data',
      ),
      invalid(
        'refuses a fractional version',
        'plan',
        { data: plan, version: 1.5 },
        'version: Invalid input: expected int, received number',
        'version',
      ),
      invalid(
        'refuses an unknown field in data',
        'plan',
        { data: { ...plan, budget: 1 } },
        'data: Unrecognized key: "budget"',
        'data',
      ),
      invalid('refuses an unknown field', 'plan', { data: plan, force: true }, 'Unrecognized key: "force"'),
      {
        name: 'answers 404 for an unknown section',
        method: 'PUT',
        path: `${PATH}/budget`,
        body: { data: {} },
        status: 404,
        error: { code: 'not_found', message: 'Unknown section "budget"' },
      },
      {
        name: 'answers 404 for an unknown workspace',
        method: 'PUT',
        path: `/api/workspaces/${UNKNOWN_ID}/sections/plan`,
        body: { data: plan },
        status: 404,
        error: { code: 'not_found', message: 'Workspace not found' },
      },
      {
        name: 'answers 404 for a malformed workspace id before the section',
        method: 'PUT',
        path: '/api/workspaces/nope/sections/budget',
        body: { data: plan },
        status: 404,
        error: { code: 'not_found', message: 'Workspace not found' },
      },
      {
        name: 'looks for the workspace, and whether one may write in it, before reading the body',
        method: 'PUT',
        path: `/api/workspaces/${UNKNOWN_ID}/sections/plan`,
        body: { data: plan, force: true },
        status: 404,
        error: { code: 'not_found', message: 'Workspace not found' },
      },
      {
        name: 'has changed nothing',
        method: 'GET',
        path: '/api/workspaces/{ws}',
        status: 200,
        shape: expect.objectContaining({
          sections: expect.objectContaining({ plan: { version: 0, updatedAt: null, data: EMPTY_SECTIONS.plan } }),
        }),
      },
    ],
  },
];
