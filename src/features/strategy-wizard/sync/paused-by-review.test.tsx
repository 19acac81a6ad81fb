import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockStore } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/utils/render';
import { outbox, SAVE_TIMEOUT, saveStatus, waitUntilAllSaved } from '../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';

// The lead types on a screen that still shows a draft while someone submits the strategy for
// review elsewhere: the server refuses the edit (409 "paused"). Nothing is lost: it waits on
// this device, the screen says so and turns read-only, and the edit goes once the strategy is
// sent back for changes.

const PAUSED = /^Editing is paused: 1 change kept on this device, saved when the strategy is open for editing again$/;

describe('Saving while the workflow pauses editing', () => {
  it('keeps the edit on this device until the strategy is open for editing again, then saves it', async () => {
    const ws = givenWorkspace();
    const { user, queryClient } = await renderApp(`/w/${ws.id}/partnership`);
    // Meanwhile, in another browser, the lead's colleague submits it for review.
    mockStore.current.roles.set(ws.id, 'lead');
    expect(mockStore.current.takeStep(ws.id, { action: 'submitForReview', from: 'draft', comment: '' }).ok).toBe(true);

    const municipality = screen.getByRole('textbox', { name: 'Municipality' });
    await user.type(municipality, 'Cēsis');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(PAUSED), SAVE_TIMEOUT);
    expect(outbox(ws.id)).toEqual([
      expect.objectContaining({
        type: 'putSection',
        key: 'partnership',
        data: expect.objectContaining({ municipality: 'Cēsis' }),
      }),
    ]);
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('');
    // The page learns the state: the banner says why, the form is read-only, the text stays.
    expect(await screen.findByTestId('workflow-banner')).toHaveTextContent(/In municipal review/);
    await waitFor(() => expect(municipality).toBeDisabled());
    expect(municipality).toHaveValue('Cēsis');

    // The reviewer requests changes; the page hears of it (live updates in the real app).
    mockStore.current.roles.set(ws.id, 'reviewer');
    const requested = mockStore.current.takeStep(ws.id, {
      action: 'requestChanges',
      from: 'inReview',
      comment: 'Name the municipality.',
    });
    expect(requested.ok).toBe(true);
    mockStore.current.roles.set(ws.id, 'lead');
    await queryClient.invalidateQueries();

    await waitUntilAllSaved();
    expect(stored(ws.id).sections.partnership.data.municipality).toBe('Cēsis');
    expect(outbox(ws.id)).toEqual([]);
    expect(municipality).toBeEnabled();
    expect(await screen.findByTestId('workflow-banner')).toHaveTextContent(/Name the municipality\./);
  });
});
