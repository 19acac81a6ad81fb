import { useParams } from 'react-router';
import { VersionPage } from '@/features/strategy-wizard/workflow/version-page';

export function Component() {
  const { workspaceId = '', versionId = '' } = useParams();
  return <VersionPage workspaceId={workspaceId} versionId={versionId} />;
}
