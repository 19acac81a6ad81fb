import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FINDING, emptyStrategy } from '@/domain';
import type { Fields, Finding, Operation, StoredItem, Strategy } from '@/domain';
import { ApiError } from '@/lib/api-client';
import { strategyQueryKey } from '../api/get-strategy';
import { recordBody } from '../api/send-operation';
import type { SendResult } from '../api/send-operation';
import { SyncEngine } from './engine';
import { outboxKey } from './device-storage';

// A form's edits through the save engine while someone else edits the same record: only
// the changed fields go, each with the value it was based on; a field changed elsewhere
// waits for the person's choice, on this device, and the other fields go on.

const WS = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const A = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const NOW = '2026-01-01T00:00:00.000Z';
const ANNA = { id: '11111111-2222-4333-8444-555555555555', name: 'Anna' };

const base: Finding = { ...EMPTY_FINDING, title: 'Courses', evidence: 'Survey' };
const stored = (data: Finding, version: number): StoredItem<'need'> => ({
  id: A,
  kind: 'need',
  position: 0,
  version,
  updatedAt: NOW,
  updatedBy: ANNA,
  data,
});
const edit = (data: Partial<Finding>, from: Finding = base): Operation => ({
  type: 'updateItem',
  kind: 'need',
  id: A,
  data: { ...from, ...data },
  base: from as unknown as Fields,
});

function serverByHand() {
  const calls: { body: unknown; answer: (r: SendResult) => void; fail: (e: unknown) => void }[] = [];
  const send = vi.fn(
    (_ws: string, op: Operation, exclude: readonly string[] = []) =>
      new Promise<SendResult>((answer, fail) => {
        calls.push({ body: recordBody(op as Parameters<typeof recordBody>[0], exclude), answer, fail });
      }),
  );
  const call = (n: number) => {
    const c = calls[n];
    if (!c) throw new Error(`request ${n} was not sent (${calls.length} sent)`);
    return c;
  };
  return { send, calls, call };
}

function engineWith(send: ReturnType<typeof serverByHand>['send']) {
  const strategy: Strategy = emptyStrategy({ id: WS, name: 'Test', createdAt: NOW, updatedAt: NOW });
  strategy.items.need = [stored(base, 1)];
  const queryClient = new QueryClient();
  queryClient.setQueryData(strategyQueryKey(WS), strategy);
  return { engine: new SyncEngine(WS, queryClient, send), queryClient };
}

const after = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const conflictOf = (current: Finding, fields: string[]) =>
  new ApiError(409, 'conflict', 'Someone else changed it', undefined, stored(current, 2), fields);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('the save engine with edits that merge', () => {
  it('sends only the fields the person changed, each with the value it was based on', async () => {
    const server = serverByHand();
    const { engine } = engineWith(server.send);
    engine.push(edit({ evidence: 'Survey of 120' }));
    await after(800);
    expect(server.call(0).body).toEqual({ changes: { evidence: 'Survey of 120' }, base: { evidence: 'Survey' } });
  });

  it('holds a field someone changed differently, sends the others, and never says saved', async () => {
    const server = serverByHand();
    const { engine, queryClient } = engineWith(server.send);
    engine.push(edit({ evidence: 'Survey and interviews', description: 'Mine too' }));
    await after(800);
    server.call(0).fail(conflictOf({ ...base, evidence: 'Survey of 120' }, ['evidence']));
    await after(0);
    // The description goes on its own; the evidence waits.
    expect(server.call(1).body).toEqual({ changes: { description: 'Mine too' }, base: { description: '' } });
    server
      .call(1)
      .answer({ type: 'item', item: stored({ ...base, evidence: 'Survey of 120', description: 'Mine too' }, 3) });
    await after(0);
    const state = engine.getState();
    expect(state.status).toBe('conflict');
    expect(state.conflicts).toEqual([
      expect.objectContaining({
        field: 'evidence',
        mine: 'Survey and interviews',
        theirs: 'Survey of 120',
        base: 'Survey',
        by: ANNA,
      }),
    ]);
    // Nothing more is sent while it waits, and the person's text is kept on this device.
    await after(60_000);
    expect(server.calls).toHaveLength(2);
    expect(localStorage.getItem(outboxKey(WS))).toContain('Survey and interviews');
    // The cached copy is the server's now: the other person's text is there to compare with.
    const cached = queryClient.getQueryData<Strategy>(strategyQueryKey(WS));
    expect(cached?.items.need[0]?.data.evidence).toBe('Survey of 120');
  });

  it('keeps one’s own text on request: sent over theirs, which the server keeps in the history', async () => {
    const server = serverByHand();
    const { engine } = engineWith(server.send);
    const op = edit({ evidence: 'Survey and interviews' });
    engine.push(op);
    await after(800);
    server.call(0).fail(conflictOf({ ...base, evidence: 'Survey of 120' }, ['evidence']));
    await after(0);
    engine.resolve(op, 'evidence', { keep: 'mine' });
    await after(0);
    expect(server.call(1).body).toEqual({
      changes: { evidence: 'Survey and interviews' },
      base: { evidence: 'Survey of 120' },
    });
    server.call(1).answer({ type: 'item', item: stored({ ...base, evidence: 'Survey and interviews' }, 3) });
    await after(0);
    expect(engine.getState().status).toBe('saved');
  });

  it('takes the other text on request, and sends one’s own to the history as set aside', async () => {
    const server = serverByHand();
    const { engine } = engineWith(server.send);
    const op = edit({ evidence: 'Survey and interviews' });
    const heard: unknown[] = [];
    engine.watchRecord(op, {
      acked: () => undefined,
      resolved: (...args) => heard.push(args),
      restore: () => undefined,
    });
    engine.push(op);
    await after(800);
    server.call(0).fail(conflictOf({ ...base, evidence: 'Survey of 120' }, ['evidence']));
    await after(0);
    engine.resolve(op, 'evidence', { keep: 'theirs' });
    // The open form is told to show their text, now the base of the field.
    expect(heard).toEqual([['evidence', 'Survey of 120', 'Survey of 120']]);
    await after(0);
    expect(server.call(1).body).toEqual({
      changes: {},
      base: {},
      setAside: { evidence: 'Survey and interviews' },
    });
    server.call(1).answer({ type: 'item', item: stored({ ...base, evidence: 'Survey of 120' }, 2) });
    await after(0);
    expect(engine.getState().status).toBe('saved');
  });

  it('sends a merged text written from both', async () => {
    const server = serverByHand();
    const { engine } = engineWith(server.send);
    const op = edit({ evidence: 'Survey and interviews' });
    engine.push(op);
    await after(800);
    server.call(0).fail(conflictOf({ ...base, evidence: 'Survey of 120' }, ['evidence']));
    await after(0);
    engine.resolve(op, 'evidence', { merged: 'Survey of 120 and interviews' });
    await after(0);
    expect(server.call(1).body).toEqual({
      changes: { evidence: 'Survey of 120 and interviews' },
      base: { evidence: 'Survey of 120' },
      setAside: { evidence: 'Survey and interviews' },
    });
  });

  it('keeps the conflict while the person types on in that field, and joins typing in other fields', async () => {
    const server = serverByHand();
    const { engine } = engineWith(server.send);
    engine.push(edit({ evidence: 'Survey and interviews' }));
    await after(800);
    server.call(0).fail(conflictOf({ ...base, evidence: 'Survey of 120' }, ['evidence']));
    await after(0);
    engine.push(edit({ evidence: 'Survey and interviews, 2025', title: 'Evening courses' }));
    await after(800);
    expect(server.call(1).body).toEqual({ changes: { title: 'Evening courses' }, base: { title: 'Courses' } });
    expect(engine.getState().conflicts.map((c) => [c.field, c.mine])).toEqual([
      ['evidence', 'Survey and interviews, 2025'],
    ]);
  });

  it('drops an edit typed back to what the server has: nothing to send', async () => {
    const server = serverByHand();
    const { engine } = engineWith(server.send);
    engine.push(edit({ title: 'Course' }));
    engine.push(edit({ title: 'Courses' }));
    await after(800);
    expect(server.calls).toHaveLength(0);
    expect(engine.getState().status).toBe('saved');
  });

  it('tells an open form what the server stored, so that its next edit builds on it', async () => {
    const server = serverByHand();
    const { engine } = engineWith(server.send);
    const op = edit({ evidence: 'Survey of 120' });
    const acked: unknown[] = [];
    engine.watchRecord(op, { acked: (s) => acked.push(s), resolved: () => undefined, restore: () => undefined });
    engine.push(op);
    await after(800);
    // Typed on while the save is on its way: the next edit's base moves to what was stored.
    engine.push(edit({ evidence: 'Survey of 120 residents' }));
    server.call(0).answer({ type: 'item', item: stored({ ...base, evidence: 'Survey of 120' }, 2) });
    await after(800);
    expect(acked).toEqual([{ evidence: 'Survey of 120' }]);
    expect(server.call(1).body).toEqual({
      changes: { evidence: 'Survey of 120 residents' },
      base: { evidence: 'Survey of 120' },
    });
  });
});
