import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { EMPTY_FINDING, EMPTY_SECTIONS } from '@/domain';
import { server } from '../../../../mocks/node';
import { renderApp, SCREEN_TIMEOUT } from '../../../../tests/utils/render';
import { outbox, waitUntilAllSaved } from '../../../../tests/utils/saving';
import { givenWorkspace, stored } from '../../../../tests/utils/workspace';
import { resetSyncEngines } from './registry';
import { unreadableKey } from '@/features/strategy-wizard/sync/device-storage';

// Data outlives code: a browser may hold edits queued by an older release, or a damaged
// copy of the queue. The workspace must open anyway, send what can be read, and hand the
// rest back to the person to copy — never crash, never drop an edit silently.

const NEED = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const STRENGTH = '7a2e3b4c-5d6e-4f70-9b0c-1d2e3f4a5b6c';
const OTHER = '8b3f4c5d-6e7f-4081-8c1d-2e3f4a5b6c7d';

/** What an older release (or a damaged browser profile) may have left in the outbox. */
const BAD_ENTRIES = {
  'an unknown kind': {
    type: 'updateItem',
    kind: 'goal',
    id: OTHER,
    data: { title: 'Every child reads by nine' },
    opId: 'a',
  },
  'an unknown section': { type: 'putSection', key: 'budget', data: { total: 'Forty thousand euro' }, opId: 'b' },
  'missing data': { type: 'updateItem', kind: 'need', id: OTHER, baseVersion: 0, opId: 'c' },
  'missing fields in data': {
    type: 'updateItem',
    kind: 'need',
    id: NEED,
    data: { title: 'Childcare during courses' },
    opId: 'd',
  },
  'extra fields': {
    type: 'createItem',
    kind: 'strength',
    id: STRENGTH,
    data: { ...EMPTY_FINDING, title: 'Library open on Sundays', colour: 'green' },
    legacy: true,
    opId: 'e',
  },
  'a non-uuid id': { type: 'createItem', kind: 'need', id: 'need-7', data: { title: 'Evening courses' }, opId: 'f' },
  'a wrong type': {
    type: 'updateItem',
    kind: 'need',
    id: NEED,
    data: { ...EMPTY_FINDING, title: 42, themes: 'Bus tickets for course participants' },
    opId: 'g',
  },
  null: null,
  'a number': 7,
  'an array': ['Interpreters at the town hall'],
  'baseVersion as a string': {
    type: 'putSection',
    key: 'plan',
    data: { ...EMPTY_SECTIONS.plan, monitoring: 'Quarterly report to the council' },
    baseVersion: '3',
    opId: 'h',
  },
  'a reorder with non-uuid ids': { type: 'reorder', kind: 'need', ids: ['first', 'second'], opId: 'i' },
} satisfies Record<string, unknown>;

/** The entries that name something this release cannot read, and the text each one holds. */
const UNREADABLE: Partial<Record<keyof typeof BAD_ENTRIES, string>> = {
  'an unknown kind': 'Every child reads by nine',
  'an unknown section': 'Forty thousand euro',
  'missing data': '',
  'a non-uuid id': 'Evening courses',
  'a wrong type': '42\nBus tickets for course participants',
  null: '',
  'a number': '7',
  'an array': 'Interpreters at the town hall',
};

function givenOutbox(workspaceId: string, entries: unknown[]) {
  // Where the release before accounts kept them: taken over by the person who opens the workspace.
  localStorage.setItem(`libri.outbox.v1.${workspaceId}`, JSON.stringify(entries));
}

function givenNeedWorkspace() {
  return givenWorkspace({
    ops: [{ type: 'createItem', kind: 'need', id: NEED, data: { ...EMPTY_FINDING, title: 'Childcare' } }],
  });
}

const alert = () => screen.getByRole('alert', { name: /could not be read/ });
/** The list of unreadable edits loads its code when there is one to show. */
const shown = () => screen.findByRole('alert', { name: /could not be read/ }, SCREEN_TIMEOUT);

describe('Edits queued by an older release', () => {
  it.each(Object.keys(BAD_ENTRIES) as (keyof typeof BAD_ENTRIES)[])(
    'opens the workspace when the outbox holds %s',
    async (name) => {
      const ws = givenNeedWorkspace();
      givenOutbox(ws.id, [BAD_ENTRIES[name]]);
      await renderApp(`/w/${ws.id}/needs`);

      expect(screen.getByRole('heading', { level: 1, name: 'Needs' })).toBeInTheDocument();
      const text = UNREADABLE[name];
      if (text === undefined) {
        expect(screen.queryByRole('alert', { name: /could not be read/ })).not.toBeInTheDocument();
        await waitUntilAllSaved();
      } else {
        await shown();
        expect(alert()).toHaveAccessibleName('1 edit made with an older version could not be read');
        if (text) expect(within(alert()).getByRole('textbox', { name: 'Edit 1' })).toHaveValue(text);
        else expect(within(alert()).getByText('Edit 1 holds no text.')).toBeInTheDocument();
      }
      expect(outbox(ws.id)).toEqual([]);
    },
  );

  it('sends the edits it can read, lists the others with their text, and keeps them until discarded', async () => {
    const ws = givenNeedWorkspace();
    givenOutbox(ws.id, Object.values(BAD_ENTRIES));
    const { unmount } = await renderApp(`/w/${ws.id}/needs`);

    await waitUntilAllSaved();
    const s = stored(ws.id);
    expect(s.items.need.map((n) => n.data.title)).toEqual(['Childcare during courses']);
    expect(s.items.strength.map((n) => n.data.title)).toEqual(['Library open on Sundays']);
    expect(s.sections.plan.data.monitoring).toBe('Quarterly report to the council');

    const texts = Object.values(UNREADABLE).filter(Boolean);
    await shown();
    expect(alert()).toHaveAccessibleName('8 edits made with an older version could not be read');
    expect(
      within(alert())
        .getAllByRole('textbox')
        .map((t) => (t as HTMLTextAreaElement).value),
    ).toEqual(texts);
    expect(outbox(ws.id)).toEqual([]);

    // A reload shows them again: they are kept on this device, under their own key.
    unmount();
    resetSyncEngines();
    await renderApp(`/w/${ws.id}/needs`);
    await shown();
    expect(
      within(alert())
        .getAllByRole('textbox')
        .map((t) => (t as HTMLTextAreaElement).value),
    ).toEqual(texts);
  });

  it('copies the text of an edit it cannot read, and discards the edit once copied', async () => {
    const ws = givenNeedWorkspace();
    givenOutbox(ws.id, [BAD_ENTRIES['a non-uuid id'], BAD_ENTRIES['an unknown kind']]);
    const { user } = await renderApp(`/w/${ws.id}/needs`);
    await shown();
    expect(within(alert()).queryByRole('button', { name: 'Discard edit 1' })).not.toBeInTheDocument();

    await user.click(within(alert()).getByRole('button', { name: 'Copy edit 1' }));
    expect(await navigator.clipboard.readText()).toBe('Evening courses');
    await user.click(within(alert()).getByRole('button', { name: 'Discard edit 1' }));

    expect(alert()).toHaveAccessibleName('1 edit made with an older version could not be read');
    expect(within(alert()).getByRole('textbox', { name: 'Edit 1' })).toHaveValue('Every child reads by nine');
    const kept = JSON.parse(localStorage.getItem(unreadableKey(ws.id)) ?? '[]') as { text: string }[];
    expect(kept.map((e) => e.text)).toEqual(['Every child reads by nine']);

    await user.click(within(alert()).getByRole('button', { name: 'Copy edit 1' }));
    await user.click(within(alert()).getByRole('button', { name: 'Discard edit 1' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: /could not be read/ })).not.toBeInTheDocument());
    expect(localStorage.getItem(unreadableKey(ws.id))).toBeNull();
  });

  it('opens a copy of the strategy kept on this device by an older release while the server cannot be reached', async () => {
    const ws = givenNeedWorkspace();
    server.use(http.get('/api/workspaces/:id', () => HttpResponse.error()));
    // An older shape: no positions, versions or dates on items, a field since removed, a
    // field added since missing, a retired theme, and sections not yet known then.
    const older = {
      workspace: { id: ws.id, name: 'Test town strategy' },
      sections: { partnership: { version: 2, data: { municipality: 'Cēsis', mayor: 'Someone' } } },
      items: {
        need: [{ id: NEED, data: { title: 'Childcare kept on this device', themes: ['eu.retired-theme'] } }],
        goal: [{ id: OTHER, data: { title: 'A kind that no longer exists' } }],
      },
    };
    localStorage.setItem(`libri.snapshot.v1.${ws.id}`, JSON.stringify(older));
    await renderApp(`/w/${ws.id}/needs`);

    expect(screen.getByRole('heading', { level: 1, name: 'Needs' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit “Childcare kept on this device”' })).toBeInTheDocument();
  });
});
