import { useCallback, useRef, useState } from 'react';
import { strategyToBackup } from '@/domain';
import type { Strategy } from '@/domain';
import type { Language } from '@/lib/i18n';
import { exportFileName, MIME, saveFile } from '../lib/files';
import type { ExportKind } from '../lib/files';
import { loadLabels } from '../lib/labels';

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy'; kind: ExportKind; file: string }
  | { status: 'done'; kind: ExportKind; file: string }
  | { status: 'error'; kind: ExportKind; message: string };

async function generate(strategy: Strategy, kind: ExportKind, lng: Language): Promise<Uint8Array | string> {
  if (kind === 'backup') return `${JSON.stringify(strategyToBackup(strategy, new Date().toISOString()), null, 2)}\n`;
  // The generators and their libraries are separate chunks, fetched on the first export only.
  const labels = await loadLabels(lng);
  if (kind === 'docx') {
    const { buildDocx } = await import('../lib/build-docx');
    return buildDocx(strategy, lng, labels);
  }
  const { buildPdf } = await import('../lib/build-pdf');
  return buildPdf(strategy, lng, labels);
}

/** Makes a file from the strategy and downloads it; one at a time. */
export function useExport(strategy: Strategy) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const busy = useRef(false);
  const run = useCallback(
    async (kind: ExportKind, lng: Language) => {
      if (busy.current) return;
      busy.current = true;
      const file = exportFileName(strategy, kind, lng);
      setState({ status: 'busy', kind, file });
      try {
        saveFile(await generate(strategy, kind, lng), file, MIME[kind]);
        setState({ status: 'done', kind, file });
      } catch (error) {
        setState({ status: 'error', kind, message: error instanceof Error ? error.message : String(error) });
      } finally {
        busy.current = false;
      }
    },
    [strategy],
  );
  return { state, run };
}
