import { textOf } from '@/domain';
import type { UnreadableEdit } from '@/domain';
import { storageOwner } from '@/lib/session';
import { dropSnapshots } from '../api/strategy-snapshot';

// Where the save engine keeps things in this browser. Every write says whether it
// worked, so the status can tell the truth when storage is full or blocked.

// Each person's edits under their own key: on a shared library computer, what one person
// typed is never sent under the next person's session.
export const outboxKey = (workspaceId: string) => `libri.outbox.v2.${storageOwner()}.${workspaceId}`;
/** Edits an older release queued that this one cannot read: kept apart until the person discards them. */
export const unreadableKey = (workspaceId: string) => `libri.outbox-unreadable.v2.${storageOwner()}.${workspaceId}`;

/**
 * Edits queued before there were accounts belonged to nobody: the first person to open the
 * workspace on this device takes them over (and sees them on screen before they are sent).
 */
export function adoptEditsOfNobody(workspaceId: string) {
  for (const [old, now] of [
    [`libri.outbox.v1.${workspaceId}`, outboxKey(workspaceId)],
    [`libri.outbox-unreadable.v1.${workspaceId}`, unreadableKey(workspaceId)],
  ] as const) {
    const raw = readStorage(old);
    if (raw === null || readStorage(now) !== null) continue;
    if (write(now, raw)) write(old, null);
  }
}

export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes (or with `null` removes) a value; returns false when the browser refused. */
function write(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes what must not be lost. When storage is full, the copies of strategies kept for
 * offline reloads make room first: they can be fetched again, unsent edits cannot.
 */
export function writeKept(key: string, value: string | null): boolean {
  return write(key, value) || (value !== null && dropSnapshots() && write(key, value));
}

/** The edits set aside earlier; damaged storage is itself one edit to copy, never an error. */
export function readUnreadable(workspaceId: string): UnreadableEdit[] {
  const raw = readStorage(unreadableKey(workspaceId));
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    const list = Array.isArray(parsed) ? (parsed as unknown[]) : [parsed];
    return list.map((e) =>
      typeof e === 'object' && e !== null && 'text' in e && typeof e.text === 'string'
        ? { raw: 'raw' in e ? e.raw : null, text: e.text }
        : { raw: e, text: textOf(e) },
    );
  } catch {
    return [{ raw, text: raw }];
  }
}

export function writeUnreadable(workspaceId: string, edits: readonly UnreadableEdit[]): boolean {
  return writeKept(unreadableKey(workspaceId), edits.length ? JSON.stringify(edits) : null);
}
