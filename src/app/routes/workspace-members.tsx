import { useParams } from 'react-router';
import { MembersPage } from '@/features/people/components/members-page';
import { useWorkspaceName } from '@/features/strategy-wizard/hooks/use-strategy';

export function Component() {
  const { workspaceId = '' } = useParams();
  const { name } = useWorkspaceName();
  return <MembersPage workspaceId={workspaceId} workspaceName={name} />;
}
