import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, SCREEN_TIMEOUT } from '../../../../../tests/utils/render';
import { SAVE_TIMEOUT } from '../../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

describe('Needs step', () => {
  it('adds a need with priority, theme and target group, and saves it to the server', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/needs`);

    expect(screen.getByRole('heading', { level: 1, name: 'Needs' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a need' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(title).toHaveFocus();
    await user.type(title, 'Conversation practice in Latvian');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'high');
    await user.click(screen.getByRole('checkbox', { name: 'Language learning' }));
    await user.click(screen.getByRole('checkbox', { name: 'Workers' }));

    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/All changes saved/), SAVE_TIMEOUT);
    const [need] = stored(ws.id).items.need;
    expect(need?.data).toMatchObject({
      title: 'Conversation practice in Latvian',
      priority: 'high',
      themes: ['library.language'],
      targetGroups: ['workers'],
    });
  });

  it('settles on “saved” when the text ends with a space the server trims, without saving again and again', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/needs`);
    await user.click(screen.getByRole('button', { name: 'Add a need' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/All changes saved/), SAVE_TIMEOUT);
    await user.type(title, 'Childcare ');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/All changes saved/), SAVE_TIMEOUT);
    const need = stored(ws.id).items.need[0];
    expect(need?.data.title).toBe('Childcare');
    // The space is still there to type on from.
    expect(title).toHaveValue('Childcare ');
    await user.type(title, 'for classes');
    await waitFor(() => expect(stored(ws.id).items.need[0]?.data.title).toBe('Childcare for classes'), SAVE_TIMEOUT);
  });

  it('says at the field when a title is too long, and keeps it unsaved until fixed', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/needs`);
    await user.click(screen.getByRole('button', { name: 'Add a need' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.click(title);
    await user.paste('x'.repeat(201));

    expect(await screen.findByText('Use 200 characters or fewer')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await waitFor(
      () => expect(screen.getByTestId('save-status')).toHaveTextContent(/Not saved: correct the field/),
      SAVE_TIMEOUT,
    );
    expect(stored(ws.id).items.need[0]?.data.title ?? '').toBe('');

    await user.type(title, '{Backspace}');
    await waitFor(() => expect(stored(ws.id).items.need[0]?.data.title).toHaveLength(200), SAVE_TIMEOUT);
  });

  it('reorders needs with the keyboard and deletes one after confirmation', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user } = await renderApp(`/w/${ws.id}/needs`);
    const list = screen.getByRole('list', { name: /Needs/ });
    const down = within(list).getByRole('button', { name: 'Move “Practise Latvian outside the classroom” down' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('“Practise Latvian outside the classroom” moved to position 2 of 3'),
    ).toBeInTheDocument();
    await waitFor(
      () => expect(stored(ws.id).items.need.map((n) => n.data.title)[1]).toBe('Practise Latvian outside the classroom'),
      SAVE_TIMEOUT,
    );

    await user.click(screen.getByRole('button', { name: 'Delete “Help with job applications”' }));
    // The dialog's code is loaded on the first delete.
    const dialog = await screen.findByRole('dialog', { name: 'Delete this item?' }, SCREEN_TIMEOUT);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(stored(ws.id).items.need).toHaveLength(2), SAVE_TIMEOUT);
    expect(screen.queryByRole('heading', { name: /Help with job applications/ })).not.toBeInTheDocument();
  });
});
