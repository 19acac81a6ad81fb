import type { PresenceEntry } from '@/domain/live';

// How the server processes of one installation tell each other what happened: "workspace
// X has new events" and who is present where. One process needs nothing but itself
// (LocalBus); several processes on one PostgreSQL use its LISTEN/NOTIFY (PgBus, in
// pg-bus.ts). A Redis pub/sub implementation would fit the same interface.

export type BusMessage =
  /** New events are stored for this workspace: read them and deliver. */
  | { type: 'events'; workspaceId: string }
  /** A tab's presence, from the process holding its stream; `entry: null` when it left. */
  | { type: 'presence'; workspaceId: string; tab: string; entry: PresenceEntry | null };

export interface Bus {
  publish(message: BusMessage): void;
  subscribe(listener: (message: BusMessage) => void): () => void;
  /** Called when messages may have been lost (a dropped connection): catch up from the database. */
  onResync(listener: () => void): () => void;
  close(): Promise<void>;
}

/** One process: messages go to its own listeners, on the next turn of the event loop. */
export class LocalBus implements Bus {
  private listeners = new Set<(message: BusMessage) => void>();

  publish(message: BusMessage) {
    queueMicrotask(() => this.listeners.forEach((l) => l(message)));
  }

  subscribe(listener: (message: BusMessage) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  onResync() {
    return () => undefined;
  }

  async close() {
    this.listeners.clear();
  }
}
