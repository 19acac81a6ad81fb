import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/utils/render';
import { enter, outbox, SAVE_TIMEOUT, saveStatus, waitUntilAllSaved } from '../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';

// One edit the server will not take must not hold back the others. The screen says which
// edit is stuck and why, and never says "saved" while it waits.

const SECTION = '/api/workspaces/:id/sections/:key';

function sectionWritesAnswer(status: number, message: string) {
  const code = status >= 500 ? 'internal' : status === 413 ? 'too_large' : 'validation';
  server.use(http.put(SECTION, () => HttpResponse.json({ error: { code, message } }, { status })));
}

/** Types into the partnership form (a section write) and adds a partner (an item write). */
async function editSectionAndAddPartner(workspaceId: string) {
  const { user } = await renderApp(`/w/${workspaceId}/partnership`);
  await user.type(screen.getByRole('textbox', { name: 'Municipality' }), 'Cēsis');
  await user.click(screen.getByRole('button', { name: 'Add a partner organisation' }));
  await enter(user, await screen.findByRole('textbox', { name: 'Organisation name' }), 'Cēsis Municipality');
  await waitFor(
    () => expect(stored(workspaceId).items.partner.map((p) => p.data.name)).toEqual(['Cēsis Municipality']),
    SAVE_TIMEOUT,
  );
  return user;
}

describe('One edit the server will not take', () => {
  it.each([400, 413, 422])(
    'keeps an edit refused with %i, says which one and why, and saves the others',
    async (status) => {
      const ws = givenWorkspace();
      sectionWritesAnswer(status, 'data.municipality: Not accepted');
      const user = await editSectionAndAddPartner(ws.id);

      await waitFor(
        () => expect(saveStatus()).toHaveTextContent('The server refused a change; it is kept on this device'),
        SAVE_TIMEOUT,
      );
      const stuck = screen.getByRole('region', { name: '1 change is not saved yet' });
      expect(stuck).toHaveTextContent(
        'Partnership: refused by the server (data.municipality: Not accepted). Change it to try again.',
      );
      expect(screen.getByRole('link', { name: 'See which changes' })).toHaveAttribute('href', `#${stuck.id}`);
      expect(stored(ws.id).sections.partnership.data.municipality).toBe('');
      expect(outbox(ws.id)).toEqual([
        expect.objectContaining({ type: 'putSection', data: expect.objectContaining({ municipality: 'Cēsis' }) }),
      ]);

      // The person changes the field; the server now takes it.
      server.resetHandlers();
      await user.type(screen.getByRole('textbox', { name: 'Municipality' }), ' Municipality');
      await waitUntilAllSaved();
      expect(stored(ws.id).sections.partnership.data.municipality).toBe('Cēsis Municipality');
      expect(screen.queryByRole('region', { name: /not saved yet/ })).not.toBeInTheDocument();
    },
  );

  it('keeps an edit answered 500, retries it on its own, and saves the others meanwhile', async () => {
    const ws = givenWorkspace();
    sectionWritesAnswer(500, 'Internal error');
    const user = await editSectionAndAddPartner(ws.id);

    await waitFor(
      () => expect(saveStatus()).toHaveTextContent(/^A change failed on the server; it is kept on this device/),
      SAVE_TIMEOUT,
    );
    expect(saveStatus()).not.toHaveTextContent(/not reachable/);
    expect(screen.getByRole('region', { name: '1 change is not saved yet' })).toHaveTextContent(
      'Partnership: failed on the server; it is tried again automatically.',
    );
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('');

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try now' }));
    await waitUntilAllSaved();
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('Cēsis');
    expect(outbox(ws.id)).toEqual([]);
  });
});
