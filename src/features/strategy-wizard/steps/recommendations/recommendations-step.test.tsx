import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_FINDING } from '@/domain';
import type { Operation } from '@/domain';
import { renderApp } from '../../../../../tests/utils/render';
import { enter, waitUntilAllSaved } from '../../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

const finding = (kind: 'need' | 'strength' | 'challenge', title: string, priority: 'high' | 'medium' | '' = 'high') => {
  const id = crypto.randomUUID();
  const op: Operation = { type: 'createItem', kind, id, data: { ...EMPTY_FINDING, title, priority } };
  return { id, op };
};

describe('Recommendations step', () => {
  it('links a recommendation to the need, challenge and strength it answers, and shows what it addresses', async () => {
    const need = finding('need', 'Practise Latvian outside the classroom');
    const challenge = finding('challenge', 'Newcomers do not know the library');
    const strength = finding('strength', 'Trusted public space');
    const ws = givenWorkspace({ ops: [need.op, challenge.op, strength.op] });
    const { user } = await renderApp(`/w/${ws.id}/recommendations`);

    await user.click(screen.getByRole('button', { name: 'Add a recommendation' }));
    const form = await screen.findByRole('form', { name: 'Recommendation' });
    await enter(user, within(form).getByRole('textbox', { name: 'Recommendation' }), 'Open language cafés');
    await user.click(
      within(within(form).getByRole('group', { name: 'Needs it addresses' })).getByRole('checkbox', {
        name: 'Practise Latvian outside the classroom',
      }),
    );
    await user.click(
      within(within(form).getByRole('group', { name: 'Challenges it addresses' })).getByRole('checkbox', {
        name: 'Newcomers do not know the library',
      }),
    );
    await user.click(
      within(within(form).getByRole('group', { name: 'Strengths it builds on' })).getByRole('checkbox', {
        name: 'Trusted public space',
      }),
    );

    // Ticking one box among one is still a list of one link, not an error.
    expect(screen.queryByText('Check this value')).not.toBeInTheDocument();
    for (const box of within(form).getAllByRole('checkbox')) expect(box).not.toHaveAttribute('aria-invalid', 'true');

    await waitUntilAllSaved();
    expect(stored(ws.id).items.recommendation.map((r) => r.data)).toEqual([
      expect.objectContaining({
        title: 'Open language cafés',
        needIds: [need.id],
        challengeIds: [challenge.id],
        strengthIds: [strength.id],
      }),
    ]);

    await user.click(screen.getByRole('button', { name: 'Close “Open language cafés”' }));
    expect(
      screen.getByText('Addresses: Practise Latvian outside the classroom; Newcomers do not know the library'),
    ).toBeInTheDocument();
  });

  it('removes a link when its box is unticked', async () => {
    const needA = finding('need', 'Know where to find services');
    const needB = finding('need', 'Help with job applications', 'medium');
    const rec: Operation = {
      type: 'createItem',
      kind: 'recommendation',
      id: crypto.randomUUID(),
      data: {
        title: 'First information point',
        description: '',
        themes: [],
        needIds: [needA.id, needB.id],
        challengeIds: [],
        strengthIds: [],
      },
    };
    const ws = givenWorkspace({ ops: [needA.op, needB.op, rec] });
    const { user } = await renderApp(`/w/${ws.id}/recommendations`);
    expect(screen.getByText('Addresses: Know where to find services; Help with job applications')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit “First information point”' }));
    const needs = within(screen.getByRole('group', { name: 'Needs it addresses' }));
    expect(needs.getByRole('checkbox', { name: 'Know where to find services' })).toBeChecked();
    await user.click(needs.getByRole('checkbox', { name: 'Help with job applications' }));

    await waitUntilAllSaved();
    expect(stored(ws.id).items.recommendation[0]?.data.needIds).toEqual([needA.id]);
    await user.click(screen.getByRole('button', { name: 'Close “First information point”' }));
    expect(screen.getByText('Addresses: Know where to find services')).toBeInTheDocument();
  });

  it('says where to add needs when there are none to link yet', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/recommendations`);
    await user.click(screen.getByRole('button', { name: 'Add a recommendation' }));
    expect(screen.getByText('Add needs in the Needs step to link them here.')).toBeInTheDocument();
    expect(screen.getByText('Add challenges in the Challenges step to link them here.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close “Recommendation 1 (no title yet)”' }));
    expect(screen.getByText('Addresses: nothing yet')).toBeInTheDocument();
  });
});
