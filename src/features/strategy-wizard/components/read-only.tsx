import { Alert } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { isEditable } from '@/domain';
import type { WorkspaceAbilities } from '@/domain';
import { useAbilities, useSession } from '@/lib/session';
import { useWorkflowState } from '../hooks/use-strategy';

/**
 * The step's form for someone whose role does not allow changes (a reviewer, an observer, an
 * administrator): every field and button inside is disabled by the browser itself, so nothing
 * can be typed that the server would refuse. What is read stays readable.
 */
export function Editable({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  const may = useMay(workspaceId);
  return (
    <fieldset className="plain-fieldset" disabled={!may.edit}>
      {children}
    </fieldset>
  );
}

const Notice = lazy(() => import('./read-only-notice').then((m) => ({ default: m.ReadOnlyText })));

/**
 * What the signed-in person may do in the open workspace: their role's abilities, with editing
 * paused where the workflow says so (in review, approved, submitted, accepted).
 */
export function useMay(workspaceId: string): WorkspaceAbilities & { paused: boolean } {
  const may = useAbilities(workspaceId);
  const paused = !isEditable(useWorkflowState());
  return { ...may, edit: may.edit && !paused, paused };
}

/**
 * Says why nothing can be changed, and what to do; its words load only when it shows. A pause
 * of the workflow is told by the workflow's banner above every screen instead.
 */
export function ReadOnlyNotice({ workspaceId }: { workspaceId: string }) {
  const may = useAbilities(workspaceId);
  const session = useSession();
  if (may.edit || !may.read) return null;
  const role = session.data?.memberships[workspaceId] ?? null;
  return (
    <Alert color="blue.9" variant="outline" role="note">
      <Suspense fallback={null}>
        <Notice role={role} coordinates={may.coordinate} />
      </Suspense>
    </Alert>
  );
}
