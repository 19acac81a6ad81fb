import { upgradeStrategy } from '@/domain';
import type { Strategy } from '@/domain';
import { onUserChange, storageOwner } from '@/lib/session';

// The last strategy the server confirmed, kept on this device. After a reload without
// network the screen starts from it (plus the unsent edits), not from nothing or from an
// older copy; it is replaced by the server's answer as soon as there is one.
//
// It shares the browser's few megabytes with the outbox, and the outbox matters more: a
// copy that cannot be written is removed rather than left stale (a stale copy would show
// saved text as lost while offline), and the outbox may drop every copy to make room.

const PREFIX = 'libri.snapshot.v2.';
/** Each person's copies apart: the next person on a shared computer does not read them. */
export const snapshotKey = (workspaceId: string) => `${PREFIX}${storageOwner()}.${workspaceId}`;
const key = snapshotKey;

/** The copy kept on this device, in today's shape whatever release wrote it; never throws. */
export function loadSnapshot(workspaceId: string): Strategy | undefined {
  const waiting = pending.get(workspaceId);
  if (waiting) return waiting;
  try {
    // A copy from before accounts belonged to nobody: the first person here may start from it.
    const raw = localStorage.getItem(key(workspaceId)) ?? localStorage.getItem(`libri.snapshot.v1.${workspaceId}`);
    if (!raw) return undefined;
    const strategy = upgradeStrategy(JSON.parse(raw));
    return strategy && strategy.workspace.id === workspaceId ? strategy : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the copy, a moment later: writing a large strategy takes tens of milliseconds, so
 * it waits for an idle moment instead of delaying the "saved" the person waits for. Only
 * the newest copy of each workspace is written; leaving the page writes it at once.
 */
export function saveSnapshot(strategy: Strategy) {
  const first = pending.size === 0;
  pending.set(strategy.workspace.id, strategy);
  if (first) whenIdle(flushSnapshots);
}

const pending = new Map<string, Strategy>();

/** Writes the copies waiting to be written (on idle, and when the page is hidden or closed). */
export function flushSnapshots() {
  const copies = [...pending.values()];
  pending.clear();
  copies.forEach(writeSnapshot);
}

const whenIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 0);

/** The copies one person kept on this device, removed when they sign out or someone else signs in. */
function dropCopiesOf(owner: string) {
  pending.clear();
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '');
    const wasSomeone = owner !== 'nobody';
    keys
      .filter((k) => k.startsWith(`${PREFIX}${owner}.`) || (wasSomeone && k.startsWith('libri.snapshot.v1.')))
      .forEach(forget);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

let owner = storageOwner();
onUserChange(() => {
  const previous = owner;
  owner = storageOwner();
  if (previous !== owner) dropCopiesOf(previous);
});

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushSnapshots);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushSnapshots());
}

function writeSnapshot(strategy: Strategy) {
  try {
    localStorage.setItem(key(strategy.workspace.id), JSON.stringify(strategy));
  } catch {
    // Storage full: the server still has it; only an offline reload loses this help.
    forget(key(strategy.workspace.id));
  }
}

/** Frees the room the copies take, for unsent edits. Returns whether anything was removed. */
export function dropSnapshots(): boolean {
  pending.clear();
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '');
    const copies = keys.filter((k) => k.startsWith('libri.snapshot.'));
    copies.forEach(forget);
    return copies.length > 0;
  } catch {
    return false;
  }
}

function forget(k: string) {
  try {
    localStorage.removeItem(k);
  } catch {
    // Storage blocked: there is nothing to free.
  }
}
