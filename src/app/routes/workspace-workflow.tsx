import { useParams } from 'react-router';
import { WorkflowPage } from '@/features/strategy-wizard/workflow/workflow-page';

export function Component() {
  const { workspaceId = '' } = useParams();
  return <WorkflowPage workspaceId={workspaceId} />;
}
