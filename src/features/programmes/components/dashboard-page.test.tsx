import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_ITEMS, EMPTY_SECTIONS, sampleOperations } from '@/domain';
import type { Operation } from '@/domain';
import { mockStore } from '../../../../mocks/node';
import { DEMO_USER } from '../../../../mocks/store';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';

// The coordinator's dashboard of a programme: every town with the figures of its stored
// strategy, searched, filtered and sorted on the screen; enrolling a town gives its lead's link.

const town = (municipality: string, extra: Operation[] = []): Operation[] => [
  { type: 'putSection', key: 'partnership', data: { ...EMPTY_SECTIONS.partnership, municipality, country: 'LV' } },
  ...extra,
];
const need = (title: string, priority: 'high' | 'low'): Operation => ({
  type: 'createItem',
  kind: 'need',
  id: crypto.randomUUID(),
  data: { ...EMPTY_ITEMS.need, title, priority },
});

function givenProgramme() {
  const valmiera = sampleOperations(() => crypto.randomUUID());
  return mockStore.current.addProgramme(
    {
      id: crypto.randomUUID(),
      name: 'LiBri Latvia',
      country: 'LV',
      // Past: every town that has not submitted is overdue.
      deadline: '2026-01-31',
      language: 'lv',
      createdAt: '2025-09-01T10:00:00.000Z',
      coordinators: [{ id: DEMO_USER.id, name: DEMO_USER.name, email: DEMO_USER.email }],
    },
    [
      { name: 'Valmiera — integration strategy', ops: valmiera, state: 'accepted' },
      {
        name: 'Cēsis — integration strategy',
        ops: town('Cēsis', [need('Language courses', 'high'), need('Homework help', 'high'), need('Maps', 'low')]),
      },
      { name: 'Ogre — integration strategy', ops: town('Ogre'), state: 'returned' },
      { name: 'Sigulda — integration strategy', ops: town('Sigulda'), state: 'accepted' },
    ],
  );
}

const rows = () => within(screen.getByTestId('towns-table')).getAllByTestId('town-row');
const rowOf = (name: string) => {
  const row = rows().find((r) => within(r).queryByRole('link', { name }));
  if (!row) throw new Error(`No row for ${name}`);
  return within(row);
};

describe('The programme dashboard', () => {
  it('shows every town with the figures of its stored strategy, and marks in words the towns that need attention', async () => {
    const programme = givenProgramme();
    const { waitForScreen } = await renderApp(`/programmes/${programme.id}`);
    await waitForScreen('LiBri Latvia');
    await screen.findByTestId('towns-table', {}, SCREEN_TIMEOUT);
    expect(screen.getByText(/deadline January 31, 2026:/)).toBeInTheDocument();
    expect(screen.getByText(/passed \d+ days ago/)).toBeInTheDocument();
    const figures = screen.getByRole('region', { name: 'The programme at a glance' });
    expect(within(figures).getByText('Submitted or accepted').nextSibling).toHaveTextContent('2 of 4');

    expect(rows().map((r) => within(r).getAllByRole('link')[0]?.textContent)).toEqual([
      'Cēsis',
      'Ogre',
      'Sigulda',
      'Valmiera',
    ]);
    const valmiera = mockStore.current.get([...mockStore.current.coordinated][0] as string);
    const cesis = rowOf('Cēsis');
    expect(cesis.getByText('Overdue')).toBeInTheDocument();
    expect(cesis.getByRole('list', { name: 'Steps of Cēsis — integration strategy' })).toHaveTextContent(
      'Needs: needs attention',
    );
    const sample = rowOf('Valmiera');
    expect(sample.getByTestId('workflow-state')).toHaveTextContent('Accepted');
    expect(sample.queryByText('Overdue')).not.toBeInTheDocument();
    const cells = sample.getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toContain(String(valmiera?.items.need.length));
    expect(cells).toContain(String(valmiera?.items.action.length));
  });

  it('searches, filters and sorts the towns, saying how many it shows and by what it sorts', async () => {
    const programme = givenProgramme();
    const { user, waitForScreen } = await renderApp(`/programmes/${programme.id}`);
    await waitForScreen('LiBri Latvia');
    await screen.findByTestId('towns-table', {}, SCREEN_TIMEOUT);

    await user.type(screen.getByRole('searchbox', { name: 'Search towns' }), 'cēs');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByTestId('towns-count')).toHaveTextContent('Showing 1 of 4 towns');
    await user.clear(screen.getByRole('searchbox', { name: 'Search towns' }));
    await waitFor(() => expect(rows()).toHaveLength(4));

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Returned with feedback');
    expect(rows()).toHaveLength(1);
    expect(rowOf('Ogre').getByTestId('workflow-state')).toHaveTextContent('Returned with feedback');
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'All states');

    await user.click(screen.getByRole('checkbox', { name: 'Only towns that need attention' }));
    // Sigulda has delivered and has no broken link; Valmiera has one; the other two are overdue.
    expect(rows().map((r) => within(r).getAllByRole('link')[0]?.textContent)).toEqual(['Cēsis', 'Ogre', 'Valmiera']);
    await user.click(screen.getByRole('checkbox', { name: 'Only towns that need attention' }));

    await user.click(screen.getByRole('button', { name: /Broken links/ }));
    const header = screen.getByRole('columnheader', { name: /Broken links/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText(/sorted by Broken links/)).toBeInTheDocument();
    expect(within(rows()[0] as HTMLElement).getAllByRole('link')[0]).toHaveTextContent('Cēsis');
    await user.click(screen.getByRole('button', { name: /Broken links/ }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
  });

  it('enrols a town and shows the link for its lead once; the town joins the table without a lead', async () => {
    const programme = givenProgramme();
    const { user, waitForScreen } = await renderApp(`/programmes/${programme.id}`);
    await waitForScreen('LiBri Latvia');
    await user.click(await screen.findByRole('button', { name: 'Enrol a town' }, SCREEN_TIMEOUT));
    const dialog = within(await screen.findByRole('dialog', { name: 'Enrol a town in LiBri Latvia' }));
    await user.click(dialog.getByRole('button', { name: 'Enrol the town' }));
    expect(await dialog.findByRole('link', { name: 'Town or municipality: Enter a value' })).toBeInTheDocument();

    await user.type(dialog.getByRole('textbox', { name: /Town or municipality/ }), 'Tukums');
    await user.click(dialog.getByRole('button', { name: 'Enrol the town' }));
    expect(await dialog.findByText(/Tukums — integration strategy is enrolled/)).toBeInTheDocument();
    expect((dialog.getByTestId('lead-link') as HTMLInputElement).value).toMatch(/\/invite\/\w+/);
    await user.click(dialog.getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(rowOf('Tukums').getByText('No lead yet')).toBeInTheDocument();
    const enrolled = mockStore.current.all().find((s) => s.workspace.name === 'Tukums — integration strategy');
    expect(enrolled?.sections.partnership.data).toMatchObject({ municipality: 'Tukums', country: 'LV' });
  });
});
