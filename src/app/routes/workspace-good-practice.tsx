import { useParams } from 'react-router';
import { GoodPracticePage } from '@/features/strategy-wizard/good-practice/good-practice-page';

export function Component() {
  const { workspaceId = '' } = useParams();
  return <GoodPracticePage workspaceId={workspaceId} />;
}
