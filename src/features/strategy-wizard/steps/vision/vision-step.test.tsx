import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next, loadNamespace } from '@/lib/i18n';
import { renderApp } from '../../../../../tests/utils/render';
import { enter, SAVE_TIMEOUT, stepHeader, waitUntilAllSaved } from '../../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

describe('Vision and objectives step', () => {
  it('saves the vision, two objectives in order and the executive summary', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/vision`);
    expect(screen.getByRole('heading', { level: 1, name: 'Vision and objectives' })).toBeInTheDocument();

    await enter(user, screen.getByRole('textbox', { name: 'Vision' }), 'Newcomers feel at home in Cēsis.');
    await user.click(screen.getByRole('button', { name: 'Add an objective' }));
    const first = screen.getByRole('textbox', { name: 'Objective 1' });
    expect(first).toHaveFocus();
    await enter(user, first, 'Every newcomer knows the library');
    await user.click(screen.getByRole('button', { name: 'Add an objective' }));
    expect(screen.getByRole('textbox', { name: 'Objective 2' })).toHaveFocus();
    await enter(user, screen.getByRole('textbox', { name: 'Objective 2' }), 'Weekly Latvian practice');
    await enter(
      user,
      screen.getByRole('textbox', { name: 'Executive summary' }),
      'A two-year plan of the library and its partners.',
    );
    // The period: a last year before the first is refused at the field, until corrected.
    await enter(user, screen.getByRole('textbox', { name: 'First year of the strategy' }), '2026');
    const last = screen.getByRole('textbox', { name: 'Last year of the strategy' });
    await enter(user, last, '2025');
    expect(await screen.findByText('The last year must be the same as or after the first year')).toBeInTheDocument();
    expect(last).toHaveAttribute('aria-invalid', 'true');
    await enter(user, last, '2028');
    await waitFor(() => expect(last).not.toHaveAttribute('aria-invalid', 'true'));

    await waitUntilAllSaved();
    expect(stored(ws.id).sections.vision.data).toEqual({
      vision: 'Newcomers feel at home in Cēsis.',
      objectives: ['Every newcomer knows the library', 'Weekly Latvian practice'],
      summary: 'A two-year plan of the library and its partners.',
      councilDecision: '',
      adoptionDate: '',
      periodStart: '2026',
      periodEnd: '2028',
    });
    expect(stepHeader().getByText('Complete')).toBeInTheDocument();
  });

  it('deletes an objective and keeps the others in order', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user } = await renderApp(`/w/${ws.id}/vision`);
    expect(screen.getByRole('textbox', { name: 'Objective 2' })).toHaveValue('Newcomers practise Latvian every week');
    await user.click(screen.getByRole('button', { name: 'Delete objective 1' }));

    expect(screen.queryByRole('textbox', { name: 'Objective 2' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Objective 1' })).toHaveValue('Newcomers practise Latvian every week');
    await waitFor(
      () => expect(stored(ws.id).sections.vision.data.objectives).toEqual(['Newcomers practise Latvian every week']),
      SAVE_TIMEOUT,
    );
  });

  describe('the adoption date in the language of the screen', () => {
    afterEach(async () => {
      cleanup();
      await i18next.changeLanguage('en');
    });

    const open = async (lng: 'fr' | 'lv') => {
      const wizard = await loadNamespace(lng, 'wizard');
      const label = (path: string) =>
        path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], wizard) as string;
      const ws = givenWorkspace();
      const { user, waitForScreen } = await renderApp(`/w/${ws.id}/vision`);
      // As a person does: the language chosen on the screen.
      await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), lng);
      await waitForScreen(label('steps.vision.title'));
      return { user, ws, date: screen.getByRole('textbox', { name: label('vision.adoptionDate') }) };
    };

    it('reads “14.02.2025” in Latvian as 14 February 2025, and shows it back as Latvian writes dates', async () => {
      const { user, ws, date } = await open('lv');
      expect(date).toHaveAccessibleDescription('Diena, mēnesis un gads, piemēram, 14.09.2026.');
      await user.type(date, '14.02.2025');
      await user.tab();
      expect(date).toHaveValue('14.02.2025.');
      await waitFor(() => expect(stored(ws.id).sections.vision.data.adoptionDate).toBe('2025-02-14'), SAVE_TIMEOUT);
    });

    it('refuses 31 February in French at the field, in French, and keeps the text until it is corrected', async () => {
      const { user, ws, date } = await open('fr');
      await user.type(date, '31/02/2025');
      // Still being typed: not marked wrong yet.
      expect(date).not.toHaveAttribute('aria-invalid', 'true');
      await user.tab();
      const error = 'Saisissez une date valide, avec l’année sur quatre chiffres, par exemple 14/09/2026';
      expect(await screen.findByText(error)).toBeInTheDocument();
      expect(date).toHaveAttribute('aria-invalid', 'true');
      expect(date).toHaveAccessibleDescription(expect.stringContaining(error));
      expect(date).toHaveValue('31/02/2025');

      await user.clear(date);
      await user.type(date, '28/2/2025');
      await user.tab();
      expect(date).toHaveValue('28/02/2025');
      await waitFor(() => expect(date).not.toHaveAttribute('aria-invalid', 'true'));
      expect(screen.queryByText(error)).not.toBeInTheDocument();
      await waitFor(() => expect(stored(ws.id).sections.vision.data.adoptionDate).toBe('2025-02-28'), SAVE_TIMEOUT);
    });
  });
});
