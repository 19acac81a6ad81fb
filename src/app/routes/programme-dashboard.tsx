import { useParams } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { DashboardPage } from '@/features/programmes/components/dashboard-page';
import { useProgrammes } from '@/features/programmes/api/programmes-api';
import { currentUser } from '@/lib/session';

export function Component() {
  const { programmeId = '' } = useParams();
  const programmes = useProgrammes();
  const me = currentUser()?.id;
  const coordinates =
    programmes.data?.find((p) => p.id === programmeId)?.coordinators.some((c) => c.id === me) ?? false;
  return (
    <AppLayout>
      <DashboardPage programmeId={programmeId} coordinates={coordinates} />
    </AppLayout>
  );
}
