import { describe, expect, it } from 'vitest';
import { EMPTY_FINDING, EMPTY_SECTIONS } from '@/domain';
import type { Finding, Operation } from '@/domain';
import { enqueue, load, rebase } from './outbox';
import type { PendingOp } from './outbox';

const need = (title: string): Finding => ({ ...EMPTY_FINDING, title });
const ID = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const OTHER = '7a2e3b4c-5d6e-4f70-9b0c-1d2e3f4a5b6c';

/** Enqueues each op in turn, numbering op ids 1, 2, 3… */
function queueOf(ops: Operation[], start: readonly PendingOp[] = []): PendingOp[] {
  return ops.reduce<PendingOp[]>((q, op, i) => enqueue(q, op, String(i + 1)), [...start]);
}

describe('outbox', () => {
  it('keeps one write when the same item is updated twice, with the latest text and the first base version', () => {
    const q = queueOf([
      { type: 'updateItem', kind: 'need', id: ID, data: need('Practise'), baseVersion: 3 },
      { type: 'updateItem', kind: 'need', id: ID, data: need('Practise Latvian'), baseVersion: 3 },
    ]);
    expect(q).toEqual([
      { type: 'updateItem', kind: 'need', id: ID, data: need('Practise Latvian'), baseVersion: 3, opId: '1' },
    ]);
  });

  it('turns a create followed by updates into one create with the latest data', () => {
    const q = queueOf([
      { type: 'createItem', kind: 'need', id: ID, data: need('') },
      { type: 'updateItem', kind: 'need', id: ID, data: need('Childcare') },
      { type: 'updateItem', kind: 'need', id: ID, data: need('Childcare during courses') },
    ]);
    expect(q).toEqual([
      { type: 'createItem', kind: 'need', id: ID, data: need('Childcare during courses'), opId: '1' },
    ]);
  });

  it('sends nothing for an item created and deleted before the server saw it', () => {
    const q = queueOf([
      { type: 'createItem', kind: 'need', id: ID, data: need('') },
      { type: 'updateItem', kind: 'need', id: ID, data: need('Oops') },
      { type: 'deleteItem', kind: 'need', id: ID },
    ]);
    expect(q).toEqual([]);
  });

  it('replaces a pending update by the delete of the same item', () => {
    const q = queueOf([
      { type: 'updateItem', kind: 'need', id: ID, data: need('Old'), baseVersion: 2 },
      { type: 'deleteItem', kind: 'need', id: ID },
    ]);
    expect(q).toEqual([{ type: 'deleteItem', kind: 'need', id: ID, opId: '2' }]);
  });

  it('does not merge into a write already on its way, so the newer text is sent after it', () => {
    const inFlight: PendingOp = {
      type: 'updateItem',
      kind: 'need',
      id: ID,
      data: need('Practise'),
      baseVersion: 3,
      opId: 'a',
      inFlight: true,
    };
    const q = enqueue(
      [inFlight],
      { type: 'updateItem', kind: 'need', id: ID, data: need('Practise Latvian'), baseVersion: 3 },
      'b',
    );
    expect(q).toEqual([
      inFlight,
      { type: 'updateItem', kind: 'need', id: ID, data: need('Practise Latvian'), baseVersion: 3, opId: 'b' },
    ]);
  });

  it('does not cancel a create already on its way when the item is deleted: the delete follows it', () => {
    const inFlight: PendingOp = {
      type: 'createItem',
      kind: 'need',
      id: ID,
      data: need('x'),
      opId: 'a',
      inFlight: true,
    };
    const q = enqueue([inFlight], { type: 'deleteItem', kind: 'need', id: ID }, 'b');
    expect(q).toEqual([inFlight, { type: 'deleteItem', kind: 'need', id: ID, opId: 'b' }]);
  });

  it('keeps writes to different items apart and in order', () => {
    const q = queueOf([
      { type: 'updateItem', kind: 'need', id: ID, data: need('A') },
      { type: 'updateItem', kind: 'need', id: OTHER, data: need('B') },
      { type: 'updateItem', kind: 'need', id: ID, data: need('A2') },
    ]);
    expect(q.map((p) => [p.opId, p.type === 'updateItem' ? (p.data as Finding).title : null])).toEqual([
      ['1', 'A2'],
      ['2', 'B'],
    ]);
  });

  it('keeps one section write with the latest data and the base version of the first', () => {
    const q = queueOf([
      { type: 'putSection', key: 'plan', data: { ...EMPTY_SECTIONS.plan, monitoring: 'Q' }, baseVersion: 1 },
      { type: 'putSection', key: 'plan', data: { ...EMPTY_SECTIONS.plan, monitoring: 'Quarterly' }, baseVersion: 5 },
    ]);
    expect(q).toEqual([
      {
        type: 'putSection',
        key: 'plan',
        data: { ...EMPTY_SECTIONS.plan, monitoring: 'Quarterly' },
        baseVersion: 1,
        opId: '1',
      },
    ]);
  });

  it('keeps only the latest order of a list', () => {
    const q = queueOf([
      { type: 'reorder', kind: 'need', ids: [ID, OTHER] },
      { type: 'reorder', kind: 'need', ids: [OTHER, ID] },
    ]);
    expect(q).toEqual([{ type: 'reorder', kind: 'need', ids: [OTHER, ID], opId: '1' }]);
  });

  it('rebases later writes of a record on the version the server just stored', () => {
    const q: PendingOp[] = [
      { type: 'updateItem', kind: 'need', id: ID, data: need('B'), baseVersion: 3, opId: '2' },
      { type: 'updateItem', kind: 'need', id: OTHER, data: need('C'), baseVersion: 7, opId: '3' },
    ];
    const done: Operation = { type: 'updateItem', kind: 'need', id: ID, data: need('A'), baseVersion: 3 };
    expect(rebase(q, done, 4).map((p) => ('baseVersion' in p ? p.baseVersion : undefined))).toEqual([4, 7]);
  });

  it('loads a saved queue, resending what was in flight when the page closed, and sets damaged storage aside', () => {
    const saved = JSON.stringify([{ type: 'deleteItem', kind: 'need', id: ID, opId: '1', inFlight: true }]);
    expect(load(saved)).toEqual({ ops: [{ type: 'deleteItem', kind: 'need', id: ID, opId: '1' }], unreadable: [] });
    expect(load(null)).toEqual({ ops: [], unreadable: [] });
    expect(load('{not json')).toEqual({ ops: [], unreadable: [{ raw: '{not json', text: '{not json' }] });
    expect(load('{"a":1}')).toEqual({ ops: [], unreadable: [{ raw: { a: 1 }, text: '1' }] });
  });

  it('upgrades stored edits of an older shape and sets aside the ones that would do harm, with their text', () => {
    const saved = JSON.stringify([
      { type: 'updateItem', kind: 'need', id: ID, data: { title: 'Old shape', retired: 'x' }, baseVersion: '2' },
      { type: 'putSection', key: 'plan', opId: 'no data' },
      { type: 'updateItem', kind: 'need', id: OTHER, data: { ...need(''), title: 42, themes: 'Transport' } },
      { type: 'createItem', kind: 'need', id: OTHER, data: need('x'.repeat(300)), opId: 'a draft too long' },
    ]);
    const { ops, unreadable } = load(saved);
    expect(ops).toEqual([
      { type: 'updateItem', kind: 'need', id: ID, data: need('Old shape'), opId: 'loaded-0' },
      { type: 'createItem', kind: 'need', id: OTHER, data: need('x'.repeat(300)), opId: 'a draft too long' },
    ]);
    expect(unreadable.map((u) => u.text)).toEqual(['', '42\nTransport']);
  });

  it('gives each loaded edit its own id, even when storage repeats one', () => {
    const twice = { type: 'deleteItem', kind: 'need', id: ID, opId: 'same' };
    const { ops } = load(JSON.stringify([twice, { ...twice, id: OTHER }]));
    expect(ops.map((p) => p.opId)).toEqual(['same', 'loaded-1']);
  });
});
