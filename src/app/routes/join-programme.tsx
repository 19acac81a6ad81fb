import { useParams } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { useWorkspaces } from '@/features/workspaces/api/get-workspaces';
import { JoinProgrammePage } from '@/features/programmes/components/join-programme-page';

export function Component() {
  const { token = '' } = useParams();
  const workspaces = useWorkspaces();
  const led = workspaces.data?.filter((w) => w.role === 'lead');
  return (
    <AppLayout>
      <JoinProgrammePage token={token} workspaces={led} />
    </AppLayout>
  );
}
