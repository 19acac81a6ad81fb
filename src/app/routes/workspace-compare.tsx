import { useParams } from 'react-router';
import { RedlineDownload } from '@/features/export/components/redline-download';
import { ComparePage } from '@/features/strategy-wizard/workflow/compare-page';

export function Component() {
  const { workspaceId = '' } = useParams();
  return <ComparePage workspaceId={workspaceId} extra={(compared) => <RedlineDownload {...compared} />} />;
}
