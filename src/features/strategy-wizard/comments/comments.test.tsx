import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockStore } from '../../../../mocks/node';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';

// Discussing the strategy item by item: a thread on a need, a reply, resolving it, the counts
// on the card and in the navigation, and the panel that lists every thread.

const threadsOf = (id: string) => {
  const r = mockStore.current.threads(id);
  if (!r.ok) throw new Error('no workspace');
  return r.value;
};

describe('Comments', () => {
  it('opens a thread on a need from its card, answers it, and counts it until it is resolved', async () => {
    const ws = givenWorkspace({ sample: true });
    const need = stored(ws.id).items.need[0];
    if (!need) throw new Error('the sample has needs');
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/needs`);
    await waitForScreen('Needs');

    const card = within(document.getElementById(`item-${need.id}`) as HTMLElement);
    await user.click(card.getByRole('link', { name: /^Comment: / }));
    const drawer = within(await screen.findByRole('dialog', { name: /^Comments on Need “/ }, SCREEN_TIMEOUT));
    expect(drawer.getByText('No comments yet.')).toBeInTheDocument();

    // An empty comment is refused at the field, in words.
    await user.click(drawer.getByRole('button', { name: 'Post comment' }));
    expect(await drawer.findByText('Enter a value')).toBeInTheDocument();
    await user.type(drawer.getByRole('textbox', { name: 'Your comment' }), 'Which survey is this from?');
    await user.click(drawer.getByRole('button', { name: 'Post comment' }));
    expect(await drawer.findByText('Which survey is this from?')).toBeInTheDocument();
    expect(threadsOf(ws.id)).toMatchObject([{ anchor: `item:need:${need.id}`, resolved: null }]);
    await waitFor(() =>
      expect(card.getByRole('link', { name: /^Comments \(1\): / })).toHaveTextContent('Comments (1)'),
    );

    await user.click(drawer.getByRole('button', { name: 'Reply' }));
    await user.type(drawer.getByRole('textbox', { name: 'Your reply' }), 'The 2025 municipal survey.');
    await user.click(drawer.getByRole('button', { name: 'Post reply' }));
    expect(await drawer.findByText('The 2025 municipal survey.')).toBeInTheDocument();
    expect(threadsOf(ws.id)[0]?.comments.map((c) => c.body)).toEqual([
      'Which survey is this from?',
      'The 2025 municipal survey.',
    ]);

    await user.click(drawer.getByRole('button', { name: 'Resolve' }));
    expect(await drawer.findByRole('button', { name: 'Show 1 resolved thread' })).toBeInTheDocument();
    expect(threadsOf(ws.id)[0]?.resolved).toMatchObject({ by: 'Demo Lead (library)' });
    await waitFor(() => expect(card.getByRole('link', { name: /^Comment: / })).toHaveTextContent('Comment'));
  });

  it('edits and removes one’s own comment, leaving “Comment removed” in the thread', async () => {
    const ws = givenWorkspace({ sample: true });
    mockStore.current.addComment(ws.id, { anchor: 'strategy', body: 'Is the budget final?' });
    const first = threadsOf(ws.id)[0];
    mockStore.current.addComment(ws.id, { anchor: 'strategy', threadId: first?.id, body: 'Not yet.' });
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}?comments=strategy`);
    await waitForScreen();
    const drawer = within(
      await screen.findByRole('dialog', { name: 'Comments on the strategy as a whole' }, SCREEN_TIMEOUT),
    );
    await drawer.findByText('Is the budget final?');

    await user.click(drawer.getAllByRole('button', { name: 'Edit' })[0] as HTMLElement);
    const edit = drawer.getByRole('textbox', { name: 'Edit your comment' });
    await user.clear(edit);
    await user.type(edit, 'Is the budget for 2027 final?');
    await user.click(drawer.getByRole('button', { name: 'Save' }));
    expect(await drawer.findByText('Is the budget for 2027 final?')).toBeInTheDocument();
    expect(drawer.getAllByText(/· edited$/)).toHaveLength(1);

    await user.click(drawer.getAllByRole('button', { name: 'Remove' })[0] as HTMLElement);
    const confirm = within(await screen.findByRole('dialog', { name: 'Remove your comment?' }));
    await user.click(confirm.getByRole('button', { name: 'Remove' }));
    expect(await drawer.findByText('Comment removed')).toBeInTheDocument();
    expect(drawer.getByText('Not yet.')).toBeInTheDocument();
    expect(threadsOf(ws.id)[0]?.comments.map((c) => [c.deleted, c.body])).toEqual([
      [true, ''],
      [false, 'Not yet.'],
    ]);
  });

  it('lists every thread in the panel with filters, and goes to the place of each', async () => {
    const ws = givenWorkspace({ sample: true });
    const rec = stored(ws.id).items.recommendation[0];
    if (!rec) throw new Error('the sample has recommendations');
    mockStore.current.addComment(ws.id, { anchor: `item:recommendation:${rec.id}`, body: 'Add a lead partner.' });
    mockStore.current.addComment(ws.id, { anchor: 'section:vision', body: 'Shorter vision, please.' });
    const done = mockStore.current.addComment(ws.id, { anchor: 'strategy', body: 'Settled question.' });
    if (done.ok) mockStore.current.resolveThread(ws.id, done.value.id, true);

    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/comments`);
    await waitForScreen('Comments');
    const list = () => within(screen.getByRole('main'));
    expect(await list().findByText('Add a lead partner.')).toBeInTheDocument();
    expect(list().getByText('Shorter vision, please.')).toBeInTheDocument();
    expect(list().queryByText('Settled question.')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Comments/ })).toHaveTextContent('2 open');

    await user.click(screen.getByRole('radio', { name: 'Resolved' }));
    expect(await list().findByText('Settled question.')).toBeInTheDocument();
    expect(list().queryByText('Add a lead partner.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Mentioning me' }));
    expect(await list().findByText('No comments match this filter.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Open' }));
    await user.click(await list().findByRole('link', { name: /^Go to Recommendation “/ }));
    await waitForScreen('Recommendations');
    expect(
      await screen.findByRole('dialog', { name: /^Comments on Recommendation “/ }, SCREEN_TIMEOUT),
    ).toHaveTextContent('Add a lead partner.');
  });
});
