import { randomUUID } from 'node:crypto';
import { SAMPLE_WORKSPACE_NAME, sampleOperations } from '@/domain';
import type { Workspace } from '@/domain';
import type { Database } from './db/database';
import { importWorkspace } from './store/import';
import { countWorkspaces } from './store/workspaces';

/** A fresh install opens on a realistic example rather than an empty list; never touches an install in use. */
export async function seedSampleIfEmpty(db: Database): Promise<Workspace | undefined> {
  if ((await countWorkspaces(db)) > 0) return undefined;
  return importWorkspace(db, SAMPLE_WORKSPACE_NAME, sampleOperations(randomUUID));
}
