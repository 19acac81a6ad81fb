import { StrategySchema } from '@/domain';
import type { Strategy } from '@/domain';

// The last strategy the server confirmed, kept on this device. After a reload without
// network the screen starts from it (plus the unsent edits), not from nothing or from an
// older copy; it is replaced by the server's answer as soon as there is one.

const key = (workspaceId: string) => `libri.snapshot.v1.${workspaceId}`;

export function loadSnapshot(workspaceId: string): Strategy | undefined {
  try {
    const raw = localStorage.getItem(key(workspaceId));
    if (!raw) return undefined;
    const parsed = StrategySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveSnapshot(strategy: Strategy) {
  try {
    localStorage.setItem(key(strategy.workspace.id), JSON.stringify(strategy));
  } catch {
    // Storage full: the server copy is still there; only offline reloads lose this help.
  }
}
