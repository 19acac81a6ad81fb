import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../tests/utils/render';
import { givenWorkspace } from '../../../../tests/utils/workspace';

const TITLES = [
  '1. Partnership',
  '2. Local diagnosis',
  '3. Needs',
  '4. Strengths',
  '5. Challenges',
  '6. Recommendations',
  '7. Implementation plan',
  '8. Vision and objectives',
  '9. Review',
];

/** The task-list entry of one step, found by its link as a person scans the list. */
function task(title: string) {
  const main = within(screen.getByRole('main'));
  const entry = main.getAllByRole('listitem').find((li) => within(li).queryByRole('link', { name: title }));
  if (!entry) throw new Error(`no task “${title}”`);
  return within(entry);
}

describe('Overview (task list)', () => {
  it('shows every step as not started for a new workspace', async () => {
    const ws = givenWorkspace({ name: 'Cēsis strategy 2026' });
    await renderApp(`/w/${ws.id}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Cēsis strategy 2026: overview' })).toBeInTheDocument();
    expect(document.title).toBe('Cēsis strategy 2026 — LiBri Strategy Builder');
    expect(screen.getByText('0 of 8 steps complete')).toBeInTheDocument();

    for (const title of TITLES) {
      expect(task(title).getByText('Not started')).toBeInTheDocument();
      expect(task(title).queryByText('Still missing:')).not.toBeInTheDocument();
    }
    expect(
      task('3. Needs').getByText('What people with migration experience need, with evidence and priority.'),
    ).toBeInTheDocument();
  });

  it('shows the status of each step of the sample strategy in words, with what is missing and what is broken', async () => {
    const ws = givenWorkspace({ sample: true });
    await renderApp(`/w/${ws.id}`);
    expect(screen.getByText('6 of 8 steps complete')).toBeInTheDocument();

    const expected: Record<string, string> = {
      '1. Partnership': 'Complete',
      '2. Local diagnosis': 'Complete',
      '3. Needs': 'Complete',
      '4. Strengths': 'Complete',
      '5. Challenges': 'Complete',
      '6. Recommendations': 'Needs attention',
      '7. Implementation plan': 'Complete',
      '8. Vision and objectives': 'In progress',
      '9. Review': 'Needs attention',
    };
    for (const [title, status] of Object.entries(expected)) expect(task(title).getByText(status)).toBeInTheDocument();

    expect(task('8. Vision and objectives').getByText('Still missing:')).toBeInTheDocument();
    expect(task('8. Vision and objectives').getByText('the executive summary')).toBeInTheDocument();
    expect(task('6. Recommendations').getByText('1 broken link to fix')).toBeInTheDocument();
    expect(task('1. Partnership').queryByText('Still missing:')).not.toBeInTheDocument();
  });

  it('opens a step from its link, with the step as the new page heading', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user, router, waitForScreen } = await renderApp(`/w/${ws.id}`);
    expect(screen.getByText('6 of 8 steps complete')).toBeInTheDocument();

    await user.click(task('7. Implementation plan').getByRole('link', { name: '7. Implementation plan' }));
    const heading = await waitForScreen('Implementation plan');
    expect(router.state.location.pathname).toBe(`/w/${ws.id}/plan`);
    expect(heading).toHaveFocus();
    expect(screen.getByText('Step 7 of 9')).toBeInTheDocument();
    expect(document.title).toBe('Implementation plan — Test town strategy — LiBri Strategy Builder');
  });

  it('moves focus to the next step’s heading when “Next” is followed, so a screen reader hears the new page', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user, waitForScreen } = await renderApp(`/w/${ws.id}/needs`);
    await waitForScreen('Needs');
    await user.click(screen.getByRole('link', { name: /^Next: Strengths/ }));
    const heading = await waitForScreen('Strengths');
    // Focus moves once the new page has drawn: wait for it as a screen-reader user does.
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('link', { name: /^← Previous: Needs/ }));
    const back = await waitForScreen('Needs');
    await waitFor(() => expect(back).toHaveFocus());
  });
});
