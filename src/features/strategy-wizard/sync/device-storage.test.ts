import { describe, expect, it, vi } from 'vitest';
import { emptyStrategy } from '@/domain';
import { flushSnapshots, loadSnapshot, saveSnapshot } from '../api/strategy-snapshot';
import { readUnreadable, unreadableKey, writeKept } from './device-storage';
import { snapshotKey } from '@/features/strategy-wizard/api/strategy-snapshot';

const WS = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const NOW = '2026-01-01T00:00:00.000Z';
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('What the save engine keeps in this browser', () => {
  it('writes the copy when the page is idle, and answers with it until then', () => {
    const strategy = emptyStrategy({ id: WS, name: 'Waiting', createdAt: NOW, updatedAt: NOW });
    saveSnapshot(strategy);
    expect(loadSnapshot(WS)?.workspace.name).toBe('Waiting');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(snapshotKey(WS)) ?? '{}').workspace?.name).toBe('Waiting');
  });

  it('removes the copy of a strategy it cannot replace, rather than keep showing an older one', () => {
    const strategy = emptyStrategy({ id: WS, name: 'Before', createdAt: NOW, updatedAt: NOW });
    saveSnapshot(strategy);
    flushSnapshots();
    expect(loadSnapshot(WS)?.workspace.name).toBe('Before');

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaExceeded();
    });
    saveSnapshot({ ...strategy, workspace: { ...strategy.workspace, name: 'After' } });
    flushSnapshots();
    expect(loadSnapshot(WS)).toBeUndefined();
  });

  it('says when an edit could not be stored, even after making room', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaExceeded();
    });
    expect(writeKept('libri.outbox.v1.x', '[]')).toBe(false);
    expect(writeKept('libri.outbox.v1.x', null)).toBe(true);
  });

  it('reads damaged storage of set-aside edits as one edit to copy, never as an error', () => {
    localStorage.setItem(unreadableKey(WS), '[{"raw":{"a":1},"text":"Kept text"},"Loose words"]');
    expect(readUnreadable(WS)).toEqual([
      { raw: { a: 1 }, text: 'Kept text' },
      { raw: 'Loose words', text: 'Loose words' },
    ]);
    localStorage.setItem(unreadableKey(WS), '{broken');
    expect(readUnreadable(WS)).toEqual([{ raw: '{broken', text: '{broken' }]);
  });
});
