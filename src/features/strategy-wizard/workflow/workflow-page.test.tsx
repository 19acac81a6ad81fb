import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockStore } from '../../../../mocks/node';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';

// The review-and-approval screen, as the lead and as the municipal reviewer use it.

const asRole = (id: string, role: 'lead' | 'reviewer') => mockStore.current.roles.set(id, role);

describe('Review and approval', () => {
  it('lets the lead submit for review, which pauses editing on every step with a banner that says why', async () => {
    const ws = givenWorkspace({ sample: true, name: 'Valmiera' });
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/approval`);
    await waitForScreen('Review and approval');
    const standing = within(screen.getByRole('region', { name: 'Where the strategy stands' }));
    expect(standing.getByTestId('state')).toHaveTextContent('Draft');
    expect(screen.getByText('No step has been taken yet.')).toBeInTheDocument();
    expect(standing.queryByRole('button', { name: 'Approve for the municipality' })).not.toBeInTheDocument();

    await user.click(standing.getByRole('button', { name: 'Submit for municipal review' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Submit for municipal review' }));
    await user.type(dialog.getByRole('textbox', { name: 'Comment' }), 'Ready for the council in May.');
    await user.click(dialog.getByRole('button', { name: 'Submit for municipal review' }));

    expect(await screen.findByText('Submitted for municipal review.')).toBeInTheDocument();
    expect(standing.getByTestId('state')).toHaveTextContent('In municipal review');
    expect(stored(ws.id).workspace.state).toBe('inReview');
    const history = within(screen.getByRole('region', { name: 'What happened' }));
    expect(await history.findByText('Demo Lead (library): Submit for municipal review')).toBeInTheDocument();
    expect(history.getByText('Ready for the council in May.')).toBeInTheDocument();
    const versions = within(screen.getByRole('region', { name: 'Versions' }));
    expect(versions.getByRole('cell', { name: 'Kept at: Submit for municipal review' })).toBeInTheDocument();
    // The lead may now only withdraw it.
    expect(standing.getByRole('button', { name: 'Withdraw from review' })).toBeInTheDocument();

    // Every step of the strategy is read-only, and says why.
    await user.click(screen.getByRole('link', { name: /3\. Needs/ }));
    await waitForScreen('Needs');
    const banner = await screen.findByTestId('workflow-banner');
    expect(banner).toHaveTextContent(/In municipal review since .*the content cannot change until the reviewer/);
    const title = screen.getAllByRole('button', { name: /^Add a need/ })[0];
    expect(title).toBeDisabled();
  });

  it('makes the reviewer say what to change, then shows the request to the partnership', async () => {
    const ws = givenWorkspace({ sample: true, name: 'Cēsis' });
    asRole(ws.id, 'lead');
    expect(mockStore.current.takeStep(ws.id, { action: 'submitForReview', from: 'draft', comment: '' }).ok).toBe(true);
    asRole(ws.id, 'reviewer');
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/approval`);
    await waitForScreen('Review and approval');
    const standing = within(screen.getByRole('region', { name: 'Where the strategy stands' }));
    expect(standing.queryByRole('button', { name: 'Withdraw from review' })).not.toBeInTheDocument();

    await user.click(standing.getByRole('button', { name: 'Request changes' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Request changes' }));
    const comment = dialog.getByRole('textbox', { name: /Comment \(required\)/ });
    await user.click(dialog.getByRole('button', { name: 'Request changes' }));
    expect(await dialog.findByText('Say what should change, or why.')).toBeInTheDocument();
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveFocus();
    expect(stored(ws.id).workspace.state).toBe('inReview');

    await user.type(comment, 'Name who teaches the language courses.');
    await user.click(dialog.getByRole('button', { name: 'Request changes' }));
    expect(await screen.findByText('Changes requested.')).toBeInTheDocument();
    expect(stored(ws.id).workspace.state).toBe('changesRequested');
    await waitFor(() => expect(standing.getByTestId('state')).toHaveTextContent('Changes requested'), SCREEN_TIMEOUT);
    expect(standing.getByText('Name who teaches the language courses.')).toBeInTheDocument();
    expect(standing.getByText(/Waiting for the lead of the partnership/)).toBeInTheDocument();

    // Every screen carries the request, for the partnership to answer.
    asRole(ws.id, 'lead');
    await user.click(screen.getByRole('link', { name: /3\. Needs/ }));
    await waitForScreen('Needs');
    expect(await screen.findByTestId('workflow-banner')).toHaveTextContent(
      /Changes requested by Demo Lead \(library\) on .*Name who teaches the language courses/,
    );
  });

  it('lets the lead keep a named version, and refuses an empty name at the field', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/approval`);
    await waitForScreen('Review and approval');
    const versions = within(screen.getByRole('region', { name: 'Versions' }));
    expect(versions.getByText('No version has been kept yet.')).toBeInTheDocument();
    await user.click(versions.getByRole('button', { name: 'Keep this version' }));
    expect(await versions.findByText('Enter a value')).toBeInTheDocument();
    await user.type(
      versions.getByRole('textbox', { name: /Name of the version/ }),
      'For the partnership meeting of 12 May',
    );
    await user.click(versions.getByRole('button', { name: 'Keep this version' }));
    expect(await versions.findByText('Version 1 kept: For the partnership meeting of 12 May')).toBeInTheDocument();
    expect(await versions.findByRole('cell', { name: 'For the partnership meeting of 12 May' })).toBeInTheDocument();
    expect(mockStore.current.workflow(ws.id)).toMatchObject({ ok: true, value: { versions: [{ number: 1 }] } });
  });
});
