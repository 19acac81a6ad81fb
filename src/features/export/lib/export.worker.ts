/// <reference lib="webworker" />
import { makeDocument } from './export-job';
import type { ExportReply, ExportRequest } from './export-job';

// Makes DOCX and PDF files off the page's thread: a large strategy takes a second or
// more to lay out, and the page must keep answering the keyboard meanwhile.

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { id, strategy, kind, lng } = event.data;
  const reply = (message: ExportReply, transfer: Transferable[] = []) => self.postMessage(message, transfer);
  try {
    const bytes = await makeDocument(strategy, kind, lng, (stage) => reply({ id, type: 'stage', stage }));
    reply({ id, type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
