import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockStore } from '../../../../mocks/node';
import { DEMO_USER } from '../../../../mocks/store';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';
import { givenWorkspace } from '../../../../tests/utils/workspace';

// The lead of a strategy already written here brings it into a programme by the coordinator's link.

describe('Joining a programme by a link', () => {
  it('lets the lead choose the strategy that joins, then says the link is used', async () => {
    const mine = givenWorkspace({ name: 'Valmiera — strategy' });
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
      [],
    );
    const token = 'a'.repeat(43);
    expect(mockStore.current.makeProgrammeLink(programme.id, token).ok).toBe(true);

    const { user, waitForScreen } = await renderApp(`/join-programme/${token}`);
    await waitForScreen('Join a programme');
    expect(
      await screen.findByText(/invites a strategy you lead into the programme LiBri Latvia/, {}, SCREEN_TIMEOUT),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Join the programme' }, SCREEN_TIMEOUT));
    expect(await screen.findByText('Choose the strategy that joins the programme')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Valmiera — strategy' }));
    await user.click(screen.getByRole('button', { name: 'Join the programme' }));
    expect(await screen.findByText('Valmiera — strategy is now part of LiBri Latvia.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the strategy' })).toHaveAttribute('href', `/w/${mine.id}`);
    expect(mockStore.current.coordinates(mine.id)).toBe(true);
    expect(mockStore.current.acceptLink(token, mine.id)).toMatchObject({ ok: false, error: { code: 'link_used' } });
  });
});
