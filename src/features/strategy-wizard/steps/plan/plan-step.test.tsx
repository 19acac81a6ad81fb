import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_ITEMS } from '@/domain';
import type { Operation } from '@/domain';
import { i18next, loadNamespace } from '@/lib/i18n';
import { formsOpened, renderApp } from '../../../../../tests/utils/render';
import { enter, SAVE_TIMEOUT, waitUntilAllSaved } from '../../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

function planFixture() {
  const library = crypto.randomUUID();
  const ngo = crypto.randomUUID();
  const rec = crypto.randomUUID();
  const ops: Operation[] = [
    {
      type: 'createItem',
      kind: 'partner',
      id: library,
      data: { ...EMPTY_ITEMS.partner, name: 'Cēsis Library', type: 'library' },
    },
    { type: 'createItem', kind: 'partner', id: ngo, data: { ...EMPTY_ITEMS.partner, name: 'Safe House', type: 'ngo' } },
    {
      type: 'createItem',
      kind: 'recommendation',
      id: rec,
      data: { ...EMPTY_ITEMS.recommendation, title: 'Open language cafés' },
    },
  ];
  return { library, ngo, rec, ops };
}

describe('Implementation plan step', () => {
  it('plans an action with its lead, partners, months, budget and an indicator, and saves it', async () => {
    const { library, ngo, rec, ops } = planFixture();
    const ws = givenWorkspace({ ops });
    const { user } = await renderApp(`/w/${ws.id}/plan`);
    expect(screen.getByRole('heading', { level: 1, name: 'Implementation plan' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    const form = within(await screen.findByRole('form', { name: 'Action' }));
    const title = form.getByRole('textbox', { name: 'Action' });
    expect(title).toHaveFocus();
    await enter(user, title, 'Weekly language café');
    await user.selectOptions(
      form.getByRole('combobox', { name: 'Recommendation it implements' }),
      'Open language cafés',
    );
    await user.selectOptions(form.getByRole('combobox', { name: 'Lead partner' }), 'Cēsis Library');
    await user.click(
      within(form.getByRole('group', { name: 'Supporting partners' })).getByRole('checkbox', { name: 'Safe House' }),
    );

    const start = form.getByLabelText('Start month');
    const end = form.getByLabelText('End month');
    // A text box with the format under it, not the browser's month picker (which writes in the browser's language).
    expect(start).toHaveAccessibleDescription('Month and year, for example 09/2026');
    await user.type(start, '2026-09');
    await user.type(end, '2026-03');
    // Read as ISO, shown back as the language writes months once the person moved on.
    expect(start).toHaveValue('09/2026');
    expect(await form.findByText('The end month must be the same as or after the start month')).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    await waitFor(
      () => expect(screen.getByTestId('save-status')).toHaveTextContent(/Not saved: correct the field/),
      SAVE_TIMEOUT,
    );

    await user.clear(end);
    await user.type(end, '2027-06');
    await waitFor(() =>
      expect(form.queryByText('The end month must be the same as or after the start month')).not.toBeInTheDocument(),
    );
    expect(end).not.toHaveAttribute('aria-invalid', 'true');

    await user.type(form.getByRole('textbox', { name: 'Budget' }), '1500');
    await enter(user, form.getByRole('textbox', { name: 'Funding source' }), 'Municipal culture budget');

    await user.click(form.getByRole('button', { name: 'Add an indicator' }));
    const indicator = within(form.getByRole('group', { name: 'Indicator 1' }));
    expect(indicator.getByRole('textbox', { name: 'Indicator' })).toHaveFocus();
    await enter(user, indicator.getByRole('textbox', { name: 'Indicator' }), 'Participants per session');
    await user.type(indicator.getByRole('textbox', { name: 'Baseline' }), '0');
    await user.type(indicator.getByRole('textbox', { name: 'Target' }), '12');
    await enter(user, indicator.getByRole('textbox', { name: 'Unit' }), 'people');
    await enter(user, indicator.getByRole('textbox', { name: 'Means of verification' }), 'Attendance list');

    await waitUntilAllSaved();
    const [action] = stored(ws.id).items.action;
    expect(action?.data).toMatchObject({
      title: 'Weekly language café',
      recommendationId: rec,
      leadPartnerId: library,
      supportingPartnerIds: [ngo],
      startMonth: '2026-09',
      endMonth: '2027-06',
      budget: 1500,
      currency: 'EUR',
      fundingSource: 'Municipal culture budget',
      indicators: [
        {
          id: expect.any(String),
          name: 'Participants per session',
          baseline: 0,
          target: 12,
          unit: 'people',
          verification: 'Attendance list',
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Close “Weekly language café”' }));
    expect(
      screen.getByText(/Lead: Cēsis Library · September 2026 – June 2027 · €1,500.00 · 1 indicator/),
    ).toBeInTheDocument();

    // The plan's budget, added up once typing has paused: 10 months, 4 in 2026 and 6 in 2027.
    const budget = within(screen.getByRole('region', { name: 'Budget' }));
    const years = within(await budget.findByRole('table', { name: 'By year' }));
    expect(budget.getByText('Planned in total:').parentElement).toHaveTextContent('Planned in total: €1,500.00');
    expect(years.getByRole('row', { name: '2026 €600.00' })).toBeInTheDocument();
    expect(years.getByRole('row', { name: '2027 €900.00' })).toBeInTheDocument();
    const funding = within(budget.getByRole('table', { name: 'By funding source' }));
    expect(funding.getByRole('row', { name: 'Municipal culture budget €1,500.00' })).toBeInTheDocument();
  });

  it('deletes an indicator and saves the action without it', async () => {
    const { rec, library, ops } = planFixture();
    const action: Operation = {
      type: 'createItem',
      kind: 'action',
      id: crypto.randomUUID(),
      data: {
        ...EMPTY_ITEMS.action,
        title: 'Information desk',
        recommendationId: rec,
        leadPartnerId: library,
        indicators: [
          {
            id: crypto.randomUUID(),
            name: 'Visits',
            baseline: 0,
            target: 100,
            unit: 'visits',
            verification: 'Counter',
          },
          { id: crypto.randomUUID(), name: 'Leaflets', baseline: null, target: 500, unit: 'copies', verification: '' },
        ],
      },
    };
    const ws = givenWorkspace({ ops: [...ops, action] });
    const { user } = await renderApp(`/w/${ws.id}/plan`);
    await user.click(screen.getByRole('button', { name: 'Edit “Information desk”' }));
    await user.click(screen.getByRole('button', { name: 'Delete indicator 1' }));

    expect(screen.queryByRole('group', { name: 'Indicator 2' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Indicator 1' })).getByRole('textbox', { name: 'Indicator' }),
    ).toHaveValue('Leaflets');
    await waitFor(
      () => expect(stored(ws.id).items.action[0]?.data.indicators.map((i) => i.name)).toEqual(['Leaflets']),
      SAVE_TIMEOUT,
    );
  });

  it('saves how the plan is monitored', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/plan`);
    const monitoring = screen.getByRole('textbox', { name: 'How the plan is monitored' });
    expect(screen.getByRole('form', { name: 'Monitoring and review' })).toContainElement(monitoring);
    await enter(user, monitoring, 'The partnership reviews the indicators every quarter.');

    await waitUntilAllSaved();
    expect(stored(ws.id).sections.plan.data).toEqual({
      monitoring: 'The partnership reviews the indicators every quarter.',
      review: '',
    });
  });

  describe('numbers and months in the language of the screen', () => {
    afterEach(async () => {
      cleanup();
      await i18next.changeLanguage('en');
    });

    const open = async (lng: 'it' | 'lv') => {
      const [wizard, common] = await Promise.all([loadNamespace(lng, 'wizard'), loadNamespace(lng, 'common')]);
      const { ops } = planFixture();
      const action = crypto.randomUUID();
      const ws = givenWorkspace({
        ops: [
          ...ops,
          { type: 'createItem', kind: 'action', id: action, data: { ...EMPTY_ITEMS.action, title: 'Café' } },
        ],
      });
      const { user, waitForScreen } = await renderApp(`/w/${ws.id}/plan`);
      const label = (ns: Record<string, unknown>, path: string) =>
        path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ns) as string;
      // As a person does: the language chosen on the screen.
      await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), lng);
      await waitForScreen(label(wizard, 'steps.plan.title'));
      await user.click(
        screen.getByRole('button', { name: label(wizard, 'list.editNamed').replace('{{name}}', 'Café') }),
      );
      await formsOpened();
      const form = within(screen.getByRole('form', { name: label(wizard, 'action.title') }));
      const budget = form.getByRole('textbox', { name: label(wizard, 'action.budget') });
      const start = form.getByRole('textbox', { name: label(wizard, 'action.start') });
      return { user, ws, budget, start, numberError: label(common, 'errors.number') };
    };

    it('reads “1.500” in Italian as fifteen hundred, and shows it back so', async () => {
      const { user, ws, budget } = await open('it');
      await user.type(budget, '1.500,5');
      await user.tab();
      // Shown back as Italian writes the number it was read as.
      expect(budget).toHaveValue(new Intl.NumberFormat('it', { maximumFractionDigits: 6 }).format(1500.5));
      await waitFor(() => expect(stored(ws.id).items.action[0]?.data.budget).toBe(1500.5), SAVE_TIMEOUT);
    });

    it('refuses “1.500” in Latvian at the field, in Latvian, rather than guess, and keeps the text', async () => {
      const { user, ws, budget, numberError } = await open('lv');
      await user.type(budget, '1.500');
      expect(await screen.findByText(numberError)).toBeInTheDocument();
      expect(budget).toHaveAttribute('aria-invalid', 'true');
      expect(budget).toHaveValue('1.500');
      await user.clear(budget);
      await user.type(budget, '1500,5');
      await user.tab();
      expect(budget).toHaveValue(new Intl.NumberFormat('lv', { maximumFractionDigits: 6 }).format(1500.5));
      await waitFor(() => expect(stored(ws.id).items.action[0]?.data.budget).toBe(1500.5), SAVE_TIMEOUT);
    });

    it('reads the month “9.2025” in Latvian as September 2025, and shows it back as Latvian writes it', async () => {
      const { user, ws, start } = await open('lv');
      expect(start).toHaveAccessibleDescription('Mēnesis un gads, piemēram, 09.2026.');
      await user.type(start, '9.2025');
      await user.tab();
      expect(start).toHaveValue('09.2025.');
      await waitFor(() => expect(stored(ws.id).items.action[0]?.data.startMonth).toBe('2025-09'), SAVE_TIMEOUT);
    });
  });
});
