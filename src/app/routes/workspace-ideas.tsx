import { useParams } from 'react-router';
import { IdeasPage } from '@/features/strategy-wizard/ideas/ideas-page';

export function Component() {
  const { workspaceId = '' } = useParams();
  return <IdeasPage workspaceId={workspaceId} />;
}
