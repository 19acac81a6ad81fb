import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_ITEMS } from '@/domain';
import { renderApp, SCREEN_TIMEOUT } from '../../../../../tests/utils/render';
import { enter, outbox, SAVE_TIMEOUT, stepHeader, waitUntilAllSaved } from '../../../../../tests/utils/saving';
import { resetSyncEngines } from '../../sync/registry';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';

describe('Partnership step', () => {
  it('records the partnership, two partners and a meeting, and the step becomes complete', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);

    expect(screen.getByRole('heading', { level: 1, name: 'Partnership' })).toBeInTheDocument();
    expect(stepHeader().getByText('Not started')).toBeInTheDocument();
    expect(await stepHeader().findByText('Not filled in: Municipality.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Municipality' }), 'Cēsis');
    expect(await stepHeader().findByText('In progress')).toBeInTheDocument();
    expect(stepHeader().queryByText('Not filled in: Municipality.')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Latvia');
    await enter(user, screen.getByRole('textbox', { name: 'Lead library' }), 'Cēsis Central Library');
    await user.click(screen.getByRole('checkbox', { name: 'The cooperation agreement is signed' }));

    await user.click(screen.getByRole('button', { name: 'Add a partner organisation' }));
    let partner = await screen.findByRole('form', { name: 'Partner organisation' });
    expect(within(partner).getByRole('textbox', { name: 'Organisation name' })).toHaveFocus();
    await enter(user, within(partner).getByRole('textbox', { name: 'Organisation name' }), 'Cēsis Central Library');
    await user.selectOptions(within(partner).getByRole('combobox', { name: 'Type of organisation' }), 'Library');
    await enter(user, within(partner).getByRole('textbox', { name: 'Contact email' }), 'director@library.example.org');
    await user.click(await screen.findByRole('button', { name: 'Close “Cēsis Central Library”' }));

    await user.click(screen.getByRole('button', { name: 'Add a partner organisation' }));
    partner = await screen.findByRole('form', { name: 'Partner organisation' });
    await enter(user, within(partner).getByRole('textbox', { name: 'Organisation name' }), 'Cēsis Municipality');
    await user.selectOptions(within(partner).getByRole('combobox', { name: 'Type of organisation' }), 'Municipality');
    await enter(user, within(partner).getByRole('textbox', { name: 'Contact email' }), 'social@cesis.example.org');
    await user.click(await screen.findByRole('button', { name: 'Close “Cēsis Municipality”' }));

    await user.click(screen.getByRole('button', { name: 'Add a meeting or workshop' }));
    const meeting = await screen.findByRole('form', { name: 'Meeting or workshop' });
    await user.type(within(meeting).getByRole('textbox', { name: 'Title or topic' }), 'Kick-off');
    await user.type(within(meeting).getByLabelText('Date'), '2025-03-20');
    await user.selectOptions(within(meeting).getByRole('combobox', { name: 'Format' }), 'Workshop');
    await user.type(within(meeting).getByRole('textbox', { name: 'Number of participants' }), '18');

    expect(await stepHeader().findByText('Complete')).toBeInTheDocument();
    expect(stepHeader().queryByText('Still to do on this step:')).not.toBeInTheDocument();

    await waitUntilAllSaved();
    const s = stored(ws.id);
    expect(s.sections.partnership.data).toEqual({
      municipality: 'Cēsis',
      country: 'LV',
      leadLibrary: 'Cēsis Central Library',
      description: '',
      agreementSigned: true,
      agreementDate: '',
    });
    expect(s.items.partner.map((p) => p.data)).toEqual([
      {
        name: 'Cēsis Central Library',
        type: 'library',
        contactPerson: '',
        contactEmail: 'director@library.example.org',
        role: '',
      },
      {
        name: 'Cēsis Municipality',
        type: 'municipality',
        contactPerson: '',
        contactEmail: 'social@cesis.example.org',
        role: '',
      },
    ]);
    expect(s.items.meeting.map((m) => m.data)).toEqual([
      { title: 'Kick-off', date: '2025-03-20', format: 'workshop', participants: 18, notes: '' },
    ]);
  });

  it('lists what is still missing for a partnership that is only started', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    await user.type(screen.getByRole('textbox', { name: 'Municipality' }), 'Sigulda');
    await user.click(screen.getByRole('button', { name: 'Add a partner organisation' }));

    const header = stepHeader();
    expect(await header.findByText('In progress')).toBeInTheDocument();
    expect(await header.findByText('Still to do on this step:')).toBeInTheDocument();
    // The first five, each with its way to where it is done; the sixth is on the review page.
    expect(header.getByText('Not filled in: Country.')).toBeInTheDocument();
    expect(header.getByRole('link', { name: 'Go to the field: Country' })).toHaveAttribute(
      'href',
      `/w/${ws.id}/partnership?field=country`,
    );
    expect(header.getByText('Not filled in: Lead library.')).toBeInTheDocument();
    expect(header.getByText('Not filled in: The cooperation agreement is signed.')).toBeInTheDocument();
    expect(header.getByText('Still missing: at least two partner organisations')).toBeInTheDocument();
    expect(
      header.getByText('Partner 1 (no name yet) — not filled in: Organisation name and Type of organisation.'),
    ).toBeInTheDocument();
    expect(header.getByRole('link', { name: 'and 1 more, on the review page' })).toHaveAttribute(
      'href',
      `/w/${ws.id}/review`,
    );
    expect(header.queryByText(/Municipality/)).not.toBeInTheDocument();

    // "Go to the field" puts the focus in it.
    await user.click(header.getByRole('link', { name: 'Go to the field: Country' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Country' })).toHaveFocus());
  });

  it('says at the field when a contact email is not an email, and does not save it until corrected', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    await user.click(screen.getByRole('button', { name: 'Add a partner organisation' }));
    let email = await screen.findByRole('textbox', { name: 'Contact email' });
    // The wrong email first: a partner with only a name is valid, and would be saved
    // whenever the pause between the two fields outlasted the save delay.
    await enter(user, email, 'red-cross.example.org');
    await enter(user, screen.getByRole('textbox', { name: 'Organisation name' }), 'Red Cross Cēsis');

    expect(await screen.findByText('Enter an email address like name@example.org')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Enter an email address like name@example.org/);
    await waitFor(
      () =>
        expect(screen.getByTestId('save-status')).toHaveTextContent(/Not saved: correct the field that has an error/),
      SAVE_TIMEOUT,
    );
    // The step is marked where the steps are listed, so the edit is found from any page.
    const steps = within(screen.getByRole('navigation', { name: 'Steps of the strategy' }));
    expect(steps.getByRole('link', { name: /^1\. Partnership/ })).toHaveTextContent(/not saved: a field to correct/);
    expect(steps.getByRole('link', { name: /^2\. / })).not.toHaveTextContent(/not saved/);
    // Nothing typed reached the server; at most the empty partner that “Add” creates did
    // (when the save delay ran out before the first field was filled).
    for (const partner of stored(ws.id).items.partner) expect(partner.data).toEqual(EMPTY_ITEMS.partner);

    // Closed, the field can still be found: the status leads to it, and it says what is wrong.
    await user.click(screen.getByRole('button', { name: /^Close “/ }));
    expect(screen.queryByRole('textbox', { name: 'Contact email' })).not.toBeInTheDocument();
    // The partner keeps the name typed, and its place, while the edit waits on this device.
    expect(screen.getByRole('button', { name: 'Edit “Red Cross Cēsis”' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the field' }));
    email = await screen.findByRole('textbox', { name: 'Contact email' });
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveValue('red-cross.example.org');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Enter an email address like name@example.org/);

    await enter(user, email, 'info@redcross.example.org');
    expect(screen.queryByText('Enter an email address like name@example.org')).not.toBeInTheDocument();
    expect(email).not.toHaveAttribute('aria-invalid', 'true');
    await waitUntilAllSaved();
    expect(steps.getByRole('link', { name: /^1\. Partnership/ })).not.toHaveTextContent(/not saved/);
    expect(stored(ws.id).items.partner[0]?.data).toMatchObject({
      name: 'Red Cross Cēsis',
      contactEmail: 'info@redcross.example.org',
    });
  });

  it('asks for a number when the participants count is not one', async () => {
    const ws = givenWorkspace();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    await user.click(screen.getByRole('button', { name: 'Add a meeting or workshop' }));
    const participants = await screen.findByRole('textbox', { name: 'Number of participants' });
    await user.type(participants, 'abc');

    expect(await screen.findByText('Enter a number, for example 1,200.50')).toBeInTheDocument();
    expect(participants).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/Not saved/), SAVE_TIMEOUT);
    // At most the empty meeting that “Add” creates reached the server, never the wrong count.
    for (const meeting of stored(ws.id).items.meeting) expect(meeting.data).toEqual(EMPTY_ITEMS.meeting);
    // The text is kept on this device as typed…
    expect(JSON.stringify(outbox(ws.id))).toContain('"participants":"abc"');
  });

  it('keeps text that is not a number across a reload, and says at the field what to write', async () => {
    const ws = givenWorkspace();
    const first = await renderApp(`/w/${ws.id}/partnership`);
    await first.user.click(screen.getByRole('button', { name: 'Add a meeting or workshop' }));
    await first.user.type(await screen.findByRole('textbox', { name: 'Title or topic' }), 'Kick-off');
    await first.user.type(screen.getByRole('textbox', { name: 'Number of participants' }), 'about 20');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/Not saved/), SAVE_TIMEOUT);

    // Reload: what is in memory is gone; the edit kept on this device comes back, text and all.
    first.unmount();
    resetSyncEngines();
    const { user } = await renderApp(`/w/${ws.id}/partnership`);
    await user.click(await screen.findByRole('button', { name: 'Edit “Kick-off”' }));
    const participants = await screen.findByRole('textbox', { name: 'Number of participants' });
    expect(participants).toHaveValue('about 20');
    expect(participants).toHaveAttribute('aria-invalid', 'true');
    expect(participants).toHaveAccessibleDescription(/Enter a number, for example 1,200.50/);

    await user.clear(participants);
    await user.type(participants, '1 200');
    expect(screen.queryByText('Enter a number, for example 1,200.50')).not.toBeInTheDocument();
    await waitFor(() => expect(stored(ws.id).items.meeting[0]?.data.participants).toBe(1200), SAVE_TIMEOUT);
  });

  it('names what a deleted partner leaves without it, and puts the partner back in its place on Undo', async () => {
    const [library, ngo, shelter, action] = [1, 2, 3, 4].map(() => crypto.randomUUID()) as [
      string,
      string,
      string,
      string,
    ];
    const partner = (id: string, name: string) =>
      ({ type: 'createItem', kind: 'partner', id, data: { ...EMPTY_ITEMS.partner, name, type: 'ngo' } }) as const;
    const ws = givenWorkspace({
      ops: [
        partner(library, 'Cēsis Library'),
        partner(ngo, 'Safe House'),
        partner(shelter, 'Shelter'),
        {
          type: 'createItem',
          kind: 'action',
          id: action,
          data: { ...EMPTY_ITEMS.action, title: 'Language café', leadPartnerId: ngo, supportingPartnerIds: [ngo] },
        },
      ],
    });
    const { user } = await renderApp(`/w/${ws.id}/partnership`);

    await user.click(screen.getByRole('button', { name: 'Delete “Safe House”' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete this item?' }, SCREEN_TIMEOUT));
    expect(dialog.getByText(/You can undo it right afterwards/)).toBeInTheDocument();
    expect(dialog.getByText(/Other items name it/)).toBeInTheDocument();
    expect(dialog.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Implementation plan: “Language café”, Lead partner',
      'Implementation plan: “Language café”, Supporting partners',
    ]);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(stored(ws.id).items.partner.map((p) => p.id)).toEqual([library, shelter]), SAVE_TIMEOUT);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: '2. Safe House' })).toHaveFocus();
    expect(screen.getByText('“Safe House” is back in its place')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    await waitFor(
      () => expect(stored(ws.id).items.partner.map((p) => p.id)).toEqual([library, ngo, shelter]),
      SAVE_TIMEOUT,
    );
    // The action's links hold again: the same partner, with the same id.
    expect(stored(ws.id).items.partner[1]?.data.name).toBe('Safe House');
    expect(stored(ws.id).items.action[0]?.data.leadPartnerId).toBe(ngo);
  });
});
