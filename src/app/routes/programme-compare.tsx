import { useParams } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { CompareTownsPage } from '@/features/programmes/components/compare-towns-page';
import { useCoordinates } from '@/features/programmes/api/programmes-api';

export function Component() {
  const { programmeId = '' } = useParams();
  return (
    <AppLayout>
      <CompareTownsPage programmeId={programmeId} coordinates={useCoordinates(programmeId)} />
    </AppLayout>
  );
}
