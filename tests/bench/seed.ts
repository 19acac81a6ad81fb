import { strategyToBackup } from '@/domain/backup';
import type { Strategy } from '@/domain';
import { largeStrategy } from '../export/large-strategy';

// The typing benchmark's workspaces, imported through the API like a backup file.

/** Far more than a town writes in one step: 150 needs and 150 actions in one workspace. */
export const LARGE = { need: 150, strength: 10, challenge: 10, recommendation: 30, action: 150 };
/** The most a kind may hold (LIMITS.itemsPerKind). */
export const HUGE = { need: 1000, strength: 0, challenge: 0, recommendation: 0, action: 0 };
export const SMALL = { need: 3, strength: 0, challenge: 0, recommendation: 0, action: 0 };

function named(strategy: Strategy, name: string): Strategy {
  return { ...strategy, workspace: { ...strategy.workspace, name } };
}

/** Imports a strategy of these sizes into the server at `url` as the signed-in person; returns the new workspace's id. */
export async function seedWorkspace(url: string, counts: typeof LARGE, name: string, session: string): Promise<string> {
  const backup = strategyToBackup(named(largeStrategy(counts), name), new Date().toISOString());
  const res = await fetch(`${url}/api/workspaces/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `libri_session=${session}`, origin: url },
    body: JSON.stringify(backup),
  });
  if (res.status !== 201) throw new Error(`Import answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}
