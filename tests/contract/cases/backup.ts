import { expect } from 'vitest';
import { applyOperations, emptyStrategy, LIMITS, sampleOperations, SAMPLE_WORKSPACE_NAME } from '@/domain';
import { BACKUP_FORMAT_VERSION, BACKUP_MAX_BYTES, parseBackup, strategyToBackup } from '@/domain/backup';
import { backupProblemError } from '@/domain/store-rules';
import type { SectionData } from '@/domain';
import type { BackupFile } from '@/domain/backup';
import type { Call, Scenario } from '../contract';
import {
  anyId,
  anyTime,
  byTheContract,
  createItem,
  createWorkspace,
  data,
  deeplyNested,
  itemId,
  TOO_DEEP,
  UNKNOWN_ID,
  workspaceShape,
} from './fixtures';

const IMPORT = '/api/workspaces/import';
const T = '2026-03-15T10:30:00.000Z';

/** The sample strategy as a backup file, with ids 1, 2, 3… so that the case is the same on every run. */
function sampleBackup(): BackupFile {
  let n = 100;
  const newId = () => itemId(n++);
  const ws = { id: newId(), name: SAMPLE_WORKSPACE_NAME, createdAt: T, updatedAt: T };
  return strategyToBackup(applyOperations(emptyStrategy(ws), sampleOperations(newId), T), T);
}
const GOOD = sampleBackup();
const NEED = GOOD.items.need[0] as BackupFile['items']['need'][number];

const refused = (name: string, body: unknown, error: NonNullable<Call['error']>, status = 400): Call => ({
  name,
  method: 'POST',
  path: IMPORT,
  body,
  status,
  error,
});

/**
 * The same id for a need and a challenge: refused by the backup check when it knows
 * duplicate ids, otherwise by the store's rule that an id belongs to one item.
 */
function duplicateIdCase(): Call {
  const challenge = { id: NEED.id, data: data('challenge') };
  const body = { ...GOOD, items: { ...GOOD.items, challenge: [challenge] } };
  const checked = parseBackup(JSON.stringify(body));
  const { status, code, message, field } = checked.ok
    ? { status: 409, code: 'conflict' as const, message: 'id: this id is already used by another item', field: 'id' }
    : backupProblemError(checked.problem);
  return refused(
    'refuses a file that uses one id twice',
    body,
    { code, message, ...(field === undefined ? {} : { field }) },
    status,
  );
}

const partnership: SectionData['partnership'] = {
  municipality: 'Valmiera',
  country: 'LV',
  leadLibrary: '',
  description: '',
  agreementSigned: false,
  agreementDate: '',
};
const A = itemId(1);
/** What the download of the first scenario must contain. */
function expectedDownload() {
  const ws = { id: UNKNOWN_ID, name: 'Valmiera — backup', createdAt: T, updatedAt: T };
  const strategy = applyOperations(
    emptyStrategy(ws),
    [
      { type: 'putSection', key: 'partnership', data: partnership },
      { type: 'createItem', kind: 'need', id: A, data: data('need', { title: 'Language practice' }) },
    ],
    T,
  );
  return { ...strategyToBackup(strategy, T), exportedAt: anyTime };
}

export const backupScenarios: Scenario[] = [
  {
    name: 'backup: download and import',
    steps: [
      createWorkspace('Valmiera — backup'),
      {
        name: 'saves the partnership',
        method: 'PUT',
        path: '/api/workspaces/{ws}/sections/partnership',
        body: { data: partnership },
        status: 200,
        shape: { version: 1, updatedAt: anyTime, updatedBy: byTheContract, data: partnership },
      },
      createItem('{ws}', 'need', A, 0, { title: 'Language practice' }),
      {
        name: 'downloads the whole workspace as a backup file',
        method: 'GET',
        path: '/api/workspaces/{ws}/backup',
        status: 200,
        shape: expectedDownload(),
        disposition: expect.stringMatching(
          /^attachment; filename="libri-backup-\d{4}-\d{2}-\d{2}\.json"; filename\*=UTF-8''Valmiera%20%E2%80%94%20backup%20\d{4}-\d{2}-\d{2}\.libri\.json$/,
        ),
      },
      {
        name: 'answers 404 for the backup of an unknown workspace',
        method: 'GET',
        path: `/api/workspaces/${UNKNOWN_ID}/backup`,
        status: 404,
        error: { code: 'not_found', message: 'Workspace not found' },
      },
      {
        name: 'answers 404 for the backup of a malformed id',
        method: 'GET',
        path: '/api/workspaces/latest/backup',
        status: 404,
        error: { code: 'not_found', message: 'Workspace not found' },
      },
      {
        name: 'imports a backup as a new workspace',
        method: 'POST',
        path: IMPORT,
        body: GOOD,
        status: 201,
        shape: workspaceShape(SAMPLE_WORKSPACE_NAME, '{copy}'),
        save: 'copy',
      },
      {
        name: 'reads the copy with the content and fresh ids',
        method: 'GET',
        path: '/api/workspaces/{copy}',
        status: 200,
        shape: expect.objectContaining({
          sections: expect.objectContaining({
            partnership: { version: 1, updatedAt: anyTime, updatedBy: null, data: GOOD.sections.partnership },
          }),
          items: expect.objectContaining({
            need: GOOD.items.need.map((n, position) => ({
              id: expect.not.stringMatching(n.id) as unknown,
              kind: 'need',
              position,
              version: 1,
              updatedAt: anyTime,
              updatedBy: null,
              // Links are re-pointed at the copy's new ids.
              data: { ...n.data, partnerId: n.data.partnerId ? anyId : '' },
            })),
          }),
        }),
      },
      {
        name: 'imports the same file again as another workspace',
        method: 'POST',
        path: IMPORT,
        body: GOOD,
        status: 201,
        shape: { id: anyId, name: SAMPLE_WORKSPACE_NAME, createdAt: anyTime, updatedAt: anyTime, state: 'draft' },
      },
      refused('refuses text that is not JSON', 'this is a Word document', {
        code: 'bad_request',
        message: 'The file is not valid JSON',
      }),
      refused(
        'refuses a file from another program',
        { format: 'other-app', data: [] },
        { code: 'bad_request', message: 'Not a LiBri backup file' },
      ),
      refused('refuses a JSON array', [1, 2], { code: 'bad_request', message: 'Not a LiBri backup file' }),
      refused(
        'refuses a file from a newer version',
        { ...GOOD, formatVersion: BACKUP_FORMAT_VERSION + 1 },
        {
          code: 'bad_request',
          message: `This backup was made by a newer version of LiBri Strategy Builder (format ${BACKUP_FORMAT_VERSION + 1}); update the app to import it`,
        },
      ),
      refused(
        'refuses a damaged file, naming the field',
        { ...GOOD, items: { ...GOOD.items, need: [{ ...NEED, data: { ...NEED.data, title: 'x'.repeat(201) } }] } },
        {
          code: 'validation',
          message: 'The backup file is damaged: items.need.0.data.title is not valid',
          field: 'items.need.0.data.title',
        },
      ),
      duplicateIdCase(),
      refused('refuses a file nested too deeply', `{"format": "libri-strategy-backup", "items": ${deeplyNested()}}`, {
        code: 'bad_request',
        message: TOO_DEEP,
      }),
      refused(
        'refuses a file over 10 MB',
        { ...GOOD, padding: 'x'.repeat(BACKUP_MAX_BYTES) },
        { code: 'too_large', message: `The file is larger than ${BACKUP_MAX_BYTES / 1_000_000} MB` },
        413,
      ),
      {
        name: 'refuses a file not sent as JSON',
        method: 'POST',
        path: IMPORT,
        body: JSON.stringify(GOOD),
        contentType: 'text/plain',
        status: 415,
        error: { code: 'bad_request', message: 'The body must be JSON, sent with Content-Type: application/json' },
      },
      {
        name: 'has created nothing more',
        method: 'GET',
        path: '/api/workspaces',
        status: 200,
        shape: [expect.anything(), expect.anything(), expect.anything()],
      },
    ],
  },
  {
    name: 'backup: import at the workspace limit',
    steps: [
      { name: `fills the store with ${LIMITS.workspaces} workspaces`, arrange: 'workspaces', count: LIMITS.workspaces },
      refused('refuses to import one more', GOOD, {
        code: 'limit',
        message: `There can be at most ${LIMITS.workspaces} workspaces`,
      }),
    ],
  },
];
