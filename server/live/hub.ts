import { PRESENCE_TTL_MS } from '@/domain/live';
import type { LiveEvent, PresenceEntry } from '@/domain/live';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import type { Bus, BusMessage } from './bus';
import { eventsSince, latestEvent } from './events';

// The live updates of one server process: the streams it holds open, grouped by
// workspace. When the bus says a workspace has new events, the hub reads them once from
// the database (however many streams wait for them) and hands each stream what it has
// not had yet. A stream that fell behind, or that opens with an older event number,
// reads its own catch-up; one that missed too much is told to fetch everything again.
//
// Presence travels on the bus too: the process holding a tab's stream announces it when
// the stream opens, every PRESENCE_REFRESH_MS while it stays open, and when it closes;
// every process forgets a tab it has not heard of for PRESENCE_TTL_MS (a process that died).

export type LiveStream = {
  tab: string;
  userId: string;
  name: string;
  workspaceId: string;
  step: string | null;
  send(event: 'change' | 'presence' | 'reset', data: string, id?: string): Promise<void>;
  close(): void;
};

type Connection = LiveStream & { sent: number; busy: boolean; again: boolean; editing: string | null };
type Buffer = { from: number; to: number; events: LiveEvent[]; pulling: Promise<void> | null; again: boolean };
type Present = PresenceEntry & { expires: number };

/** Events kept in memory per workspace for streams that are just behind. */
const BUFFERED = 500;
/** More missed than this, and a stream is told to fetch the whole strategy. */
const CATCH_UP_LIMIT = 1000;
const PRESENCE_REFRESH_MS = 10_000;

export class LiveHub {
  private streams = new Map<string, Set<Connection>>();
  private buffers = new Map<string, Buffer>();
  private presence = new Map<string, Map<string, Present>>();
  private presenceTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private unsubscribe: (() => void)[] = [];
  private timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly db: Database,
    private readonly bus: Bus,
    private readonly logger: Logger,
  ) {
    this.unsubscribe.push(
      bus.subscribe((m) => this.onMessage(m)),
      bus.onResync(() => {
        for (const workspaceId of this.streams.keys()) void this.pull(workspaceId);
        this.refreshPresence();
      }),
    );
    this.timer = setInterval(() => this.refreshPresence(), PRESENCE_REFRESH_MS);
    this.timer.unref();
  }

  /** A write with events was committed: every process (this one included) delivers them. */
  published(workspaceId: string) {
    this.bus.publish({ type: 'events', workspaceId });
  }

  /** Streams open in this process (for the benchmark and tests). */
  get streamCount() {
    let n = 0;
    this.streams.forEach((s) => (n += s.size));
    return n;
  }

  /**
   * Starts delivering to a stream: the events after `since` (all that come from now on
   * when null), then every new one, in order. Announces its tab as present.
   */
  async open(stream: LiveStream, since: number | null): Promise<void> {
    const connection: Connection = { ...stream, sent: 0, busy: false, again: false, editing: null };
    connection.sent = since ?? (await latestEvent(this.db, stream.workspaceId));
    let set = this.streams.get(stream.workspaceId);
    if (!set) this.streams.set(stream.workspaceId, (set = new Set()));
    set.add(connection);
    this.announce(connection);
    // Whatever the workspace's own presence is now goes to the newcomer.
    await this.sendPresence(connection);
    await this.deliver(connection);
  }

  close(stream: LiveStream) {
    const set = this.streams.get(stream.workspaceId);
    const connection = set && [...set].find((c) => c.tab === stream.tab && c.send === stream.send);
    if (!set || !connection) return;
    set.delete(connection);
    if (set.size === 0) {
      this.streams.delete(stream.workspaceId);
      this.buffers.delete(stream.workspaceId);
    }
    this.bus.publish({ type: 'presence', workspaceId: stream.workspaceId, tab: stream.tab, entry: null });
  }

  /** A tab says where it is and what it edits; only its own person may say so. */
  setPresence(
    workspaceId: string,
    userId: string,
    tab: string,
    where: { step: string | null; editing: string | null },
  ) {
    const known = this.presence.get(workspaceId)?.get(tab);
    if (known && known.userId !== userId) return;
    const local = [...(this.streams.get(workspaceId) ?? [])].find((c) => c.tab === tab && c.userId === userId);
    if (local) {
      local.step = where.step;
      local.editing = where.editing;
      this.announce(local);
    } else if (known) {
      // The tab's stream is held by another process: announce for it, that process refreshes it.
      this.bus.publish({ type: 'presence', workspaceId, tab, entry: { ...strip(known), ...where } });
    }
  }

  /** Ends every stream (the process is stopping): clients reconnect to another process or to this one restarted. */
  async closeAll(): Promise<void> {
    clearInterval(this.timer);
    this.presenceTimers.forEach((t) => clearTimeout(t));
    this.unsubscribe.forEach((u) => u());
    for (const set of this.streams.values()) for (const c of set) c.close();
    this.streams.clear();
    await this.bus.close();
  }

  private announce(c: Connection) {
    const entry: PresenceEntry = { tab: c.tab, userId: c.userId, name: c.name, step: c.step, editing: c.editing };
    this.bus.publish({ type: 'presence', workspaceId: c.workspaceId, tab: c.tab, entry });
  }

  private onMessage(message: BusMessage) {
    if (message.type === 'events') {
      if (this.streams.has(message.workspaceId)) void this.pull(message.workspaceId);
      return;
    }
    const { workspaceId, tab, entry } = message;
    let tabs = this.presence.get(workspaceId);
    if (!tabs) this.presence.set(workspaceId, (tabs = new Map()));
    const before = tabs.get(tab);
    if (entry) tabs.set(tab, { ...entry, expires: Date.now() + PRESENCE_TTL_MS });
    else tabs.delete(tab);
    if (tabs.size === 0) this.presence.delete(workspaceId);
    const changed = !before !== !entry || (before && entry && !samePresence(before, entry));
    if (changed) this.presenceChanged(workspaceId);
  }

  /** Local tabs say again that they are here; tabs nobody spoke for lately are gone. */
  private refreshPresence() {
    for (const set of this.streams.values()) for (const c of set) this.announce(c);
    const now = Date.now();
    for (const [workspaceId, tabs] of this.presence) {
      let gone = false;
      for (const [tab, p] of tabs) {
        if (p.expires < now) {
          tabs.delete(tab);
          gone = true;
        }
      }
      if (tabs.size === 0) this.presence.delete(workspaceId);
      if (gone) this.presenceChanged(workspaceId);
    }
  }

  /** Presence goes out at most every 100 ms per workspace: ten tabs opening at once send one list. */
  private presenceChanged(workspaceId: string) {
    if (this.presenceTimers.has(workspaceId) || !this.streams.has(workspaceId)) return;
    this.presenceTimers.set(
      workspaceId,
      setTimeout(() => {
        this.presenceTimers.delete(workspaceId);
        for (const c of this.streams.get(workspaceId) ?? []) void this.sendPresence(c);
      }, 100),
    );
  }

  private async sendPresence(c: Connection) {
    const list = [...(this.presence.get(c.workspaceId)?.values() ?? [])].map(strip);
    await c.send('presence', JSON.stringify(list));
  }

  /** Reads the workspace's new events once, then hands them to its streams. */
  private async pull(workspaceId: string): Promise<void> {
    let buffer = this.buffers.get(workspaceId);
    if (!buffer) {
      const latest = await latestEvent(this.db, workspaceId);
      buffer = this.buffers.get(workspaceId) ?? { from: latest, to: latest, events: [], pulling: null, again: false };
      this.buffers.set(workspaceId, buffer);
    }
    if (buffer.pulling) {
      buffer.again = true;
      return buffer.pulling;
    }
    const b = buffer;
    b.pulling = (async () => {
      do {
        b.again = false;
        try {
          const fresh = await eventsSince(this.db, workspaceId, b.to, CATCH_UP_LIMIT);
          if (fresh.length > 0) {
            b.events.push(...fresh);
            b.to = (fresh.at(-1) as LiveEvent).seq;
            if (b.events.length > BUFFERED) {
              const dropped = b.events.splice(0, b.events.length - BUFFERED);
              b.from = (dropped.at(-1) as LiveEvent).seq;
            }
          }
        } catch (err) {
          this.logger.warn(`Could not read live events: ${err instanceof Error ? err.name : typeof err}`);
        }
        for (const c of this.streams.get(workspaceId) ?? []) void this.deliver(c);
      } while (b.again);
    })().finally(() => {
      b.pulling = null;
    });
    return b.pulling;
  }

  /** Sends a stream what it has not had yet, in order; one delivery at a time per stream. */
  private async deliver(c: Connection): Promise<void> {
    if (c.busy) {
      c.again = true;
      return;
    }
    c.busy = true;
    try {
      do {
        c.again = false;
        const buffer = this.buffers.get(c.workspaceId);
        let events: LiveEvent[];
        if (buffer && c.sent >= buffer.from) {
          events = buffer.events.filter((e) => e.seq > c.sent);
        } else {
          events = await eventsSince(this.db, c.workspaceId, c.sent, CATCH_UP_LIMIT);
          if (events.length >= CATCH_UP_LIMIT) {
            c.sent = await latestEvent(this.db, c.workspaceId);
            await c.send('reset', '{}');
            continue;
          }
        }
        for (const e of events) {
          if (e.seq <= c.sent) continue;
          c.sent = e.seq;
          await c.send('change', JSON.stringify(e), String(e.seq));
        }
        if (!buffer && this.streams.get(c.workspaceId)?.has(c)) void this.pull(c.workspaceId);
      } while (c.again);
    } catch (err) {
      this.logger.warn(`Could not deliver live events: ${err instanceof Error ? err.name : typeof err}`);
    } finally {
      c.busy = false;
    }
  }
}

const strip = ({ tab, userId, name, step, editing }: PresenceEntry): PresenceEntry => ({
  tab,
  userId,
  name,
  step,
  editing,
});
const samePresence = (a: PresenceEntry, b: PresenceEntry) =>
  a.userId === b.userId && a.name === b.name && a.step === b.step && a.editing === b.editing;
