import { screen, within } from '@testing-library/react';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyOperations, emptyStrategy, sampleOperations } from '@/domain';
import { parseBackup } from '@/domain/backup';
import { MemoryRouter, Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../../tests/utils/render';
import { ExportPanel } from './export-panel';

// The PDF generator needs font files fetched from the server; here it fails, to show
// what the user sees when an export goes wrong. DOCX and backup run for real.
vi.mock('../lib/build-pdf', () => ({ buildPdf: () => Promise.reject(new Error('Font Roboto-Regular.ttf: HTTP 404')) }));

const NOW = '2026-03-15T10:30:00.000Z';
const sample = () =>
  applyOperations(
    emptyStrategy({ id: crypto.randomUUID(), name: 'Valmiera — sample strategy', createdAt: NOW, updatedAt: NOW }),
    sampleOperations(() => crypto.randomUUID()),
    NOW,
  );

let downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  downloads = [];
  const urls = new Map<string, Blob>();
  // jsdom has no object URLs and no downloads: record what would have been saved.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${urls.size}`;
    urls.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: urls.get(this.href)! });
  });
});

afterEach(() => vi.restoreAllMocks());

/** The panel on its page (`/w/<id>/export`), where its links lead within the workspace. */
const renderPanel = (strategy: ReturnType<typeof sample>) =>
  renderWithProviders(
    <MemoryRouter initialEntries={[`/w/${strategy.workspace.id}/export`]}>
      <Routes>
        <Route path="/w/:workspaceId/export" element={<ExportPanel strategy={strategy} />} />
      </Routes>
    </MemoryRouter>,
  );

describe('Export panel', () => {
  it('shows the document’s sections, with empty ones and broken links flagged in words', async () => {
    const strategy = sample();
    renderPanel(strategy);
    const outline = within(screen.getByRole('list', { name: 'What the document contains' }));
    const summary = outline.getByText('1. Executive summary').closest('li')!;
    expect(summary).toHaveTextContent('Empty: the document will say “Not provided”');
    const recommendations = outline.getByText('8. Recommendations').closest('li')!;
    expect(recommendations).toHaveTextContent('Broken links: 1');
    expect(recommendations).toHaveTextContent(
      '“Make the library the first information point”: a recommendation with no action in the plan',
    );
    expect(outline.getByText('A. Partner organisations', { exact: false }).closest('li')).toHaveTextContent('Ready');
    expect(screen.getByText(/Sections that need attention: \d+\. You can export anyway\./)).toBeInTheDocument();
    // From the count to the list of what is missing, one link.
    expect(screen.getByRole('link', { name: 'See what is still to do, with a link to each field' })).toHaveAttribute(
      'href',
      `/w/${strategy.workspace.id}/review`,
    );
  });

  it('downloads the Word document in the language chosen for it', async () => {
    const { user } = renderPanel(sample());
    const language = screen.getByRole('combobox', { name: 'Document language' });
    expect(language).toHaveValue('en');
    await user.selectOptions(language, 'Latviešu');
    await user.click(screen.getByRole('button', { name: 'Download Word (DOCX)' }));
    expect(
      await screen.findByText('Download started: strategy-valmiera-draft-lv.docx', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(downloads.map((d) => d.name)).toEqual(['strategy-valmiera-draft-lv.docx']);
    const zip = await JSZip.loadAsync(await downloads[0]!.blob.arrayBuffer());
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="lv-LV"/>');
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Ieviešanas plāns');
  });

  it('downloads the whole workspace as a backup file that can be imported again', async () => {
    const strategy = sample();
    const { user } = renderPanel(strategy);
    await user.click(screen.getByRole('button', { name: 'Download backup (JSON)' }));
    expect(
      await screen.findByText(/Download started: strategy-valmiera-backup-\d{4}-\d{2}-\d{2}\.json/),
    ).toBeInTheDocument();
    const parsed = parseBackup(await downloads[0]!.blob.text());
    expect(parsed.ok && parsed.backup.items.need.map((n) => n.data.title)).toEqual(
      strategy.items.need.map((n) => n.data.title),
    );
  });

  it('says so when a file cannot be made, and the buttons keep working', async () => {
    const { user } = renderPanel(sample());
    const pdf = screen.getByRole('button', { name: 'Download PDF' });
    await user.click(pdf);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be created');
    expect(alert).toHaveTextContent('Font Roboto-Regular.ttf: HTTP 404');
    expect(downloads).toEqual([]);
    expect(pdf).not.toHaveAttribute('aria-disabled');
    expect(pdf).toHaveFocus();
  });
});
