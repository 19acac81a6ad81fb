import type { Strategy } from '@/domain';
import type { Language } from '@/lib/locale-files';
import { makeDocument } from './export-job';
import type { DocumentKind, ExportReply, ExportStage } from './export-job';

let worker: Worker | null = null;
let next = 0;

/** The worker, started on the first export and kept for the next ones. */
function exportWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  worker ??= new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'export' });
  return worker;
}

/** Makes a document in a Web Worker where there is one, telling each stage as it starts. */
export function runExport(
  strategy: Strategy,
  kind: DocumentKind,
  lng: Language,
  onStage: (stage: ExportStage) => void,
): Promise<Uint8Array> {
  const w = exportWorker();
  if (!w) return makeDocument(strategy, kind, lng, onStage);
  const id = ++next;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'stage') return onStage(reply.stage);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (reply.type === 'done') resolve(reply.bytes);
      else reject(new Error(reply.message));
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      // A worker that cannot start (a blocked script): make the file on the page instead.
      worker = null;
      event.preventDefault();
      makeDocument(strategy, kind, lng, onStage).then(resolve, reject);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, strategy, kind, lng });
  });
}
