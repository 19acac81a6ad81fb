import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/utils/render';
import { enter, outbox, SAVE_TIMEOUT, saveStatus, waitUntilAllSaved } from '../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';
import { resetSyncEngines } from './registry';

// Journey 5 of the product brief: the lead loses the network while typing, keeps
// working, reloads the page, comes back online — nothing is lost, and the screen always
// says what is saved. Reads keep working in these tests, as the service worker answers
// them from its cache when the server cannot; only writes fail.

const SECTION = '/api/workspaces/:id/sections/:key';
const ITEMS = '/api/workspaces/:id/items/:kind';
const ITEM = '/api/workspaces/:id/items/:kind/:itemId';

function serverAnswers503() {
  const unavailable = () => new HttpResponse(null, { status: 503, statusText: 'Service Unavailable' });
  server.use(http.put(SECTION, unavailable), http.post(ITEMS, unavailable), http.put(ITEM, unavailable));
}

function networkFails() {
  const fail = () => HttpResponse.error();
  server.use(http.put(SECTION, fail), http.post(ITEMS, fail), http.put(ITEM, fail));
}

const NOT_REACHABLE = /^Server not reachable\. Changes kept on this device; trying again in \d+ seconds?$/;

describe('Saving when the server cannot be reached', () => {
  it('keeps an edit on this device while the server answers 503, and saves it once the server is back', async () => {
    const ws = givenWorkspace();
    serverAnswers503();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    await user.type(screen.getByRole('textbox', { name: 'Municipality' }), 'Cēsis');

    await waitFor(() => expect(saveStatus()).toHaveTextContent(NOT_REACHABLE), SAVE_TIMEOUT);
    expect(screen.getByRole('button', { name: 'Try now' })).toBeInTheDocument();
    expect(outbox(ws.id)).toEqual([
      expect.objectContaining({
        type: 'putSection',
        key: 'partnership',
        data: expect.objectContaining({ municipality: 'Cēsis' }),
      }),
    ]);
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('');

    server.resetHandlers();
    await waitUntilAllSaved();
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('Cēsis');
    expect(outbox(ws.id)).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Try now' })).not.toBeInTheDocument();
  });

  it('announces to screen readers only when edits are held back and when they are through, not every save', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    const announced = () => screen.getByTestId('save-announcement');
    await user.type(screen.getByRole('textbox', { name: 'Municipality' }), 'Cēsis');
    await waitUntilAllSaved();
    await user.type(screen.getByRole('textbox', { name: 'Lead library' }), 'Central');
    await waitUntilAllSaved();
    // Two pauses in typing, two saves: nothing said.
    expect(announced()).toHaveTextContent(/^$/);
    expect(announced()).toHaveAttribute('role', 'status');

    serverAnswers503();
    await user.type(screen.getByRole('textbox', { name: 'Municipality' }), ' novads');
    await waitFor(() => expect(announced()).toHaveTextContent(NOT_REACHABLE), SAVE_TIMEOUT);
    server.resetHandlers();
    await waitUntilAllSaved();
    await waitFor(() => expect(announced()).toHaveTextContent(/^All changes saved/));
  });

  it('sends the edits made during an outage as soon as the person presses “Try now”', async () => {
    const ws = givenWorkspace();
    networkFails();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    await user.type(screen.getByRole('textbox', { name: 'Municipality' }), 'Cēsis');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(NOT_REACHABLE), SAVE_TIMEOUT);

    // Still offline: more work on the same form and a new partner, all kept here.
    await enter(user, screen.getByRole('textbox', { name: 'Lead library' }), 'Cēsis Central Library');
    await user.click(screen.getByRole('button', { name: 'Add a partner organisation' }));
    await enter(user, await screen.findByRole('textbox', { name: 'Organisation name' }), 'Cēsis Municipality');
    expect(outbox(ws.id)).toHaveLength(2);
    expect(saveStatus()).not.toHaveTextContent(/All changes saved/);

    server.resetHandlers();
    let sectionWrites = 0;
    server.use(
      http.put(SECTION, () => {
        sectionWrites += 1; // count, then let the mock server answer as usual
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Try now' }));
    await waitUntilAllSaved();
    const s = stored(ws.id);
    expect(s.sections.partnership.data).toMatchObject({ municipality: 'Cēsis', leadLibrary: 'Cēsis Central Library' });
    expect(s.items.partner.map((p) => p.data.name)).toEqual(['Cēsis Municipality']);
    expect(sectionWrites).toBe(1);
  });

  it('shows the unsent text again after a reload without network, and sends it when the network is back', async () => {
    const ws = givenWorkspace();
    networkFails();
    const first = await renderApp(`/w/${ws.id}/partnership`);
    await first.user.type(screen.getByRole('textbox', { name: 'Municipality' }), 'Cēsis');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(NOT_REACHABLE), SAVE_TIMEOUT);
    expect(outbox(ws.id)).toHaveLength(1);

    // Reload: the page and everything in memory is gone; localStorage stays.
    first.unmount();
    resetSyncEngines();
    await renderApp(`/w/${ws.id}/partnership`);

    expect(screen.getByRole('textbox', { name: 'Municipality' })).toHaveValue('Cēsis');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(NOT_REACHABLE), SAVE_TIMEOUT);
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('');

    server.resetHandlers();
    await waitUntilAllSaved();
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('Cēsis');
    expect(screen.getByRole('textbox', { name: 'Municipality' })).toHaveValue('Cēsis');
    expect(outbox(ws.id)).toEqual([]);
  });
});
