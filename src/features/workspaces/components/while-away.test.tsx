import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Notification } from '@/domain/notifications';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/utils/render';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';

// The list of workspaces says what others did while the person was away, and takes them there.

describe('While you were away', () => {
  it('lists requests for changes, replies and mentions, counts the new ones per workspace, and marks one read when opened', async () => {
    const ws = givenWorkspace({ sample: true, name: 'Valmiera' });
    const need = stored(ws.id).items.need[0];
    const at = '2026-05-12T10:00:00.000Z';
    const notes: Notification[] = [
      {
        id: 3,
        at,
        kind: 'mention',
        workspace: { id: ws.id, name: 'Valmiera' },
        actor: 'Ieva Kalniņa',
        action: null,
        anchor: `item:need:${need?.id}`,
        read: false,
      },
      {
        id: 2,
        at,
        kind: 'step',
        workspace: { id: ws.id, name: 'Valmiera' },
        actor: 'Ieva Kalniņa',
        action: 'requestChanges',
        anchor: null,
        read: false,
      },
      {
        id: 1,
        at,
        kind: 'reply',
        workspace: { id: ws.id, name: 'Valmiera' },
        actor: 'Anna',
        action: null,
        anchor: 'strategy',
        read: true,
      },
    ];
    const read: string[] = [];
    server.use(
      http.get('/api/notifications', () =>
        HttpResponse.json({ items: notes, unread: notes.filter((n) => !n.read).length }),
      ),
      http.put('/api/notifications/:id/read', ({ params }) => {
        read.push(String(params.id));
        const note = notes.find((n) => String(n.id) === params.id);
        if (note) note.read = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, waitForScreen } = await renderApp('/');
    const away = within(await screen.findByRole('region', { name: /While you were away/ }));
    expect(away.getByText('2 new')).toBeInTheDocument();
    expect(
      away.getByRole('link', { name: 'Ieva Kalniņa mentioned you in a discussion of the step “Needs”' }),
    ).toBeInTheDocument();
    expect(
      away.getByRole('link', { name: 'Anna replied in a discussion of the strategy as a whole' }),
    ).toBeInTheDocument();
    const card = within(screen.getByRole('link', { name: 'Valmiera' }).closest('li') as HTMLElement);
    expect(card.getByText('2 new')).toBeInTheDocument();

    await user.click(away.getByRole('link', { name: 'Ieva Kalniņa: Request changes' }));
    await waitForScreen('Review and approval');
    await waitFor(() => expect(read).toEqual(['2']));
  });
});
