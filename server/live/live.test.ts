import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredItem, Strategy } from '@/domain';
import { createApp } from '../app';
import type { App } from '../app';
import type { Database } from '../db/database';
import { migrate } from '../db/migrations';
import { openPostgres } from '../db/postgres';
import { silentLogger } from '../logger';
import { adminQuery, PG_URL, pgSkipReason } from '../test/backends';
import { describeBackends, getStrategy, newItem, newWorkspace } from '../test/helpers';
import { makeMember, person } from '../test/people';
import { SseReader } from '../test/sse';
import { LiveHub } from './hub';
import { openPgBus } from './pg-bus';

// Live updates as a member's browser receives them: what anyone saves arrives on every open
// stream of the workspace, in order, and a stream that reconnects gets what it missed.

const live = async (api: { open(path: string, headers?: Record<string, string>): Promise<Response> }, path: string) => {
  const res = await api.open(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return new SseReader(res);
};

describeBackends('live updates', (t) => {
  it('delivers every saved change to the other members, with who made it', async () => {
    const ws = await newWorkspace(t.api);
    const anna = await person(t.db, t.app, 'anna@example.org');
    await makeMember(t.db, ws.id, anna, 'contributor');
    const strategy = await getStrategy(anna.api, ws.id);
    const stream = await live(anna.api, `/api/workspaces/${ws.id}/live?since=${strategy.seq}&tab=anna-tab-1`);
    try {
      const need = await newItem(t.api, ws.id, 'need', { title: 'Courses' });
      const path = `/api/workspaces/${ws.id}/items/need/${need.id}`;
      await t.api.put(path, { changes: { title: 'Evening courses' }, base: { title: 'Courses' } });
      await t.api.put(`/api/workspaces/${ws.id}/sections/plan`, {
        changes: { review: 'Yearly' },
        base: { review: '' },
      });
      await t.api.patch(`/api/workspaces/${ws.id}`, { name: 'Valmiera 2027' });
      await t.api.delete(path);
      const deleted = await stream.waitForChange((e) => e.change.type === 'itemDeleted');
      expect(deleted.change).toEqual({ type: 'itemDeleted', kind: 'need', id: need.id });
      expect(stream.changes.map((e) => e.change.type)).toEqual(['item', 'item', 'section', 'workspace', 'itemDeleted']);
      const changed = stream.changes[1] as { change: { item: StoredItem } };
      expect(changed.change.item).toMatchObject({ version: 2, data: { title: 'Evening courses' } });
      expect(stream.changes[1]?.by).toEqual({ id: t.me.id, name: 'tester' });
      // In the order they were stored, each numbered after the last.
      const seqs = stream.changes.map((e) => e.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(seqs.length);
    } finally {
      await stream.close();
    }
  });

  it('catches a reconnecting stream up on what it missed, from the last event it had', async () => {
    const ws = await newWorkspace(t.api);
    const first = await live(t.api, `/api/workspaces/${ws.id}/live?since=0`);
    const a = await newItem(t.api, ws.id, 'need', { title: 'A' });
    const seen = await first.waitForChange((e) => e.change.type === 'item');
    await first.close();
    // Away: two more changes.
    const b = await newItem(t.api, ws.id, 'need', { title: 'B' });
    await t.api.put(`/api/workspaces/${ws.id}/order/need`, { ids: [b.id, a.id] });
    const again = await live(t.api, `/api/workspaces/${ws.id}/live?since=${seen.seq}`);
    try {
      await again.waitForChange((e) => e.change.type === 'order');
      expect(again.changes.map((e) => e.change.type)).toEqual(['item', 'order']);
      expect(again.changes[1]?.change).toEqual({ type: 'order', kind: 'need', ids: [b.id, a.id] });
    } finally {
      await again.close();
    }
  });

  it('starts from the strategy just loaded: its number says which events it holds', async () => {
    const ws = await newWorkspace(t.api);
    await newItem(t.api, ws.id, 'need', { title: 'Before' });
    const loaded: Strategy = await getStrategy(t.api, ws.id);
    expect(loaded.seq).toBeGreaterThan(0);
    const stream = await live(t.api, `/api/workspaces/${ws.id}/live?since=${loaded.seq}`);
    try {
      await newItem(t.api, ws.id, 'need', { title: 'After' });
      const event = await stream.waitForChange(() => true);
      expect((event.change as { item: StoredItem<'need'> }).item.data.title).toBe('After');
      expect(stream.changes).toHaveLength(1);
    } finally {
      await stream.close();
    }
  });

  it('shows who is in the workspace, on which step and editing what, and forgets a closed tab', async () => {
    const ws = await newWorkspace(t.api);
    const anna = await person(t.db, t.app, 'anna@example.org');
    await makeMember(t.db, ws.id, anna, 'contributor');
    const mine = await live(t.api, `/api/workspaces/${ws.id}/live?since=0&tab=my-tab-0001&step=needs`);
    const hers = await live(anna.api, `/api/workspaces/${ws.id}/live?since=0&tab=anna-tab-01&step=plan`);
    await mine.waitForPresence((list) => list.some((p) => p.name === 'anna' && p.step === 'plan'));
    const editing = await anna.api.put(`/api/workspaces/${ws.id}/presence`, {
      tab: 'anna-tab-01',
      step: 'needs',
      editing: 'some-item-id',
    });
    expect(editing.status).toBe(204);
    await mine.waitForPresence((list) => list.some((p) => p.name === 'anna' && p.editing === 'some-item-id'));
    // Someone else cannot speak for Anna's tab.
    await t.api.put(`/api/workspaces/${ws.id}/presence`, { tab: 'anna-tab-01', step: 'vision', editing: null });
    const before = mine.count;
    await hers.close();
    const after = await mine.waitForPresence((list) => !list.some((p) => p.name === 'anna'), undefined, before);
    expect(after.map((p) => p.tab)).toEqual(['my-tab-0001']);
    expect(mine.all.some((m) => m.event === 'presence' && m.data.includes('"vision"'))).toBe(false);
    await mine.close();
  });

  it('refuses the stream to someone who may not read the workspace', async () => {
    const ws = await newWorkspace(t.api);
    const stranger = await person(t.db, t.app, 'stranger@example.org');
    expect((await stranger.api.open(`/api/workspaces/${ws.id}/live`)).status).toBe(404);
    expect((await t.anon.open(`/api/workspaces/${ws.id}/live`)).status).toBe(401);
  });
});

// Two server processes on one PostgreSQL, as behind a load balancer: a change saved through
// one reaches a browser connected to the other, through LISTEN/NOTIFY.
describe.skipIf(!!pgSkipReason)('live updates across two server processes on PostgreSQL', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const processes: { db: Database; app: App; hub: LiveHub }[] = [];

  beforeAll(async () => {
    await adminQuery(`create schema ${schema}`);
    for (let i = 0; i < 2; i++) {
      const db = await openPostgres(PG_URL, { schema });
      if (i === 0) await migrate(db);
      const bus = await openPgBus({
        connectionString: PG_URL,
        schema,
        notify: (channel, payload) => db.query('select pg_notify($1, $2)', [channel, payload]),
        logger: silentLogger,
      });
      const hub = new LiveHub(db, bus, silentLogger);
      processes.push({ db, hub, app: createApp({ db, live: hub }) });
    }
  });

  afterAll(async () => {
    for (const p of processes) {
      await p.hub.closeAll();
      await p.db.close();
    }
    await adminQuery(`drop schema ${schema} cascade`);
  });

  it('delivers a change saved through one process to a stream held by the other', async () => {
    const [one, two] = processes as [(typeof processes)[0], (typeof processes)[0]];
    const lead = await person(one.db, one.app, 'lead@example.org');
    const ws = await newWorkspace(lead.api);
    const anna = await person(two.db, two.app, 'anna@example.org');
    await makeMember(two.db, ws.id, anna, 'contributor');
    const stream = await live(anna.api, `/api/workspaces/${ws.id}/live?since=0&tab=anna-tab-02`);
    try {
      // Anna's presence, announced by the second process, reaches a stream on the first.
      const leads = await live(lead.api, `/api/workspaces/${ws.id}/live?since=0&tab=lead-tab-02`);
      await leads.waitForPresence((list) => list.some((p) => p.name === 'anna'));
      await leads.close();
      const started = Date.now();
      const need = await newItem(lead.api, ws.id, 'need', { title: 'Saved through the first process' });
      const event = await stream.waitForChange((e) => e.change.type === 'item');
      expect((event.change as { item: StoredItem }).item.id).toBe(need.id);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await stream.close();
    }
  });
});
