import type { QueryClient } from '@tanstack/react-query';
import { commentsQueryKey } from '../comments/keys';
import { ideasQueryKey } from '../ideas/keys';
import { workflowQueryKey } from '../workflow/keys';
import { applyLiveChange, LiveEventSchema, PresenceSchema } from '@/domain/live';
import type { LiveEvent, PresenceEntry } from '@/domain/live';
import type { Strategy } from '@/domain';
import { api } from '@/lib/api-client';
import { currentUser } from '@/lib/session';
import { strategyQueryKey } from '../api/get-strategy';
import { saveSnapshot } from '../api/strategy-snapshot';
import { setLive } from './live-status';

// The workspace's live updates in this page: one stream (server-sent events) while the
// workspace is open. Each change another member saves is applied to the cached strategy
// at once (src/domain/live.ts), so lists, open forms and the task list follow it without a
// reload; who else is here, and where, comes the same way. A dropped stream reconnects
// with a growing delay and asks for the events after the last one it had; while it is
// down, the strategy is fetched every 15 s as before (get-strategy.ts).

export type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

/** A change another member made that this page saw arrive. */
export type RemoteChange = { name: string; at: number };

export type LiveState = {
  status: LiveStatus;
  /** The other tabs in this workspace (one's own other tabs included), not this one. */
  others: readonly PresenceEntry[];
  /** Who changed a record (`<item id>` or `section:<key>`) lately, by id. */
  recent: ReadonlyMap<string, RemoteChange>;
};

const MAX_BACKOFF_MS = 30_000;
/** This page's tab, as presence names it. */
export const TAB = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);

export class LiveConnection {
  private source: EventSource | null = null;
  private state: LiveState = { status: 'off', others: [], recent: new Map() };
  private listeners = new Set<() => void>();
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private where: { step: string | null; editing: string | null } = { step: null, editing: null };
  private whereTimer: ReturnType<typeof setTimeout> | null = null;
  private running = false;

  constructor(
    readonly workspaceId: string,
    private readonly queryClient: QueryClient,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = () => this.state;

  /** Whether changes arrive as they happen: the strategy need not be fetched again and again. */
  get isLive() {
    return this.state.status === 'live';
  }

  start() {
    if (this.running || typeof EventSource === 'undefined') return;
    this.running = true;
    this.connect();
  }

  stop() {
    this.running = false;
    if (this.retry) clearTimeout(this.retry);
    if (this.whereTimer) clearTimeout(this.whereTimer);
    this.source?.close();
    this.source = null;
    this.set({ status: 'off', others: [] });
  }

  /** Where this tab is (a step) and what it edits (an item id, or `section:<key>`): told to the others. */
  setWhere(step: string | null, editing: string | null) {
    if (step === this.where.step && editing === this.where.editing) return;
    this.where = { step, editing };
    if (this.whereTimer) clearTimeout(this.whereTimer);
    // Moving focus from field to field within one item says nothing new; a pause says where one is.
    this.whereTimer = setTimeout(() => void this.sendWhere(), 300);
  }

  private async sendWhere() {
    if (!this.running || this.state.status !== 'live') return;
    await api(`/workspaces/${this.workspaceId}/presence`, null, {
      method: 'PUT',
      body: { tab: TAB, ...this.where },
    }).catch(() => undefined);
  }

  private connect() {
    const cached = this.queryClient.getQueryData<Strategy>(strategyQueryKey(this.workspaceId));
    const params = new URLSearchParams({ tab: TAB });
    if (cached?.seq !== undefined) params.set('since', String(cached.seq));
    if (this.where.step) params.set('step', this.where.step);
    this.set({ status: this.failures > 0 ? 'reconnecting' : 'connecting' });
    const source = new EventSource(`/api/workspaces/${this.workspaceId}/live?${params.toString()}`);
    this.source = source;
    source.addEventListener('ready', () => {
      this.failures = 0;
      this.set({ status: 'live' });
      if (this.where.editing) void this.sendWhere();
    });
    source.addEventListener('change', (e) => this.onChange((e as MessageEvent<string>).data));
    source.addEventListener('presence', (e) => this.onPresence((e as MessageEvent<string>).data));
    source.addEventListener('reset', () => {
      void this.queryClient.invalidateQueries({ queryKey: strategyQueryKey(this.workspaceId) });
    });
    source.onerror = () => {
      if (source !== this.source) return;
      // The browser reconnects by itself after a dropped connection (sending the last event's
      // id); a refused one (signed out, no longer a member, a proxy's error page) it gives up.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        this.source = null;
        this.failures += 1;
        this.set({ status: 'reconnecting', others: [] });
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.failures, 5));
        this.retry = setTimeout(() => {
          this.retry = null;
          if (this.running) this.connect();
        }, delay);
      } else {
        this.set({ status: 'reconnecting' });
      }
    };
  }

  private onChange(raw: string) {
    let event: LiveEvent;
    try {
      event = LiveEventSchema.parse(JSON.parse(raw));
    } catch {
      return;
    }
    const key = strategyQueryKey(this.workspaceId);
    const next = this.queryClient.setQueryData<Strategy>(key, (old) => (old ? applyLiveChange(old, event) : old));
    if (next) saveSnapshot(next);
    // A step of the workflow or a named version: the review screen and the banner read them again.
    if (event.change.type === 'workflow' || event.change.type === 'workspace') {
      void this.queryClient.invalidateQueries({ queryKey: workflowQueryKey(this.workspaceId) });
    }
    if (event.change.type === 'comments') {
      void this.queryClient.invalidateQueries({ queryKey: commentsQueryKey(this.workspaceId) });
    }
    if (event.change.type === 'ideas') {
      void this.queryClient.invalidateQueries({ queryKey: ideasQueryKey(this.workspaceId) });
    }
    const me = currentUser()?.id;
    if (event.by && event.by.id !== me) {
      const record = recordOf(event);
      if (record) {
        const recent = new Map(this.state.recent);
        recent.set(record, { name: event.by.name, at: Date.now() });
        this.set({ recent });
      }
    }
  }

  private onPresence(raw: string) {
    const parsed = PresenceSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return;
    this.set({ others: parsed.data.filter((p) => p.tab !== TAB) });
  }

  private set(patch: Partial<LiveState>) {
    this.state = { ...this.state, ...patch };
    setLive(this.workspaceId, this.state.status === 'live');
    this.listeners.forEach((l) => l());
  }
}

function recordOf(event: LiveEvent): string | null {
  const c = event.change;
  if (c.type === 'item') return c.item.id;
  if (c.type === 'section') return `section:${c.key}`;
  return null;
}

const connections = new Map<string, LiveConnection>();

/** One connection per workspace for the life of the page. */
export function liveConnection(workspaceId: string, queryClient: QueryClient): LiveConnection {
  let c = connections.get(workspaceId);
  if (!c) connections.set(workspaceId, (c = new LiveConnection(workspaceId, queryClient)));
  return c;
}
