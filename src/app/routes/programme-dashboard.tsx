import { useParams } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { SummaryDownload } from '@/features/export/components/summary-download';
import { DashboardPage } from '@/features/programmes/components/dashboard-page';
import { useCoordinates } from '@/features/programmes/api/programmes-api';

export function Component() {
  const { programmeId = '' } = useParams();
  return (
    <AppLayout>
      <DashboardPage
        programmeId={programmeId}
        coordinates={useCoordinates(programmeId)}
        summarySlot={<SummaryDownload programmeId={programmeId} />}
      />
    </AppLayout>
  );
}
