import { useCallback, useRef, useState } from 'react';
import { strategyToBackup } from '@/domain/backup';
import type { Strategy } from '@/domain';
import { api } from '@/lib/api-client';
import type { Language } from '@/lib/i18n';
import { exportFileName, MIME, saveFile } from '../lib/files';
import type { ExportKind } from '../lib/files';
import type { ExportStage } from '../lib/export-job';

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy'; kind: ExportKind; file: string; stage?: ExportStage }
  | { status: 'done'; kind: ExportKind; file: string }
  | { status: 'error'; kind: ExportKind; message: string };

async function generate(
  strategy: Strategy,
  kind: ExportKind,
  lng: Language,
  onStage: (stage: ExportStage) => void,
): Promise<Uint8Array | string> {
  if (kind === 'backup') return `${JSON.stringify(strategyToBackup(strategy, new Date().toISOString()), null, 2)}\n`;
  // Documents are made in a Web Worker: the page keeps answering while a large one is laid out.
  const { runExport } = await import('../lib/run-export');
  return runExport(strategy, kind, lng, onStage);
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
        const onStage = (stage: ExportStage) => setState({ status: 'busy', kind, file, stage });
        saveFile(await generate(strategy, kind, lng, onStage), file, MIME[kind]);
        setState({ status: 'done', kind, file });
        // For the workspace's activity log; a file made offline is simply not logged.
        void api(`/workspaces/${strategy.workspace.id}/exports`, null, {
          method: 'POST',
          body: { kind, language: lng },
        }).catch(() => undefined);
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
