import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_ITEMS, EMPTY_SECTIONS } from '@/domain';
import type { Operation } from '@/domain';
import { mockStore } from '../../../../mocks/node';
import { DEMO_USER } from '../../../../mocks/store';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';
import { stored } from '../../../../tests/utils/workspace';

// A town's good-practice page: the programme's entries, those matching the town's needs first,
// each copied into the plan in one step.

describe('Good practice in a town', () => {
  it('lists what matches the town’s needs first, and copies an action into the plan', async () => {
    const recId = crypto.randomUUID();
    const actionId = crypto.randomUUID();
    const needs = (municipality: string, extra: Operation[]): Operation[] => [
      { type: 'putSection', key: 'partnership', data: { ...EMPTY_SECTIONS.partnership, municipality } },
      ...extra,
    ];
    const programme = mockStore.current.addProgramme(
      {
        id: crypto.randomUUID(),
        name: 'LiBri Latvia',
        country: 'LV',
        deadline: '2027-03-31',
        language: 'lv',
        createdAt: '2026-01-01T00:00:00.000Z',
        coordinators: [{ id: DEMO_USER.id, name: DEMO_USER.name, email: DEMO_USER.email }],
      },
      [
        {
          name: 'Jelgava — strategy',
          ops: needs('Jelgava', [
            {
              type: 'createItem',
              kind: 'recommendation',
              id: recId,
              data: { ...EMPTY_ITEMS.recommendation, title: 'Safe spaces', themes: ['library.safeSpace'] },
            },
            {
              type: 'createItem',
              kind: 'action',
              id: actionId,
              data: { ...EMPTY_ITEMS.action, title: 'Women’s mornings', recommendationId: recId, budget: 900 },
            },
            {
              type: 'createItem',
              kind: 'recommendation',
              id: crypto.randomUUID(),
              data: { ...EMPTY_ITEMS.recommendation, title: 'Job clubs', themes: ['eu.employment'] },
            },
          ]),
        },
        {
          name: 'Ogre — strategy',
          ops: needs('Ogre', [
            {
              type: 'createItem',
              kind: 'need',
              id: crypto.randomUUID(),
              data: { ...EMPTY_ITEMS.need, title: 'Isolated mothers', themes: ['library.safeSpace'] },
            },
          ]),
        },
      ],
    );
    const [jelgava, ogre] = [...mockStore.current.coordinated] as [string, string];
    const jobs = stored(jelgava).items.recommendation.find((r) => r.data.title === 'Job clubs');
    expect(
      mockStore.current.markPractice(programme.id, {
        workspaceId: jelgava,
        kind: 'recommendation',
        itemId: jobs?.id ?? '',
        note: 'Good for workers.',
      }).ok,
    ).toBe(true);
    expect(
      mockStore.current.markPractice(programme.id, {
        workspaceId: jelgava,
        kind: 'action',
        itemId: actionId,
        note: 'Childcare made it work.',
      }).ok,
    ).toBe(true);
    // The demo user leads Ogre here, to copy into its plan.
    mockStore.current.roles.set(ogre, 'lead');

    const { user, waitForScreen } = await renderApp(`/w/${ogre}/good-practice`);
    await waitForScreen('Good practice of the programme');
    const first = within(await screen.findByRole('listitem', { name: 'Women’s mornings' }, SCREEN_TIMEOUT));
    const main = within(screen.getByRole('main'));
    expect(main.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Women’s mornings',
      'Job clubs',
    ]);
    expect(first.getByText('Matches your needs')).toBeInTheDocument();
    expect(first.getByText(/Safe space · your need/)).toBeInTheDocument();
    expect(first.getByText('Childcare made it work.')).toBeInTheDocument();
    expect(first.getByText(/From Jelgava, shared on/)).toBeInTheDocument();

    await user.click(first.getByRole('button', { name: 'Copy into our plan' }));
    expect(await screen.findByText(/“Women’s mornings” is now in your plan/)).toBeInTheDocument();
    const copy = stored(ogre).items.action.find((a) => a.data.title === 'Women’s mornings');
    expect(copy?.data).toMatchObject({ budget: null, recommendationId: '' });
    const open = await first.findByRole('link', { name: 'Open your action' });
    expect(open).toHaveAttribute('href', `/w/${ogre}/plan?item=${copy?.id}`);

    // The copy remembers its source, on its card in the plan.
    await user.click(open);
    await waitForScreen('Implementation plan');
    const heading = await screen.findByRole('heading', { name: /Women’s mornings/ }, SCREEN_TIMEOUT);
    const card = within(heading.closest('[role="listitem"]') as HTMLElement);
    expect(await card.findByText(/Copied from the good practice of Jelgava/)).toBeInTheDocument();
  });
});
