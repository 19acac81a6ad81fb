import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/utils/render';
import { outbox, SAVE_TIMEOUT, saveStatus, waitUntilAllSaved } from '../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';
import { snapshotKey } from '@/features/strategy-wizard/api/strategy-snapshot';

// The browser gives a site a few megabytes. When they are full, an edit can be neither
// kept on this device nor (while the server is away) sent: the screen must say so, and
// closing the page must ask first.

const SECTION = '/api/workspaces/:id/sections/:key';
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** localStorage refuses any write that would take it past `max` characters (keys and values). */
function storageLimitedTo(max: () => number) {
  const setItem = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
    const used = Array.from({ length: this.length }, (_, i) => this.key(i) ?? '')
      .filter((k) => k !== key)
      .reduce((n, k) => n + k.length + (this.getItem(k) ?? '').length, 0);
    if (used + key.length + String(value).length > max()) throw quotaExceeded();
    setItem.call(this, key, value);
  });
}

function used() {
  return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').reduce(
    (n, k) => n + k.length + (localStorage.getItem(k) ?? '').length,
    0,
  );
}

const leaving = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
};

describe('Saving with the browser’s storage full', () => {
  it('says an edit is only on this page while it cannot be stored or sent, and asks before closing', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    storageLimitedTo(() => 0);
    server.use(http.put(SECTION, () => HttpResponse.error()));

    await user.type(screen.getByRole('textbox', { name: 'Municipality' }), 'Cēsis');
    // Sent, and the server could not be reached: only this page holds the edit now.
    const tryNow = await screen.findByRole('button', { name: 'Try now' }, SAVE_TIMEOUT);
    expect(saveStatus()).toHaveTextContent(
      'Not stored on this device (storage is full): keep this page open until 1 change is saved',
    );
    expect(outbox(ws.id)).toEqual([]);
    expect(leaving().defaultPrevented).toBe(true);

    server.resetHandlers();
    await user.click(tryNow);
    await waitUntilAllSaved();
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('Cēsis');
    expect(leaving().defaultPrevented).toBe(false);
  });

  it('drops the copy kept for offline reloads to keep an unsent edit on this device', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    const snapshot = snapshotKey(ws.id);
    expect(localStorage.getItem(snapshot)).not.toBeNull();
    // Full but for a few characters: the copy of the strategy fills the rest.
    const limit = used() + 50;
    storageLimitedTo(() => limit);
    server.use(http.put(SECTION, () => HttpResponse.error()));

    const field = screen.getByRole('textbox', { name: 'Municipality' });
    await user.clear(field);
    await user.type(field, 'Cēsis');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Server not reachable\. Changes kept/), SAVE_TIMEOUT);
    expect(outbox(ws.id)).toEqual([
      expect.objectContaining({ type: 'putSection', data: expect.objectContaining({ municipality: 'Cēsis' }) }),
    ]);
    expect(localStorage.getItem(snapshot)).toBeNull();
  });
});
