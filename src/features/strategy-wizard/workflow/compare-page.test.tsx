import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockStore } from '../../../../mocks/node';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';

// Versions side by side: what changed since a kept version, marked word by word, and an old
// version opened read-only with its texts to copy back.

function keptThenChanged() {
  const ws = givenWorkspace({ sample: true, name: 'Valmiera' });
  const need = stored(ws.id).items.need[0];
  if (!need) throw new Error('the sample has needs');
  const kept = mockStore.current.nameVersion(ws.id, 'For the partnership meeting');
  if (!kept.ok) throw new Error('not kept');
  const changed = mockStore.current.updateItem(ws.id, 'need', {
    id: need.id,
    changes: { title: 'Practise Latvian in the library outside the classroom' },
    base: { title: need.data.title },
  });
  expect(changed.ok).toBe(true);
  const removed = stored(ws.id).items.need[2];
  if (removed) mockStore.current.deleteItem(ws.id, 'need', removed.id);
  return { ws, need, version: kept.value, removedTitle: removed?.data.title ?? '' };
}

describe('Comparing versions', () => {
  it('shows what changed since a kept version, word by word, inline and side by side', async () => {
    const { ws, removedTitle } = keptThenChanged();
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/versions/compare`);
    await waitForScreen('Compare versions');
    expect(await screen.findByText('Added: 0 · removed: 1 · changed: 1', {}, SCREEN_TIMEOUT)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Earlier version' })).toHaveDisplayValue(
      /^Version 1: For the partnership meeting/,
    );
    expect(screen.getByRole('combobox', { name: 'Later version' })).toHaveDisplayValue('Now (the text as it is today)');

    const needs = within(screen.getByRole('region', { name: 'Needs' }));
    const changed = within(
      needs.getByRole('article', { name: 'Need: Practise Latvian in the library outside the classroom' }),
    );
    expect(changed.getByText('Changed')).toBeInTheDocument();
    const inserted = changed.getAllByRole('insertion').map((el) => el.textContent);
    expect(inserted.join('')).toContain('in the library');
    expect(changed.queryAllByRole('deletion')).toHaveLength(0);
    const gone = within(needs.getByRole('article', { name: `Need: ${removedTitle}` }));
    expect(gone.getByText('Removed')).toBeInTheDocument();
    expect(gone.getAllByRole('deletion')[0]).toHaveTextContent(removedTitle);

    await user.click(screen.getByRole('radio', { name: 'Side by side' }));
    await waitFor(() => expect(changed.getByText('Before')).toBeInTheDocument());
    expect(changed.getByText('After')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download the changes as a Word document with tracked changes' }),
    ).toBeInTheDocument();
  });

  it('opens a kept version read-only, with each text to copy back', async () => {
    const { ws, need, version } = keptThenChanged();
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/versions/${version.id}`);
    await waitForScreen('Version 1: For the partnership meeting');
    const old = within(await screen.findByRole('article', { name: `Need: ${need.data.title}` }, SCREEN_TIMEOUT));
    expect(old.getByText(need.data.title)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(old.getAllByRole('button', { name: 'Copy this text' })[0] as HTMLElement);
    expect(await old.findByText('Copied: paste it where you need it.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(need.data.title);
  });
});
