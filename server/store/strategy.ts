import type { Strategy } from '@/domain';
import type { Queryable } from '../db/database';
import { listItems } from './items';
import { listSections } from './sections';
import { getWorkspace } from './workspaces';
import { latestEvent } from '../live/events';

/**
 * The whole strategy of a workspace, or undefined when there is no such workspace.
 * Run it in a transaction: the shared lock keeps a write from landing between the reads.
 */
export async function loadStrategy(q: Queryable, workspaceId: string): Promise<Strategy | undefined> {
  const workspace = await getWorkspace(q, workspaceId, 'for share');
  if (!workspace) return undefined;
  const [sections, items] = [await listSections(q, workspaceId), await listItems(q, workspaceId)];
  return { workspace, seq: await latestEvent(q, workspaceId), sections, items };
}
