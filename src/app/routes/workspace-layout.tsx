import { WorkspaceShell } from '@/features/strategy-wizard/components/workspace-shell';

export function Component() {
  return <WorkspaceShell />;
}
