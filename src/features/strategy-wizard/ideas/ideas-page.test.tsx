import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockStore } from '../../../../mocks/node';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';

// A workshop's ideas on the board: proposed, voted on, selected or set aside with a reason, and
// a selected idea turned into a recommendation that remembers where it came from.

const board = (id: string) => {
  const r = mockStore.current.ideas(id);
  if (!r.ok) throw new Error('no workspace');
  return r.value;
};
const card = (title: string) => within(screen.getByRole('listitem', { name: title }));

describe('Ideas from workshops', () => {
  it('proposes an idea, refusing an empty title at the field, and votes for it once', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/ideas`);
    await waitForScreen('Ideas from workshops');
    expect(await screen.findByText('No ideas yet. Propose the first one.', {}, SCREEN_TIMEOUT)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Propose an idea' }));
    await user.click(screen.getByRole('button', { name: 'Propose the idea' }));
    expect(await screen.findByText('Enter a value')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Title of the idea/ }), 'Homework club in the library');
    await user.click(screen.getByRole('checkbox', { name: 'Children and youth' }));
    await user.click(screen.getByRole('button', { name: 'Propose the idea' }));
    expect(await screen.findByText('The idea is on the board.')).toBeInTheDocument();
    expect(board(ws.id)).toMatchObject([
      { title: 'Homework club in the library', targetGroups: ['childrenYouth'], votes: 0 },
    ]);

    const idea = card('Homework club in the library');
    expect(idea.getByTestId('votes')).toHaveTextContent('0 votes');
    await user.click(idea.getByRole('button', { name: 'Vote for this idea' }));
    await waitFor(() => expect(idea.getByTestId('votes')).toHaveTextContent('1 vote'));
    expect(idea.getByRole('button', { name: 'Take back my vote' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(idea.getByRole('button', { name: 'Take back my vote' }));
    await waitFor(() => expect(idea.getByTestId('votes')).toHaveTextContent('0 votes'));
    expect(board(ws.id)[0]).toMatchObject({ votes: 0, myVote: false });
  });

  it('sets an idea aside only with a reason, and turns a selected one into a recommendation with a link back', async () => {
    const ws = givenWorkspace({ sample: true });
    mockStore.current.proposeIdea(ws.id, { title: 'Chess evenings', description: '', themes: [], targetGroups: [] });
    const made = mockStore.current.proposeIdea(ws.id, {
      title: 'Language café for parents',
      description: 'On Saturdays, with childcare',
      themes: ['library.language'],
      targetGroups: [],
    });
    if (made.ok) mockStore.current.voteIdea(ws.id, made.value.id, true);
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/ideas`);
    await waitForScreen('Ideas from workshops');
    await screen.findByRole('listitem', { name: 'Chess evenings' }, SCREEN_TIMEOUT);
    // Sorted by votes: the voted idea first.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Language café for parents',
      'Chess evenings',
    ]);

    await user.click(card('Chess evenings').getByRole('button', { name: 'Set aside' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Set the idea aside' }));
    await user.click(dialog.getByRole('button', { name: 'Set the idea aside' }));
    expect(await dialog.findByText('Say why it is set aside')).toBeInTheDocument();
    await user.type(dialog.getByRole('textbox', { name: /Why is it set aside/ }), 'No room on weekday evenings');
    await user.click(dialog.getByRole('button', { name: 'Set the idea aside' }));
    expect(
      await card('Chess evenings').findByText('Set aside because: No room on weekday evenings'),
    ).toBeInTheDocument();

    const cafe = card('Language café for parents');
    await user.click(cafe.getByRole('button', { name: 'Select' }));
    await user.click(await cafe.findByRole('button', { name: 'Turn into a recommendation' }));
    expect(
      await screen.findByText('The idea is now a recommendation “Language café for parents”.'),
    ).toBeInTheDocument();
    const rec = stored(ws.id).items.recommendation.at(-1);
    expect(rec?.data).toMatchObject({
      title: 'Language café for parents',
      description: 'On Saturdays, with childcare',
      themes: ['library.language'],
    });
    expect(board(ws.id).find((i) => i.title === 'Language café for parents')?.convertedTo).toEqual({
      kind: 'recommendation',
      id: rec?.id,
    });

    // The recommendation's card says where it came from.
    await user.click(cafe.getByRole('link', { name: /^Made into a recommendation/ }));
    await waitForScreen('Recommendations');
    expect(await screen.findByText(/From the idea of Demo Lead \(library\), 1 vote/)).toBeInTheDocument();
  });
});
