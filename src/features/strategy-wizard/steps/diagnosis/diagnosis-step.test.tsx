import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../../tests/utils/render';
import { enter, SAVE_TIMEOUT, stepHeader, waitUntilAllSaved } from '../../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

describe('Local diagnosis step', () => {
  it('saves the numbers, countries of origin, target groups and an existing service', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/diagnosis`);
    expect(screen.getByRole('heading', { level: 1, name: 'Local diagnosis' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Population of the municipality' }), '23000');
    await user.type(screen.getByRole('textbox', { name: 'Number of third-country nationals' }), '640');

    const countries = screen.getByRole('combobox', { name: 'Main countries of origin' });
    expect(countries).toHaveAccessibleDescription(/Type a name and press Enter/);
    await user.type(countries, 'Ukraine{Enter}India{Enter}');
    expect(screen.getByText('Ukraine')).toBeInTheDocument();
    expect(screen.getByText('India')).toBeInTheDocument();
    expect(countries).toHaveValue('');

    const groups = screen.getByRole('group', { name: 'Target groups' });
    await user.click(within(groups).getByRole('checkbox', { name: 'People under temporary protection' }));
    await user.click(within(groups).getByRole('checkbox', { name: 'Workers' }));

    await user.click(screen.getByRole('button', { name: 'Add a service or initiative' }));
    const service = await screen.findByRole('form', { name: 'Service or initiative' });
    const name = within(service).getByRole('textbox', { name: 'Name of the service or initiative' });
    expect(name).toHaveFocus();
    await enter(user, name, 'Latvian language courses');
    await enter(user, within(service).getByRole('textbox', { name: 'Run by' }), 'Adult Education Centre');
    await user.click(
      within(within(service).getByRole('group', { name: 'Who it serves' })).getByRole('checkbox', { name: 'Women' }),
    );

    await waitUntilAllSaved();
    const s = stored(ws.id);
    expect(s.sections.diagnosis.data).toMatchObject({
      population: 23000,
      tcnCount: 640,
      countriesOfOrigin: ['Ukraine', 'India'],
      languages: [],
      targetGroups: ['temporaryProtection', 'workers'],
    });
    expect(s.items.service.map((i) => i.data)).toEqual([
      { name: 'Latvian language courses', runBy: 'Adult Education Centre', description: '', targetGroups: ['women'] },
    ]);

    expect(stepHeader().getByText('In progress')).toBeInTheDocument();
    expect(await stepHeader().findByText('Not filled in: Languages spoken.')).toBeInTheDocument();
    expect(stepHeader().getByText('Not filled in: Data sources.')).toBeInTheDocument();
    expect(stepHeader().queryByText('Not filled in: Population of the municipality.')).not.toBeInTheDocument();
    expect(stepHeader().queryByText(/Countries of origin/)).not.toBeInTheDocument();
  });

  it('removes a country of origin when its tag is removed', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user } = await renderApp(`/w/${ws.id}/diagnosis`);
    const countries = screen.getByRole('combobox', { name: 'Main countries of origin' });
    await user.click(countries);
    await user.keyboard('{Backspace}');

    await waitFor(
      () => expect(stored(ws.id).sections.diagnosis.data.countriesOfOrigin).toEqual(['Ukraine', 'India']),
      SAVE_TIMEOUT,
    );
    expect(screen.queryByText('Uzbekistan')).not.toBeInTheDocument();
  });
});
