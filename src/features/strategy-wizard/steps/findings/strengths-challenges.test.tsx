import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../../tests/utils/render';
import { enter, stepHeader, waitUntilAllSaved } from '../../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

describe('Strengths step', () => {
  it('adds a strength with its significance and theme, and saves it', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/strengths`);
    expect(screen.getByRole('heading', { level: 1, name: 'Strengths' })).toBeInTheDocument();
    expect(screen.getByText('No strengths yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a strength' }));
    const form = await screen.findByRole('form', { name: 'Strength' });
    await enter(user, within(form).getByRole('textbox', { name: 'Title' }), 'Volunteers who speak Ukrainian');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Significance' }), 'Major');
    await user.click(within(form).getByRole('checkbox', { name: 'Participation and meeting the host society' }));

    await waitUntilAllSaved();
    expect(stored(ws.id).items.strength.map((i) => i.data)).toEqual([
      expect.objectContaining({
        title: 'Volunteers who speak Ukrainian',
        priority: 'high',
        themes: ['eu.participation'],
      }),
    ]);
    expect(stepHeader().getByText('Complete')).toBeInTheDocument();
    expect(screen.queryByText('No strengths yet.')).not.toBeInTheDocument();
  });
});

describe('Challenges step', () => {
  it('adds a challenge rated by severity and saves it', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/challenges`);
    await user.click(screen.getByRole('button', { name: 'Add a challenge' }));
    const form = await screen.findByRole('form', { name: 'Challenge' });
    await enter(user, within(form).getByRole('textbox', { name: 'Title' }), 'No stable funding');

    const severity = within(form).getByRole('combobox', { name: 'Severity' });
    expect(
      within(severity)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— not chosen —', 'Severe', 'Moderate', 'Minor']);
    expect(
      await stepHeader().findByText('No stable funding — not filled in: Severity and Themes.'),
    ).toBeInTheDocument();
    await user.selectOptions(severity, 'Severe');
    await user.click(within(form).getByRole('checkbox', { name: 'Funding' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Refugees' }));

    await waitUntilAllSaved();
    expect(stored(ws.id).items.challenge.map((i) => i.data)).toEqual([
      expect.objectContaining({
        title: 'No stable funding',
        priority: 'high',
        themes: ['eu.funding'],
        targetGroups: ['refugees'],
      }),
    ]);
    expect(stepHeader().getByText('Complete')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close “No stable funding”' }));
    expect(screen.getByText('Severity: Severe')).toBeInTheDocument();
  });
});
