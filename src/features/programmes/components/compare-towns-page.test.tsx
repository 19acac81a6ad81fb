import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_ITEMS, EMPTY_SECTIONS } from '@/domain';
import type { Operation, ThemeTag } from '@/domain';
import { mockStore } from '../../../../mocks/node';
import { DEMO_USER } from '../../../../mocks/store';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';

// Towns side by side: the choice of towns and section, the rows by theme, what a town alone has.

const need = (title: string, themes: ThemeTag[]): Operation => ({
  type: 'createItem',
  kind: 'need',
  id: crypto.randomUUID(),
  data: { ...EMPTY_ITEMS.need, title, themes },
});
const town = (municipality: string, needs: Operation[]): { name: string; ops: Operation[] } => ({
  name: `${municipality} — strategy`,
  ops: [{ type: 'putSection', key: 'partnership', data: { ...EMPTY_SECTIONS.partnership, municipality } }, ...needs],
});

describe('Comparing towns', () => {
  it('lines up the chosen towns’ needs by theme, says what a town alone has, and keeps the choice in the address', async () => {
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
        town('Jelgava', [need('Latvian courses', ['library.language']), need('Clinic information', ['eu.health'])]),
        town('Ogre', [need('Conversation practice', ['library.language'])]),
        town('Tukums', [need('Homework help', ['eu.education'])]),
      ],
    );
    const { user, router, waitForScreen } = await renderApp(`/programmes/${programme.id}/compare`);
    await waitForScreen('Compare towns');
    await screen.findByRole('checkbox', { name: 'Jelgava' }, SCREEN_TIMEOUT);
    expect(screen.getByText('Choose 2 to 4 towns to see them side by side.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Jelgava' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ogre' }));
    const table = within(await screen.findByTestId('comparison', {}, SCREEN_TIMEOUT));
    expect(table.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Theme', 'Jelgava', 'Ogre']);
    const language = within(table.getByRole('rowheader', { name: 'Language learning' }).closest('tr') as HTMLElement);
    expect(language.getByRole('link', { name: 'Latvian courses' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/w\/[^/]+\/needs\?item=/),
    );
    expect(language.getByRole('link', { name: 'Conversation practice' })).toBeInTheDocument();
    const health = table.getByRole('rowheader', { name: /^Health/ });
    expect(health).toHaveTextContent('Only in Jelgava');
    const only = within(screen.getByRole('region', { name: 'What each town has that the others lack' }));
    expect(only.getByText('Jelgava:').parentElement).toHaveTextContent('Jelgava: Health');
    expect(only.getByText('Ogre:').parentElement).toHaveTextContent('no theme of its own in this section');
    await waitFor(() => expect(router.state.location.search).toMatch(/towns=[^&]+%2C[^&]+&?|towns=[^&]+,[^&]+/));

    // A fifth choice is impossible once four are chosen; here, a third town joins the table.
    await user.click(screen.getByRole('checkbox', { name: 'Tukums' }));
    await waitFor(() => expect(within(screen.getByTestId('comparison')).getAllByRole('columnheader')).toHaveLength(4));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'Actions');
    expect(await screen.findByText('The chosen towns have written nothing in this section yet.')).toBeInTheDocument();
  });
});
