import { isInaccessible, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StepId } from '@/domain';
import { formsOpened, renderApp } from '../../../../tests/utils/render';
import { givenWorkspace } from '../../../../tests/utils/workspace';

// Accessibility basics that jsdom can check: every field is named, one h1 per page,
// and the landmarks a screen-reader user jumps between. Each step is opened with the
// sample strategy and one item of each list opened for editing, so every kind of
// field is on screen.

const STEP_CASES: {
  step: StepId;
  heading: string;
  open: string[];
  ready?: { role: 'textbox' | 'region'; name: string };
}[] = [
  {
    step: 'partnership',
    heading: 'Partnership',
    open: ['Edit “Valmiera Library”', 'Edit “Kick-off meeting of the partnership”'],
  },
  { step: 'diagnosis', heading: 'Local diagnosis', open: ['Edit “Latvian language courses”'] },
  { step: 'needs', heading: 'Needs', open: ['Edit “Practise Latvian outside the classroom”'] },
  { step: 'strengths', heading: 'Strengths', open: ['Edit “The library is a trusted, free public space”'] },
  { step: 'challenges', heading: 'Challenges', open: ['Edit “Newcomers do not know the library”'] },
  { step: 'recommendations', heading: 'Recommendations', open: ['Edit “Open weekly language cafés in the library”'] },
  { step: 'plan', heading: 'Implementation plan', open: ['Edit “Weekly Latvian language café”'] },
  { step: 'vision', heading: 'Vision and objectives', open: [], ready: { role: 'textbox', name: 'Vision' } },
  { step: 'review', heading: 'Review', open: [], ready: { role: 'region', name: 'Still to do' } },
];

/** Every control on the page, by its role and by its tag (date and month inputs have no role). */
function everyField(): HTMLElement[] {
  const byRole = ['textbox', 'combobox', 'checkbox', 'spinbutton', 'radio', 'button'].flatMap((role) =>
    screen.queryAllByRole(role),
  );
  const byTag = [...document.querySelectorAll<HTMLElement>('input, select, textarea')].filter(
    (el) => !isInaccessible(el),
  );
  return [...new Set([...byRole, ...byTag])];
}

function expectEveryFieldNamed() {
  const fields = everyField();
  expect(fields.length).toBeGreaterThan(0);
  for (const field of fields) {
    expect(
      field,
      `${field.tagName.toLowerCase()}#${field.id} (${field.getAttribute('type') ?? ''})`,
    ).toHaveAccessibleName();
  }
}

function expectPageFrame() {
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(screen.getByRole('banner')).toBeInTheDocument();
  expect(screen.getByRole('main')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
}

/** Headings never skip a level on the way down (h1 → h3 with no h2 between), hidden ones included. */
function expectHeadingsInOrder() {
  const levels = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].map((h) => ({
    level: Number(h.tagName[1]),
    text: h.textContent ?? '',
  }));
  levels.reduce((previous, h) => {
    expect(h.level, `“${h.text}” (h${h.level}) after an h${previous}`).toBeLessThanOrEqual(previous + 1);
    return h.level;
  }, 0);
}

describe('Accessibility basics', () => {
  it.each(STEP_CASES)(
    'names every field of the $heading step, with one h1 and the landmarks',
    async ({ step, heading, open, ready }) => {
      const ws = givenWorkspace({ sample: true });
      const { user } = await renderApp(`/w/${ws.id}/${step}`);
      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      for (const name of open) await user.click(screen.getByRole('button', { name }));
      await formsOpened();
      // The opened items' forms are there, with their fields, before the fields are checked.
      expect(screen.queryAllByRole('form').length).toBeGreaterThanOrEqual(open.length);
      if (ready) expect(screen.getByRole(ready.role, { name: ready.name })).toBeInTheDocument();

      expectPageFrame();
      expectHeadingsInOrder();
      expect(screen.getByRole('navigation', { name: 'Steps of the strategy' })).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Previous and next step' })).toBeInTheDocument();
      expectEveryFieldNamed();
      // The current step is marked for assistive technology in the step list.
      const current = within(screen.getByRole('navigation', { name: 'Steps of the strategy' })).getByRole('link', {
        current: 'page',
      });
      expect(current).toHaveAttribute('href', `/w/${ws.id}/${step}`);
    },
  );

  it('keeps the labels of two items apart when both are open for editing', async () => {
    const ws = givenWorkspace({ sample: true });
    const { user } = await renderApp(`/w/${ws.id}/needs`);
    await user.click(screen.getByRole('button', { name: 'Edit “Practise Latvian outside the classroom”' }));
    await user.click(screen.getByRole('button', { name: 'Edit “Know where to find services”' }));
    await formsOpened();

    const forms = screen.getAllByRole('form', { name: 'Need' });
    expect(forms).toHaveLength(2);
    const titles = forms.map((form) => within(form).getByDisplayValue(/Practise Latvian|Know where/));
    // Each form's own label names its own field, once.
    for (const title of titles) expect(title).toHaveAccessibleName('Title');
    expectEveryFieldNamed();
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives the overview one h1, the landmarks and named fields', async () => {
    const ws = givenWorkspace({ sample: true });
    await renderApp(`/w/${ws.id}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Test town strategy: overview' })).toBeInTheDocument();
    expectPageFrame();
    expect(screen.getByRole('navigation', { name: 'Steps of the strategy' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: /steps complete/ })).toBeInTheDocument();
    expectEveryFieldNamed();
  });

  it('gives the workspaces page one h1, the landmarks and named fields', async () => {
    givenWorkspace({ name: 'Valmiera strategy' });
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Your strategy workspaces' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Valmiera strategy' })).toBeInTheDocument();
    expectPageFrame();
    expectEveryFieldNamed();
    // A required field is required for assistive technology too, not only marked by an asterisk.
    expect(screen.getByRole('textbox', { name: /^Name of the workspace/ })).toBeRequired();
    // Each language is named in its own language, and marked so.
    const languages = within(screen.getByRole('combobox', { name: 'Language' })).getAllByRole('option');
    expect(languages.map((o) => [o.textContent, o.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Latviešu', 'lv'],
      ['Polski', 'pl'],
      ['Lietuvių', 'lt'],
      ['Français', 'fr'],
      ['Italiano', 'it'],
      ['Română', 'ro'],
    ]);
  });
});
