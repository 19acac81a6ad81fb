import { useParams } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { AcrossTownsPage } from '@/features/programmes/components/across-towns-page';

export function Component() {
  const { programmeId = '' } = useParams();
  return (
    <AppLayout>
      <AcrossTownsPage programmeId={programmeId} />
    </AppLayout>
  );
}
