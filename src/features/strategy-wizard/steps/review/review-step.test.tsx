import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleOperations } from '@/domain';
import type { ItemData, Operation } from '@/domain';
import { renderApp } from '../../../../../tests/utils/render';
import { enter, SAVE_TIMEOUT } from '../../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

/** The list of broken links on the review step. */
const problems = () => within(screen.getByRole('region', { name: 'Where the thread breaks' }));

/** The sample strategy plus the one action it lacks, so that every thread holds. */
function fullyLinkedStrategy(): Operation[] {
  const ops = sampleOperations(() => crypto.randomUUID());
  const idOf = (kind: string, title: string) => {
    const op = ops.find(
      (o) =>
        o.type === 'createItem' &&
        o.kind === kind &&
        ((o.data as { title?: string; name?: string }).title ?? (o.data as { name?: string }).name) === title,
    );
    if (!op || op.type !== 'createItem') throw new Error(`no ${kind} ${title}`);
    return op.id;
  };
  const action: ItemData['action'] = {
    title: 'Information desk for newcomers',
    description: '',
    recommendationId: idOf('recommendation', 'Make the library the first information point'),
    leadPartnerId: idOf('partner', 'Valmiera Library'),
    supportingPartnerIds: [],
    startMonth: '2025-10',
    endMonth: '2026-05',
    resources: '',
    budget: null,
    currency: 'EUR',
    fundingSource: '',
    indicators: [
      {
        id: crypto.randomUUID(),
        name: 'Questions answered',
        baseline: 0,
        target: 200,
        unit: 'questions',
        verification: 'Desk log',
      },
    ],
    risks: '',
  };
  return [...ops, { type: 'createItem', kind: 'action', id: crypto.randomUUID(), data: action }];
}

describe('Review step', () => {
  it('shows where the thread breaks in the sample strategy', async () => {
    const ws = givenWorkspace({ sample: true });
    await renderApp(`/w/${ws.id}/review`);
    expect(screen.getByRole('heading', { level: 1, name: 'Review' })).toBeInTheDocument();

    const list = problems();
    expect(
      list.getByText(
        'Recommendation “Make the library the first information point” has no action in the implementation plan.',
      ),
    ).toBeInTheDocument();
    expect(list.getByText('1 link is missing before the strategy holds together:')).toBeInTheDocument();
    expect(
      list.getByRole('link', { name: 'Fix this: Make the library the first information point' }),
    ).toHaveTextContent('Fix this');
  });

  it('reports a new high-priority need that nothing addresses, and “Fix this” opens that need', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user, router, waitForScreen } = await renderApp(`/w/${ws.id}/needs`);
    await user.click(screen.getByRole('button', { name: 'Add a need' }));
    await enter(user, await screen.findByRole('textbox', { name: 'Title' }), 'Childcare during courses');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'High');
    await waitFor(
      () =>
        expect(stored(ws.id).items.need.at(-1)?.data).toMatchObject({
          title: 'Childcare during courses',
          priority: 'high',
        }),
      SAVE_TIMEOUT,
    );

    await user.click(
      within(screen.getByRole('navigation', { name: 'Steps of the strategy' })).getByRole('link', {
        name: /9\. Review/,
      }),
    );
    await waitForScreen('Review');
    const list = problems();
    expect(
      list.getByText('High-priority need “Childcare during courses” is not addressed by any recommendation.'),
    ).toBeInTheDocument();
    expect(list.getByText('2 links are missing before the strategy holds together:')).toBeInTheDocument();

    await user.click(list.getByRole('link', { name: 'Fix this: Childcare during courses' }));
    await waitForScreen('Needs');
    const needId = stored(ws.id).items.need.at(-1)?.id;
    expect(router.state.location.pathname).toBe(`/w/${ws.id}/needs`);
    expect(router.state.location.search).toBe(`?item=${needId}`);
    const form = await screen.findByRole('form', { name: 'Need' });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('Childcare during courses');
    expect(screen.getByRole('button', { name: 'Close “Childcare during courses”' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // Only the linked need is opened; the others stay closed.
    expect(screen.getAllByRole('form', { name: 'Need' })).toHaveLength(1);
  });

  it('has a “Change” link for each section that returns to its step', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user, router, waitForScreen } = await renderApp(`/w/${ws.id}/review`);
    const partnership = within(screen.getByRole('region', { name: 'Partnership' }));
    expect(partnership.getByText('Valmiera')).toBeInTheDocument();
    expect(partnership.getByText('Latvia')).toBeInTheDocument();

    await user.click(partnership.getByRole('link', { name: 'Change Partnership' }));
    await waitForScreen('Partnership');
    expect(router.state.location.pathname).toBe(`/w/${ws.id}/partnership`);

    await user.click(
      within(screen.getByRole('navigation', { name: 'Steps of the strategy' })).getByRole('link', {
        name: /9\. Review/,
      }),
    );
    await waitForScreen('Review');
    await user.click(screen.getByRole('link', { name: 'Change Implementation plan' }));
    await waitForScreen('Implementation plan');
    expect(router.state.location.pathname).toBe(`/w/${ws.id}/plan`);
  });

  it('says there are no broken links when every thread holds', async () => {
    const ws = givenWorkspace({ ops: fullyLinkedStrategy() });
    await renderApp(`/w/${ws.id}/review`);
    const list = problems();
    expect(list.getByText(/^No broken links: every high-priority need is addressed/)).toBeInTheDocument();
    expect(list.queryByRole('link', { name: /^Fix/ })).not.toBeInTheDocument();
  });
});
