import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockStore } from '../../../../mocks/node';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';
import { givenWorkspace } from '../../../../tests/utils/workspace';

const workspaceList = () => within(screen.getByRole('region', { name: 'Workspaces' }));
const storedNames = () => mockStore.current.list().map((w) => w.name);

describe('Workspaces page', () => {
  it('asks for a name before creating a workspace, then opens the new workspace', async () => {
    const { user, router, waitForScreen } = await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Your strategy workspaces' })).toBeInTheDocument();
    expect(workspaceList().getByText('You have no workspaces yet. Start a new strategy above.')).toBeInTheDocument();

    const form = within(screen.getByRole('form', { name: 'Start a new strategy' }));
    const name = form.getByRole('textbox', { name: /Name of the workspace/ });
    await user.click(form.getByRole('button', { name: 'Create workspace' }));
    expect(await form.findByText('Enter a value')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Enter a value/);
    expect(storedNames()).toEqual([]);

    await user.type(name, 'Cēsis strategy');
    await user.click(form.getByRole('button', { name: 'Create workspace' }));

    expect(await waitForScreen('Cēsis strategy: overview')).toBeInTheDocument();
    const [created] = mockStore.current.list();
    expect(created?.name).toBe('Cēsis strategy');
    expect(router.state.location.pathname).toBe(`/w/${created?.id}`);
  });

  it('lists each workspace with a link that opens it', async () => {
    const ws = givenWorkspace({ sample: true, name: 'Valmiera strategy' });
    const { user, router, waitForScreen } = await renderApp('/');
    const list = workspaceList();
    const link = list.getByRole('link', { name: 'Valmiera strategy' });
    expect(list.getByText(/^Valmiera · last changed .* · 17 items$/)).toBeInTheDocument();

    await user.click(link);
    expect(await waitForScreen('Valmiera strategy: overview')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/w/${ws.id}`);
  });

  it('renames a workspace in a dialog', async () => {
    const ws = givenWorkspace({ name: 'Old name' });
    const { user } = await renderApp('/');
    await user.click(workspaceList().getByRole('button', { name: 'Rename “Old name”' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Rename workspace' }));
    // The dialog has one field (whether it is labelled is checked in its own test below).
    const name = dialog.getByRole('textbox');
    expect(name).toHaveValue('Old name');
    // The dialog opens on what it is for: the name, not its close button.
    await waitFor(() => expect(name).toHaveFocus());
    await user.clear(name);
    await user.click(dialog.getByRole('button', { name: 'Save name' }));
    expect(await dialog.findByText('Enter a value')).toBeInTheDocument();

    await user.type(name, 'Cēsis local integration strategy');
    await user.click(dialog.getByRole('button', { name: 'Save name' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Rename workspace' })).not.toBeInTheDocument());
    expect(await workspaceList().findByRole('link', { name: 'Cēsis local integration strategy' })).toBeInTheDocument();
    expect(mockStore.current.get(ws.id)?.workspace.name).toBe('Cēsis local integration strategy');
  });

  it('labels the name field of the rename dialog, next to the create form that has a field of the same name', async () => {
    givenWorkspace({ name: 'Old name' });
    const { user } = await renderApp('/');
    await user.click(workspaceList().getByRole('button', { name: 'Rename “Old name”' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Rename workspace' }));
    expect(dialog.getByRole('textbox')).toHaveAccessibleName(/Name of the workspace/);
    // Clicking the label must reach the dialog's own field, not the create form behind it.
    await user.click(dialog.getByText('Name of the workspace'));
    expect(dialog.getByRole('textbox')).toHaveFocus();
  });

  it('deletes a workspace only after confirmation', async () => {
    const keep = givenWorkspace({ name: 'Sigulda strategy' });
    const gone = givenWorkspace({ name: 'Test workspace' });
    const { user } = await renderApp('/');
    const list = workspaceList();
    await user.click(list.getByRole('button', { name: 'Delete “Test workspace”' }));

    // The dialog's code is loaded on the first delete.
    let dialog = within(await screen.findByRole('dialog', { name: 'Delete workspace?' }, SCREEN_TIMEOUT));
    expect(
      dialog.getByText(
        '“Test workspace” and everything in it will be deleted for every partner. This cannot be undone.',
      ),
    ).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(list.getByRole('link', { name: 'Test workspace' })).toBeInTheDocument();
    expect(mockStore.current.get(gone.id)).toBeDefined();

    await user.click(list.getByRole('button', { name: 'Delete “Test workspace”' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Delete workspace?' }));
    await user.click(dialog.getByRole('button', { name: 'Delete workspace' }));

    await waitFor(() => expect(list.queryByRole('link', { name: 'Test workspace' })).not.toBeInTheDocument());
    expect(storedNames()).toEqual(['Sigulda strategy']);
    expect(mockStore.current.get(keep.id)).toBeDefined();
    expect(list.getByRole('link', { name: 'Sigulda strategy' })).toBeInTheDocument();
  });
});
