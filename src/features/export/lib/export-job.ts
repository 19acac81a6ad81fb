import type { Strategy } from '@/domain';
import type { Language } from '@/lib/locale-files';
import { loadLabels } from './labels';

// Making a document: the same steps in a Web Worker (export.worker.ts) and, where there
// is no worker (tests in jsdom, old browsers), on the page.

export type DocumentKind = 'docx' | 'pdf';
/** What the person is told while the file is made. */
export type ExportStage = 'loading' | 'writing';

export async function makeDocument(
  strategy: Strategy,
  kind: DocumentKind,
  lng: Language,
  onStage: (stage: ExportStage) => void,
): Promise<Uint8Array> {
  onStage('loading');
  // The generators and their libraries are separate chunks, fetched on the first export only.
  const [labels, build] = await Promise.all([
    loadLabels(lng),
    kind === 'docx'
      ? import('./build-docx').then((m) => m.buildDocx)
      : import('./build-pdf').then(
          (m) => (s: Strategy, l: Language, labels: Awaited<ReturnType<typeof loadLabels>>) => m.buildPdf(s, l, labels),
        ),
  ]);
  onStage('writing');
  return build(strategy, lng, labels);
}

export type ExportRequest = { id: number; strategy: Strategy; kind: DocumentKind; lng: Language };
export type ExportReply =
  | { id: number; type: 'stage'; stage: ExportStage }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };
