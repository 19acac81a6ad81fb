import { stateOf } from '@/domain';
import type { Strategy, WorkflowState } from '@/domain';
import { fileSlug } from './sanitize';

// File names and the browser download itself.

export type ExportKind = 'docx' | 'pdf' | 'backup';

export const MIME: Record<ExportKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  backup: 'application/json',
};

/** Where the strategy stands, in a file name: the same words in every language, as the files travel. */
const STATE_SLUG: Record<WorkflowState, string> = {
  draft: 'draft',
  inReview: 'in-review',
  changesRequested: 'changes-requested',
  approved: 'approved',
  submitted: 'submitted',
  returned: 'returned',
  accepted: 'accepted',
};

/**
 * `strategy-valmiera-draft-lv.docx`, `strategy-valmiera-approved-2026-05-12-lv.pdf` (approved on
 * the council's date), `strategy-valmiera-backup-2026-03-15.json`.
 */
export function exportFileName(strategy: Strategy, kind: ExportKind, lng: string, today = new Date()): string {
  const place = fileSlug(strategy.sections.partnership.data.municipality || strategy.workspace.name);
  if (kind === 'backup') return `strategy-${place}-backup-${today.toISOString().slice(0, 10)}.json`;
  const state = stateOf(strategy.workspace);
  const adopted = strategy.sections.vision.data.adoptionDate;
  const when = adopted && state !== 'draft' && state !== 'inReview' ? `-${adopted}` : '';
  return `strategy-${place}-${STATE_SLUG[state]}${when}-${lng}.${kind}`;
}

/** Hands the bytes to the browser as a download (Blob + object URL + <a download>). */
export function saveFile(data: Uint8Array | Blob | string, name: string, type: string) {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns: revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
