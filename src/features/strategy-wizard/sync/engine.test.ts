import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FINDING, emptyStrategy } from '@/domain';
import type { Finding, Operation, StoredItem, Strategy } from '@/domain';
import { ApiError, NetworkError } from '@/lib/api-client';
import { strategyQueryKey } from '../api/get-strategy';
import type { SendResult } from '../api/send-operation';
import { SyncEngine } from './engine';
import { snapshotKey } from '@/features/strategy-wizard/api/strategy-snapshot';
import { outboxKey } from '@/features/strategy-wizard/sync/device-storage';

// The save engine's branches, with the network replaced by a `send` whose answers the
// test gives one by one, and the clock by fake timers: no waiting, no real requests.

const WS = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const A = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const B = '7a2e3b4c-5d6e-4f70-9b0c-1d2e3f4a5b6c';
const NOW = '2026-01-01T00:00:00.000Z';

const need = (title: string): Finding => ({ ...EMPTY_FINDING, title });
const stored = (id: string, title: string, version: number): StoredItem<'need'> => ({
  id,
  kind: 'need',
  position: 0,
  version,
  updatedAt: NOW,
  data: need(title),
});
const update = (id: string, title: string): Operation => ({ type: 'updateItem', kind: 'need', id, data: need(title) });
const saved = (op: Operation, version: number): SendResult => ({
  type: 'item',
  item: stored((op as { id: string }).id, ((op as { data: Finding }).data as Finding).title, version),
});

/** A server that answers only when the test says so. */
function serverByHand() {
  const calls: { op: Operation; answer: (r: SendResult) => void; fail: (e: unknown) => void }[] = [];
  const send = vi.fn(
    (_workspaceId: string, op: Operation) =>
      new Promise<SendResult>((answer, fail) => {
        calls.push({ op, answer, fail });
      }),
  );
  /** The request number `n` (from 0), once the engine has made it. */
  const call = (n: number) => {
    const c = calls[n];
    if (!c) throw new Error(`request ${n} was not sent (${calls.length} sent)`);
    return c;
  };
  return { send, calls, call };
}

function engineWith(send: ReturnType<typeof serverByHand>['send']) {
  const strategy: Strategy = emptyStrategy({ id: WS, name: 'Test', createdAt: NOW, updatedAt: NOW });
  strategy.items.need = [stored(A, 'First', 3), { ...stored(B, 'Second', 7), position: 1 }];
  const queryClient = new QueryClient();
  queryClient.setQueryData(strategyQueryKey(WS), strategy);
  return new SyncEngine(WS, queryClient, send);
}

/** Lets timers due within `ms` fire and every answered request be handled. */
const after = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const stuckIds = (engine: SyncEngine) => engine.getState().stuck.map((s) => [(s.op as { id: string }).id, s.reason]);
const storedOutbox = () => JSON.parse(localStorage.getItem(outboxKey(WS)) ?? '[]') as Operation[];

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('SyncEngine', () => {
  it('sends an update 0.8 s after the last change, based on the version it was read at', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'Fir'));
    await after(500);
    engine.push(update(A, 'First need'));
    await after(799);
    expect(server.calls).toHaveLength(0);
    expect(engine.getState().status).toBe('pending');

    await after(1);
    expect(server.call(0).op).toEqual({ ...update(A, 'First need'), baseVersion: 3 });
    expect(engine.getState().status).toBe('saving');
    server.call(0).answer(saved(server.call(0).op, 4));
    await after(0);
    expect(engine.getState().status).toBe('saved');
    expect(engine.hasUnsent()).toBe(false);
  });

  it('re-sends an update answered 409 on the version the server holds now (the later save wins)', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'Mine'));
    await after(800);
    server.call(0).fail(new ApiError(409, 'conflict', 'Changed by someone else', undefined, stored(A, 'Theirs', 5)));
    await after(0);

    expect(server.call(1).op).toEqual({ ...update(A, 'Mine'), baseVersion: 5 });
    server.call(1).answer(saved(server.call(1).op, 6));
    await after(0);
    expect(engine.getState().status).toBe('saved');
  });

  it('re-creates an item answered 404 on update (deleted elsewhere), keeping the text', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'Still needed'));
    await after(800);
    server.call(0).fail(new ApiError(404, 'not_found', 'No such item'));
    await after(0);

    expect(server.call(1).op).toEqual({ type: 'createItem', kind: 'need', id: A, data: need('Still needed') });
    server.call(1).answer(saved(server.call(1).op, 0));
    await after(0);
    expect(engine.getState().status).toBe('saved');
  });

  it.each([400, 409, 413, 422])(
    'keeps an edit refused with %i, marked with the server’s message, and sends the others',
    async (status) => {
      const server = serverByHand();
      const engine = engineWith(server.send);
      // A create is not versioned: a 409 on it is a refusal, not a conflict to rebase.
      engine.push({ type: 'createItem', kind: 'need', id: A.replace('6f', '5e'), data: need('New') });
      engine.push(update(B, 'Other'));
      await after(800);
      server.call(0).fail(new ApiError(status, 'validation', 'data.title: Too long'));
      await after(0);

      expect(server.call(1).op).toMatchObject(update(B, 'Other'));
      server.call(1).answer(saved(server.call(1).op, 8));
      await after(0);
      const state = engine.getState();
      expect(state.status).toBe('rejected');
      expect(state.message).toBe('data.title: Too long');
      expect(state.stuck).toEqual([expect.objectContaining({ reason: 'refused', message: 'data.title: Too long' })]);
      expect(storedOutbox()).toEqual([expect.objectContaining({ type: 'createItem', data: need('New') })]);

      // Not sent again on its own: the same edit would be refused again.
      await after(60_000);
      expect(server.calls).toHaveLength(2);
    },
  );

  it('tries a refused edit again once the person changes it', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'x'.repeat(10)));
    await after(800);
    server.call(0).fail(new ApiError(422, 'validation', 'data.title: Not allowed'));
    await after(0);
    expect(engine.getState().status).toBe('rejected');

    engine.push(update(A, 'Corrected'));
    expect(engine.getState().stuck).toEqual([]);
    await after(800);
    expect(server.call(1).op).toEqual({ ...update(A, 'Corrected'), baseVersion: 3 });
  });

  it('keeps an edit answered 500 and retries it alone, with its own delay, while the others are sent', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'Breaks the server'));
    engine.push(update(B, 'Fine'));
    await after(800);
    server.call(0).fail(new ApiError(500, 'internal', 'Internal error'));
    await after(0);

    expect(server.call(1).op).toMatchObject(update(B, 'Fine'));
    server.call(1).answer(saved(server.call(1).op, 8));
    await after(0);
    expect(engine.getState().status).toBe('failed');
    expect(stuckIds(engine)).toEqual([[A, 'failed']]);
    expect(engine.getState().nextRetryAt).toBe(Date.now() + 2000);

    await after(1999);
    expect(server.calls).toHaveLength(2);
    await after(1);
    expect(server.call(2).op).toMatchObject(update(A, 'Breaks the server'));
    server.call(2).fail(new ApiError(500, 'internal', 'Internal error'));
    await after(0);
    // The delay grows with each failure of that edit.
    await after(3999);
    expect(server.calls).toHaveLength(3);
    await after(1);
    server.call(3).answer(saved(server.call(3).op, 4));
    await after(0);
    expect(engine.getState().status).toBe('saved');
  });

  it.each([
    ['no answer at all', new NetworkError(new TypeError('Failed to fetch'))],
    ['502 from a proxy', new ApiError(502, 'internal', 'Bad Gateway')],
    ['503', new ApiError(503, 'internal', 'Service Unavailable')],
    ['504 from a proxy', new ApiError(504, 'internal', 'Gateway Timeout')],
  ])('pauses the whole queue on %s, and resumes when asked', async (_name, error) => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'One'));
    engine.push(update(B, 'Two'));
    await after(800);
    server.call(0).fail(error);
    await after(0);

    expect(engine.getState().status).toBe('retrying');
    expect(engine.getState().nextRetryAt).toBe(Date.now() + 2000);
    expect(server.calls).toHaveLength(1);
    // More typing while the server is away waits for the retry, not for the debounce.
    engine.push(update(B, 'Two, longer'));
    await after(800);
    expect(server.calls).toHaveLength(1);

    engine.flushSoon();
    await after(0);
    expect(server.call(1).op).toMatchObject(update(A, 'One'));
    server.call(1).answer(saved(server.call(1).op, 4));
    await after(0);
    expect(server.call(2).op).toMatchObject(update(B, 'Two, longer'));
    server.call(2).answer(saved(server.call(2).op, 8));
    await after(0);
    expect(engine.getState().status).toBe('saved');
  });

  it('retries on its own after the server was away, waiting longer each time', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'One'));
    await after(800);
    server.call(0).fail(new NetworkError(new TypeError('Failed to fetch')));
    await after(2000);
    server.call(1).fail(new NetworkError(new TypeError('Failed to fetch')));
    await after(3999);
    expect(server.calls).toHaveLength(2);
    await after(1);
    server.call(2).answer(saved(server.call(2).op, 4));
    await after(0);
    expect(engine.getState().status).toBe('saved');
  });

  it('does not merge into a write on its way: the newer text follows it, on the version it returns', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'One'));
    await after(800);
    expect(engine.getState().status).toBe('saving');
    engine.push(update(A, 'One two'));
    engine.push(update(A, 'One two three'));
    expect(engine.getState().ops).toHaveLength(2);
    expect(engine.getState().status).toBe('saving');

    server.call(0).answer(saved(server.call(0).op, 4));
    await after(0);
    expect(server.call(1).op).toEqual({ ...update(A, 'One two three'), baseVersion: 4 });
    expect(engine.getState().status).not.toBe('saved');
    server.call(1).answer(saved(server.call(1).op, 5));
    await after(800);
    expect(server.calls).toHaveLength(2);
    expect(engine.getState().status).toBe('saved');
  });
});

describe('SyncEngine with the browser’s storage full', () => {
  const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('says the edit is only on this page, keeps it in memory and sends it', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaExceeded();
    });
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'Typed with storage full'));

    expect(engine.getState().status).toBe('unstored');
    expect(engine.hasUnsent()).toBe(true);
    expect(localStorage.getItem(outboxKey(WS))).toBeNull();

    await after(800);
    server.call(0).answer(saved(server.call(0).op, 4));
    await after(0);
    expect(engine.getState().status).toBe('saved');
    expect(setItem).toHaveBeenCalled();
  });

  it('drops the copies of strategies kept for offline reloads to make room for unsent edits', async () => {
    const snapshot = snapshotKey(WS);
    localStorage.setItem(snapshot, JSON.stringify({ big: 'x'.repeat(1000) }));
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith('libri.outbox') && this.getItem(snapshot) !== null) throw quotaExceeded();
      setItem.call(this, key, value);
    });
    const server = serverByHand();
    const engine = engineWith(server.send);
    engine.push(update(A, 'Kept'));

    expect(engine.getState().status).toBe('pending');
    expect(storedOutbox()).toEqual([expect.objectContaining(update(A, 'Kept'))]);
    expect(localStorage.getItem(snapshot)).toBeNull();
  });
  it('creates a new item with a refused field in its place at once, and keeps the field as typed until corrected', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    const C = '8b3f4c5d-6e7f-4a81-9c0d-2e3f4a5b6c7d';
    const tooLong = 'x'.repeat(201);
    engine.push({ type: 'createItem', kind: 'need', id: C, data: { ...need(tooLong), description: 'Kept' } });
    engine.push(update(A, 'First, later'));
    await after(800);
    // The item goes first, with the refused title left empty; the edit after it is not held up.
    expect(server.call(0).op).toMatchObject({ type: 'createItem', id: C, data: { title: '', description: 'Kept' } });
    server.call(0).answer(saved(server.call(0).op, 1));
    await after(0);
    expect(server.call(1).op).toMatchObject({ type: 'updateItem', id: A });
    server.call(1).answer(saved(server.call(1).op, 4));
    await after(0);
    // The title waits as typed, on this device too, and the status names its field.
    expect(engine.getState().invalid).toEqual([{ target: { type: 'item', kind: 'need', id: C }, fields: ['title'] }]);
    expect(storedOutbox()).toEqual([
      expect.objectContaining({ type: 'updateItem', id: C, data: expect.objectContaining({ title: tooLong }) }),
    ]);
    await after(5000);
    expect(server.calls).toHaveLength(2);
    // Corrected, it goes as an edit of the item the server has.
    engine.push({
      type: 'updateItem',
      kind: 'need',
      id: C,
      data: { ...need('Short'), description: 'Kept' },
      base: { ...need(''), description: 'Kept' },
    });
    await after(800);
    expect(server.call(2).op).toMatchObject({ type: 'updateItem', id: C, data: { title: 'Short' } });
    expect(engine.getState().invalid).toEqual([]);
  });
  it('saves the valid fields of a form’s edit at once and keeps only the refused one, as typed', async () => {
    const server = serverByHand();
    const engine = engineWith(server.send);
    const tooLong = 'x'.repeat(201);
    const base = need('First');
    engine.push({
      type: 'updateItem',
      kind: 'need',
      id: A,
      data: { ...base, title: tooLong, evidence: 'Survey' },
      base,
    });
    await after(800);
    // The evidence goes; the title the server would refuse stays as it is there.
    expect(server.call(0).op).toMatchObject({
      type: 'updateItem',
      id: A,
      data: { title: 'First', evidence: 'Survey' },
    });
    server.call(0).answer({ type: 'item', item: { ...stored(A, 'First', 4), data: { ...base, evidence: 'Survey' } } });
    await after(5000);
    expect(server.calls).toHaveLength(1);
    expect(engine.getState().invalid).toEqual([{ target: { type: 'item', kind: 'need', id: A }, fields: ['title'] }]);
    // On this device: the title as typed, based on what the server has now.
    expect(storedOutbox()).toEqual([
      expect.objectContaining({
        id: A,
        data: expect.objectContaining({ title: tooLong }),
        base: expect.objectContaining({ evidence: 'Survey' }),
      }),
    ]);
  });
});
