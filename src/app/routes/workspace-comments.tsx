import { useParams } from 'react-router';
import { CommentsPage } from '@/features/strategy-wizard/comments/comments-page';

export function Component() {
  const { workspaceId = '' } = useParams();
  return <CommentsPage workspaceId={workspaceId} />;
}
