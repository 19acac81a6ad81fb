import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_FINDING, EMPTY_SECTIONS, sampleOperations } from '@/domain';
import type { ItemData, Operation } from '@/domain';
import { mockStore } from '../../../../../mocks/node';
import { renderApp } from '../../../../../tests/utils/render';
import { enter, SAVE_TIMEOUT } from '../../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

/** What is still to do, on the review step. */
const todo = () => within(screen.getByRole('region', { name: 'Still to do' }));

/** The sample strategy plus the one action and the summary it lacks, so that every step is complete. */
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
  const vision = ops.find((o) => o.type === 'putSection' && o.key === 'vision');
  const summary: Operation = {
    type: 'putSection',
    key: 'vision',
    data: { ...(vision?.type === 'putSection' ? vision.data : EMPTY_SECTIONS.vision), summary: 'In short…' },
  };
  return [...ops, summary, { type: 'createItem', kind: 'action', id: crypto.randomUUID(), data: action }];
}

describe('Review step', () => {
  it('lists what is still to do in the sample strategy, and its link adds the missing action, already linked', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user, router, waitForScreen } = await renderApp(`/w/${ws.id}/review`);
    expect(screen.getByRole('heading', { level: 1, name: 'Review' })).toBeInTheDocument();

    const list = todo();
    expect(list.getByText('2 things to do before the strategy is complete:')).toBeInTheDocument();
    // The sample's vision has no executive summary yet.
    expect(list.getByText('Not filled in: Executive summary.')).toBeInTheDocument();
    expect(list.getByRole('heading', { level: 3, name: 'Recommendations' })).toBeInTheDocument();
    expect(
      list.getByText(
        'Recommendation “Make the library the first information point” has no action in the implementation plan.',
      ),
    ).toBeInTheDocument();

    await user.click(
      list.getByRole('link', {
        name: 'Add an action for this recommendation: Make the library the first information point',
      }),
    );
    await waitForScreen('Implementation plan');
    const form = await screen.findByRole('form', { name: 'Action' });
    // The new action already implements the recommendation, and the focus waits in its title.
    expect(within(form).getByRole('combobox', { name: 'Recommendation it implements' })).toHaveDisplayValue(
      'Make the library the first information point',
    );
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'Action' })).toHaveFocus());
    // The link is used up: going back or reloading does not add another.
    await waitFor(() => expect(router.state.location.search).toBe(''));
    const recommendationId = stored(ws.id).items.recommendation.find(
      (r) => r.data.title === 'Make the library the first information point',
    )?.id;
    await waitFor(
      () =>
        expect(stored(ws.id).items.action.filter((a) => a.data.recommendationId === recommendationId)).toHaveLength(1),
      SAVE_TIMEOUT,
    );
  });

  it('offers to add a recommendation for a high-priority need nothing addresses, already addressing it', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/needs`);
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
    const list = todo();
    expect(
      list.getByText('High-priority need “Childcare during courses” is not addressed by any recommendation.'),
    ).toBeInTheDocument();
    // The need still lacks its themes: that is on the list too, with the way to the field.
    expect(list.getByText('Childcare during courses — not filled in: Themes.')).toBeInTheDocument();

    await user.click(list.getByRole('link', { name: 'Add a recommendation for this need: Childcare during courses' }));
    await waitForScreen('Recommendations');
    const form = await screen.findByRole('form', { name: 'Recommendation' });
    expect(within(form).getByRole('checkbox', { name: 'Childcare during courses' })).toBeChecked();
    const needId = stored(ws.id).items.need.at(-1)?.id as string;
    await waitFor(
      () => expect(stored(ws.id).items.recommendation.filter((r) => r.data.needIds.includes(needId))).toHaveLength(1),
      SAVE_TIMEOUT,
    );
  });

  it('links an empty field and an item lacking a field to the field itself, with the focus in it', async () => {
    const needId = crypto.randomUUID();
    const ws = givenWorkspace({
      ops: [
        { type: 'putSection', key: 'vision', data: { ...EMPTY_SECTIONS.vision, vision: 'A town for everyone' } },
        {
          type: 'createItem',
          kind: 'need',
          id: needId,
          data: { ...EMPTY_FINDING, title: 'Language', themes: ['eu.education'] },
        },
      ],
    });
    const { user, router, waitForScreen } = await renderApp(`/w/${ws.id}/review`);
    let list = todo();
    expect(list.getByText('Not filled in: Executive summary.')).toBeInTheDocument();
    await user.click(list.getByRole('link', { name: 'Go to the field: Executive summary' }));
    await waitForScreen('Vision and objectives');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Executive summary' })).toHaveFocus());

    await user.click(
      within(screen.getByRole('navigation', { name: 'Steps of the strategy' })).getByRole('link', {
        name: /9\. Review/,
      }),
    );
    await waitForScreen('Review');
    list = todo();
    expect(list.getByText('Language — not filled in: Priority.')).toBeInTheDocument();
    await user.click(list.getByRole('link', { name: 'Go to the field: Language' }));
    await waitForScreen('Needs');
    expect(router.state.location.search).toBe(`?item=${needId}&field=priority`);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveFocus());
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

  it('gives the municipal reviewer links that show each item, not links that add one', async () => {
    const ws = givenWorkspace({ sample: true });
    mockStore.current.roles.set(ws.id, 'reviewer');
    await renderApp(`/w/${ws.id}/review`);
    const list = todo();
    const sentence =
      'Recommendation “Make the library the first information point” has no action in the implementation plan.';
    expect(list.getByText(sentence)).toBeInTheDocument();
    expect(list.queryByRole('link', { name: /^Add an action/ })).not.toBeInTheDocument();
    // Nothing to fill in either: the empty summary's link shows the field.
    expect(list.queryByRole('link', { name: /^Go to the field/ })).not.toBeInTheDocument();
    expect(list.getByRole('link', { name: 'Show: Executive summary' })).toHaveAttribute(
      'href',
      `/w/${ws.id}/vision?field=summary`,
    );
    // The link shows the recommendation itself. (jsdom does not follow a link inside the reader's
    // disabled fieldset, as browsers do: the people browser test follows it.)
    const id = stored(ws.id).items.recommendation.find(
      (r) => r.data.title === 'Make the library the first information point',
    )?.id;
    expect(list.getByRole('link', { name: 'Show: Make the library the first information point' })).toHaveAttribute(
      'href',
      `/w/${ws.id}/recommendations?item=${id}`,
    );
  });

  it('says nothing is missing when every step is complete and every thread holds', async () => {
    const ws = givenWorkspace({ ops: fullyLinkedStrategy() });
    await renderApp(`/w/${ws.id}/review`);
    const list = todo();
    expect(list.getByText(/^Nothing is missing: every step is complete/)).toBeInTheDocument();
    expect(list.queryByRole('link')).not.toBeInTheDocument();
  });
});
