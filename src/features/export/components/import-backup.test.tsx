import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { applyOperations, emptyStrategy, LIMITS, sampleOperations } from '@/domain';
import { strategyToBackup } from '@/domain/backup';
import { mockStore, server } from '../../../../mocks/node';
import { renderWithProviders } from '../../../../tests/utils/render';
import { copyName } from '../api/import-backup';
import { ImportBackup } from './import-backup';

const NOW = '2026-03-15T10:30:00.000Z';

function backupText(overrides: Record<string, unknown> = {}) {
  const ws = { id: crypto.randomUUID(), name: 'Valmiera — sample strategy', createdAt: NOW, updatedAt: NOW };
  const strategy = applyOperations(
    emptyStrategy(ws),
    sampleOperations(() => crypto.randomUUID()),
    NOW,
  );
  return JSON.stringify({ ...strategyToBackup(strategy, NOW), ...overrides });
}

function setup() {
  const onImported = vi.fn();
  const view = renderWithProviders(<ImportBackup onImported={onImported} />);
  // Mantine's FileInput keeps the real file input out of sight, behind its button.
  const input = view.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  const choose = (text: string, name = 'backup.json') =>
    view.user.upload(input, new File([text], name, { type: 'application/json' }));
  return { ...view, onImported, choose };
}

const workspaceCount = () => mockStore.current.list().length;

describe('Importing a backup', () => {
  it('imports a backup file as a new workspace', async () => {
    const { user, onImported, choose } = setup();
    const before = workspaceCount();
    await choose(backupText());
    expect(await screen.findByText(/Backup of “Valmiera — sample strategy”, made on/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import as a new workspace' }));
    await vi.waitFor(() =>
      expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ name: 'Valmiera — sample strategy' })),
    );
    expect(workspaceCount()).toBe(before + 1);
  });

  it('names the import “… (copy)” when a workspace of that name is already in the list', async () => {
    const { user, onImported, choose } = setup();
    mockStore.current.create('Valmiera — sample strategy');
    await choose(backupText());
    await user.click(await screen.findByRole('button', { name: 'Import as a new workspace' }));
    await vi.waitFor(() =>
      expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ name: 'Valmiera — sample strategy (copy)' })),
    );
    expect(mockStore.current.list().map((w) => w.name)).toContain('Valmiera — sample strategy (copy)');
  });

  it('counts copies and keeps a long name within the limit', () => {
    const copy = (name: string, n: number) => (n === 1 ? `${name} (copy)` : `${name} (copy ${n})`);
    expect(copyName('Cēsis', new Set(['Rīga']), copy)).toBe('Cēsis');
    expect(copyName('Cēsis', new Set(['Cēsis', 'Cēsis (copy)']), copy)).toBe('Cēsis (copy 2)');
    const long = 'x'.repeat(LIMITS.name);
    const named = copyName(long, new Set([long]), copy);
    expect(named).toMatch(/ \(copy\)$/);
    expect(named.length).toBeLessThanOrEqual(LIMITS.name);
  });

  it.each([
    ['not JSON', 'this is not json', 'This file is not a backup: it is not valid JSON.'],
    ['from another program', '{"type":"FeatureCollection"}', 'This file was not made by the LiBri Strategy Builder.'],
    [
      'of a newer version',
      backupText({ formatVersion: 7 }),
      'This backup was made by a newer version of the application (format 7). Update the application, then import it again.',
    ],
    [
      'breaking the schema',
      backupText({ workspace: { name: '' } }),
      'This backup is damaged or was edited by hand: the field “workspace.name” is not valid.',
    ],
  ])('refuses a file %s at the field and creates nothing', async (_name, text, message) => {
    const { user, onImported, choose } = setup();
    const before = workspaceCount();
    await choose(text);
    expect(await screen.findByText(message)).toBeInTheDocument();
    const field = screen.getByRole('button', { name: /Backup file/ });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    await user.click(screen.getByRole('button', { name: 'Import as a new workspace' }));
    expect(onImported).not.toHaveBeenCalled();
    expect(workspaceCount()).toBe(before);
  });

  it('shows the server’s message when the server refuses the file', async () => {
    server.use(
      http.post('/api/workspaces/import', () =>
        HttpResponse.json({ error: { code: 'limit', message: 'Too many workspaces (at most 500)' } }, { status: 400 }),
      ),
    );
    const { user, onImported, choose } = setup();
    await choose(backupText());
    await user.click(await screen.findByRole('button', { name: 'Import as a new workspace' }));
    expect(
      await screen.findByText('The server refused the file: Too many workspaces (at most 500)'),
    ).toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();
  });
});
