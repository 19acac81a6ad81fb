import { AppLayout } from '@/components/layout/app-layout';
import { ImportBackup } from '@/features/export/components/import-backup';
import { WorkspacesPage } from '@/features/workspaces/components/workspaces-page';
import { useNavigate } from 'react-router';

export function Component() {
  const navigate = useNavigate();
  return (
    <AppLayout>
      <WorkspacesPage importSlot={<ImportBackup onImported={(ws) => navigate(`/w/${ws.id}`)} />} />
    </AppLayout>
  );
}
