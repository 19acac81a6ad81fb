import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next, loadNamespace } from '@/lib/i18n';
import { renderApp } from '../../../tests/utils/render';
import { givenWorkspace } from '../../../tests/utils/workspace';

// The expected Latvian comes from locales/lv, so the test follows the translators'
// wording; the product brief's glossary fixes the key term ("partnership" = "partnerība").

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

const text = (ns: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ns) as string;

describe('Language switcher', () => {
  it('shows a step in Latvian after choosing “Latviešu”, and remembers the choice', async () => {
    const [common, wizard] = await Promise.all([loadNamespace('lv', 'common'), loadNamespace('lv', 'wizard')]);
    const ws = givenWorkspace({ sample: true });
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/partnership`);
    expect(screen.getByRole('heading', { level: 1, name: 'Partnership' })).toBeInTheDocument();

    const language = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['English', 'Latviešu', 'Polski', 'Lietuvių', 'Français', 'Italiano', 'Română']);
    await user.selectOptions(language, 'Latviešu');

    const heading = await waitForScreen(text(wizard, 'steps.partnership.title'));
    expect(heading).toHaveTextContent(/partnerība/i);
    expect(screen.queryByRole('heading', { level: 1, name: 'Partnership' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: text(common, 'layout.stepsNav') })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: text(wizard, 'partnership.municipality') })).toHaveValue('Valmiera');
    expect(screen.getByRole('combobox', { name: text(common, 'language.label') })).toHaveValue('lv');
    expect(document.documentElement).toHaveAttribute('lang', 'lv');
    expect(localStorage.getItem('libri.language')).toBe('lv');
    // The server is told too, so that the next page it sends names the Latvian words up front.
    expect(document.cookie).toMatch(/(^|; )libri_lang=lv(;|$)/);

    await user.selectOptions(screen.getByRole('combobox', { name: text(common, 'language.label') }), 'English');
    await waitForScreen('Partnership');
    expect(screen.getByRole('heading', { level: 1, name: 'Partnership' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('shows the workspaces page in Latvian', async () => {
    const workspaces = await loadNamespace('lv', 'workspaces');
    const { user, waitForScreen } = await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Your strategy workspaces' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Latviešu');

    await waitForScreen(text(workspaces, 'title'));
    expect(screen.getByRole('heading', { level: 1, name: text(workspaces, 'title') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: text(workspaces, 'create.submit') })).toBeInTheDocument();
  });
});
